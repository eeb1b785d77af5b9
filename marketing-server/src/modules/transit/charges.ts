import { rowsPlaceholder, type Db, type Sql } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, bookedAmount, post } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import { insertPayments, type NewPayment, type PaymentRow, type PaymentService } from '../bank-orders';
import { moveJourney } from './journey-states';
import { setListed, type RiderRow } from './riders';

// Pay after the ride: each priced journey with a fare is charged by agreement from the rider's
// bound wallet to the line's operating company — an order of the one bank-order lifecycle
// (purpose 'transit', a transfer inside the bank). The outcome is the lifecycle's: confirmed books
// the fare (rider wallets → transit_collected:<operator>) with the journey in one transaction;
// refused makes the journey a debt. A debt older than the grace period puts the rider on the
// blacklist; paying the last debt takes them off again (gates pick it up at their next sync).

export const DEBT_GRACE_MS = 24 * 3_600_000;

type ChargeRow = {
  id: string;
  journey_id: string;
  generation: number | string;
  kind: 'agreement' | 'debt';
  user_id: string;
  wallet_id: string;
  operator_merchant_id: string;
  amount_fen: number | string;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  idem_key: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

export const chargeDto = (c: ChargeRow) => ({
  id: c.id,
  kind: c.kind,
  amount_fen: Number(c.amount_fen),
  status: c.status,
  error_code: c.error_code,
  created_at: toRfc3339(c.created_at)!,
  completed_at: toRfc3339(c.completed_at),
});

export type ChargeDeps = { db: Db; clock: Clock; logger: Logger; orders: PaymentService; graceMs?: number };

async function findCharge(sql: Sql, id: string) {
  return (await sql.query<ChargeRow>('SELECT * FROM transit_charges WHERE id = ?', [id]))[0] ?? null;
}

/** The charge's outcome, in the lifecycle's transaction (first outcome wins). */
async function settleCharge(sql: Sql, p: PaymentRow, outcome: 'SUCCESS' | 'FAILED', now: Date) {
  const c = await findCharge(sql, p.ref_id);
  if (!c || c.status !== 'processing') return;
  const code = outcome === 'FAILED' ? (p.last_error ?? 'PAYMENT_FAILED').split(':')[0] : null;
  const flipped = await sql.exec(
    "UPDATE transit_charges SET status = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'processing'",
    [outcome === 'SUCCESS' ? 'succeeded' : 'failed', code, now, c.id],
  );
  if (flipped.affectedRows !== 1) return;
  const amount = Number(c.amount_fen);
  if (outcome === 'FAILED') {
    // The first failed charge starts the grace period; a later failed charge (a debt payment, the
    // desk's charge of a repriced debt) keeps the original start.
    const first = c.kind === 'agreement' && Number(c.generation) === 1;
    await moveJourney(sql, c.journey_id, 'refuse', first ? { debt_since: now } : {}, now);
    return;
  }
  await post(
    sql,
    {
      kind: 'transit_charge',
      ref_id: c.id,
      transfers: [
        {
          source: accounts.transitRiderWallets,
          destination: accounts.transitCollected(c.operator_merchant_id),
          amount_fen: amount,
        },
      ],
    },
    now,
  );
  await moveJourney(sql, c.journey_id, 'confirm', { paid_fen: amount, debt_since: null }, now);
  const j = (
    await sql.query<{ rider_token: string; user_id: string }>(
      'SELECT rider_token, user_id FROM transit_journeys WHERE id = ?',
      [c.journey_id],
    )
  )[0];
  const left = await sql.query(
    "SELECT id FROM transit_journeys WHERE user_id = ? AND status = 'debt' LIMIT 1",
    [j.user_id],
  );
  if (!left.length) await setListed(sql, j.rider_token, false, 'debt_paid', now);
}

/** The transaction with its plain writes deferred: for a helper whose write result nobody reads. */
const deferring = (sql: Sql): Sql => ({
  ...sql,
  exec: async (text, params) => {
    await sql.defer(text, params);
    return { affectedRows: 0, insertId: 0 };
  },
});

/** A priced journey (already in status 'charging') to charge by agreement from the rider's wallet. */
export type AgreementCharge = {
  journey_id: string;
  amount_fen: number;
  operator_merchant_id: string;
  rider: Pick<RiderRow, 'user_id' | 'wallet_id'>;
  /** 1 for the charge at exit; the next one when a debt is charged again (service desk). */
  generation: number;
};

/**
 * The one way a priced journey is charged by agreement: its transit_charges row and its bank order,
 * in the caller's transaction. The caller submits the returned ids once that transaction commits;
 * the outcome comes back through the lifecycle (settleCharge).
 */
export async function openAgreementCharges(sql: Sql, items: AgreementCharge[], now: Date): Promise<string[]> {
  const rows: unknown[][] = [];
  const payments: NewPayment[] = [];
  for (const a of items) {
    const id = newId('trc');
    const idem = a.generation === 1 ? `journey:${a.journey_id}` : `journey:${a.journey_id}:${a.generation}`;
    rows.push([
      id,
      a.journey_id,
      a.generation,
      'agreement',
      a.rider.user_id,
      a.rider.wallet_id,
      a.operator_merchant_id,
      a.amount_fen,
      'processing',
      idem,
      now,
    ]);
    payments.push({
      out_trade_no: id,
      purpose: 'transit',
      ref_id: id,
      generation: a.generation,
      campaign_id: null,
      user_id: a.rider.user_id,
      amount_fen: a.amount_fen,
      channel: 'transfer',
      payer_wallet_id: a.rider.wallet_id,
      payee_merchant_id: a.operator_merchant_id,
      not_before: now,
    });
  }
  for (let i = 0; i < rows.length; i += 300) {
    const part = rows.slice(i, i + 300);
    // Sent with the next round trip (at the latest COMMIT) on MySQL.
    await sql.defer(
      `INSERT INTO transit_charges (id, journey_id, generation, kind, user_id, wallet_id, operator_merchant_id, amount_fen, status, idem_key, created_at) VALUES ${rowsPlaceholder(part.length, 11)}`,
      part.flat(),
    );
  }
  await insertPayments(deferring(sql), payments, now);
  return payments.map((p) => p.out_trade_no);
}

export function createCharges(deps: ChargeDeps) {
  const c: ChargeCtx = { ...deps, graceMs: deps.graceMs ?? DEBT_GRACE_MS };
  deps.orders.register('transit', {
    bookedFen: (sql, p) =>
      bookedAmount(sql, { kind: 'transit_charge', account: 'transit_collected:', ref_id: p.ref_id }),
    onDispatch: async () => undefined,
    onConfirm: (sql, p, now) => settleCharge(sql, p, 'SUCCESS', now),
    onRefuse: (sql, p, now) => settleCharge(sql, p, 'FAILED', now),
    onCancel: (sql, p, now) => settleCharge(sql, { ...p, last_error: 'CANCELLED' }, 'FAILED', now),
  });
  return {
    listOverdue: (limit?: number) => listOverdue(c, limit),
    payDebt: (userId: string, journeyId: string, ticket: IdempotencyTicket) =>
      payDebt(c, userId, journeyId, ticket),
    chargesOf: (journeyId: string) => chargesOf(c.db, journeyId),
  };
}

type ChargeCtx = ChargeDeps & { graceMs: number };

/** Riders whose oldest debt is past the grace period go on the blacklist (once). */
async function listOverdue({ db, clock, graceMs }: ChargeCtx, limit = 500) {
  const cutoff = new Date(clock.now().getTime() - graceMs);
  const due = await db.query<{ rider_token: string }>(
    "SELECT DISTINCT rider_token FROM transit_journeys WHERE status = 'debt' AND debt_since <= ? LIMIT ?",
    [cutoff, limit],
  );
  let listed = 0;
  for (const d of due)
    if (await db.tx((sql) => setListed(sql, d.rider_token, true, 'debt_overdue', clock.now()))) listed++;
  return listed;
}

/** The rider pays one debt now (Idempotency-Key: a retry reaches the same charge). */
async function payDebt(ctx: ChargeCtx, userId: string, journeyId: string, ticket: IdempotencyTicket) {
  const { db, clock, orders } = ctx;
  let c = (
    await db.query<ChargeRow>('SELECT * FROM transit_charges WHERE user_id = ? AND idem_key = ?', [
      userId,
      ticket.key,
    ])
  )[0];
  if (c && c.journey_id !== journeyId) throw refused('IDEMPOTENCY_KEY_REUSED', '同一请求号用于了另一笔补缴');
  if (!c) c = await openDebtCharge(ctx, userId, journeyId, ticket.key);
  if (c.status === 'processing') {
    await orders.attempt(c.id);
    c = (await findCharge(db, c.id))!;
  }
  if (c.status === 'processing')
    throw refused('PAYMENT_OUTCOME_UNKNOWN', '支付结果确认中，请稍后查看', { charge_id: c.id });
  if (c.status === 'failed')
    throw refused('PAYMENT_FAILED', `补缴失败（${c.error_code ?? '支付失败'}），请检查钱包余额后重试`, {
      charge_id: c.id,
    });
  const body = { charge: chargeDto(c), journey_id: journeyId };
  await db.tx((sql) => ticket.record(sql, body, clock.now()));
  return body;
}

async function openDebtCharge(
  { db, clock }: ChargeCtx,
  userId: string,
  journeyId: string,
  idemKey: string,
): Promise<ChargeRow> {
  const now = clock.now();
  return db.tx(async (sql) => {
    const j = (
      await sql.query<{
        user_id: string;
        status: string;
        fare_fen: unknown;
        paid_fen: unknown;
        operator_merchant_id: string;
      }>('SELECT * FROM transit_journeys WHERE id = ?', [journeyId])
    )[0];
    if (!j || j.user_id !== userId) throw notFound('行程');
    if (j.status !== 'debt') throw refused('NOTHING_DUE', '该行程无需补缴');
    const rider = (
      await sql.query<{ wallet_id: string | null }>(
        'SELECT wallet_id FROM transit_riders WHERE user_id = ?',
        [userId],
      )
    )[0];
    if (!rider?.wallet_id) throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
    const gen = (await lastChargeGeneration(sql, journeyId)) + 1;
    if (!(await moveJourney(sql, journeyId, 'charge', {}, now)))
      throw refused('PAYMENT_IN_PROGRESS', '该行程有一笔支付正在处理，请稍候');
    const id = newId('trc');
    const amount = Number(j.fare_fen) - Number(j.paid_fen);
    await sql.exec(
      `INSERT INTO transit_charges (id, journey_id, generation, kind, user_id, wallet_id, operator_merchant_id, amount_fen, status, idem_key, created_at)
       VALUES (?,?,?,'debt',?,?,?,?,'processing',?,?)`,
      [id, journeyId, gen, userId, rider.wallet_id, j.operator_merchant_id, amount, idemKey, now],
    );
    await insertPayments(
      sql,
      [
        {
          out_trade_no: id,
          purpose: 'transit',
          ref_id: id,
          generation: gen,
          campaign_id: null,
          user_id: userId,
          amount_fen: amount,
          channel: 'transfer',
          payer_wallet_id: rider.wallet_id,
          payee_merchant_id: j.operator_merchant_id,
          not_before: new Date(now.getTime() + 30_000),
        },
      ],
      now,
    );
    return (await findCharge(sql, id))!;
  });
}

export async function lastChargeGeneration(sql: Sql, journeyId: string) {
  const r = await sql.query<{ g: unknown }>(
    'SELECT MAX(generation) AS g FROM transit_charges WHERE journey_id = ?',
    [journeyId],
  );
  return Number(r[0]?.g ?? 0);
}

async function chargesOf(db: Db, journeyId: string) {
  return (
    await db.query<ChargeRow>('SELECT * FROM transit_charges WHERE journey_id = ? ORDER BY generation', [
      journeyId,
    ])
  ).map(chargeDto);
}

export type Charges = ReturnType<typeof createCharges>;
