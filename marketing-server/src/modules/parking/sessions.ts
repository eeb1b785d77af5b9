import type { Sql } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import { maskPlate } from '../../masking/mask';
import { toRfc3339 } from '../../shared/time';
import { displayPlate } from './plates';
import type { SessionStatus } from './session-states';
import { priceStay, type Tariff, type VehicleClass } from './tariff';

export type SessionRow = {
  id: string;
  lot_id: string;
  plate: string;
  plate_color: string;
  vehicle_class: VehicleClass;
  tariff_id: string;
  status: SessionStatus;
  open_key: string | null;
  entry_at: Date | string;
  entry_lane_id: string | null;
  exit_at: Date | string | null;
  exit_lane_id: string | null;
  exit_offline: number | boolean;
  fee_fen: number | string;
  covered_fen: number | string;
  discount_fen: number | string;
  paid_until: Date | string | null;
  last_payer_id: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export const openKey = (lotId: string, plate: string) => `${lotId}|${plate}`;

export async function findSession(sql: Sql, id: string): Promise<SessionRow | null> {
  return (await sql.query<SessionRow>('SELECT * FROM parking_sessions WHERE id = ?', [id]))[0] ?? null;
}

export async function sessionOrThrow(sql: Sql, id: string): Promise<SessionRow> {
  const s = await findSession(sql, id);
  if (!s) throw notFound('停车记录');
  return s;
}

export async function openSessionOf(sql: Sql, lotId: string, plate: string): Promise<SessionRow | null> {
  return (
    (
      await sql.query<SessionRow>('SELECT * FROM parking_sessions WHERE open_key = ?', [
        openKey(lotId, plate),
      ])
    )[0] ?? null
  );
}

/**
 * What the stay costs up to `at` (the exit time once the car is out) and what is still due after
 * payments and coupons already applied. Fees only grow with time, so `due` never goes negative
 * unless a tariff changed; it is clamped at zero then.
 */
export function priceSession(s: SessionRow, tariff: Tariff, at: Date) {
  const until = s.exit_at ? new Date(s.exit_at) : at;
  const price = priceStay(tariff, s.vehicle_class, new Date(s.entry_at), until);
  const covered = Number(s.covered_fen);
  return {
    priced_until: until,
    minutes: price.minutes,
    fee_fen: price.fee_fen,
    covered_fen: covered,
    due_fen: Math.max(0, price.fee_fen - covered),
    breakdown: price.breakdown,
  };
}

/** A session as shown to the driver (their own plate, unmasked) or to staff (plate masked). */
export function sessionDto(s: SessionRow, opts: { mask: boolean }) {
  return {
    id: s.id,
    lot_id: s.lot_id,
    plate: opts.mask ? maskPlate(s.plate) : displayPlate(s.plate),
    plate_color: s.plate_color,
    vehicle_class: s.vehicle_class,
    status: s.status,
    entry_at: toRfc3339(s.entry_at),
    exit_at: toRfc3339(s.exit_at),
    exit_offline: Boolean(Number(s.exit_offline)),
    fee_fen: Number(s.fee_fen),
    covered_fen: Number(s.covered_fen),
    discount_fen: Number(s.discount_fen),
    paid_until: toRfc3339(s.paid_until),
  };
}
