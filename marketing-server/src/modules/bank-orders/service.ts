import schedule from 'node-schedule';
import {
  BankOutcomeUnknown,
  BankRefusal,
  type BankOrder,
  type BankWalletClient,
} from '../../connectors/bank-wallet/client';
import { isDuplicateKeyError, rowsPlaceholder, type Db, type Sql } from '../../db/sql';
import { newId } from '../../shared/ids';
import { refused, notFound, isRefusal } from '../../shared/domain-error';
import type { JobQueue } from '../../queue/queue';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { FINAL, PAYMENT_TRANSITIONS, type PaymentStatus, type PaymentTransition } from './state-machine';

// The one outbound bank-order lifecycle: every order the platform sends to a bank — red-packet
// payouts and merchant settlements from the institutional wallet, drivers' parking transfers,
// citizens' top-ups (and this wave's cashier, escrow and card loads) — is a row of `bank_payments`
// moved by one state machine, one worker and one sweep; what an order means for the ledger and for
// the business rows is up to its purpose (modules/payouts, settlement, parking, wallet).
//
// The outcome rule. The out_trade_no is fixed when the row is created and is the bank's idempotency
// key, so sending again can never pay twice. Final are only: an order the bank reports FAILED, and a
// refusal (400/404/422) answered to the very first send of an order. Every other answer — timeout,
// 5xx, connection lost, any 4xx to a retry, a refusal to a later send — is unknown: the next attempt
// asks the bank first and only sends if the bank never saw it. A "never received" answer is never
// taken as failure; the order is sent again under the same key instead.
//
// Leases. An attempt holds `lease_until` for longer than the bank client may keep retrying, so the
// sweep (and a citizen's retried request) never starts a second attempt beside one still in flight.
// A late SUCCESS for an order already closed on our side is booked as an exception for a person.

export const PAYMENT_JOB = 'bank.payment';
/** The first attempt of a batch of new orders (see attemptBatch). */
export const BATCH_JOB = 'bank.payment.batch';
const BATCH_SIZE = 100;
/** Bank calls of one batch in flight at once (keep-alive connections are reused across them). */
const BATCH_SEND_CONCURRENCY = 32;

export type PaymentPurposeName =
  | 'payout'
  | 'settlement'
  | 'parking'
  | 'topup'
  | 'ecny_exchange'
  | 'ecny_subwallet'
  | 'cashier'
  | 'cashier_refund'
  | 'card_load'
  | 'card_unload'
  | 'prepaid'
  | 'transit'
  | 'funding';

/** Which bank API an order goes through ('ecny': an operator's interconnection messages, modules/ecny). */
export type BankChannel =
  'payment' | 'transfer' | 'topup' | 'ecny' | 'ecny_subwallet' | 'refund' | 'hard_wallet' | 'escrow';

/** A bank API outside the bank-wallet client: how to send an order and how to ask about it. */
export type ChannelDriver = {
  /**
   * Its orders appear in this bank's daily bill (e.g. refunds through the bank's refund API). A
   * driver for another party (an e-CNY operator, the escrow, the card back end) leaves this unset:
   * those orders are reconciled with that party, never against the bank's file.
   */
  inBankBill?: boolean;
  send(p: PaymentRow): Promise<BankOrder>;
  /** The order as the other side sees it (null: it never received it). */
  query(outTradeNo: string): Promise<BankOrder | null>;
};

/** What the caller of an attempt tells the purposes' after-commit work (e.g. a gate awaits the answer). */
export type AttemptContext = { gateAwaitsAnswer?: boolean };
/** Work a purpose wants done after its transaction committed (never inside it: no I/O in a tx). */
export type AfterCommit = (ctx: AttemptContext) => Promise<void>;

export type PaymentRow = {
  out_trade_no: string;
  purpose: PaymentPurposeName;
  ref_id: string;
  generation: number;
  campaign_id: string | null;
  user_id: string | null;
  payee_wallet_id: string | null;
  amount_fen: number;
  kind: 'standard' | 'red_packet';
  expires_at: Date | null;
  merchant_scope: string | null;
  status: PaymentStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  bank_trade_no: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  channel: BankChannel;
  payer_wallet_id: string | null;
  payee_merchant_id: string | null;
  lease_until: Date | null;
};

export type NewPayment = Pick<
  PaymentRow,
  'out_trade_no' | 'purpose' | 'ref_id' | 'generation' | 'campaign_id' | 'user_id' | 'amount_fen'
> &
  Partial<
    Pick<
      PaymentRow,
      | 'payee_wallet_id'
      | 'kind'
      | 'expires_at'
      | 'merchant_scope'
      | 'status'
      | 'channel'
      | 'payer_wallet_id'
      | 'payee_merchant_id'
    >
  > & {
    /**
     * The sweep leaves the order alone until then: the request that created it makes the first
     * attempt itself (a citizen waiting for the answer), and the sweep only steps in if it never does.
     */
    not_before?: Date;
  };

/** How long a request's own first attempt has before the sweep may take the order over. */
export const INLINE_ATTEMPT_GRACE_MS = 30_000;

/**
 * What a payment means to its purpose, run inside the transaction that changes its status. A hook
 * may return work to run after the commit (opening a barrier, say).
 */
export type PaymentPurpose = {
  onDispatch(sql: Sql, p: PaymentRow, now: Date): Promise<void | AfterCommit>;
  /**
   * Optional set-based forms for batches (no follow-up work): they must move every row or throw,
   * and the batch then falls back to the per-row hooks.
   */
  onDispatchMany?(sql: Sql, rows: PaymentRow[], now: Date): Promise<void>;
  onConfirmMany?(sql: Sql, rows: PaymentRow[], now: Date): Promise<void>;
  onConfirm(sql: Sql, p: PaymentRow, now: Date): Promise<void | AfterCommit>;
  onRefuse(sql: Sql, p: PaymentRow, now: Date): Promise<void | AfterCommit>;
  onCancel(sql: Sql, p: PaymentRow, now: Date): Promise<void | AfterCommit>;
  /**
   * What the ledger booked for a confirmed order of this purpose (the third leg of the bank's daily
   * reconciliation). Without it, reconciliation reports the order as booked nowhere (never as fine).
   */
  bookedFen?(sql: Sql, p: PaymentRow): Promise<number>;
};

export type PaymentRetryPolicy = {
  /** Attempts with an unknown outcome before the payment is dead-lettered. */
  maxAttempts: number;
  /** First retry delay; doubled each time, capped at 60 s. */
  baseDelayMs: number;
  /**
   * How long an attempt owns a payment; past it the sweeper assumes the worker died. Never shorter
   * than the bank client's own retry window (plus a margin): the sweep must not race a live call.
   */
  leaseMs: number;
};

export type PaymentDeps = {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  logger: Logger;
  bank: BankWalletClient;
  payerWalletId: string;
  retry: PaymentRetryPolicy;
  concurrency?: number;
  /** How long the bank client's circuit stays open; calls refused meanwhile wait this long. */
  breakerCooldownMs?: number;
};

const PATCHABLE = new Set([
  'payee_wallet_id',
  'kind',
  'expires_at',
  'merchant_scope',
  'attempts',
  'next_attempt_at',
  'last_error',
  'bank_trade_no',
  'completed_at',
  'lease_until',
]);

function normalise(r: PaymentRow): PaymentRow {
  return {
    ...r,
    amount_fen: Number(r.amount_fen),
    attempts: Number(r.attempts),
    generation: Number(r.generation),
    expires_at: r.expires_at ? new Date(r.expires_at) : null,
    next_attempt_at: new Date(r.next_attempt_at),
    completed_at: r.completed_at ? new Date(r.completed_at) : null,
    lease_until: r.lease_until ? new Date(r.lease_until) : null,
    channel: r.channel ?? 'payment',
  };
}

export function paymentDto(p: PaymentRow) {
  return {
    out_trade_no: p.out_trade_no,
    purpose: p.purpose,
    channel: p.channel,
    ref_id: p.ref_id,
    generation: p.generation,
    campaign_id: p.campaign_id,
    user_id: p.user_id,
    wallet_id: p.payee_wallet_id,
    amount_fen: p.amount_fen,
    kind: p.kind,
    status: p.status,
    attempts: p.attempts,
    last_error: p.last_error,
    bank_trade_no: p.bank_trade_no,
    next_attempt_at: toRfc3339(p.next_attempt_at),
    created_at: toRfc3339(p.created_at),
    completed_at: toRfc3339(p.completed_at),
  };
}

/** Inserts payment rows, ignoring ones that already exist (several processes may create the same). */
export async function insertPayments(sql: Sql, rows: NewPayment[], now: Date): Promise<void> {
  if (!rows.length) return;
  const params: unknown[] = [];
  for (const r of rows) {
    params.push(
      r.out_trade_no,
      r.purpose,
      r.ref_id,
      r.generation,
      r.campaign_id,
      r.user_id,
      r.payee_wallet_id ?? null,
      r.amount_fen,
      r.kind ?? 'standard',
      r.expires_at ?? null,
      r.merchant_scope ?? null,
      r.status ?? 'pending',
      0,
      r.not_before ?? now,
      now,
      now,
      r.channel ?? 'payment',
      r.payer_wallet_id ?? null,
      r.payee_merchant_id ?? null,
    );
  }
  const ignore = sql.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  await sql.exec(
    `${ignore} INTO bank_payments (out_trade_no, purpose, ref_id, generation, campaign_id, user_id, payee_wallet_id,
       amount_fen, kind, expires_at, merchant_scope, status, attempts, next_attempt_at, created_at, updated_at,
       channel, payer_wallet_id, payee_merchant_id)
     VALUES ${rowsPlaceholder(rows.length, 19)}`,
    params,
  );
}

/** A set-based batch did not find every order where it expected (someone else moved one). */
class BatchMiss extends Error {}

export function createPaymentService(deps: PaymentDeps) {
  const scope = makePaymentServiceContext(deps);
  return {
    register: register.bind(null, scope),
    registerChannel: registerChannel.bind(null, scope),
    channelsInBankBill: channelsInBankBill.bind(null, scope),
    bookedFen: bookedFen.bind(null, scope),
    find: find.bind(null, scope),
    transition: transition.bind(null, scope),
    submit: submit.bind(null, scope),
    attempt: attemptAwaitingHolder.bind(null, scope),
    attemptBatch: attemptBatch.bind(null, scope),
    sweep: sweep.bind(null, scope),
    applyBankOrder: applyBankOrder.bind(null, scope),
    applyCallback: applyCallback.bind(null, scope),
    list: list.bind(null, scope),
    listExceptions: listExceptions.bind(null, scope),
    resolveException: resolveException.bind(null, scope),
    queryBank: queryBank.bind(null, scope),
    revive: revive.bind(null, scope),
    cancel: cancel.bind(null, scope),
    start: start.bind(null, scope),
    stop: stop.bind(null, scope),
    payerWalletId: deps.payerWalletId,
  };
}

type PaymentServiceContext = ReturnType<typeof makePaymentServiceContext>;

/** The state and collaborators that createPaymentService's operations share. */
function makePaymentServiceContext(deps: PaymentDeps) {
  const { db, clock, queue, logger, bank, retry } = deps;
  const purposes = new Map<PaymentPurposeName, PaymentPurpose>();
  const drivers = new Map<BankChannel, ChannelDriver>();
  const leaseMs = Math.max(retry.leaseMs, (bank.retryWindowMs ?? 0) + 1000);
  const HOOKS: Partial<Record<PaymentTransition, 'onDispatch' | 'onConfirm' | 'onRefuse' | 'onCancel'>> = {
    dispatch: 'onDispatch',
    confirm: 'onConfirm',
    refuse: 'onRefuse',
    cancel: 'onCancel',
  };
  return {
    deps,
    db,
    clock,
    queue,
    logger,
    bank,
    retry,
    purposes,
    drivers,
    leaseMs,
    sweeper: null as schedule.Job | null,
    HOOKS: HOOKS as Partial<Record<PaymentTransition, 'onDispatch' | 'onConfirm' | 'onRefuse' | 'onCancel'>>,
  };
}

async function find(
  scope: PaymentServiceContext,
  outTradeNo: string,
  sql: Sql = scope.db,
): Promise<PaymentRow | null> {
  const rows = await sql.query<PaymentRow>('SELECT * FROM bank_payments WHERE out_trade_no = ?', [
    outTradeNo,
  ]);
  return rows[0] ? normalise(rows[0]) : null;
}

/**
 * Moves a payment along the state machine if it is still in one of the transition's `from`
 * statuses, running the purpose's ledger work in the same transaction. False: someone else moved it.
 */
async function transition(
  scope: PaymentServiceContext,
  p: PaymentRow,
  t: PaymentTransition,
  patch: Partial<PaymentRow> = {},
  audit?: { actor: Actor; comment?: string; requestId?: string },
  ctx: AttemptContext = {},
): Promise<boolean> {
  const { clock, db, HOOKS, purposes, logger } = scope;
  const { from, to } = PAYMENT_TRANSITIONS[t];
  const now = clock.now();
  // Leaving the worker's hands ends the attempt's lease.
  const full: Partial<PaymentRow> =
    FINAL.includes(to) || to === 'dead' ? { lease_until: null, ...patch } : patch;
  const fields = Object.keys(full).filter((k) => PATCHABLE.has(k));
  let after: void | AfterCommit = undefined;
  const moved = await db.tx(async (sql) => {
    const res = await sql.exec(
      `UPDATE bank_payments SET status = ?, updated_at = ?${fields.map((f) => `, ${f} = ?`).join('')}
          WHERE out_trade_no = ? AND status IN (${from.map(() => '?').join(',')})`,
      [to, now, ...fields.map((f) => (full as Record<string, unknown>)[f]), p.out_trade_no, ...from],
    );
    if (res.affectedRows !== 1) return false;
    const row = { ...p, ...full, status: to };
    const hook = HOOKS[t];
    if (hook) after = await purposes.get(p.purpose)![hook](sql, row, now);
    if (audit) {
      await recordAudit(
        sql,
        {
          actor: audit.actor,
          action: `payment.${t}`,
          entity_type: 'bank_payment',
          entity_id: p.out_trade_no,
          changes: { status: { from: p.status, to } },
          comment: audit.comment,
          request_id: audit.requestId,
        },
        now,
      );
    }
    return true;
  });
  if (moved && after) {
    await (after as AfterCommit)(ctx).catch((err) =>
      logger.error('bank order follow-up failed', { err, out_trade_no: p.out_trade_no }),
    );
  }
  return moved;
}

function enqueue(scope: PaymentServiceContext, outTradeNo: string, jobId: string, delayMs = 0) {
  const { queue } = scope;
  return queue.add(PAYMENT_JOB, { out_trade_no: outTradeNo }, { jobId, delayMs, attempts: 1 });
}

/**
 * Queues the first attempt of payments that are ready (after their rows are committed): in
 * batches, each one job that dispatches, sends and books its orders together (attemptBatch).
 */
async function submit(scope: PaymentServiceContext, outTradeNos: string[]) {
  const { queue } = scope;
  for (let i = 0; i < outTradeNos.length; i += BATCH_SIZE) {
    const batch = outTradeNos.slice(i, i + BATCH_SIZE);
    await queue.add(
      BATCH_JOB,
      { out_trade_nos: batch },
      { jobId: `bpb:${batch[0]}:${batch.length}`, attempts: 1 },
    );
  }
}

/** The attempt's outcome is unknown: release the lease and try again later (query first). */
async function retryLater(scope: PaymentServiceContext, p: PaymentRow, reason: string) {
  const { retry, logger, clock, db } = scope;
  const attempts = p.attempts + 1;
  if (attempts >= retry.maxAttempts) {
    const dead = await transition(scope, p, 'give_up', { attempts, last_error: reason.slice(0, 255) });
    if (dead) logger.warn('bank payment dead-lettered', { out_trade_no: p.out_trade_no, reason });
    return;
  }
  const delayMs = Math.min(60_000, retry.baseDelayMs * 2 ** (attempts - 1));
  const now = clock.now();
  const res = await db.exec(
    "UPDATE bank_payments SET attempts = ?, next_attempt_at = ?, last_error = ?, lease_until = NULL, updated_at = ? WHERE out_trade_no = ? AND status = 'in_flight' AND attempts = ?",
    [attempts, new Date(now.getTime() + delayMs), reason.slice(0, 255), now, p.out_trade_no, p.attempts],
  );
  if (res.affectedRows === 1)
    await enqueue(scope, p.out_trade_no, `bp:${p.out_trade_no}:${attempts}`, delayMs);
}

/** The circuit to the bank is open: try again after the cooldown, keeping the attempt count. */
async function waitForBreaker(scope: PaymentServiceContext, p: PaymentRow) {
  const { deps, clock, db } = scope;
  const delayMs = deps.breakerCooldownMs ?? 1000;
  const now = clock.now();
  await db.exec(
    "UPDATE bank_payments SET next_attempt_at = ?, lease_until = NULL, updated_at = ? WHERE out_trade_no = ? AND status = 'in_flight'",
    [new Date(now.getTime() + delayMs), now, p.out_trade_no],
  );
  await enqueue(scope, p.out_trade_no, `bp:${p.out_trade_no}:${p.attempts}:b${now.getTime()}`, delayMs);
}

/** The bank says SUCCESS (or FAILED) about an order we closed the other way: a person decides. */
async function recordContradiction(scope: PaymentServiceContext, p: PaymentRow, order: BankOrder) {
  const { clock, db, logger } = scope;
  const now = clock.now();
  const note =
    order.status === 'SUCCESS'
      ? `the bank booked it after the platform closed it as ${p.status}`
      : `the bank reports ${order.status} for an order the platform has as ${p.status}`;
  try {
    await db.exec(
      `INSERT INTO bank_order_exceptions (id, out_trade_no, purpose, bank_status, platform_status, amount_fen,
           bank_trade_no, note, status, created_at) VALUES (?,?,?,?,?,?,?,?,'open',?)`,
      [
        newId('boe'),
        p.out_trade_no,
        p.purpose,
        order.status,
        p.status,
        Number(order.amount_fen ?? p.amount_fen),
        order.trade_no ?? null,
        note,
        now,
      ],
    );
    logger.error('bank order contradicts the platform', {
      out_trade_no: p.out_trade_no,
      bank_status: order.status,
      platform_status: p.status,
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // already booked
  }
}

/** Applies what the bank says about an order, from whichever source (answer, query, callback, bill). */
async function applyBankOrder(
  scope: PaymentServiceContext,
  p: PaymentRow,
  order: BankOrder,
  ctx: AttemptContext = {},
): Promise<PaymentStatus> {
  if (await applyAnswer(scope, p, order, ctx)) return p.status;
  return (await find(scope, p.out_trade_no))?.status ?? p.status;
}

/** applyBankOrder without reading the order back (true: it was already final with that answer). */
async function applyAnswer(
  scope: PaymentServiceContext,
  p: PaymentRow,
  order: BankOrder,
  ctx: AttemptContext = {},
): Promise<boolean> {
  const { clock } = scope;
  const closedNo = p.status === 'failed' || p.status === 'cancelled';
  // The same final answer again (a duplicate notice, a late callback): nothing to move or look up.
  if (
    (order.status === 'SUCCESS' && p.status === 'paid') ||
    (order.status === 'FAILED' && p.status === 'failed')
  )
    return true;
  if (order.status === 'SUCCESS' && closedNo) {
    await recordContradiction(scope, p, order);
  } else if (order.status === 'FAILED' && p.status === 'paid') {
    await recordContradiction(scope, p, order);
  } else if (order.status === 'SUCCESS') {
    const at = order.completed_at ? new Date(order.completed_at) : clock.now();
    const patch = { bank_trade_no: order.trade_no, completed_at: at, last_error: null };
    if (!(await transition(scope, p, 'confirm', patch, undefined, ctx))) {
      const now = await find(scope, p.out_trade_no);
      if (now && (now.status === 'failed' || now.status === 'cancelled'))
        await recordContradiction(scope, now, order);
    }
  } else if (order.status === 'FAILED') {
    const error = `${order.error_code ?? 'FAILED'}: ${order.error_message ?? ''}`;
    const patch = { bank_trade_no: order.trade_no, last_error: error.slice(0, 255) };
    await transition(scope, p, 'refuse', patch, undefined, ctx);
  } else if (p.status === 'in_flight') {
    await retryLater(scope, p, 'PROCESSING at the bank');
  }
  return false;
}

/** The bank call for an order, by its channel. */
function send(scope: PaymentServiceContext, p: PaymentRow): Promise<BankOrder> {
  const { drivers, bank, deps } = scope;
  const driver = drivers.get(p.channel);
  if (driver) return driver.send(p);
  const amount_fen = p.amount_fen;
  if (p.channel === 'transfer')
    return bank.transfer({
      out_trade_no: p.out_trade_no,
      wallet_id: p.payer_wallet_id!,
      merchant_id: p.payee_merchant_id!,
      amount_fen,
    });
  if (p.channel === 'topup')
    return bank.topUp({ out_trade_no: p.out_trade_no, wallet_id: p.payee_wallet_id!, amount_fen });
  return bank.pay({
    out_trade_no: p.out_trade_no,
    // The platform's institutional wallet unless the order names another corporate payer (a
    // merchant funding its own campaigns from its wallet, modules/funding).
    payer_wallet_id: p.payer_wallet_id ?? deps.payerWalletId,
    payee_wallet_id: p.payee_wallet_id!,
    amount_fen,
    kind: p.kind,
    ...(p.kind === 'red_packet'
      ? { expires_at: p.expires_at!.toISOString(), merchant_scope: JSON.parse(p.merchant_scope ?? '[]') }
      : {}),
  });
}

/** The order as the bank sees it (null: the bank never received it). */
function queryBank(
  scope: PaymentServiceContext,
  p: Pick<PaymentRow, 'out_trade_no' | 'channel'>,
): Promise<BankOrder | null> {
  const { drivers, bank } = scope;
  const driver = drivers.get(p.channel);
  if (driver) return driver.query(p.out_trade_no);
  if (p.channel === 'transfer') return bank.queryTransfer(p.out_trade_no);
  if (p.channel === 'topup') return bank.queryTopUp(p.out_trade_no);
  return bank.queryPayment(p.out_trade_no);
}

/**
 * Takes the payment for one attempt under a lease: dispatches a pending one, or takes one in flight
 * whose previous attempt has ended (no live lease). Null: someone else holds it, or nothing to do.
 */
async function takeForAttempt(scope: PaymentServiceContext, p: PaymentRow): Promise<PaymentRow | null> {
  const { clock, leaseMs, db } = scope;
  const now = clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  if (p.status === 'pending') {
    if (!p.payee_wallet_id && p.channel !== 'transfer') return null;
    const ok = await transition(scope, p, 'dispatch', {
      next_attempt_at: leaseUntil,
      lease_until: leaseUntil,
    });
    return ok ? { ...p, status: 'in_flight', next_attempt_at: leaseUntil, lease_until: leaseUntil } : null;
  }
  if (p.status !== 'in_flight') return null;
  const res = await db.exec(
    `UPDATE bank_payments SET lease_until = ?, next_attempt_at = ? WHERE out_trade_no = ? AND status = 'in_flight'
          AND attempts = ? AND (lease_until IS NULL OR lease_until <= ?)`,
    [leaseUntil, leaseUntil, p.out_trade_no, p.attempts, now],
  );
  return res.affectedRows === 1 ? { ...p, lease_until: leaseUntil } : null;
}

/** A refusal is final only when it answers the very first send, and says something about the order. */
function finalRefusal(scope: PaymentServiceContext, p: PaymentRow, err: BankRefusal) {
  return p.attempts === 0 && [400, 404, 422].includes(err.httpStatus) && err.code !== 'BANK_ORDER_CONFLICT';
}

/**
 * One attempt (the queue job, or a citizen's request waiting for its answer): send, or after an
 * unknown outcome query first, then apply the answer. Returns the order as it stands afterwards.
 */
async function attempt(
  scope: PaymentServiceContext,
  outTradeNo: string,
  ctx: AttemptContext = {},
): Promise<PaymentRow | null> {
  const found = await find(scope, outTradeNo);
  const p = found && (await takeForAttempt(scope, found));
  if (!p) return found;
  try {
    const known = p.attempts > 0 ? await queryBank(scope, p) : null;
    await applyAnswer(scope, p, known ?? (await send(scope, p)), ctx);
  } catch (err) {
    await attemptFailed(scope, p, err, ctx);
  }
  return find(scope, outTradeNo);
}

/** How long a request waits for another worker's attempt of its order to end. */
const HOLDER_WAIT_MS = 2_000;
const HOLDER_POLL_MS = 25;

function heldByOther(scope: PaymentServiceContext, p: PaymentRow | null): boolean {
  return !!p && p.status === 'in_flight' && !!p.lease_until && p.lease_until > scope.clock.now();
}

/**
 * The attempt a caller waiting for its answer makes (a citizen's retried top-up, a till). When the
 * queue's worker holds the order's lease at that moment — it is retrying the very answer that was
 * lost — answering "unknown" would be wrong by a few milliseconds: wait briefly for that worker to
 * end, then try once more ourselves if the order is still open. The worker itself never waits.
 */
async function attemptAwaitingHolder(
  scope: PaymentServiceContext,
  outTradeNo: string,
  ctx: AttemptContext = {},
): Promise<PaymentRow | null> {
  let p = await attempt(scope, outTradeNo, ctx);
  if (!heldByOther(scope, p)) return p;
  const deadline = Date.now() + HOLDER_WAIT_MS;
  while (heldByOther(scope, p) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, HOLDER_POLL_MS));
    p = await find(scope, outTradeNo);
  }
  return p && p.status === 'in_flight' && !heldByOther(scope, p) ? attempt(scope, outTradeNo, ctx) : p;
}

/** What an attempt that got no order from the bank means, by the outcome rule. */
async function attemptFailed(scope: PaymentServiceContext, p: PaymentRow, err: unknown, ctx: AttemptContext) {
  if (err instanceof BankRefusal && finalRefusal(scope, p, err)) {
    // Refused before an order existed (bad request, unknown wallet): nothing left the platform.
    const patch = { last_error: `${err.bankCode}: ${err.message}`.slice(0, 255) };
    await transition(scope, p, 'refuse', patch, undefined, ctx);
  } else if (isRefusal(err, 'BANK_UNAVAILABLE')) {
    await waitForBreaker(scope, p); // nothing was sent: not an attempt with an unknown outcome
  } else if (err instanceof BankRefusal) {
    await retryLater(scope, p, `${err.bankCode} (outcome unknown): ${err.message}`);
  } else if (err instanceof BankOutcomeUnknown || isRefusal(err)) {
    await retryLater(scope, p, `${err.code}: ${err.message}`);
  } else {
    await retryLater(scope, p, `ERROR: ${(err as Error).message}`);
  }
}

/**
 * Several transitions in ONE transaction (a batch of dispatches or confirmations): each is still a
 * conditional UPDATE with its purpose's ledger work, but they share one COMMIT. Returns the orders
 * that moved. If the batch fails as a whole, each is tried on its own so one bad row blocks nobody.
 */
async function transitionMany(
  scope: PaymentServiceContext,
  items: { p: PaymentRow; t: PaymentTransition; patch: Partial<PaymentRow> }[],
  ctx: AttemptContext = {},
): Promise<Set<string>> {
  const { clock, db, HOOKS, purposes, logger } = scope;
  const moved = new Set<string>();
  if (!items.length) return moved;
  const now = clock.now();
  const afters: AfterCommit[] = [];
  if (await setBasedTransition(scope, items, now)) {
    for (const { p } of items) moved.add(p.out_trade_no);
    return moved;
  }
  try {
    await db.tx(async (sql) => {
      for (const { p, t, patch } of items) {
        const { from, to } = PAYMENT_TRANSITIONS[t];
        const full: Partial<PaymentRow> = FINAL.includes(to) ? { lease_until: null, ...patch } : patch;
        const fields = Object.keys(full).filter((k) => PATCHABLE.has(k));
        const res = await sql.exec(
          `UPDATE bank_payments SET status = ?, updated_at = ?${fields.map((f) => `, ${f} = ?`).join('')}
              WHERE out_trade_no = ? AND status IN (${from.map(() => '?').join(',')})`,
          [to, now, ...fields.map((f) => (full as Record<string, unknown>)[f]), p.out_trade_no, ...from],
        );
        if (res.affectedRows !== 1) continue;
        moved.add(p.out_trade_no);
        const hook = HOOKS[t];
        const after = hook
          ? await purposes.get(p.purpose)![hook](sql, { ...p, ...full, status: to }, now)
          : undefined;
        if (after) afters.push(after);
      }
    });
  } catch (err) {
    logger.warn('bank order batch failed; moving each on its own', { err, size: items.length });
    moved.clear();
    afters.length = 0;
    for (const { p, t, patch } of items)
      if (await transition(scope, p, t, patch, undefined, ctx)) moved.add(p.out_trade_no);
    return moved;
  }
  for (const after of afters)
    await after(ctx).catch((err) => logger.error('bank order follow-up failed', { err }));
  return moved;
}

/**
 * The fast form of a batch: one UPDATE for every order (per-order values through CASE), then the
 * purpose's set-based hook. Only when all items share one transition and one purpose that has the
 * hook; it must move every order, else the whole transaction rolls back (false: take the slow form).
 */
async function setBasedTransition(
  scope: PaymentServiceContext,
  items: { p: PaymentRow; t: PaymentTransition; patch: Partial<PaymentRow> }[],
  now: Date,
): Promise<boolean> {
  const { purposes, db, logger } = scope;
  const t = items[0].t;
  const purpose = purposes.get(items[0].p.purpose)!;
  const hook =
    t === 'dispatch' ? purpose.onDispatchMany : t === 'confirm' ? purpose.onConfirmMany : undefined;
  if (!hook || items.some((i) => i.t !== t || i.p.purpose !== items[0].p.purpose)) return false;
  const { from, to } = PAYMENT_TRANSITIONS[t];
  const full = items.map((i) => (FINAL.includes(to) ? { lease_until: null, ...i.patch } : i.patch));
  const fields = [...new Set(full.flatMap((f) => Object.keys(f)))].filter((k) => PATCHABLE.has(k));
  const sets: string[] = [];
  const params: unknown[] = [to, now];
  for (const f of fields) {
    const values = full.map((x) => (x as Record<string, unknown>)[f] ?? null);
    const key = (v: unknown) => (v instanceof Date ? `d${v.getTime()}` : `${typeof v}:${String(v)}`);
    if (values.every((v) => key(v) === key(values[0]))) {
      sets.push(`${f} = ?`);
      params.push(values[0]);
    } else {
      sets.push(`${f} = CASE out_trade_no ${items.map(() => 'WHEN ? THEN ?').join(' ')} END`);
      items.forEach((i, n) => params.push(i.p.out_trade_no, values[n]));
    }
  }
  const ids = items.map((i) => i.p.out_trade_no);
  try {
    await db.tx(async (sql) => {
      const res = await sql.exec(
        `UPDATE bank_payments SET status = ?, updated_at = ?${sets.map((x) => `, ${x}`).join('')}
            WHERE out_trade_no IN (${ids.map(() => '?').join(',')}) AND status IN (${from.map(() => '?').join(',')})`,
        [...params, ...ids, ...from],
      );
      if (res.affectedRows !== items.length) throw new BatchMiss();
      await hook(
        sql,
        items.map((i, n) => ({ ...i.p, ...full[n], status: to })),
        now,
      );
    });
    return true;
  } catch (err) {
    if (!(err instanceof BatchMiss)) logger.warn('set-based bank order batch failed', { err });
    return false;
  }
}

/**
 * The first attempt of many orders at once (a batch of new payouts or settlements): one
 * transaction dispatches them all, the bank calls run concurrently (bounded), and every SUCCESS or
 * FAILED answer is booked in one more transaction. Anything else takes the single-order path
 * (retry with a query first), exactly as `attempt` would. Orders not pending are attempted singly.
 */
async function attemptBatch(scope: PaymentServiceContext, outTradeNos: string[], ctx: AttemptContext = {}) {
  const { db, clock, leaseMs } = scope;
  if (!outTradeNos.length) return;
  const rows = (
    await db.query<PaymentRow>(
      `SELECT * FROM bank_payments WHERE out_trade_no IN (${outTradeNos.map(() => '?').join(',')})`,
      outTradeNos,
    )
  ).map(normalise);
  const sendable = (p: PaymentRow) =>
    p.status === 'pending' && (p.payee_wallet_id || p.channel === 'transfer');
  const leaseUntil = new Date(clock.now().getTime() + leaseMs);
  const lease = { next_attempt_at: leaseUntil, lease_until: leaseUntil };
  const fresh = rows.filter(sendable);
  const moved = await transitionMany(
    scope,
    fresh.map((p) => ({ p, t: 'dispatch' as const, patch: lease })),
    ctx,
  );
  for (const p of rows)
    if (!fresh.includes(p) && p.status === 'in_flight') await attempt(scope, p.out_trade_no, ctx);
  const taken = fresh
    .filter((p) => moved.has(p.out_trade_no))
    .map((p) => ({ ...p, ...lease, status: 'in_flight' as const }));
  const answers: { p: PaymentRow; order?: BankOrder; err?: unknown }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < taken.length) {
      const p = taken[next++];
      try {
        answers.push({ p, order: await send(scope, p) });
      } catch (err) {
        answers.push({ p, err });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_SEND_CONCURRENCY, taken.length) }, lane));
  const final = answers.filter((a) => a.order && a.order.status !== 'PROCESSING');
  await transitionMany(
    scope,
    final.map(({ p, order }) =>
      order!.status === 'SUCCESS'
        ? {
            p,
            t: 'confirm' as const,
            patch: {
              bank_trade_no: order!.trade_no,
              completed_at: order!.completed_at ? new Date(order!.completed_at) : clock.now(),
              last_error: null,
            },
          }
        : {
            p,
            t: 'refuse' as const,
            patch: {
              bank_trade_no: order!.trade_no,
              last_error: `${order!.error_code ?? 'FAILED'}: ${order!.error_message ?? ''}`.slice(0, 255),
            },
          },
    ),
    ctx,
  );
  for (const a of answers) {
    if (a.err !== undefined) await attemptFailed(scope, a.p, a.err, ctx);
    else if (a.order!.status === 'PROCESSING') await retryLater(scope, a.p, 'PROCESSING at the bank');
  }
}

/**
 * The one sweep. Re-queues orders nobody is working on: pending ones whose job was lost (a crash
 * between commit and enqueue), and ones in flight whose next attempt is due and whose lease ran
 * out (the worker died mid-call). An order whose lease is live is never touched.
 */
async function sweep(scope: PaymentServiceContext, limit = 1000): Promise<number> {
  const { clock, db, retry } = scope;
  const now = clock.now();
  const due = await db.query<{ out_trade_no: string; attempts: number }>(
    `SELECT out_trade_no, attempts FROM bank_payments
        WHERE status IN ('pending','in_flight') AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
        ORDER BY next_attempt_at LIMIT ?`,
    [new Date(now.getTime() - retry.baseDelayMs), now, limit],
  );
  const slot = Math.floor(now.getTime() / 1000);
  for (const d of due) await enqueue(scope, d.out_trade_no, `bp:${d.out_trade_no}:${d.attempts}:s${slot}`);
  return due.length;
}

async function applyCallback(scope: PaymentServiceContext, resource: Partial<BankOrder>) {
  const { logger } = scope;
  if (!resource.out_trade_no || !resource.status) return false;
  const p = await find(scope, resource.out_trade_no);
  if (!p) return false;
  // A callback's amount must be the order's: anything else is for a person, never applied.
  if (resource.amount_fen !== undefined && Number(resource.amount_fen) !== p.amount_fen) {
    logger.warn('bank callback amount differs from the order', { out_trade_no: p.out_trade_no });
    return false;
  }
  await applyAnswer(scope, p, resource as BankOrder);
  return true;
}

async function listExceptions(
  scope: PaymentServiceContext,
  f: { status?: 'open' | 'resolved'; limit: number },
) {
  const { db } = scope;
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM bank_order_exceptions ${f.status ? 'WHERE status = ?' : ''} ORDER BY created_at DESC LIMIT ?`,
    f.status ? [f.status, f.limit] : [f.limit],
  );
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      out_trade_no: String(r.out_trade_no),
      purpose: String(r.purpose),
      bank_status: String(r.bank_status),
      platform_status: String(r.platform_status),
      amount_fen: Number(r.amount_fen),
      note: String(r.note),
      status: String(r.status),
      resolved_by: (r.resolved_by as string | null) ?? null,
      resolution: (r.resolution as string | null) ?? null,
      created_at: toRfc3339(r.created_at as Date),
      resolved_at: toRfc3339(r.resolved_at as Date | null),
    })),
  };
}

/** A person has dealt with a contradiction (refunded the citizen, booked an adjustment): closes it. */
async function resolveException(
  scope: PaymentServiceContext,
  actor: Actor,
  id: string,
  resolution: string,
  requestId?: string,
) {
  const { clock, db } = scope;
  const now = clock.now();
  await db.tx(async (sql) => {
    const res = await sql.exec(
      "UPDATE bank_order_exceptions SET status = 'resolved', resolved_by = ?, resolution = ?, resolved_at = ? WHERE id = ? AND status = 'open'",
      [actor.id, resolution, now, id],
    );
    if (res.affectedRows !== 1) throw refused('EXCEPTION_NOT_OPEN', '该异常不存在或已处理');
    await recordAudit(
      sql,
      {
        actor,
        action: 'bank_order_exception.resolve',
        entity_type: 'bank_order_exception',
        entity_id: id,
        changes: { status: { from: 'open', to: 'resolved' } },
        comment: resolution,
        request_id: requestId,
      },
      now,
    );
  });
  return (await listExceptions(scope, { limit: 500 })).items.find((e) => e.id === id)!;
}

async function list(
  scope: PaymentServiceContext,
  f: { status?: string; purpose?: string; cursor?: string; limit: number },
) {
  const { db } = scope;
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push(
      'status IN (' +
        f.status
          .split(',')
          .map(() => '?')
          .join(',') +
        ')',
    );
    params.push(...f.status.split(','));
  }
  if (f.purpose) {
    where.push('purpose = ?');
    params.push(f.purpose);
  }
  if (f.cursor) {
    where.push('out_trade_no < ?');
    params.push(f.cursor);
  }
  const rows = await db.query<PaymentRow>(
    `SELECT * FROM bank_payments ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY out_trade_no DESC LIMIT ?`,
    [...params, f.limit + 1],
  );
  const page = rows.slice(0, f.limit).map(normalise);
  return {
    items: page.map(paymentDto),
    next_cursor: rows.length > f.limit ? page[page.length - 1].out_trade_no : null,
  };
}

async function getOrThrow(scope: PaymentServiceContext, outTradeNo: string) {
  const p = await find(scope, outTradeNo);
  if (!p) throw notFound('支付单');
  return p;
}

/** Admin: a dead payment goes back to the worker; it asks the bank before sending anything. */
async function revive(
  scope: PaymentServiceContext,
  actor: Actor,
  outTradeNo: string,
  comment?: string,
  requestId?: string,
) {
  const { clock } = scope;
  const p = await getOrThrow(scope, outTradeNo);
  const ok = await transition(
    scope,
    p,
    'revive',
    // attempts = 1: the next attempt queries the bank first, with a fresh retry budget.
    { attempts: 1, next_attempt_at: clock.now() },
    { actor, comment, requestId },
  );
  if (!ok) throw refused('PAYMENT_NOT_DEAD', '只有处于死信状态的支付单可以重试');
  await enqueue(scope, outTradeNo, `bp:${outTradeNo}:revive:${Date.now()}`);
  return paymentDto((await find(scope, outTradeNo))!);
}

/** Admin: give up on a payment that never left the platform; its purpose returns the money. */
async function cancel(
  scope: PaymentServiceContext,
  actor: Actor,
  outTradeNo: string,
  comment: string,
  requestId?: string,
) {
  const p = await getOrThrow(scope, outTradeNo);
  const ok = await transition(scope, p, 'cancel', {}, { actor, comment, requestId });
  if (!ok) throw refused('PAYMENT_NOT_CANCELLABLE', '只有失败或未发出的支付单可以取消');
  return paymentDto((await find(scope, outTradeNo))!);
}

function register(scope: PaymentServiceContext, name: PaymentPurposeName, purpose: PaymentPurpose) {
  const { purposes } = scope;
  purposes.set(name, purpose);
}

/** The channels whose orders this bank's daily bill lists: its own, and drivers that say so. */
function channelsInBankBill(scope: PaymentServiceContext): BankChannel[] {
  const own: BankChannel[] = ['payment', 'transfer', 'topup'];
  const driven = [...scope.drivers].filter(([, d]) => d.inBankBill).map(([name]) => name);
  return [...own.filter((c) => !scope.drivers.has(c)), ...driven];
}

/** The purpose's ledger leg for a confirmed order; null when the purpose declares none. */
async function bookedFen(scope: PaymentServiceContext, p: PaymentRow): Promise<number | null> {
  const purpose = scope.purposes.get(p.purpose);
  return purpose?.bookedFen ? purpose.bookedFen(scope.db, p) : null;
}

function registerChannel(scope: PaymentServiceContext, name: BankChannel, driver: ChannelDriver) {
  const { drivers } = scope;
  drivers.set(name, driver);
}

function start(scope: PaymentServiceContext, sweepEverySeconds: number) {
  const { queue, deps, logger } = scope;
  queue.process(
    BATCH_JOB,
    async (data) => attemptBatch(scope, (data.out_trade_nos as string[]).map(String)),
    {
      concurrency: 4,
    },
  );
  queue.process(PAYMENT_JOB, async (data) => void (await attempt(scope, String(data.out_trade_no))), {
    concurrency: deps.concurrency ?? 16,
  });
  const every = Math.max(1, Math.min(59, Math.round(sweepEverySeconds)));
  scope.sweeper = schedule.scheduleJob(`*/${every} * * * * *`, () => {
    sweep(scope).catch((err) => logger.error('bank payment sweep failed', { err }));
  });
  void sweep(scope).catch((err) => logger.error('bank payment sweep failed', { err }));
}

function stop(scope: PaymentServiceContext) {
  scope.sweeper?.cancel();
}

export type PaymentService = ReturnType<typeof createPaymentService>;
