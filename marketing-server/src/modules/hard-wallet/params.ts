import type { Sql } from '../../db/sql';

// Card balance and offline caps are not published (SPECS §B2): a parameter table keyed by media type,
// KYC level and issuer, most specific row first ('*' matches anything). Defaults from the e-CNY App's
// offline "碰一碰" mode: 500 yuan and 10 payments.
export type CardParams = {
  balance_max_fen: number;
  offline_single_max_fen: number;
  offline_count_max: number;
  offline_cum_max_fen: number;
  no_pin_max_fen: number;
  /** Below this confirmed balance the card is blacklisted (0: it never goes negative). */
  floor_fen: number;
};

export const DEFAULT_PARAMS: CardParams = {
  balance_max_fen: 50_000,
  offline_single_max_fen: 50_000,
  offline_count_max: 10,
  offline_cum_max_fen: 50_000,
  no_pin_max_fen: 20_000,
  floor_fen: 0,
};

type Row = CardParams & { media_type: string; kyc_level: string; issuer: string };

export async function paramsFor(
  sql: Sql,
  k: { media_type: string; kyc_level: string; issuer: string },
): Promise<CardParams> {
  const rows = await sql.query<Row>(
    `SELECT * FROM hw_params WHERE media_type IN (?, '*') AND kyc_level IN (?, '*') AND issuer IN (?, '*')`,
    [k.media_type, k.kyc_level, k.issuer],
  );
  const score = (r: Row) =>
    (r.media_type !== '*' ? 4 : 0) + (r.kyc_level !== '*' ? 2 : 0) + (r.issuer !== '*' ? 1 : 0);
  const best = rows.sort((a, b) => score(b) - score(a))[0];
  if (!best) return DEFAULT_PARAMS;
  return {
    balance_max_fen: Number(best.balance_max_fen),
    offline_single_max_fen: Number(best.offline_single_max_fen),
    offline_count_max: Number(best.offline_count_max),
    offline_cum_max_fen: Number(best.offline_cum_max_fen),
    no_pin_max_fen: Number(best.no_pin_max_fen),
    floor_fen: Number(best.floor_fen),
  };
}

export async function listParams(sql: Sql) {
  const rows = await sql.query<Row & { id: string }>(
    'SELECT * FROM hw_params ORDER BY media_type, kyc_level, issuer',
  );
  return rows.map((r) => ({
    id: r.id,
    media_type: r.media_type,
    kyc_level: r.kyc_level,
    issuer: r.issuer,
    balance_max_fen: Number(r.balance_max_fen),
    offline_single_max_fen: Number(r.offline_single_max_fen),
    offline_count_max: Number(r.offline_count_max),
    offline_cum_max_fen: Number(r.offline_cum_max_fen),
    no_pin_max_fen: Number(r.no_pin_max_fen),
    floor_fen: Number(r.floor_fen),
  }));
}
