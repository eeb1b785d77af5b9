import { BankRefusal } from '../../connectors/bank-wallet/client';
import {
  ChannelOutcomeUnknown,
  ChannelRefusal,
  type ChannelName,
  type ChannelTrade,
} from '../../connectors/pay-channels/types';
import type { Sql } from '../../db/sql';
import { accounts, post } from '../ledger';
import { notFound, refused, type DomainError } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { INLINE_ATTEMPT_GRACE_MS, insertPayments, type PaymentRow } from '../bank-orders';
import { redeemCouponInTx, refundRedemptionInTx } from '../coupons';
import { ownerOf, type CashierCtx } from './context';
import { moveOrder } from './order-states';
import {
  attemptDto,
  CHANNEL_LABEL,
  findAttempt,
  findOrder,
  n,
  orderDto,
  orderOrThrow,
  orderStateMessage,
  type AttemptRow,
  type CashierChannel,
  type OrderRow,
} from './rows';

// Payment attempts: one per try (`cashier_payments`, its id is the channel's out_trade_no), one open
// attempt per order. The outcome rule is the lifecycle's: only the channel's own final answer
// (SUCCESS, or CLOSED / FAILED) is final; a timeout or 5xx leaves the attempt `paying` and it is
// queried (a notify only makes us query sooner). `settleAttempt` is the one place an attempt's
// outcome is applied, whoever learnt it first (the answer, a query, a notify, the sweep, the
// reconciliation), in one transaction with the order, the coupon and the ledger.

export type OpenInput = {
  order: OrderRow;
  channel: CashierChannel;
  mode: 'app' | 'code';
  userId: string | null;
  idemKey: string | null;
  walletId: string | null;
  coupon_code?: string;
  /** The PIN's single-use token for the e-CNY amount (the citizen's app payment above ¥200). */
  paymentToken?: string;
};

/** The coupon the citizen chose, redeemed inside the attempt's transaction (its discount). */
async function redeemForAttempt(sql: Sql, x: OpenInput, o: OrderRow, attemptId: string, now: Date) {
  if (!x.coupon_code) return { discount: 0, redemptionId: null, claimId: null };
  const owner = (
    await sql.query<{ id: string; user_id: string }>(
      "SELECT id, user_id FROM claims WHERE coupon_code = ? AND kind = 'coupon'",
      [x.coupon_code],
    )
  )[0];
  if (!owner || owner.user_id !== x.userId) throw notFound('优惠券');
  const r = await redeemCouponInTx(
    sql,
    { type: 'citizen', id: x.userId! },
    o.merchant_id,
    { coupon_code: x.coupon_code, order_no: attemptId, order_amount_fen: n(o.amount_fen) },
    now,
  );
  return {
    discount: r.discount_fen,
    redemptionId: r.id as string | null,
    claimId: owner.id as string | null,
  };
}

/**
 * Takes the order for this attempt (created → paying) or refuses; a second payer finds it taken. The
 * conditional UPDATE is the check (one round trip); only a refusal reads the order to say why.
 */
async function takeOrder(sql: Sql, o: OrderRow, now: Date) {
  const expired = new Date(o.expires_at) <= now;
  if (!expired && (await moveOrder(sql, o.id, 'pay', {}, now))) return;
  const current = await orderOrThrow(sql, o.id);
  if (current.status !== 'created') throw refused('ORDER_NOT_PAYABLE', orderStateMessage(current.status));
  if (expired) throw refused('ORDER_EXPIRED', '订单已超时，请让收银员重新下单');
  throw refused('ORDER_NOT_PAYABLE', '订单正在支付中，请稍候');
}

type AttemptInsert = {
  id: string;
  o: OrderRow;
  x: OpenInput;
  discount: number;
  payable: number;
  claimId: string | null;
  redemptionId: string | null;
  timeoutMs: number;
};

async function insertAttempt(c: CashierCtx, sql: Sql, r: AttemptInsert, now: Date): Promise<AttemptRow> {
  const row: AttemptRow = {
    id: r.id,
    order_id: r.o.id,
    channel: r.x.channel,
    mode: r.x.mode,
    user_id: r.x.userId,
    idem_key: r.x.idemKey,
    wallet_id: r.x.walletId,
    order_amount_fen: n(r.o.amount_fen),
    discount_fen: r.discount,
    amount_fen: r.payable,
    coupon_claim_id: r.claimId,
    redemption_id: r.redemptionId,
    status: 'paying',
    channel_trade_no: null,
    error_code: null,
    attempts: 0,
    next_query_at: new Date(now.getTime() + c.queryDelayMs),
    expires_at: new Date(now.getTime() + r.timeoutMs),
    created_at: now,
    completed_at: null,
  };
  await sql.exec(
    `INSERT INTO cashier_payments (id, order_id, inflight_key, channel, mode, user_id, idem_key, wallet_id, order_amount_fen,
       discount_fen, amount_fen, coupon_claim_id, redemption_id, status, attempts, next_query_at, expires_at, created_at)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'paying',0,?,?,?)`,
    [
      row.id,
      row.order_id,
      row.order_id,
      row.channel,
      row.mode,
      row.user_id,
      row.idem_key,
      row.wallet_id,
      row.order_amount_fen,
      row.discount_fen,
      row.amount_fen,
      row.coupon_claim_id,
      row.redemption_id,
      row.next_query_at,
      row.expires_at,
      row.created_at,
    ],
  );
  // e-CNY is a transfer of the one bank-order lifecycle (purpose `cashier`), like parking.
  if (r.x.channel === 'ecny' && r.payable > 0)
    await insertPayments(
      sql,
      [
        {
          out_trade_no: r.id,
          purpose: 'cashier',
          ref_id: r.id,
          generation: 1,
          campaign_id: null,
          user_id: r.x.userId,
          amount_fen: r.payable,
          channel: 'transfer',
          payer_wallet_id: r.x.walletId,
          payee_merchant_id: r.o.merchant_id,
          not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
        },
      ],
      now,
    );
  return row;
}

/**
 * Opens an attempt in one transaction: the order row is moved to `paying` first (so a second payer
 * waits and then finds it taken), the coupon is redeemed, the attempt and — for e-CNY — its bank
 * order are inserted. Nothing is sent to a channel inside the transaction.
 */
export async function openAttempt(c: CashierCtx, x: OpenInput): Promise<AttemptRow> {
  const now = c.clock.now();
  const id = newId('csp');
  const timeoutMs =
    x.mode === 'code'
      ? c.codeTimeoutMs
      : Math.max(1000, new Date(x.order.expires_at).getTime() - now.getTime());
  // The order's amount, merchant and expiry never change: the row read before is good here.
  const o = x.order;
  const owner = ownerOf(c, o);
  if (owner && !owner.channels.includes(x.channel))
    throw refused(
      'CHANNEL_NOT_ALLOWED',
      `该订单仅支持${owner.channels.map((ch) => CHANNEL_LABEL[ch]).join('、')}支付`,
    );
  return c.db.tx(async (sql) => {
    await takeOrder(sql, o, now);
    const { discount, redemptionId, claimId } = await redeemForAttempt(sql, x, o, id, now);
    const payable = n(o.amount_fen) - discount;
    if (x.channel === 'ecny' && payable > 0 && !x.walletId)
      throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
    // From the citizen's own wallet in the app: confirmed by PIN above the password-free limit. (A
    // till's scan of a payment code was confirmed in the payer's wallet app; other channels by theirs.)
    if (x.channel === 'ecny' && x.mode === 'app' && x.userId && payable > 0)
      await c.pins.confirmPayment(sql, {
        userId: x.userId,
        purpose: 'cashier',
        amount_fen: payable,
        token: x.paymentToken,
      });
    const a = await insertAttempt(
      c,
      sql,
      { id, o, x, discount, payable, claimId, redemptionId, timeoutMs },
      now,
    );
    // A coupon that covers the whole amount: nothing to send anywhere.
    if (payable === 0)
      return (
        (await settleAttempt(c, sql, a, 'SUCCESS', { trade_no: null }, now, o.merchant_id)) ??
        (await findAttempt(sql, id))!
      );
    return a;
  });
}

/**
 * Applies an attempt's final outcome (first one wins): SUCCESS books the money per channel and
 * marks the order paid; FAILED / CLOSED gives the coupon back and the order is payable again.
 */
export async function settleAttempt(
  c: CashierCtx,
  sql: Sql,
  a: AttemptRow,
  outcome: 'SUCCESS' | 'FAILED' | 'CLOSED',
  info: { trade_no: string | null; error_code?: string | null },
  now: Date,
  merchantId?: string,
): Promise<AttemptRow | null> {
  const status = outcome === 'SUCCESS' ? 'paid' : outcome === 'FAILED' ? 'failed' : 'closed';
  const error_code = outcome === 'SUCCESS' ? null : (info.error_code ?? outcome);
  const flipped = await sql.exec(
    "UPDATE cashier_payments SET status = ?, inflight_key = NULL, channel_trade_no = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'paying'",
    [status, info.trade_no, error_code, now, a.id],
  );
  if (flipped.affectedRows !== 1) return null;
  const settled: AttemptRow = {
    ...a,
    status,
    channel_trade_no: info.trade_no,
    error_code,
    completed_at: now,
  };
  const merchant = merchantId ?? (await findOrder(sql, a.order_id))!.merchant_id;
  if (outcome !== 'SUCCESS') {
    if (a.redemption_id)
      await refundRedemptionInTx(sql, { type: 'system', id: 'cashier' }, merchant, a.redemption_id, now);
    await moveOrder(sql, a.order_id, 'fail', {}, now);
    return settled;
  }
  await bookPayment(sql, a, merchant, now);
  const ok = await moveOrder(sql, a.order_id, 'confirm', paidPatch(settled), now);
  if (!ok)
    c.logger.error('cashier: a paid attempt found its order not paying', {
      attempt: a.id,
      order: a.order_id,
    });
  const order = ok ? (await findOrder(sql, a.order_id))! : null;
  const owner = order ? ownerOf(c, order) : undefined;
  if (order && owner) await owner.onPaid(sql, orderDto(order), now);
  return settled;
}

/** What a paid attempt writes on its order. */
const paidPatch = (a: AttemptRow) => ({
  channel: a.channel,
  payment_id: a.id,
  user_id: a.user_id,
  discount_fen: n(a.discount_fen),
  paid_fen: n(a.amount_fen),
  paid_at: a.completed_at,
});

/** The money of a paid attempt, per channel and merchant (the ledger check's `cashier` section). */
async function bookPayment(sql: Sql, a: AttemptRow, merchantId: string, now: Date) {
  await post(
    sql,
    {
      kind: 'cashier_payment',
      ref_id: a.id,
      transfers: [
        {
          source: accounts.channelPayers(a.channel),
          destination: accounts.cashierCollected(a.channel, merchantId),
          amount_fen: n(a.amount_fen),
        },
      ],
    },
    now,
  );
}

/** The e-CNY attempt's bank order, inside the lifecycle's transaction. */
export async function settleFromBankOrder(
  c: CashierCtx,
  sql: Sql,
  p: PaymentRow,
  outcome: 'SUCCESS' | 'FAILED',
  now: Date,
) {
  const a = await findAttempt(sql, p.ref_id);
  if (!a || a.status !== 'paying') return;
  const code = outcome === 'FAILED' ? (p.last_error ?? 'PAYMENT_FAILED').split(':')[0] : null;
  await settleAttempt(c, sql, a, outcome, { trade_no: p.bank_trade_no, error_code: code }, now);
}

/**
 * Applies what a channel says about an attempt (an answer or a query). The row it returns is the one
 * written; only when someone else moved the attempt meanwhile is it read again.
 */
export async function applyTrade(
  c: CashierCtx,
  a: AttemptRow,
  t: ChannelTrade | null,
  merchantId?: string,
): Promise<AttemptRow> {
  const now = c.clock.now();
  if (t && t.state !== 'PAYING') {
    if (
      t.state === 'SUCCESS' &&
      t.amount_fen !== null &&
      !Number.isNaN(t.amount_fen) &&
      t.amount_fen !== n(a.amount_fen)
    ) {
      // Never booked: an amount that is not the order's is for a person (logged, left paying).
      c.logger.error('cashier: channel reports another amount', {
        attempt: a.id,
        channel_amount_fen: t.amount_fen,
      });
      return (await findAttempt(c.db, a.id))!;
    }
    const state = t.state as 'SUCCESS' | 'FAILED' | 'CLOSED';
    const settled = await c.db.tx((sql) => settleAttempt(c, sql, a, state, t, now, merchantId));
    return settled ?? (await findAttempt(c.db, a.id))!;
  }
  const next_query_at = new Date(now.getTime() + c.queryDelayMs * Math.min(8, 1 + a.attempts));
  const moved = await c.db.exec(
    'UPDATE cashier_payments SET attempts = attempts + 1, next_query_at = ? WHERE id = ? AND status = ?',
    [next_query_at, a.id, 'paying'],
  );
  if (moved.affectedRows === 1) return { ...a, attempts: a.attempts + 1, next_query_at };
  return (await findAttempt(c.db, a.id))!;
}

/**
 * Asks the channel about an open attempt (the truth) and applies it. Past its timeout an attempt
 * still waiting is closed at the channel first — and asked again, since a payment may have
 * completed in between (the close is then refused as ORDERPAID and the query says SUCCESS).
 */
export async function resolveAttempt(c: CashierCtx, a: AttemptRow): Promise<AttemptRow> {
  if (a.status !== 'paying') return a;
  if (a.channel === 'ecny') {
    await c.orders.attempt(a.id);
    return (await findAttempt(c.db, a.id))!;
  }
  const client = c.channels[a.channel];
  try {
    let t = await client.query(a.id);
    const expired = new Date(a.expires_at) <= c.clock.now();
    if (expired && (t === null || t.state === 'PAYING')) {
      if (t !== null)
        await client.close(a.id).catch((err) => {
          if (!(err instanceof ChannelRefusal && err.code === 'ORDERPAID')) throw err;
        });
      t = (await client.query(a.id)) ?? { state: 'CLOSED', trade_no: null, amount_fen: null };
    }
    return await applyTrade(c, a, t);
  } catch (err) {
    if (!(err instanceof ChannelOutcomeUnknown) && !(err instanceof ChannelRefusal)) throw err;
    c.logger.warn('cashier: channel query failed', { attempt: a.id, err: (err as Error).message });
    return applyTrade(c, a, null);
  }
}

/** Sends a non-e-CNY attempt to its channel and applies the answer (unknown: left to the query). */
export async function sendToChannel(
  c: CashierCtx,
  a: AttemptRow,
  o: OrderRow,
  extra: { auth_code?: string; card_token?: string },
) {
  const client = c.channels[a.channel as ChannelName];
  const base = c.notifyBaseUrl();
  const p = {
    out_trade_no: a.id,
    amount_fen: n(a.amount_fen),
    description: o.description,
    notify_url: base ? `${base}/api/v1/callbacks/cashier/${client.name}` : null,
  };
  try {
    if (a.mode === 'code') {
      const t = await client.payByCode({ ...p, auth_code: extra.auth_code! });
      return { attempt: await applyTrade(c, a, t, o.merchant_id), pay_params: null };
    }
    const r = await client.createForPayer({ ...p, card_token: extra.card_token });
    return { attempt: await applyTrade(c, a, r.trade, o.merchant_id), pay_params: r.pay_params };
  } catch (err) {
    if (err instanceof ChannelRefusal) {
      // Refused before a trade existed (the first and only send): final, nothing was charged.
      const failed = await c.db.tx((sql) =>
        settleAttempt(
          c,
          sql,
          a,
          'FAILED',
          { trade_no: null, error_code: err.code },
          c.clock.now(),
          o.merchant_id,
        ),
      );
      return { attempt: failed ?? (await findAttempt(c.db, a.id))!, pay_params: null };
    }
    if (err instanceof ChannelOutcomeUnknown)
      return { attempt: await applyTrade(c, a, null), pay_params: null };
    throw err;
  }
}

/**
 * A failed attempt as a refusal: e-CNY in the bank's terms, another channel as PAYMENT_FAILED. The
 * routes answer every one of these 422 (the pay route's errorStatuses), as before the status table.
 */
export function failure(a: AttemptRow): DomainError {
  if (a.channel === 'ecny') {
    const mapped = new BankRefusal(a.error_code ?? 'PAYMENT_FAILED', '支付失败');
    return refused(mapped.code, `支付失败：${mapped.message}`, {
      payment_id: a.id,
      channel_code: a.error_code,
    });
  }
  return refused('PAYMENT_FAILED', `${CHANNEL_LABEL[a.channel]}支付失败（${a.error_code ?? '已关闭'}）`, {
    payment_id: a.id,
    channel_code: a.error_code,
  });
}

/**
 * The answer of a pay or scan request: the order and this attempt. With the order as read before the
 * attempt, its state after this attempt follows from the attempt (paid: the attempt's figures;
 * still paying: paying), without reading it again.
 */
export async function answer(
  c: CashierCtx,
  a: AttemptRow,
  payParams: Record<string, string> | null,
  before?: OrderRow,
) {
  let o: OrderRow;
  if (before && a.status === 'paid' && a.completed_at)
    o = { ...before, ...paidPatch(a), status: 'paid', updated_at: a.completed_at };
  else if (before && a.status === 'paying') o = { ...before, status: 'paying' };
  else o = (await findOrder(c.db, a.order_id))!;
  return { order: orderDto(o), payment: { ...attemptDto(a), pay_params: payParams } };
}
