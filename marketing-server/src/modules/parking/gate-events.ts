import { z } from 'zod';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { AppError, conflict, unauthorized, unprocessable } from '../../http/errors';
import { verifySignedRequest } from '../../security/signed-request';
import { maskPlate } from '../../masking/mask';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { formatYuan } from '../../shared/money';
import type { Clock } from '../../shared/time';
import { raiseException } from './exceptions';
import { findLot, lanesOf, tariffOrThrow, type LotRow } from './lots';
import type { ParkingPayments } from './payments';
import { displayPlate, normalizePlate, oneCharApart, vehicleClassOf, type PlateColor } from './plates';
import { INSIDE, moveSession } from './session-states';
import { openKey, openSessionOf, priceSession, type SessionRow } from './sessions';

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

export function createGateEvents(deps: { db: Db; clock: Clock; logger: Logger; payments: ParkingPayments }) {
  const { db, clock, logger, payments } = deps;

  async function receive(lotId: string, get: (h: string) => string, rawBody: string, event: PlateEvent) {
    const now = clock.now();
    const lot = lotId ? await findLot(db, lotId) : null;
    // An unknown lot and a bad signature look the same from outside.
    if (!lot) throw unauthorized('gate signature invalid');
    const check = verifySignedRequest(lot.gate_secret, get, rawBody, now);
    if (!check.ok)
      throw new AppError(401, 'GATE_SIGNATURE_INVALID', `gate signature invalid: ${check.reason}`);
    const lane = (await lanesOf(db, lot.id)).find((l) => l.id === event.lane_id);
    if (!lane) throw unprocessable('LANE_UNKNOWN', '车道不存在');
    if (lane.direction !== event.direction) throw unprocessable('LANE_DIRECTION', '车道方向与事件不符');

    let plate: string | null = null;
    if (event.plate) {
      try {
        plate = normalizePlate(event.plate);
      } catch {
        plate = null; // an unreadable string is as good as no plate
      }
    }
    const prior = await storedDecision(lot.id, event.event_id);
    if (prior) return prior;

    let afterCommit: (() => Promise<GateDecision | null>) | null = null;
    let decision: GateDecision;
    try {
      decision = await db.tx(async (sql) => {
        await sql.exec(
          'INSERT INTO parking_events (id, lot_id, event_id, lane_id, direction, plate, plate_color, confidence_permille, captured_at, received_at, offline) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
          [
            newId('pev'),
            lot.id,
            event.event_id,
            lane.id,
            event.direction,
            plate,
            event.plate_color,
            Math.round(event.confidence * 1000),
            new Date(event.captured_at),
            now,
            event.offline,
          ],
        );
        const handled =
          event.direction === 'entry'
            ? await handleEntry(sql, lot, event, plate, now)
            : await handleExit(sql, lot, event, plate, now);
        afterCommit = handled.afterCommit ?? null;
        await saveDecision(sql, lot.id, handled.decision);
        return handled.decision;
      });
    } catch (err) {
      if (isDuplicateKeyError(err)) {
        // The same event arriving twice at once: the other delivery is deciding it.
        const again = await storedDecision(lot.id, event.event_id);
        if (again) return again;
        throw conflict('EVENT_IN_PROGRESS', 'event is being handled, retry');
      }
      throw err;
    }
    if (afterCommit) {
      const updated = await (afterCommit as () => Promise<GateDecision | null>)().catch((err: unknown) => {
        logger.error('seamless payment at exit failed', { err, event_id: event.event_id });
        return null;
      });
      if (updated) {
        await saveDecision(db, lot.id, updated);
        return updated;
      }
    }
    return decision;
  }

  async function storedDecision(lotId: string, eventId: string): Promise<GateDecision | null> {
    const row = (
      await db.query<{ decision: string | null }>(
        'SELECT decision FROM parking_events WHERE lot_id = ? AND event_id = ?',
        [lotId, eventId],
      )
    )[0];
    return row?.decision ? (JSON.parse(row.decision) as GateDecision) : null;
  }

  async function saveDecision(sql: Sql, lotId: string, d: GateDecision) {
    await sql.exec(
      'UPDATE parking_events SET decision = ?, session_id = ? WHERE lot_id = ? AND event_id = ?',
      [JSON.stringify(d), d.session_id, lotId, d.event_id],
    );
  }

  /**
   * A car the platform cannot place (no plate read, no entry on record): an attendant is told, and the
   * barrier holds — unless the event is an offline replay, when the car has already passed.
   */
  async function noDecision(
    sql: Sql,
    lot: LotRow,
    e: PlateEvent,
    exception: { kind: 'no_plate' | 'unmatched_exit'; plate: string | null; detail: string },
    display: string,
    now: Date,
  ): Promise<{ decision: GateDecision }> {
    await raiseException(
      sql,
      { lot_id: lot.id, lane_id: e.lane_id, event_id: e.event_id, ...exception },
      now,
    );
    return {
      decision: { event_id: e.event_id, action: e.offline ? 'open' : 'hold', display, session_id: null },
    };
  }

  type Handled = { decision: GateDecision; afterCommit?: () => Promise<GateDecision | null> };

  async function handleEntry(
    sql: Sql,
    lot: LotRow,
    e: PlateEvent,
    plate: string | null,
    now: Date,
  ): Promise<Handled> {
    if (!plate) {
      const exception = { kind: 'no_plate' as const, plate: null, detail: '入口未识别到车牌' };
      return noDecision(sql, lot, e, exception, '未识别车牌，请联系管理员', now);
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
    const color = (e.plate_color ?? 'blue') as PlateColor;
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
        new Date(e.captured_at),
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
          detail: `入口识别置信度 ${Math.round(e.confidence * 100)}%，请核对车牌`,
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

  /** The open session this exit read belongs to: exact plate, or one misread character when unsure. */
  async function matchExit(sql: Sql, lot: LotRow, e: PlateEvent, plate: string, now: Date) {
    const exact = await openSessionOf(sql, lot.id, plate);
    if (exact) return exact;
    if (e.confidence < CONFIDENT) {
      const inside = await sql.query<SessionRow>(
        `SELECT * FROM parking_sessions WHERE lot_id = ? AND open_key IS NOT NULL ORDER BY entry_at DESC LIMIT 2000`,
        [lot.id],
      );
      const near = inside.filter((s) => oneCharApart(s.plate, plate));
      if (near.length === 1) {
        await raiseException(
          sql,
          {
            lot_id: lot.id,
            lane_id: e.lane_id,
            kind: 'misread_matched',
            plate: near[0].plate,
            session_id: near[0].id,
            event_id: e.event_id,
            detail: `出口识别为 ${maskPlate(plate)}（置信度 ${Math.round(e.confidence * 100)}%），已匹配入场车牌`,
          },
          now,
        );
        return near[0];
      }
    }
    return null;
  }

  async function handleExit(
    sql: Sql,
    lot: LotRow,
    e: PlateEvent,
    plate: string | null,
    now: Date,
  ): Promise<{ decision: GateDecision; afterCommit?: () => Promise<GateDecision | null> }> {
    const base = { event_id: e.event_id };
    if (!plate) {
      const detail = e.offline ? '离线期间出口未识别车牌的车辆已离场' : '出口未识别到车牌';
      return noDecision(
        sql,
        lot,
        e,
        { kind: 'no_plate', plate: null, detail },
        '未识别车牌，请联系管理员',
        now,
      );
    }
    const session = await matchExit(sql, lot, e, plate, now);
    if (!session) {
      const recent = (
        await sql.query<SessionRow>(
          "SELECT * FROM parking_sessions WHERE lot_id = ? AND plate = ? AND status = 'completed' AND exit_lane_id = ? ORDER BY exit_at DESC LIMIT 1",
          [lot.id, plate, e.lane_id],
        )
      )[0];
      if (recent && now.getTime() - new Date(recent.updated_at).getTime() < REOPEN_WINDOW_MS)
        return { decision: { ...base, action: 'open', display: '已缴费，一路平安', session_id: recent.id } };
      const detail = e.offline ? '离线离场车辆无入场记录' : '出口车牌无入场记录';
      return noDecision(
        sql,
        lot,
        e,
        { kind: 'unmatched_exit', plate, detail },
        '未找到入场记录，请联系管理员',
        now,
      );
    }
    const exitAt = session.exit_at ? new Date(session.exit_at) : new Date(e.captured_at);
    const tariff = await tariffOrThrow(sql, session.tariff_id);
    const price = priceSession({ ...session, exit_at: exitAt }, tariff, now);
    const exitFields = {
      exit_at: exitAt,
      exit_lane_id: e.lane_id,
      exit_offline: e.offline,
      fee_fen: price.fee_fen,
    };
    const withinWindow =
      session.status === 'prepaid' && session.paid_until && exitAt <= new Date(session.paid_until);
    if (withinWindow || price.due_fen === 0) {
      await moveSession(
        sql,
        session.id,
        session.status,
        'completed',
        { ...exitFields, fee_fen: Math.max(price.fee_fen, Number(session.covered_fen)) },
        now,
      );
      const display =
        withinWindow || Number(session.covered_fen) > 0 ? '已缴费，一路平安' : '免费时段，一路平安';
      return {
        decision: {
          ...base,
          action: 'open',
          display,
          session_id: session.id,
          fee_fen: price.fee_fen,
          due_fen: 0,
        },
      };
    }
    const next = e.offline ? 'left_unpaid' : 'awaiting_payment';
    if (session.status !== 'awaiting_payment' || next === 'left_unpaid')
      await moveSession(sql, session.id, session.status, next, exitFields, now);
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
          detail: `离线离场，待缴 ${formatYuan(price.due_fen)}`,
        },
        now,
      );
    }
    const decision: GateDecision = {
      ...base,
      action: e.offline ? 'open' : 'hold',
      display: e.offline ? '已离场，待补缴停车费' : `请扫码缴费 ${formatYuan(price.due_fen)}`,
      session_id: session.id,
      fee_fen: price.fee_fen,
      due_fen: price.due_fen,
    };
    return {
      decision,
      afterCommit: async () => {
        const charged = await payments.chargeSeamlessly(session.id);
        if (!charged.ok || charged.payment.status !== 'succeeded') return null;
        return { ...decision, action: 'open', display: '无感支付成功，一路平安', due_fen: 0 };
      },
    };
  }

  return { receive };
}

export type GateEvents = ReturnType<typeof createGateEvents>;
