import { pageById } from '../../db/page';
import type { Db, Sql } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import { maskPlate } from '../../masking/mask';
import { cstDayBounds, toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { raiseException } from './exceptions';
import { confirmMisreadExit } from './gate-events';
import type { GateCommands } from './gate-commands';
import { findLot, lanesOf, lotOrThrow, tariffOrThrow, type LotRow } from './lots';
import { paymentDto, type PaymentRow } from './fee-payments';
import { moveSession } from './session-states';
import { sessionDto, sessionOrThrow, type SessionRow } from './sessions';
import { proposeChange } from '../../security/change-requests';
import { createTariffChanges, TARIFF_CHANGE } from './tariff-changes';

// What operators and auditors see and do: lots, sessions, payments and exceptions (plates masked),
// releasing a car, the daily report per lot.

export function lotDto(l: LotRow) {
  return {
    id: l.id,
    name: l.name,
    address: l.address,
    merchant_id: l.merchant_id,
    tariff_id: l.tariff_id,
    free_exit_minutes: l.free_exit_minutes,
  };
}

export function createParkingStaff(deps: { db: Db; clock: Clock; gates: GateCommands }) {
  const { db, clock } = deps;
  return {
    adminLots: adminLots.bind(null, deps),
    updateLot: updateLot.bind(null, deps),
    ...createTariffChanges({ db, clock }),
    adminSessions: adminSessions.bind(null, deps),
    adminPayments: adminPayments.bind(null, deps),
    adminExceptions: adminExceptions.bind(null, deps),
    resolveException: resolveException.bind(null, deps),
    releaseAtBarrier: releaseAtBarrier.bind(null, deps),
    dailyReport: dailyReport.bind(null, deps),
  };
}

async function adminLots(deps: { db: Db; clock: Clock; gates: GateCommands }) {
  const { db } = deps;
  const lots = await db.query<LotRow>('SELECT * FROM parking_lots ORDER BY created_at');
  const inside = await db.query<{ lot_id: string; n: number | string }>(
    'SELECT lot_id, COUNT(*) AS n FROM parking_sessions WHERE open_key IS NOT NULL GROUP BY lot_id',
  );
  const items = [];
  for (const l of lots) {
    const tariff = await tariffOrThrow(db, l.tariff_id);
    items.push({
      ...lotDto(l),
      tariff_name: tariff.name,
      gate_url: l.gate_url,
      lanes: await lanesOf(db, l.id),
      cars_inside: Number(inside.find((i) => i.lot_id === l.id)?.n ?? 0),
    });
  }
  return { items };
}

/**
 * The free-exit window changes at once; a tariff change is a proposal that applies only when a
 * second person approves it (a tariff decides what every driver pays).
 */
async function updateLot(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  actor: Actor,
  lotId: string,
  input: { tariff_id?: string; free_exit_minutes?: number },
  requestId?: string,
) {
  const { db, clock } = deps;
  const lot = await lotOrThrow(db, lotId);
  const tariffChange = input.tariff_id !== undefined && input.tariff_id !== lot.tariff_id;
  if (tariffChange) await tariffOrThrow(db, input.tariff_id!);
  const now = clock.now();
  const pending = await db.tx(async (sql) => {
    if (input.free_exit_minutes !== undefined && input.free_exit_minutes !== lot.free_exit_minutes) {
      await sql.exec('UPDATE parking_lots SET free_exit_minutes = ?, updated_at = ? WHERE id = ?', [
        input.free_exit_minutes,
        now,
        lot.id,
      ]);
      await recordAudit(
        sql,
        {
          actor,
          action: 'parking.lot_update',
          entity_type: 'parking_lot',
          entity_id: lot.id,
          changes: { free_exit_minutes: { from: lot.free_exit_minutes, to: input.free_exit_minutes } },
          request_id: requestId ?? null,
        },
        now,
      );
    }
    if (!tariffChange) return null;
    return proposeChange(
      sql,
      {
        kind: TARIFF_CHANGE,
        target_id: lot.id,
        payload: { from: lot.tariff_id, tariff_id: input.tariff_id },
        summary: `停车场「${lot.name}」的收费标准由 ${lot.tariff_id} 改为 ${input.tariff_id}`,
        actor,
        requestId,
      },
      now,
    );
  });
  return { ...lotDto((await findLot(db, lot.id))!), pending_tariff_change: pending };
}

async function adminSessions(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  f: { lot_id?: string; status?: string; cursor?: string; limit: number },
) {
  const { db } = deps;
  const page = await pageById<SessionRow>(db, 'parking_sessions', { lot_id: f.lot_id, status: f.status }, f);
  return { items: page.rows.map((s) => sessionDto(s, { mask: true })), next_cursor: page.next_cursor };
}

async function adminPayments(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  f: { lot_id?: string; status?: string; cursor?: string; limit: number },
) {
  const { db } = deps;
  const page = await pageById<PaymentRow>(db, 'parking_payments', { lot_id: f.lot_id, status: f.status }, f);
  const plates = new Map<string, string>();
  for (const p of page.rows) {
    if (!plates.has(p.session_id)) plates.set(p.session_id, (await sessionOrThrow(db, p.session_id)).plate);
  }
  return {
    items: page.rows.map((p) => ({ ...paymentDto(p), plate: maskPlate(plates.get(p.session_id)!) })),
    next_cursor: page.next_cursor,
  };
}

async function adminExceptions(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  f: { lot_id?: string; status?: string; cursor?: string; limit: number },
) {
  const { db } = deps;
  type Row = {
    id: string;
    plate: string | null;
    created_at: Date | string;
    resolved_at: Date | string | null;
  } & Record<string, unknown>;
  const page = await pageById<Row>(db, 'parking_exceptions', { lot_id: f.lot_id, status: f.status }, f);
  const laneNames = new Map(
    (await db.query<{ id: string; name: string }>('SELECT id, name FROM parking_lanes')).map((l) => [
      l.id,
      l.name,
    ]),
  );
  const resolvers = [
    ...new Set(page.rows.map((e) => e.resolved_by).filter((v): v is string => typeof v === 'string')),
  ];
  const names = new Map(
    resolvers.length
      ? (
          await db.query<{ id: string; display_name: string }>(
            `SELECT id, display_name FROM admin_users WHERE id IN (${resolvers.map(() => '?').join(',')})`,
            resolvers,
          )
        ).map((a) => [a.id, a.display_name])
      : [],
  );
  return {
    items: page.rows.map((e) => ({
      ...e,
      plate: e.plate ? maskPlate(e.plate) : null,
      lane_name: typeof e.lane_id === 'string' ? (laneNames.get(e.lane_id) ?? null) : null,
      resolved_by_name:
        typeof e.resolved_by === 'string'
          ? (names.get(e.resolved_by) ?? (e.resolved_by === 'system' ? '系统' : null))
          : null,
      created_at: toRfc3339(e.created_at),
      resolved_at: toRfc3339(e.resolved_at),
    })),
    next_cursor: page.next_cursor,
  };
}

/**
 * A car waiting at the exit barrier with a fee due is let out by an attendant (no phone, a dispute):
 * the stay becomes a debt to charge later, listed as an unpaid exit, and the barrier opens.
 */
async function releaseInTx(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  sql: Sql,
  actor: Actor,
  s: SessionRow,
  note: string,
  now: Date,
) {
  await moveSession(sql, s.id, 'awaiting_payment', 'left_unpaid', {}, now);
  await raiseException(
    sql,
    {
      lot_id: s.lot_id,
      lane_id: s.exit_lane_id,
      kind: 'unpaid_exit',
      plate: s.plate,
      session_id: s.id,
      detail: `人工放行，待补缴（${note}）`,
    },
    now,
  );
  await recordAudit(
    sql,
    { actor, action: 'parking.release', entity_type: 'parking_session', entity_id: s.id, comment: note },
    now,
  );
}

async function releaseAtBarrier(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  actor: Actor,
  sessionId: string,
  note: string,
) {
  const { clock, db, gates } = deps;
  const now = clock.now();
  const s = await db.tx(async (sql) => {
    const session = await sessionOrThrow(sql, sessionId);
    if (session.status !== 'awaiting_payment')
      throw refused('SESSION_NOT_AT_BARRIER', '该车辆不在出口待缴费，无需放行');
    await releaseInTx(deps, sql, actor, session, note, now);
    return session;
  });
  const command = s.exit_lane_id ? await gates.openGate(s.lot_id, s.exit_lane_id, s.id, 'attendant') : null;
  return { session_id: s.id, status: 'left_unpaid', gate_command: command };
}

/**
 * An attendant closes an exception; `open_gate` lets the car at that lane out, and a car waiting
 * at the exit with a fee due then becomes a debt to charge later rather than a blocked lane. For a
 * misread exit, `open_gate` is the attendant's confirmation that the held car is the candidate's.
 */
async function resolveException(
  deps: { db: Db; clock: Clock; gates: GateCommands },
  actor: Actor,
  id: string,
  input: { note: string; open_gate: boolean },
) {
  const { clock, db, gates } = deps;
  const now = clock.now();
  const e = (
    await db.query<{
      id: string;
      lot_id: string;
      lane_id: string | null;
      kind: string;
      session_id: string | null;
      event_id: string | null;
      status: string;
    }>('SELECT * FROM parking_exceptions WHERE id = ?', [id])
  )[0];
  if (!e) throw notFound('异常记录');
  if (e.status !== 'open') throw refused('EXCEPTION_RESOLVED', '该异常已处理');
  await db.tx(async (sql) => {
    const r = await sql.exec(
      "UPDATE parking_exceptions SET status = 'resolved', resolved_by = ?, resolution_note = ?, resolved_at = ? WHERE id = ? AND status = 'open'",
      [actor.id, input.note, now, id],
    );
    if (r.affectedRows !== 1) throw refused('EXCEPTION_RESOLVED', '该异常已处理');
    if (input.open_gate && e.session_id) {
      // A misread exit held the barrier without touching the session: opening confirms the match.
      if (e.kind === 'misread_matched')
        await confirmMisreadExit(sql, { ...e, session_id: e.session_id }, now);
      const s = await sessionOrThrow(sql, e.session_id);
      if (s.status === 'awaiting_payment') await releaseInTx(deps, sql, actor, s, input.note, now);
    }
    await recordAudit(
      sql,
      {
        actor,
        action: 'parking.exception_resolve',
        entity_type: 'parking_exception',
        entity_id: id,
        changes: { open_gate: input.open_gate },
        comment: input.note,
      },
      now,
    );
  });
  const command =
    input.open_gate && e.lane_id
      ? await gates.openGate(e.lot_id, e.lane_id, e.session_id, 'attendant')
      : null;
  return { id, status: 'resolved', gate_command: command };
}

/** One lot's CST day: traffic, fees, coupon subsidies, what drivers paid, what is still owed. */
async function dailyReport(deps: { db: Db; clock: Clock; gates: GateCommands }, lotId: string, day: string) {
  const { db } = deps;
  const lot = await lotOrThrow(db, lotId);
  const { start, end } = cstDayBounds(day);
  const one = async (q: string, params: unknown[]) =>
    (await db.query<Record<string, number | string | null>>(q, params))[0];
  const entries = await one(
    'SELECT COUNT(*) AS n FROM parking_sessions WHERE lot_id = ? AND entry_at >= ? AND entry_at < ?',
    [lot.id, start, end],
  );
  const exits = await one(
    'SELECT COUNT(*) AS n, SUM(CASE WHEN exit_offline THEN 1 ELSE 0 END) AS offline, SUM(fee_fen) AS fee FROM parking_sessions WHERE lot_id = ? AND exit_at >= ? AND exit_at < ?',
    [lot.id, start, end],
  );
  const paid = await db.query<{
    channel: string;
    n: number | string;
    due: unknown;
    discount: unknown;
    payable: unknown;
  }>(
    "SELECT channel, COUNT(*) AS n, SUM(due_fen) AS due, SUM(discount_fen) AS discount, SUM(payable_fen) AS payable FROM parking_payments WHERE lot_id = ? AND status = 'succeeded' AND completed_at >= ? AND completed_at < ? GROUP BY channel",
    [lot.id, start, end],
  );
  // The day's exits still unpaid now (a debt paid later leaves this figure; the fee is the one at exit).
  const unpaid = await one(
    "SELECT COUNT(*) AS n, SUM(fee_fen - covered_fen) AS owed FROM parking_sessions WHERE lot_id = ? AND status = 'left_unpaid' AND exit_at >= ? AND exit_at < ?",
    [lot.id, start, end],
  );
  const exceptions = await one(
    'SELECT COUNT(*) AS n FROM parking_exceptions WHERE lot_id = ? AND created_at >= ? AND created_at < ?',
    [lot.id, start, end],
  );
  const n = (v: unknown) => Number(v ?? 0);
  const byChannel = Object.fromEntries(
    paid.map((p) => [
      p.channel,
      { payments: n(p.n), fee_fen: n(p.due), discount_fen: n(p.discount), paid_fen: n(p.payable) },
    ]),
  );
  const sum = (k: 'due' | 'discount' | 'payable') => paid.reduce((a, p) => a + n(p[k]), 0);
  return {
    lot: lotDto(lot),
    day,
    entries: n(entries.n),
    exits: n(exits.n),
    offline_exits: n(exits.offline),
    payments: paid.reduce((a, p) => a + n(p.n), 0),
    fee_collected_fen: sum('due'),
    coupon_discount_fen: sum('discount'),
    paid_by_drivers_fen: sum('payable'),
    by_channel: byChannel,
    exit_fees_fen: n(exits.fee),
    unpaid_sessions: n(unpaid.n),
    unpaid_fen: n(unpaid.owed),
    exceptions: n(exceptions.n),
  };
}
