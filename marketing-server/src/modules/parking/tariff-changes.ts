import type { Db } from '../../db/sql';
import { decideChange, listChanges } from '../../security/change-requests';
import type { Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { lotOrThrow, tariffOrThrow } from './lots';

export const TARIFF_CHANGE = 'parking.lot_tariff';

/** A lot's tariff decides what every driver pays: a proposal (staff.ts) applied by a second person. */
export function createTariffChanges(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function decideTariffChange(
    actor: Actor,
    lotId: string,
    changeId: string,
    decision: 'approve' | 'reject',
    comment: string | undefined,
    requestId: string,
  ) {
    return decideChange(
      { db, clock },
      {
        id: changeId,
        kinds: [TARIFF_CHANGE],
        target_id: lotId,
        actor,
        decision,
        comment,
        requestId,
        apply: async (sql, row, now) => {
          const p = JSON.parse(row.payload) as { tariff_id: string };
          const lot = await lotOrThrow(sql, lotId);
          await tariffOrThrow(sql, p.tariff_id);
          await sql.exec('UPDATE parking_lots SET tariff_id = ?, updated_at = ? WHERE id = ?', [
            p.tariff_id,
            now,
            lotId,
          ]);
          await recordAudit(
            sql,
            {
              actor,
              action: 'parking.lot_update',
              entity_type: 'parking_lot',
              entity_id: lotId,
              changes: { tariff_id: { from: lot.tariff_id, to: p.tariff_id } },
              comment: `变更申请 ${row.id}（提出人 ${row.proposed_by}）`,
              request_id: requestId,
            },
            now,
          );
          return { tariff_id: { from: lot.tariff_id, to: p.tariff_id } };
        },
      },
    );
  }

  async function tariffChanges(status?: string, lotId?: string) {
    return { items: await listChanges(db, { kinds: [TARIFF_CHANGE], status, target_id: lotId }) };
  }

  return { decideTariffChange, tariffChanges };
}
