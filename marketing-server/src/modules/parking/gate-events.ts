import { z } from 'zod';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { refused, unauthenticated } from '../../shared/domain-error';
import { SIGNATURE_WINDOW_MS, verifySignedRequest } from '../../security/signed-request';
import { maskPlate } from '../../masking/mask';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { formatYuan } from '../../shared/money';
import type { Clock } from '../../shared/time';
import { raiseException } from './exceptions';
import { findLot, lanesOf, tariffOrThrow, type LotRow } from './lots';
import type { ParkingPayments } from './fee-payments';
import {
  displayPlate,
  normalizePlate,
  oneCharApart,
  plateColorOf,
  vehicleClassOf,
  type PlateColor,
} from './plates';
import { INSIDE, moveSession } from './session-states';
import { findSession, openKey, openSessionOf, priceSession, type SessionRow } from './sessions';

// Plate events from a lot's gate controller. Each event is handled once: the (lot, event_id) row is
// inserted in the same transaction as the session change it causes, and its decision is stored, so
// a resent event (lost answer, offline replay) gets the same answer and changes nothing.

export const plateEventSchema = z.strictObject({
  event_id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  lane_id: z.string().min(1).max(40),
  direction: z.enum(['entry', 'exit']),
  plate: z.string().min(1).max(16).nullable(),
  plate_color: z.enum(['blue', 'green', 'yellow', 'white', 'black']).nullable(),
  confidence: z.number().min(0).max(1),
  captured_at: z.string().datetime({ offset: true }),
  /** Replayed from the controller's queue: the barrier already let the car through. */
  offline: z.boolean(),
});
export type PlateEvent = z.infer<typeof plateEventSchema>;

export type GateDecision = {
  event_id: string;
  action: 'open' | 'hold';
  display: string;
  session_id: string | null;
  fee_fen?: number;
  due_fen?: number;
};

/** Reads below this are not trusted on their own: matched with care and shown to an attendant. */
const CONFIDENT = 0.85;
/** A car whose session completed this recently is still at the barrier (it triggered the camera again). */
const REOPEN_WINDOW_MS = 10 * 60_000;
/** A gate clock this far ahead of ours is wrong, not early: the event is refused. */
const CAPTURED_AHEAD_MAX_MS = 5 * 60_000;
/** A nonce can be replayed only while its timestamp is within the window either side of its first use. */
const NONCE_RETENTION_MS = 2 * SIGNATURE_WINDOW_MS;

/**
 * When the camera saw the car, on our clock: a few minutes ahead (gate clocks drift) counts as now, so
 * no stay starts or ends in the future; further ahead is refused with a code the gate can log.
 */
function capturedAt(e: PlateEvent, now: Date): Date {
  const at = new Date(e.captured_at);
  if (at.getTime() - now.getTime() > CAPTURED_AHEAD_MAX_MS)
    throw refused('CAPTURED_AT_IN_FUTURE', '抓拍时间晚于服务器时间超过 5 分钟，请校准道闸时钟', {
      captured_at: e.captured_at,
      server_time: now.toISOString(),
    });
  return at > now ? now : at;
}

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/**
 * The open session this exit read belongs to. Only an exact plate is trusted. A low-confidence read
 * one character away from a car inside is a guess: it may be another car, so it is only a candidate
 * for an attendant to confirm — never charged, never opened for.
 */
async function matchExit(sql: Sql, lot: LotRow, e: PlateEvent, plate: string) {
  const exact = await openSessionOf(sql, lot.id, plate);
  if (exact) return { session: exact, candidate: null };
  if (e.confidence >= CONFIDENT) return { session: null, candidate: null };
  const inside = await sql.query<SessionRow>(
    `SELECT * FROM parking_sessions WHERE lot_id = ? AND open_key IS NOT NULL ORDER BY entry_at DESC LIMIT 2000`,
    [lot.id],
  );
  const near = inside.filter((s) => oneCharApart(s.plate, plate));
  return { session: null, candidate: near.length === 1 ? near[0] : null };
}

/**
 * A misread exit: the barrier holds (an offline gate has already let the car out) and an attendant
 * is asked to confirm the candidate session. Confirming (resolving with open_gate) prices the stay at
 * this event's time and lets the car out; nothing is charged or opened before that.
 */
async function misreadExit(
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  read: string,
  candidate: SessionRow,
  now: Date,
): Promise<{ decision: GateDecision }> {
  await raiseException(
    sql,
    {
      lot_id: lot.id,
      lane_id: e.lane_id,
      kind: 'misread_matched',
      plate: candidate.plate,
      session_id: candidate.id,
      event_id: e.event_id,
      detail: `出口识别为 ${maskPlate(read)}（置信度 ${percent(e.confidence)}），与场内车辆仅差一位，请核对后放行`,
    },
    now,
  );
  return {
    decision: {
      event_id: e.event_id,
      action: e.offline ? 'open' : 'hold',
      display: e.offline ? '车牌待核对' : '车牌待核对，请稍候，工作人员将为您放行',
      session_id: null,
    },
  };
}

/**
 * An exit the gate dates before the car's entry (a gate clock set back, lanes whose clocks disagree)
 * cannot be priced as given: the stay is priced from its entry to when we received the exit, and an
 * attendant is told.
 */
async function exitTime(sql: Sql, lot: LotRow, e: PlateEvent, s: SessionRow, at: Date, now: Date) {
  const entryAt = new Date(s.entry_at);
  if (at >= entryAt) return at;
  await raiseException(
    sql,
    {
      lot_id: lot.id,
      lane_id: e.lane_id,
      kind: 'clock_skew',
      plate: s.plate,
      session_id: s.id,
      event_id: e.event_id,
      detail: `出口抓拍时间早于入场时间，按平台收到时间计费，请校准道闸时钟`,
    },
    now,
  );
  return now > entryAt ? now : entryAt;
}

/** A gate decision, and the work to run once its transaction has committed. */
type Handled = { decision: GateDecision; afterCommit?: () => Promise<GateDecision | null> };

type GateEventDeps = { db: Db; clock: Clock; logger: Logger; payments: ParkingPayments };

export function createGateEvents(deps: GateEventDeps) {
  return { receive: receive.bind(null, deps), purgeNonces: purgeNonces.bind(null, deps) };
}

async function receive(
  deps: GateEventDeps,
  lotId: string,
  get: (h: string) => string,
  rawBody: string,
  event: PlateEvent,
) {
  const { clock, db } = deps;
  const now = clock.now();
  const lot = lotId ? await findLot(db, lotId) : null;
  // An unknown lot and a bad signature look the same from outside.
  if (!lot) throw unauthenticated('gate signature invalid');
  const check = verifySignedRequest(lot.gate_secret, get, rawBody, now);
  if (!check.ok) throw refused('GATE_SIGNATURE_INVALID', `gate signature invalid: ${check.reason}`);
  await rememberNonce(deps, lot.id, check.nonce, now, event.event_id);
  const at = capturedAt(event, now);
  const lane = (await lanesOf(db, lot.id)).find((l) => l.id === event.lane_id);
  if (!lane) throw refused('LANE_UNKNOWN', '车道不存在');
  if (lane.direction !== event.direction) throw refused('LANE_DIRECTION', '车道方向与事件不符');

  const plate = readablePlate(event.plate);
  const prior = await storedDecision(deps, lot.id, event.event_id);
  if (prior) return prior;

  let handled: Handled;
  try {
    handled = await db.tx((sql) => recordAndDecide(deps, sql, lot, lane.id, event, plate, at, now));
  } catch (err) {
    if (isDuplicateKeyError(err)) {
      // The same event arriving twice at once: the other delivery is deciding it.
      const again = await storedDecision(deps, lot.id, event.event_id);
      if (again) return again;
      throw refused('EVENT_IN_PROGRESS', 'event is being handled, retry');
    }
    throw err;
  }
  const { decision, afterCommit } = handled;
  return afterCommit ? decisionAfterCommit(deps, lot.id, event, decision, afterCommit) : decision;
}

function readablePlate(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return normalizePlate(raw);
  } catch {
    return null; // an unreadable string is as good as no plate
  }
}

/** The event row (unique per lot and event id, so a second delivery fails here) and its decision. */
async function recordAndDecide(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  laneId: string,
  event: PlateEvent,
  plate: string | null,
  at: Date,
  now: Date,
): Promise<Handled> {
  await sql.exec(
    'INSERT INTO parking_events (id, lot_id, event_id, lane_id, direction, plate, plate_color, confidence_permille, captured_at, received_at, offline) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    [
      newId('pev'),
      lot.id,
      event.event_id,
      laneId,
      event.direction,
      plate,
      event.plate_color,
      Math.round(event.confidence * 1000),
      at,
      now,
      event.offline,
    ],
  );
  const handled =
    event.direction === 'entry'
      ? await handleEntry(deps, sql, lot, event, plate, at, now)
      : await handleExit(deps, sql, lot, event, plate, at, now);
  await saveDecision(deps, sql, lot.id, handled.decision);
  return handled;
}

/**
 * Runs the committed decision's follow-up (a seamless charge at exit); a decision it changes is
 * stored in place of the first. A follow-up that fails leaves the first decision standing.
 */
async function decisionAfterCommit(
  deps: GateEventDeps,
  lotId: string,
  event: PlateEvent,
  decision: GateDecision,
  afterCommit: () => Promise<GateDecision | null>,
): Promise<GateDecision> {
  const updated = await afterCommit().catch((err: unknown) => {
    deps.logger.error('seamless payment at exit failed', { err, event_id: event.event_id });
    return null;
  });
  if (!updated) return decision;
  await saveDecision(deps, deps.db, lotId, updated);
  return updated;
}

/**
 * A signed request is used once: the same nonce again is a replay (a captured request sent again
 * within its 5-minute window) and is refused, like the bank's callbacks. A controller resending an
 * event after a lost answer signs it afresh, with a new nonce, and gets the stored decision.
 */
async function rememberNonce(deps: GateEventDeps, lotId: string, nonce: string, now: Date, eventId: string) {
  const { db, logger } = deps;
  try {
    await db.exec('INSERT INTO parking_gate_nonces (lot_id, nonce, seen_at) VALUES (?,?,?)', [
      lotId,
      nonce.toLowerCase(),
      now,
    ]);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    logger.warn('gate event replay refused', { lot_id: lotId, event_id: eventId });
    throw refused('GATE_REPLAYED', 'gate request replayed: nonce already used');
  }
}

/** Nonces older than any request that could still carry them are dropped (a minutely sweep). */
async function purgeNonces(deps: GateEventDeps) {
  const { db, clock } = deps;
  const res = await db.exec('DELETE FROM parking_gate_nonces WHERE seen_at < ?', [
    new Date(clock.now().getTime() - NONCE_RETENTION_MS),
  ]);
  return res.affectedRows;
}

async function storedDecision(
  deps: GateEventDeps,
  lotId: string,
  eventId: string,
): Promise<GateDecision | null> {
  const { db } = deps;
  const row = (
    await db.query<{ decision: string | null }>(
      'SELECT decision FROM parking_events WHERE lot_id = ? AND event_id = ?',
      [lotId, eventId],
    )
  )[0];
  return row?.decision ? (JSON.parse(row.decision) as GateDecision) : null;
}

async function saveDecision(deps: GateEventDeps, sql: Sql, lotId: string, d: GateDecision) {
  await sql.exec('UPDATE parking_events SET decision = ?, session_id = ? WHERE lot_id = ? AND event_id = ?', [
    JSON.stringify(d),
    d.session_id,
    lotId,
    d.event_id,
  ]);
}

/**
 * A car the platform cannot place (no plate read, no entry on record): an attendant is told, and the
 * barrier holds — unless the event is an offline replay, when the car has already passed.
 */
async function noDecision(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  exception: { kind: 'no_plate' | 'unmatched_exit'; plate: string | null; detail: string },
  display: string,
  now: Date,
): Promise<{ decision: GateDecision }> {
  await raiseException(sql, { lot_id: lot.id, lane_id: e.lane_id, event_id: e.event_id, ...exception }, now);
  return {
    decision: { event_id: e.event_id, action: e.offline ? 'open' : 'hold', display, session_id: null },
  };
}

async function handleEntry(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  plate: string | null,
  at: Date,
  now: Date,
): Promise<Handled> {
  if (!plate) {
    const exception = { kind: 'no_plate' as const, plate: null, detail: '入口未识别到车牌' };
    return noDecision(deps, sql, lot, e, exception, '未识别车牌，请联系管理员', now);
  }
  const existing = await openSessionOf(sql, lot.id, plate);
  if (existing) {
    // The camera fired twice for one car (or the car backed out and came in again): one session.
    return {
      decision: {
        event_id: e.event_id,
        action: 'open' as const,
        display: `${displayPlate(plate)} 欢迎光临`,
        session_id: existing.id,
      },
    };
  }
  const id = newId('pks');
  const color = plateColorOf(plate, e.plate_color as PlateColor | null);
  await sql.exec(
    `INSERT INTO parking_sessions (id, lot_id, plate, plate_color, vehicle_class, tariff_id, status, open_key, entry_at, entry_lane_id, exit_offline, fee_fen, covered_fen, discount_fen, created_at, updated_at)
       VALUES (?,?,?,?,?,?,'parked',?,?,?,?,0,0,0,?,?)`,
    [
      id,
      lot.id,
      plate,
      color,
      vehicleClassOf(color),
      lot.tariff_id,
      openKey(lot.id, plate),
      at,
      e.lane_id,
      false,
      now,
      now,
    ],
  );
  if (e.confidence < CONFIDENT)
    await raiseException(
      sql,
      {
        lot_id: lot.id,
        lane_id: e.lane_id,
        kind: 'low_confidence',
        plate,
        session_id: id,
        event_id: e.event_id,
        detail: `入口识别置信度 ${percent(e.confidence)}，请核对车牌`,
      },
      now,
    );
  return {
    decision: {
      event_id: e.event_id,
      action: 'open' as const,
      display: `${displayPlate(plate)} 欢迎光临`,
      session_id: id,
    },
  };
}

async function handleExit(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  plate: string | null,
  at: Date,
  now: Date,
): Promise<Handled> {
  if (!plate) {
    const detail = e.offline ? '离线期间出口未识别车牌的车辆已离场' : '出口未识别到车牌';
    return noDecision(
      deps,
      sql,
      lot,
      e,
      { kind: 'no_plate', plate: null, detail },
      '未识别车牌，请联系管理员',
      now,
    );
  }
  const { session, candidate } = await matchExit(sql, lot, e, plate);
  if (candidate) return misreadExit(sql, lot, e, plate, candidate, now);
  if (!session) return unmatchedExit(deps, sql, lot, e, plate, now);
  const exitAt = session.exit_at ? new Date(session.exit_at) : await exitTime(sql, lot, e, session, at, now);
  const tariff = await tariffOrThrow(sql, session.tariff_id);
  const price = priceSession({ ...session, exit_at: exitAt }, tariff, now);
  const exit: ExitPriced = {
    fields: { exit_at: exitAt, exit_lane_id: e.lane_id, exit_offline: e.offline, fee_fen: price.fee_fen },
    fee_fen: price.fee_fen,
    due_fen: price.due_fen,
  };
  const withinWindow = Boolean(
    session.status === 'prepaid' && session.paid_until && exitAt <= new Date(session.paid_until),
  );
  if (withinWindow || price.due_fen === 0) return settledExit(sql, e, session, exit, withinWindow, now);
  return exitWithFeeDue(deps, sql, lot, e, session, exit, now);
}

/** An exit, priced: the session's exit fields, the stay's fee and what is still due of it. */
type ExitPriced = {
  fields: { exit_at: Date; exit_lane_id: string; exit_offline: boolean; fee_fen: number };
  fee_fen: number;
  due_fen: number;
};

/**
 * An exit read with no session inside. The car whose session just completed at this lane is still at
 * the barrier (it triggered the camera again) and is let out; any other is for an attendant.
 */
async function unmatchedExit(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  plate: string,
  now: Date,
): Promise<Handled> {
  const recent = (
    await sql.query<SessionRow>(
      "SELECT * FROM parking_sessions WHERE lot_id = ? AND plate = ? AND status = 'completed' AND exit_lane_id = ? ORDER BY exit_at DESC LIMIT 1",
      [lot.id, plate, e.lane_id],
    )
  )[0];
  if (recent && now.getTime() - new Date(recent.updated_at).getTime() < REOPEN_WINDOW_MS)
    return {
      decision: { event_id: e.event_id, action: 'open', display: '已缴费，一路平安', session_id: recent.id },
    };
  const detail = e.offline ? '离线离场车辆无入场记录' : '出口车牌无入场记录';
  return noDecision(
    deps,
    sql,
    lot,
    e,
    { kind: 'unmatched_exit', plate, detail },
    '未找到入场记录，请联系管理员',
    now,
  );
}

/** Nothing left to pay (free time, or prepaid and out within the paid window): the stay completes. */
async function settledExit(
  sql: Sql,
  e: PlateEvent,
  session: SessionRow,
  exit: ExitPriced,
  withinWindow: boolean,
  now: Date,
): Promise<Handled> {
  await moveSession(
    sql,
    session.id,
    session.status,
    'completed',
    { ...exit.fields, fee_fen: Math.max(exit.fee_fen, Number(session.covered_fen)) },
    now,
  );
  const display = withinWindow || Number(session.covered_fen) > 0 ? '已缴费，一路平安' : '免费时段，一路平安';
  return {
    decision: {
      event_id: e.event_id,
      action: 'open',
      display,
      session_id: session.id,
      fee_fen: exit.fee_fen,
      due_fen: 0,
    },
  };
}

/**
 * A fee is due: the barrier holds for the driver to pay (an offline gate already let the car out,
 * which leaves a debt), and after commit a driver who signed the agreement is charged seamlessly.
 */
async function exitWithFeeDue(
  deps: GateEventDeps,
  sql: Sql,
  lot: LotRow,
  e: PlateEvent,
  session: SessionRow,
  exit: ExitPriced,
  now: Date,
): Promise<Handled> {
  const next = e.offline ? 'left_unpaid' : 'awaiting_payment';
  if (session.status !== 'awaiting_payment' || next === 'left_unpaid')
    await moveSession(sql, session.id, session.status, next, exit.fields, now);
  if (e.offline && INSIDE.includes(session.status)) {
    // Raised now, closed by the payment if the seamless charge below (or the driver) pays it.
    await raiseException(
      sql,
      {
        lot_id: lot.id,
        lane_id: e.lane_id,
        kind: 'unpaid_exit',
        plate: session.plate,
        session_id: session.id,
        event_id: e.event_id,
        detail: `离线离场，待缴 ${formatYuan(exit.due_fen)}`,
      },
      now,
    );
  }
  const decision: GateDecision = {
    event_id: e.event_id,
    action: e.offline ? 'open' : 'hold',
    display: e.offline ? '已离场，待补缴停车费' : `请扫码缴费 ${formatYuan(exit.due_fen)}`,
    session_id: session.id,
    fee_fen: exit.fee_fen,
    due_fen: exit.due_fen,
  };
  return {
    decision,
    afterCommit: async () => {
      const charged = await deps.payments.chargeSeamlessly(session.id);
      if (!charged.ok || charged.payment.status !== 'succeeded') return null;
      return { ...decision, action: 'open', display: '无感支付成功，一路平安', due_fen: 0 };
    },
  };
}

export type GateEvents = ReturnType<typeof createGateEvents>;

/**
 * An attendant confirmed that the car a misread exit event saw is this session's car (resolving the
 * misread exception with open_gate): the stay ends at that event. Nothing due → completed; otherwise
 * the car is at the barrier with the fee due, and the attendant's release makes it a debt.
 */
export async function confirmMisreadExit(
  sql: Sql,
  e: { lot_id: string; session_id: string; event_id: string | null; lane_id: string | null },
  now: Date,
): Promise<void> {
  const s = await findSession(sql, e.session_id);
  if (!s || (s.status !== 'parked' && s.status !== 'prepaid')) return; // already out, or already at the barrier
  const event = e.event_id
    ? (
        await sql.query<{ captured_at: Date | string; offline: number | boolean }>(
          'SELECT captured_at, offline FROM parking_events WHERE lot_id = ? AND event_id = ?',
          [e.lot_id, e.event_id],
        )
      )[0]
    : undefined;
  const entryAt = new Date(s.entry_at);
  const seenAt = event ? new Date(event.captured_at) : now;
  const exitAt = seenAt > entryAt ? seenAt : entryAt;
  const price = priceSession({ ...s, exit_at: exitAt }, await tariffOrThrow(sql, s.tariff_id), now);
  const fields = {
    exit_at: exitAt,
    exit_lane_id: e.lane_id,
    exit_offline: Boolean(Number(event?.offline ?? 0)),
    fee_fen: price.fee_fen,
  };
  const withinWindow = s.status === 'prepaid' && s.paid_until && exitAt <= new Date(s.paid_until);
  if (withinWindow || price.due_fen === 0)
    await moveSession(
      sql,
      s.id,
      s.status,
      'completed',
      { ...fields, fee_fen: Math.max(price.fee_fen, Number(s.covered_fen)) },
      now,
    );
  else await moveSession(sql, s.id, s.status, 'awaiting_payment', fields, now);
}
