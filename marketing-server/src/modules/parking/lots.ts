import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import { GUANGZHOU_TARIFFS, tariffSchema, type Tariff } from './tariff';

// Lots, lanes and tariffs as stored. Tariffs are JSON validated by `tariffSchema` on the way in and
// on the way out, so a lot can never be priced by a definition the fee function does not understand.

export type LotRow = {
  id: string;
  name: string;
  address: string;
  merchant_id: string;
  tariff_id: string;
  free_exit_minutes: number;
  gate_url: string | null;
  gate_secret: string;
  created_at: Date | string;
  updated_at: Date | string;
};

export type LaneRow = { id: string; lot_id: string; name: string; direction: 'entry' | 'exit' };

export async function findLot(sql: Sql, lotId: string): Promise<LotRow | null> {
  return (await sql.query<LotRow>('SELECT * FROM parking_lots WHERE id = ?', [lotId]))[0] ?? null;
}

export async function lotOrThrow(sql: Sql, lotId: string): Promise<LotRow> {
  const lot = await findLot(sql, lotId);
  if (!lot) throw notFound('停车场');
  return lot;
}

export async function lanesOf(sql: Sql, lotId: string): Promise<LaneRow[]> {
  return sql.query<LaneRow>('SELECT * FROM parking_lanes WHERE lot_id = ? ORDER BY id', [lotId]);
}

export async function findTariff(sql: Sql, tariffId: string): Promise<(Tariff & { id: string }) | null> {
  const row = (
    await sql.query<{ id: string; definition: string }>(
      'SELECT id, definition FROM parking_tariffs WHERE id = ?',
      [tariffId],
    )
  )[0];
  if (!row) return null;
  return { id: row.id, ...tariffSchema.parse(JSON.parse(row.definition)) };
}

export async function tariffOrThrow(sql: Sql, tariffId: string) {
  const t = await findTariff(sql, tariffId);
  if (!t) throw notFound('收费标准');
  return t;
}

export async function listTariffs(sql: Sql) {
  const rows = await sql.query<{ id: string; definition: string }>(
    'SELECT id, definition FROM parking_tariffs ORDER BY id',
  );
  return rows.map((r) => ({ id: r.id, ...tariffSchema.parse(JSON.parse(r.definition)) }));
}

/** The Guangzhou examples (shared/docs/DOMAIN.md) are always available to lots. */
export async function ensureExampleTariffs(db: Db, now: Date) {
  for (const [id, tariff] of Object.entries(GUANGZHOU_TARIFFS)) {
    try {
      await db.exec(
        'INSERT INTO parking_tariffs (id, name, definition, created_at, updated_at) VALUES (?,?,?,?,?)',
        [id, tariff.name, JSON.stringify(tariff), now, now],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
}
