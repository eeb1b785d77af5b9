import { BankRefusal, type BankWalletClient } from '../../connectors/bank-wallet/client';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { DomainError, refused, notFound, isRefusal } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, bookedAmount, post } from '../ledger';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { formatYuan } from '../../shared/money';
import { toRfc3339, type Clock } from '../../shared/time';
import type { Actor } from '../audit';
import { redeemCouponInTx, refundRedemptionInTx } from '../coupons';
import { bestCoupon, couponOptions } from './coupon-options';
import type { WalletService } from '../wallet';
import type { PaymentPinService } from '../payment-pin';
import {
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type PaymentPurpose,
  type PaymentRow as BankOrderRow,
  type PaymentService,
} from '../bank-orders';
import { headroom } from '../wallet';
import { closeUnpaidExitException } from './exceptions';
import type { GateCommands } from './gate-commands';
import { lotOrThrow, tariffOrThrow } from './lots';
import { moveSession, type SessionStatus } from './session-states';
import { priceSession, sessionOrThrow, type SessionRow } from './sessions';

// Paying for a stay: in the app (before exit = pre-pay, at the barrier, or after an offline exit)
// or seamlessly at exit for a driver who signed the agreement. The driver's money goes wallet →
// the lot operator's wallet inside the bank (a transfer); a coupon pays part of the fee from a
// campaign (a redemption, settled to the operator like any other). One payment in flight per session.
// The transfer is an order of the one bank-order lifecycle (modules/bank-orders, purpose 'parking'): the
// driver's request makes the first attempt and waits for it; retries, queries and the sweep are the
// lifecycle's, and its confirm/refuse run `settleInTx` below in the same transaction.

export type PaymentRow = {
  id: string;
  session_id: string;
  lot_id: string;
  user_id: string;
  channel: 'app' | 'seamless';
  idem_key: string;
  due_fen: number | string;
  discount_fen: number | string;
  payable_fen: number | string;
  coupon_claim_id: string | null;
  redemption_id: string | null;
  wallet_id: string | null;
  priced_until: Date | string;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  bank_trade_no: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

export function paymentDto(p: PaymentRow) {
  return {
    id: p.id,
    session_id: p.session_id,
    lot_id: p.lot_id,
    channel: p.channel,
    due_fen: Number(p.due_fen),
    discount_fen: Number(p.discount_fen),
    payable_fen: Number(p.payable_fen),
    status: p.status,
    error_code: p.error_code,
    priced_until: toRfc3339(p.priced_until),
    created_at: toRfc3339(p.created_at),
    completed_at: toRfc3339(p.completed_at),
  };
}

export type ParkingPaymentsDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  bank: BankWalletClient;
  wallet: WalletService;
  pins: Pick<PaymentPinService, 'confirmPayment'>;
  gates: GateCommands;
  orders: PaymentService;
};

const PAYABLE: readonly SessionStatus[] = ['parked', 'prepaid', 'awaiting_payment', 'left_unpaid'];

/**
 * The conflicts opening a seamless payment can meet when another request got to the session or its
 * coupon first (every 409 of openPayment and what it calls): look for that request's payment.
 */
const OPENED_ELSEWHERE = [
  'NOTHING_DUE',
  'FEE_CHANGED',
  'WALLET_NOT_BOUND',
  'PAYMENT_IN_PROGRESS',
  'SESSION_STATE',
  'SESSION_CHANGED',
  'COUPON_ALREADY_USED',
  'COUPON_EXPIRED',
  'COUPON_NOT_USABLE',
  'ORDER_ALREADY_REDEEMED',
];

export function createParkingPayments(deps: ParkingPaymentsDeps) {
  const { orders } = deps;
  const purpose: PaymentPurpose = {
    bookedFen: (sql, o) =>
      bookedAmount(sql, { kind: 'parking_payment', account: 'parking_collected:', ref_id: o.ref_id }),
    onDispatch: async () => undefined,
    onConfirm: (sql, o, now) => settleFromOrder(deps, sql, o, 'SUCCESS', now),
    onRefuse: (sql, o, now) => settleFromOrder(deps, sql, o, 'FAILED', now),
    // Given up before it left: the driver was not charged; the coupon goes back.
    onCancel: (sql, o, now) => settleFromOrder(deps, sql, { ...o, last_error: 'CANCELLED' }, 'FAILED', now),
  };
  orders.register('parking', purpose);
  return {
    payForSession: payForSession.bind(null, deps),
    chargeSeamlessly: chargeSeamlessly.bind(null, deps),
    couponOptions: parkingPaymentsCouponOptions.bind(null, deps),
    findPayment: findPayment.bind(null, deps),
  };
}

async function findPayment(deps: ParkingPaymentsDeps, sql: Sql, id: string) {
  return (await sql.query<PaymentRow>('SELECT * FROM parking_payments WHERE id = ?', [id]))[0] ?? null;
}

/** Who pays for which session, through which channel, under which idempotency key. */
type PaymentOpening = {
  sessionId: string;
  userId: string;
  channel: 'app' | 'seamless';
  idemKey: string;
  walletId: string | null;
  /** The PIN's single-use token for this amount (app payments above the password-free limit). */
  paymentToken?: string;
};

/**
 * Prices the session now, takes the coupon and records the payment, all in one transaction: the
 * session row is touched first so a second payer waits for this one and then meets `inflight_key`.
 */
async function openPayment(
  deps: ParkingPaymentsDeps,
  s: PaymentOpening,
  coupon_code: string | undefined,
  expected_due_fen: number | undefined,
  opts = { openGate: true },
): Promise<PaymentRow> {
  const { clock, db, gates } = deps;
  const now = clock.now();
  const opened = await db.tx((sql) => openPaymentInTx(deps, sql, s, coupon_code, expected_due_fen, now));
  if (opened.openLane && opts.openGate)
    await gates.openGate(opened.payment.lot_id, opened.openLane, opened.payment.session_id, 'paid');
  return opened.payment;
}

async function openPaymentInTx(
  deps: ParkingPaymentsDeps,
  sql: Sql,
  s: PaymentOpening,
  coupon_code: string | undefined,
  expected_due_fen: number | undefined,
  now: Date,
) {
  const { session, lot, price } = await priceForPayment(sql, s.sessionId, expected_due_fen, now);
  const id = newId('ppay');
  const coupon: FeeCoupon = coupon_code
    ? await redeemCouponForFee(sql, s.userId, lot.merchant_id, coupon_code, id, price.due_fen, now)
    : { discount_fen: 0, redemption_id: null, claim_id: null };
  const row: PaymentRow = {
    id,
    session_id: session.id,
    lot_id: lot.id,
    user_id: s.userId,
    channel: s.channel,
    idem_key: s.idemKey,
    due_fen: price.due_fen,
    discount_fen: coupon.discount_fen,
    payable_fen: price.due_fen - coupon.discount_fen,
    coupon_claim_id: coupon.claim_id,
    redemption_id: coupon.redemption_id,
    wallet_id: s.walletId,
    priced_until: price.priced_until,
    status: 'processing',
    error_code: null,
    bank_trade_no: null,
    created_at: now,
    completed_at: null,
  };
  if (Number(row.payable_fen) > 0 && !s.walletId) throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
  // 无感支付 (seamless) was authorised once when the driver turned it on; an app payment is confirmed now.
  if (s.channel === 'app' && Number(row.payable_fen) > 0)
    await deps.pins.confirmPayment(sql, {
      userId: s.userId,
      purpose: 'parking',
      amount_fen: Number(row.payable_fen),
      token: s.paymentToken,
    });
  await insertProcessingPayment(sql, row, now);
  if (Number(row.payable_fen) > 0) await queueWalletTransfer(sql, row, lot.merchant_id, now);
  // A coupon that covers the whole fee: nothing to send to the bank.
  const settled =
    Number(row.payable_fen) === 0 ? await settleInTx(deps, sql, row, session, 'SUCCESS', null, now) : null;
  return { payment: (await findPayment(deps, sql, id))!, openLane: settled?.openLane ?? null };
}

/** Locks the session, checks that something is due and prices it as of now. */
async function priceForPayment(sql: Sql, sessionId: string, expected_due_fen: number | undefined, now: Date) {
  await sql.exec('UPDATE parking_sessions SET updated_at = ? WHERE id = ?', [now, sessionId]);
  const session = await sessionOrThrow(sql, sessionId);
  if (!PAYABLE.includes(session.status)) throw refused('NOTHING_DUE', '该停车记录无需缴费');
  const lot = await lotOrThrow(sql, session.lot_id);
  const price = priceSession(session, await tariffOrThrow(sql, session.tariff_id), now);
  if (price.due_fen === 0) throw refused('NOTHING_DUE', '当前无需缴费');
  // The app shows a live fee; a fee that moved on while the driver looked is not charged blind.
  if (expected_due_fen !== undefined && expected_due_fen !== price.due_fen)
    throw refused('FEE_CHANGED', `停车费已更新为 ${formatYuan(price.due_fen)}，请确认后再支付`, {
      due_fen: price.due_fen,
    });
  return { session, lot, price };
}

/** What a coupon took off the fee; a failed payment refunds the redemption, giving the coupon back. */
type FeeCoupon = { discount_fen: number; redemption_id: string | null; claim_id: string | null };

/** Redeems the driver's own coupon against the fee, the payment's id as the order number. */
async function redeemCouponForFee(
  sql: Sql,
  userId: string,
  merchantId: string,
  coupon_code: string,
  paymentId: string,
  due_fen: number,
  now: Date,
): Promise<FeeCoupon> {
  const owner = (
    await sql.query<{ id: string; user_id: string }>(
      "SELECT id, user_id FROM claims WHERE coupon_code = ? AND kind = 'coupon'",
      [coupon_code],
    )
  )[0];
  if (!owner || owner.user_id !== userId) throw notFound('优惠券');
  const actor: Actor = { type: 'citizen', id: userId };
  const r = await redeemCouponInTx(
    sql,
    actor,
    merchantId,
    { coupon_code, order_no: paymentId, order_amount_fen: due_fen },
    now,
  );
  return { discount_fen: r.discount_fen, redemption_id: r.id, claim_id: owner.id };
}

/** The payment row; its inflight_key (the session) refuses a second payment while this one is open. */
async function insertProcessingPayment(sql: Sql, row: PaymentRow, now: Date) {
  try {
    await sql.exec(
      `INSERT INTO parking_payments (id, session_id, lot_id, user_id, channel, idem_key, inflight_key, due_fen, discount_fen, payable_fen, coupon_claim_id, redemption_id, wallet_id, priced_until, status, created_at)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'processing',?)`,
      [
        row.id,
        row.session_id,
        row.lot_id,
        row.user_id,
        row.channel,
        row.idem_key,
        row.session_id,
        row.due_fen,
        row.discount_fen,
        row.payable_fen,
        row.coupon_claim_id,
        row.redemption_id,
        row.wallet_id,
        row.priced_until,
        now,
      ],
    );
  } catch (err) {
    if (isDuplicateKeyError(err))
      throw refused('PAYMENT_IN_PROGRESS', '该停车记录有一笔支付正在处理，请稍候');
    throw err;
  }
}

/**
 * The bank order moving the payable part from the driver's wallet to the lot operator's. Its first
 * attempt is the driver's request; the sweep leaves it alone for the grace period.
 */
async function queueWalletTransfer(sql: Sql, row: PaymentRow, merchantId: string, now: Date) {
  await insertPayments(
    sql,
    [
      {
        out_trade_no: row.id,
        purpose: 'parking',
        ref_id: row.id,
        generation: 1,
        campaign_id: null,
        user_id: row.user_id,
        amount_fen: Number(row.payable_fen),
        channel: 'transfer',
        payer_wallet_id: row.wallet_id,
        payee_merchant_id: merchantId,
        not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
      },
    ],
    now,
  );
}

/** The driver's payment in the books: from the citizens' wallets to what the lot collected. */
function bookParkingFee(sql: Sql, p: PaymentRow, lotId: string, now: Date) {
  return post(
    sql,
    {
      kind: 'parking_payment',
      ref_id: p.id,
      transfers: [
        {
          source: accounts.citizenWallets,
          destination: accounts.parkingCollected(lotId),
          amount_fen: Number(p.payable_fen),
        },
      ],
    },
    now,
  );
}

/**
 * Applies a payment's outcome (the bank's answer, a later query); the first outcome wins. Success
 * books the fee and moves the session on; failure gives the coupon back.
 */
async function settleInTx(
  deps: ParkingPaymentsDeps,
  sql: Sql,
  p: PaymentRow,
  session: SessionRow,
  outcome: 'SUCCESS' | 'FAILED',
  order: { trade_no: string | null; error_code?: string | null } | null,
  now: Date,
): Promise<{ openLane: string | null }> {
  const flipped = await sql.exec(
    "UPDATE parking_payments SET status = ?, inflight_key = NULL, error_code = ?, bank_trade_no = ?, completed_at = ? WHERE id = ? AND status = 'processing'",
    [
      outcome === 'SUCCESS' ? 'succeeded' : 'failed',
      outcome === 'FAILED' ? (order?.error_code ?? 'PAYMENT_FAILED') : null,
      order?.trade_no ?? null,
      now,
      p.id,
    ],
  );
  if (flipped.affectedRows !== 1) return { openLane: null };
  const lot = await lotOrThrow(sql, p.lot_id);
  if (outcome === 'FAILED') {
    if (p.redemption_id)
      await refundRedemptionInTx(
        sql,
        { type: 'system', id: 'parking' },
        lot.merchant_id,
        p.redemption_id,
        now,
      );
    // A failed charge of a car already gone leaves the unpaid_exit exception raised at its exit open.
    return { openLane: null };
  }
  await bookParkingFee(sql, p, lot.id, now);
  const covered = Number(session.covered_fen) + Number(p.due_fen);
  const common = {
    covered_fen: covered,
    discount_fen: Number(session.discount_fen) + Number(p.discount_fen),
    last_payer_id: p.user_id,
  };
  const tariff = await tariffOrThrow(sql, session.tariff_id);
  const remaining = priceSession({ ...session, covered_fen: covered }, tariff, now).due_fen;
  if (session.status === 'parked' || session.status === 'prepaid') {
    // Pre-paid while still inside: free to leave until the window closes.
    const until = new Date(new Date(p.priced_until).getTime() + lot.free_exit_minutes * 60_000);
    await moveSession(sql, session.id, session.status, 'prepaid', { ...common, paid_until: until }, now);
    return { openLane: null };
  }
  if (remaining > 0) {
    await sql.exec(
      'UPDATE parking_sessions SET covered_fen = ?, discount_fen = ?, last_payer_id = ?, updated_at = ? WHERE id = ?',
      [common.covered_fen, common.discount_fen, common.last_payer_id, now, session.id],
    );
    return { openLane: null };
  }
  await moveSession(sql, session.id, session.status, 'completed', common, now);
  if (session.status === 'left_unpaid') await closeUnpaidExitException(sql, session.id, now);
  return { openLane: session.status === 'awaiting_payment' ? session.exit_lane_id : null };
}

/**
 * The bank order's outcome, inside the lifecycle's transaction: the parking payment and its session
 * move with it. Returns the barrier to open after commit, if a car waits there.
 */
async function settleFromOrder(
  deps: ParkingPaymentsDeps,
  sql: Sql,
  o: BankOrderRow,
  outcome: 'SUCCESS' | 'FAILED',
  now: Date,
) {
  const { gates } = deps;
  await sql.exec('UPDATE parking_payments SET completed_at = completed_at WHERE id = ?', [o.ref_id]);
  const p = await findPayment(deps, sql, o.ref_id);
  if (!p || p.status !== 'processing') return;
  await sql.exec('UPDATE parking_sessions SET updated_at = ? WHERE id = ?', [now, p.session_id]);
  const session = await sessionOrThrow(sql, p.session_id);
  const errorCode = outcome === 'FAILED' ? (o.last_error ?? 'PAYMENT_FAILED').split(':')[0] : null;
  const { openLane } = await settleInTx(
    deps,
    sql,
    p,
    session,
    outcome,
    { trade_no: o.bank_trade_no, error_code: errorCode },
    now,
  );
  if (!openLane) return;
  // The car is waiting at the barrier: open it after commit (a crash leaves it to the gate sweep),
  // unless the gate is waiting for this very answer (a seamless charge at the exit).
  return async (ctx: { gateAwaitsAnswer?: boolean }) => {
    if (!ctx.gateAwaitsAnswer) await gates.openGate(p.lot_id, openLane, p.session_id, 'paid');
  };
}

/**
 * Makes an attempt at a processing payment's transfer and waits for it (an attempt already under
 * way elsewhere is left alone). `gateAwaitsAnswer` when the gate waits for this very answer.
 */
async function execute(
  deps: ParkingPaymentsDeps,
  p: PaymentRow,
  opts = { openGate: true },
): Promise<PaymentRow> {
  const { orders, db } = deps;
  if (p.status !== 'processing' || Number(p.payable_fen) === 0) return p;
  await orders.attempt(p.id, { gateAwaitsAnswer: !opts.openGate });
  return (await findPayment(deps, db, p.id))!;
}

/** A failed payment as a refusal, the bank's reason in platform terms (see the payment route's statuses). */
function failureError(deps: ParkingPaymentsDeps, p: PaymentRow): DomainError {
  const mapped = new BankRefusal(p.error_code ?? 'PAYMENT_FAILED', '支付失败');
  return refused(mapped.code, `支付失败：${mapped.message}`, { payment_id: p.id, bank_code: p.error_code });
}

/** The driver pays in the app (Idempotency-Key): a retry reaches the same payment and bank order. */
async function payForSession(
  deps: ParkingPaymentsDeps,
  userId: string,
  sessionId: string,
  input: { coupon_code?: string; expected_due_fen?: number; payment_token?: string },
  ticket: IdempotencyTicket,
) {
  const { db, wallet, clock } = deps;
  let p = (
    await db.query<PaymentRow>('SELECT * FROM parking_payments WHERE user_id = ? AND idem_key = ?', [
      userId,
      ticket.key,
    ])
  )[0];
  if (!p) {
    const b = await wallet.binding(userId);
    p = await openPayment(
      deps,
      {
        sessionId,
        userId,
        channel: 'app',
        idemKey: ticket.key,
        walletId: b?.wallet_id ?? null,
        paymentToken: input.payment_token,
      },
      input.coupon_code,
      input.expected_due_fen,
    );
  }
  if (p.session_id !== sessionId || !(await sameRequest(deps, p, input)))
    throw refused('IDEMPOTENCY_KEY_REUSED', '同一请求号用于了另一笔停车缴费');
  p = await execute(deps, p);
  if (p.status === 'processing')
    throw refused('PAYMENT_OUTCOME_UNKNOWN', '支付结果确认中，请稍后查看', { payment_id: p.id });
  if (p.status === 'failed') throw failureError(deps, p);
  const body = { payment: paymentDto(p), session: await sessionSummary(deps, p.session_id) };
  await db.tx((sql) => ticket.record(sql, body, clock.now()));
  return body;
}

/** A retried request must be the same request: same coupon, same fee the driver confirmed. */
async function sameRequest(
  deps: ParkingPaymentsDeps,
  p: PaymentRow,
  input: { coupon_code?: string; expected_due_fen?: number },
) {
  const { db } = deps;
  if (input.expected_due_fen !== undefined && input.expected_due_fen !== Number(p.due_fen)) return false;
  const code = p.coupon_claim_id
    ? (
        await db.query<{ coupon_code: string }>('SELECT coupon_code FROM claims WHERE id = ?', [
          p.coupon_claim_id,
        ])
      )[0]?.coupon_code
    : undefined;
  return (input.coupon_code ?? undefined) === code;
}

async function sessionSummary(deps: ParkingPaymentsDeps, sessionId: string) {
  const { db } = deps;
  const s = await sessionOrThrow(db, sessionId);
  return {
    id: s.id,
    status: s.status,
    paid_until: toRfc3339(s.paid_until),
    covered_fen: Number(s.covered_fen),
  };
}

/**
 * Seamless payment at exit (无感支付): the plate's agreement holder is charged from the bound
 * wallet, best coupon first, if the wallet's level limits allow it. Returns the payment, or why
 * it could not be tried (the driver then pays in the app).
 */
async function chargeSeamlessly(
  deps: ParkingPaymentsDeps,
  sessionId: string,
): Promise<{ ok: true; payment: PaymentRow } | { ok: false; reason: string }> {
  const { db, wallet, clock, bank, logger } = deps;
  const session = await sessionOrThrow(db, sessionId);
  const atBarrier = session.status === 'awaiting_payment';
  const holder = (
    await db.query<{ user_id: string }>('SELECT user_id FROM parking_plates WHERE seamless_plate = ?', [
      session.plate,
    ])
  )[0];
  if (!holder) return { ok: false, reason: 'NO_AGREEMENT' };
  const b = await wallet.binding(holder.user_id);
  if (!b) return { ok: false, reason: 'WALLET_NOT_BOUND' };
  const lot = await lotOrThrow(db, session.lot_id);
  const due = priceSession(session, await tariffOrThrow(db, session.tariff_id), clock.now()).due_fen;
  if (due === 0) return { ok: false, reason: 'NOTHING_DUE' };
  const coupon = await bestCoupon(db, holder.user_id, lot.merchant_id, due, clock.now());
  const payable = due - (coupon?.discount_fen ?? 0);
  if (payable > 0) {
    try {
      const w = await bank.getWallet(b.wallet_id);
      const room = headroom(w);
      if (w.status !== 'normal') return { ok: false, reason: 'WALLET_NOT_USABLE' };
      if (
        room &&
        (payable > room.per_payment_fen ||
          payable > room.daily_payment_fen ||
          payable > room.yearly_payment_fen)
      )
        return { ok: false, reason: 'WALLET_LIMIT' };
      if (w.total_balance_fen < payable) return { ok: false, reason: 'WALLET_INSUFFICIENT_BALANCE' };
    } catch (err) {
      logger.warn('seamless payment: wallet not readable', { err });
      return { ok: false, reason: 'BANK_UNAVAILABLE' };
    }
  }
  let p: PaymentRow;
  try {
    // One seamless charge per session, whichever process or replay gets here first.
    p = await openPayment(
      deps,
      {
        sessionId,
        userId: holder.user_id,
        channel: 'seamless',
        idemKey: `seamless:${sessionId}`,
        walletId: b.wallet_id,
      },
      coupon?.coupon_code,
      undefined,
      { openGate: !atBarrier },
    );
  } catch (err) {
    if (isDuplicateKeyError(err) || isRefusal(err, ...OPENED_ELSEWHERE)) {
      const prior = (
        await db.query<PaymentRow>('SELECT * FROM parking_payments WHERE user_id = ? AND idem_key = ?', [
          holder.user_id,
          `seamless:${sessionId}`,
        ])
      )[0];
      if (prior) return { ok: true, payment: await execute(deps, prior, { openGate: !atBarrier }) };
      return { ok: false, reason: (err as { code?: string }).code ?? 'CONFLICT' };
    }
    throw err;
  }
  return { ok: true, payment: await execute(deps, p, { openGate: !atBarrier }) };
}
function parkingPaymentsCouponOptions(
  deps: ParkingPaymentsDeps,
  userId: string,
  merchantId: string,
  due: number,
) {
  const { db, clock } = deps;
  return couponOptions(db, userId, merchantId, due, clock.now());
}

export type ParkingPayments = ReturnType<typeof createParkingPayments>;
