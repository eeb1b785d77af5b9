import { ChannelOutcomeUnknown, ChannelRefusal } from '../../connectors/pay-channels/types';
import type { Sql } from '../../db/sql';
import { accounts, bookedAmount, post } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { INLINE_ATTEMPT_GRACE_MS, insertPayments, type PaymentService } from '../bank-orders';
import { refundRedemptionInTx } from '../coupons';
import { ownerOf, type CashierCtx } from './context';
import { moveOrder } from './order-states';
import {
  findAttempt,
  findOrder,
  findRefund,
  n,
  orderOrThrow,
  orderDto,
  orderStateMessage,
  refundDto,
  type AttemptRow,
  type OrderRow,
  type RefundRow,
} from './rows';

// Refunds, one at a time per order: partial ones return part of what the customer paid; the one that
// makes the order fully refunded also takes the subsidy back. e-CNY refunds are orders of the
// lifecycle (purpose `cashier_refund`, channel `refund`); other channels' are sent and queried here.

export type RefundInput = { out_refund_no: string; amount_fen: number };

/** Takes the subsidy back with the full refund (refused once settled: REDEMPTION_SETTLED). */
async function takeSubsidyBack(sql: Sql, a: AttemptRow, o: OrderRow, now: Date) {
  if (!a.redemption_id) return 0;
  const red = (
    await sql.query<{ status: string; discount_fen: unknown }>(
      'SELECT status, discount_fen FROM coupon_redemptions WHERE id = ?',
      [a.redemption_id],
    )
  )[0];
  if (red?.status !== 'redeemed') return 0;
  await refundRedemptionInTx(sql, { type: 'system', id: 'cashier' }, o.merchant_id, a.redemption_id, now);
  return n(red.discount_fen);
}

/** The refundable order, moved to `refunding`, or the refusal (nothing changed). */
async function takeOrderForRefund(sql: Sql, merchantId: string, orderId: string, input: RefundInput) {
  const o = await orderOrThrow(sql, orderId);
  if (o.merchant_id !== merchantId) throw notFound('收银订单');
  if (o.status === 'refunding') throw refused('REFUND_IN_PROGRESS', '该订单有一笔退款正在处理，请稍候');
  if (o.status !== 'paid' && o.status !== 'partially_refunded')
    throw refused('ORDER_NOT_REFUNDABLE', orderStateMessage(o.status));
  const left = n(o.paid_fen) - n(o.refunded_fen);
  if (input.amount_fen > left)
    throw refused('REFUND_AMOUNT_EXCEEDED', `退款金额超过可退金额（可退 ${left} 分）`, {
      refundable_fen: left,
    });
  return { o, full: input.amount_fen === left };
}

async function insertRefund(
  c: CashierCtx,
  sql: Sql,
  r: { id: string; o: OrderRow; a: AttemptRow; input: RefundInput; discount: number },
  now: Date,
) {
  await sql.exec(
    `INSERT INTO cashier_refunds (id, order_id, payment_id, channel, out_refund_no, amount_fen, discount_fen, status, attempts, next_query_at, created_at)
     VALUES (?,?,?,?,?,?,?,'processing',0,?,?)`,
    [
      r.id,
      r.o.id,
      r.a.id,
      r.a.channel,
      r.input.out_refund_no,
      r.input.amount_fen,
      r.discount,
      new Date(now.getTime() + c.queryDelayMs),
      now,
    ],
  );
  if (r.a.channel === 'ecny')
    await insertPayments(
      sql,
      [
        {
          out_trade_no: r.id,
          purpose: 'cashier_refund',
          ref_id: r.id,
          generation: 1,
          campaign_id: null,
          user_id: r.a.user_id,
          amount_fen: r.input.amount_fen,
          channel: 'refund',
          payee_wallet_id: r.a.wallet_id,
          payee_merchant_id: r.o.merchant_id,
          not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
        },
      ],
      now,
    );
}

/**
 * A merchant refunds part or all of what the customer paid (keyed by the merchant's out_refund_no).
 * The refund that brings the order to fully refunded also takes the subsidy back through the
 * coupons' refund rules (refused once the subsidy is settled: REDEMPTION_SETTLED, nothing changes).
 */
export async function refund(c: CashierCtx, merchantId: string, orderId: string, input: RefundInput) {
  const prior = (
    await c.db.query<RefundRow>('SELECT * FROM cashier_refunds WHERE order_id = ? AND out_refund_no = ?', [
      orderId,
      input.out_refund_no,
    ])
  )[0];
  if (prior) {
    if (n(prior.amount_fen) !== input.amount_fen)
      throw refused('OUT_REFUND_NO_REUSED', '退款单号已用于另一笔退款');
    return finishRefund(await resolveRefund(c, prior));
  }
  const now = c.clock.now();
  const r = await c.db.tx((sql) => refundInTx(c, sql, merchantId, orderId, input, now));
  return finishRefund(await sendRefund(c, r));
}

/**
 * Opens a refund inside the caller's transaction (an order owner's own refund, e.g. a prepaid lock
 * the escrow refused): the same checks and rows as `refund`; send it after the commit (sendRefund).
 */
export async function refundInTx(
  c: CashierCtx,
  sql: Sql,
  merchantId: string,
  orderId: string,
  input: RefundInput,
  now: Date,
): Promise<RefundRow> {
  const id = newId('csr');
  const { o, full } = await takeOrderForRefund(sql, merchantId, orderId, input);
  const a = (await findAttempt(sql, o.payment_id!))!;
  const discount = full ? await takeSubsidyBack(sql, a, o, now) : 0;
  if (!(await moveOrder(sql, o.id, 'refund', {}, now)))
    throw refused('REFUND_IN_PROGRESS', '该订单有一笔退款正在处理，请稍候');
  await insertRefund(c, sql, { id, o, a, input, discount }, now);
  return (await findRefund(sql, id))!;
}

function finishRefund(r: RefundRow) {
  if (r.status === 'failed')
    throw refused('REFUND_FAILED', `退款失败（${r.error_code ?? ''}）`, { refund_id: r.id });
  return { succeeded: r.status === 'succeeded', body: refundDto(r) };
}

/** Applies a refund's final outcome (first one wins), with the order and the ledger. */
export async function settleRefund(
  c: CashierCtx,
  sql: Sql,
  r: RefundRow,
  outcome: 'SUCCESS' | 'FAILED',
  errorCode: string | null,
  now: Date,
) {
  const flipped = await sql.exec(
    "UPDATE cashier_refunds SET status = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'processing'",
    [outcome === 'SUCCESS' ? 'succeeded' : 'failed', errorCode, now, r.id],
  );
  if (flipped.affectedRows !== 1) return;
  const o = (await findOrder(sql, r.order_id))!;
  if (outcome === 'FAILED') {
    // The money stays with the merchant; a subsidy already taken back stays taken back (see README).
    await moveOrder(sql, o.id, n(o.refunded_fen) > 0 ? 'refund_failed_part' : 'refund_failed_paid', {}, now);
    return tellOwner(c, sql, r, outcome, now);
  }
  await post(
    sql,
    {
      kind: 'cashier_refund',
      ref_id: r.id,
      transfers: [
        {
          source: accounts.cashierCollected(r.channel, o.merchant_id),
          destination: accounts.channelPayers(r.channel),
          amount_fen: n(r.amount_fen),
        },
      ],
    },
    now,
  );
  const refunded = n(o.refunded_fen) + n(r.amount_fen);
  const all = refunded >= n(o.paid_fen);
  await moveOrder(sql, o.id, all ? 'refunded_all' : 'refunded_part', { refunded_fen: refunded }, now);
  await tellOwner(c, sql, r, outcome, now);
}

/** The order's owner module learns of the refund's outcome in the same transaction. */
async function tellOwner(c: CashierCtx, sql: Sql, r: RefundRow, outcome: 'SUCCESS' | 'FAILED', now: Date) {
  const o = (await findOrder(sql, r.order_id))!;
  const refund = { id: r.id, out_refund_no: r.out_refund_no, amount_fen: n(r.amount_fen), outcome };
  await ownerOf(c, o)?.onRefundSettled?.(sql, orderDto(o), refund, now);
}

/** The lifecycle's purpose `cashier_refund` and its driver `refund` (the bank's POST /v1/refunds). */
export function registerRefundOrders(c: CashierCtx, orders: PaymentService) {
  const settleByOrder = async (
    sql: Sql,
    refId: string,
    outcome: 'SUCCESS' | 'FAILED',
    code: string | null,
    now: Date,
  ) => {
    const r = await findRefund(sql, refId);
    if (r) await settleRefund(c, sql, r, outcome, code, now);
  };
  orders.register('cashier_refund', {
    // Booked as a negative collection; the bank's bill lists it as a positive refund.
    bookedFen: async (sql, p) =>
      Math.abs(
        await bookedAmount(sql, { kind: 'cashier_refund', account: 'cashier_collected:', ref_id: p.ref_id }),
      ),
    onDispatch: async () => undefined,
    onConfirm: (sql, p, now) => settleByOrder(sql, p.ref_id, 'SUCCESS', null, now),
    onRefuse: (sql, p, now) =>
      settleByOrder(sql, p.ref_id, 'FAILED', (p.last_error ?? 'REFUND_FAILED').split(':')[0], now),
    onCancel: (sql, p, now) => settleByOrder(sql, p.ref_id, 'FAILED', 'CANCELLED', now),
  });
  orders.registerChannel('refund', {
    inBankBill: true,
    async send(p) {
      const r = (await findRefund(c.db, p.out_trade_no))!;
      return c.bankRefunds.refund({
        out_request_no: p.out_trade_no,
        out_trade_no: r.payment_id,
        amount_fen: p.amount_fen,
      });
    },
    query: (otn) => c.bankRefunds.queryRefund(otn),
  });
}

export async function sendRefund(c: CashierCtx, r: RefundRow): Promise<RefundRow> {
  if (r.channel === 'ecny') {
    await c.orders.attempt(r.id);
    return (await findRefund(c.db, r.id))!;
  }
  const client = c.channels[r.channel];
  const o = (await findOrder(c.db, r.order_id))!;
  try {
    const s = await client.refund({
      out_trade_no: r.payment_id,
      out_refund_no: r.id,
      amount_fen: n(r.amount_fen),
      total_fen: n(o.paid_fen),
    });
    return await applyRefundState(c, r, s);
  } catch (err) {
    if (err instanceof ChannelRefusal && r.attempts === 0) {
      await c.db.tx((sql) => settleRefund(c, sql, r, 'FAILED', err.code, c.clock.now()));
      return (await findRefund(c.db, r.id))!;
    }
    if (err instanceof ChannelOutcomeUnknown || err instanceof ChannelRefusal)
      return applyRefundState(c, r, 'PROCESSING');
    throw err;
  }
}

async function applyRefundState(c: CashierCtx, r: RefundRow, s: 'SUCCESS' | 'PROCESSING' | 'FAILED' | null) {
  const now = c.clock.now();
  if (s === 'SUCCESS' || s === 'FAILED')
    await c.db.tx((sql) => settleRefund(c, sql, r, s, s === 'FAILED' ? 'REFUND_FAILED' : null, now));
  else
    await c.db.exec(
      'UPDATE cashier_refunds SET attempts = attempts + 1, next_query_at = ? WHERE id = ? AND status = ?',
      [new Date(now.getTime() + c.queryDelayMs * Math.min(8, 1 + r.attempts)), r.id, 'processing'],
    );
  return (await findRefund(c.db, r.id))!;
}

/** Asks about a refund still processing; one the channel never received is sent again (same key). */
export async function resolveRefund(c: CashierCtx, r: RefundRow): Promise<RefundRow> {
  if (r.status !== 'processing') return r;
  if (r.channel === 'ecny') return sendRefund(c, r);
  try {
    const s = await c.channels[r.channel].queryRefund(r.id, r.payment_id);
    if (s === null) return sendRefund(c, { ...r, attempts: r.attempts + 1 });
    return await applyRefundState(c, r, s);
  } catch (err) {
    if (!(err instanceof ChannelOutcomeUnknown) && !(err instanceof ChannelRefusal)) throw err;
    return applyRefundState(c, r, 'PROCESSING');
  }
}
