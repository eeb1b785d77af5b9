import type { Sql } from '../../db/sql';
import { toRfc3339 } from '../../shared/time';
import type { CampaignConfig } from './schemas';
import type { CampaignStatus } from './state-machine';

export type CampaignRow = {
  id: string;
  kind: 'red_packet' | 'coupon';
  name: string;
  description: string | null;
  funder_id: string;
  status: CampaignStatus;
  budget_fen: number;
  face_fen: number;
  reserved_fen: number;
  stock_total: number;
  config: CampaignConfig;
  claim_start_at: Date;
  claim_end_at: Date;
  use_end_at: Date | null;
  created_by: string;
  submitted_by: string | null;
  approved_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

type RawRow = Omit<
  CampaignRow,
  'config' | 'claim_start_at' | 'claim_end_at' | 'use_end_at' | 'created_at' | 'updated_at'
> & {
  config: string;
  claim_start_at: Date | string;
  claim_end_at: Date | string;
  use_end_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export function mapCampaign(r: RawRow): CampaignRow {
  return {
    ...r,
    budget_fen: Number(r.budget_fen),
    face_fen: Number(r.face_fen),
    reserved_fen: Number(r.reserved_fen),
    stock_total: Number(r.stock_total),
    version: Number(r.version),
    config: JSON.parse(r.config) as CampaignConfig,
    claim_start_at: asDate(r.claim_start_at),
    claim_end_at: asDate(r.claim_end_at),
    use_end_at: r.use_end_at ? asDate(r.use_end_at) : null,
    created_at: asDate(r.created_at),
    updated_at: asDate(r.updated_at),
  };
}

export const forUpdate = (sql: Sql) => (sql.dialect === 'mysql' ? ' FOR UPDATE' : '');

export async function findCampaign(sql: Sql, id: string, lock = false): Promise<CampaignRow | null> {
  const rows = await sql.query<RawRow>(`SELECT * FROM campaigns WHERE id = ?${lock ? forUpdate(sql) : ''}`, [
    id,
  ]);
  return rows[0] ? mapCampaign(rows[0]) : null;
}

export type StockFigures = { total: number; remaining: number; claimed: number };

export async function stockOf(sql: Sql, id: string, total: number): Promise<StockFigures> {
  const rows = await sql.query<{ r: number | string | null }>(
    'SELECT SUM(remaining) AS r FROM campaign_stock_buckets WHERE campaign_id = ?',
    [id],
  );
  const remaining = rows[0]?.r === null || rows[0]?.r === undefined ? total : Number(rows[0].r);
  return { total, remaining, claimed: total - remaining };
}

/** The public shape of a campaign (admin and citizen views add to it). */
export function campaignDto(c: CampaignRow) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    description: c.description,
    status: c.status,
    funder_id: c.funder_id,
    budget_fen: c.budget_fen,
    reserved_fen: c.reserved_fen,
    face_fen: c.face_fen,
    stock_total: c.stock_total,
    claim_start_at: toRfc3339(c.claim_start_at),
    claim_end_at: toRfc3339(c.claim_end_at),
    use_end_at: toRfc3339(c.use_end_at),
    red_packet: c.config.red_packet ?? null,
    coupon: c.config.coupon ?? null,
    limits: c.config.limits,
    version: c.version,
    created_by: c.created_by,
    submitted_by: c.submitted_by,
    approved_by: c.approved_by,
    created_at: toRfc3339(c.created_at),
    updated_at: toRfc3339(c.updated_at),
  };
}
