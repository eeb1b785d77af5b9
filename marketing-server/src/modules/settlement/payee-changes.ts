import { createHash } from 'node:crypto';
import type { Db } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import { maskDeep } from '../../masking/policy';
import { decideChange, listChanges, proposeChange, type ChangeDto } from '../../security/change-requests';
import type { Clock } from '../../shared/time';
import type { Actor } from '../audit';

const KIND = 'merchant.wallet';

/** Identifies a wallet id in the audit without storing it: the same id always gives the same print. */
export function walletFingerprint(walletId: string | null): string | null {
  return walletId ? `sha256:${createHash('sha256').update(walletId).digest('hex')}` : null;
}

const masked = (walletId: string | null) => (walletId ? maskDeep({ wallet_id: walletId }).wallet_id : null);

/** A change request as staff see it: the wallet masked, with its fingerprint to compare. */
function view(c: ChangeDto) {
  const walletId = c.payload.wallet_id as string;
  return { ...c, payload: { wallet_id: masked(walletId), wallet_fingerprint: walletFingerprint(walletId) } };
}

/**
 * Dual control for a merchant's settlement wallet (where its money goes): one person proposes, a
 * second approves; only the approval writes `merchants.wallet_id`.
 */
export function createPayeeChanges(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function propose(actor: Actor, merchantId: string, walletId: string, requestId: string) {
    const now = clock.now();
    return db.tx(async (sql) => {
      const m = await sql.query<{ name: string }>('SELECT name FROM merchants WHERE id = ?', [merchantId]);
      if (!m[0]) throw notFound('商户');
      const change = await proposeChange(
        sql,
        {
          kind: KIND,
          target_id: merchantId,
          payload: { wallet_id: walletId },
          audited: { wallet_id: masked(walletId), wallet_fingerprint: walletFingerprint(walletId) },
          summary: `变更商户「${m[0].name}」的结算钱包为 ${masked(walletId)}`,
          actor,
          requestId,
        },
        now,
      );
      return view(change);
    });
  }

  async function decide(
    actor: Actor,
    merchantId: string,
    changeId: string,
    decision: 'approve' | 'reject',
    comment: string | undefined,
    requestId: string,
  ) {
    const change = await decideChange(
      { db, clock },
      {
        id: changeId,
        kinds: [KIND],
        target_id: merchantId,
        actor,
        decision,
        comment,
        requestId,
        apply: async (sql, row, now) => {
          const walletId = (JSON.parse(row.payload) as { wallet_id: string }).wallet_id;
          const before = await sql.query<{ wallet_id: string | null }>(
            'SELECT wallet_id FROM merchants WHERE id = ?',
            [merchantId],
          );
          if (!before[0]) throw notFound('商户');
          await sql.exec('UPDATE merchants SET wallet_id = ?, updated_at = ? WHERE id = ?', [
            walletId,
            now,
            merchantId,
          ]);
          return {
            wallet_id: { from: masked(before[0].wallet_id), to: masked(walletId) },
            wallet_fingerprint: {
              from: walletFingerprint(before[0].wallet_id),
              to: walletFingerprint(walletId),
            },
          };
        },
      },
    );
    return view(change);
  }

  async function list(status?: string, merchantId?: string) {
    return { items: (await listChanges(db, { kinds: [KIND], status, target_id: merchantId })).map(view) };
  }

  return { propose, decide, list };
}
