import { createHash } from 'node:crypto';
import { BankRefusal } from '../../connectors/bank-wallet/client';
import type { BankRefundClient } from '../../connectors/bank-wallet/refunds';
import {
  ChannelOutcomeUnknown,
  ChannelRefusal,
  type ChannelName,
  type ChannelTrade,
  type PayChannelClient,
} from '../../connectors/pay-channels/types';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { notFound, refused, type DomainError } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, post } from '../ledger';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import {
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type PaymentRow,
  type PaymentService,
} from '../bank-orders';
import { redeemCouponInTx, refundRedemptionInTx } from '../coupons';
import type { WalletService } from '../wallet';
import { moveOrder, type OrderStatus } from './order-states';

// The aggregated cashier (聚合收银台). A merchant's till creates an order keyed by the merchant's own
// out_trade_no and shows a dynamic QR; the citizen scans it, chooses a channel — e-CNY (a transfer
// of the one bank-order lifecycle, like parking), WeChat Pay, Alipay or a bank card — and pays; or
// the till scans the customer's payment code. A campaign's subsidy (a coupon) applies only to e-CNY.
//
// One payment attempt per try (`cashier_payments`, its id is the channel's out_trade_no), one open
// attempt per order. The outcome rule is the lifecycle's: only the channel's own final answer
// (SUCCESS, or CLOSED / FAILED) is final; a timeout or 5xx leaves the attempt `paying` and it is
// queried (a notify only makes us query sooner). `settleAttempt` is the one place an attempt's
// outcome is applied, whoever learnt it first (the answer, a query, a notify, the sweep, the
// reconciliation), in one transaction with the order, the coupon and the ledger.

export type CashierChannel = 'ecny' | ChannelName;
export const CHANNELS: readonly CashierChannel[] = ['ecny', 'wechat', 'alipay', 'card'];
export const CHANNEL_LABEL: Record<CashierChannel, string> = {
  ecny: '数字人民币',
  wechat: '微信支付',
  alipay: '支付宝',
  card: '银行卡',
};

type OrderRow = {
  id: string;
  merchant_id: string;
  till_id: string | null;
  out_trade_no: string;
  request_hash: string;
  description: string;
  amount_fen: number | string;
  status: OrderStatus;
  channel: CashierChannel | null;
  payment_id: string | null;
  user_id: string | null;
  discount_fen: number | string;
  paid_fen: number | string;
  refunded_fen: number | string;
  expires_at: Date | string;
  created_at: Date | string;
  updated_at: Date | string;
  paid_at: Date | string | null;
};

type AttemptRow = {
  id: string;
  order_id: string;
  channel: CashierChannel;
  mode: 'app' | 'code';
  user_id: string | null;
  idem_key: string | null;
  wallet_id: string | null;
  order_amount_fen: number | string;
  discount_fen: number | string;
  amount_fen: number | string;
  coupon_claim_id: string | null;
  redemption_id: string | null;
  status: 'paying' | 'paid' | 'failed' | 'closed';
  channel_trade_no: string | null;
  error_code: string | null;
  attempts: number;
  next_query_at: Date | string;
  expires_at: Date | string;
  created_at: Date | string;
  completed_at: Date | string | null;
};

type RefundRow = {
  id: string;
  order_id: string;
  payment_id: string;
  channel: CashierChannel;
  out_refund_no: string;
  amount_fen: number | string;
  discount_fen: number | string;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  attempts: number;
  next_query_at: Date | string;
  created_at: Date | string;
  completed_at: Date | string | null;
};

export type CashierDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  wallet: WalletService;
  channels: Record<ChannelName, PayChannelClient>;
  bankRefunds: BankRefundClient;
  /** Where channels send notifies (…/api/v1/callbacks/cashier/<channel>); null: none (query only). */
  notifyBaseUrl: () => string | null;
  /** Where a dynamic QR points: the citizen app's cashier page. */
  payPageUrl: string;
  orderTimeoutMs?: number;
  /** How long a code payment may wait for the payer's password before the till's order is closed. */
  codeTimeoutMs?: number;
  queryDelayMs?: number;
};

const n = (v: unknown) => Number(v ?? 0);
const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

export function orderDto(o: OrderRow) {
  return {
    id: o.id,
    merchant_id: o.merchant_id,
    till_id: o.till_id,
    out_trade_no: o.out_trade_no,
    description: o.description,
    amount_fen: n(o.amount_fen),
    status: o.status,
    channel: o.channel,
    discount_fen: n(o.discount_fen),
    paid_fen: n(o.paid_fen),
    refunded_fen: n(o.refunded_fen),
    expires_at: toRfc3339(o.expires_at),
    created_at: toRfc3339(o.created_at),
    paid_at: toRfc3339(o.paid_at),
  };
}

function attemptDto(a: AttemptRow) {
  return {
    id: a.id,
    channel: a.channel,
    mode: a.mode,
    status: a.status,
    order_amount_fen: n(a.order_amount_fen),
    discount_fen: n(a.discount_fen),
    amount_fen: n(a.amount_fen),
    error_code: a.error_code,
    created_at: toRfc3339(a.created_at),
    completed_at: toRfc3339(a.completed_at),
  };
}

function refundDto(r: RefundRow) {
  return {
    id: r.id,
    order_id: r.order_id,
    out_refund_no: r.out_refund_no,
    channel: r.channel,
    amount_fen: n(r.amount_fen),
    discount_fen: n(r.discount_fen),
    status: r.status,
    error_code: r.error_code,
    created_at: toRfc3339(r.created_at),
    completed_at: toRfc3339(r.completed_at),
  };
}

/** Which channel a customer's payment code belongs to (the platforms' published prefixes). */
export function channelOfCode(code: string): ChannelName | null {
  if (/^1[0-5]\d{16}$/.test(code)) return 'wechat';
  if (/^(2[5-9]|30)\d{14,22}$/.test(code)) return 'alipay';
  if (/^(tok_[A-Za-z0-9]{4,40}|\d{16,19})$/.test(code)) return 'card';
  return null;
}

export function createCashierService(deps: CashierDeps) {
  const { db, clock, logger, orders, wallet, channels } = deps;
  const orderTimeoutMs = deps.orderTimeoutMs ?? 15 * 60_000;
  const codeTimeoutMs = deps.codeTimeoutMs ?? 60_000;
  const queryDelayMs = deps.queryDelayMs ?? 2_000;

  const findOrder = async (sql: Sql, id: string) =>
    (await sql.query<OrderRow>('SELECT * FROM cashier_orders WHERE id = ?', [id]))[0] ?? null;
  const findAttempt = async (sql: Sql, id: string) =>
    (await sql.query<AttemptRow>('SELECT * FROM cashier_payments WHERE id = ?', [id]))[0] ?? null;
  const findRefund = async (sql: Sql, id: string) =>
    (await sql.query<RefundRow>('SELECT * FROM cashier_refunds WHERE id = ?', [id]))[0] ?? null;
  async function orderOrThrow(sql: Sql, id: string) {
    const o = await findOrder(sql, id);
    if (!o) throw notFound('收银订单');
    return o;
  }

  const notifyUrl = (c: ChannelName) => {
    const base = deps.notifyBaseUrl();
    return base ? `${base}/api/v1/callbacks/cashier/${c}` : null;
  };
  const qrPayload = (o: OrderRow) => `${deps.payPageUrl}?order_id=${encodeURIComponent(o.id)}`;

  // ---- orders ----------------------------------------------------------------------------------

  /**
   * A till (or the merchant's system) creates an order under its own out_trade_no: the same key with
   * the same body is the same order (a retry), the same key with another body is refused.
   */
  async function createOrder(
    merchantId: string,
    input: { out_trade_no: string; amount_fen: number; description?: string; till_id?: string },
  ) {
    const hash = hashOf({ a: input.amount_fen, d: input.description ?? '', t: input.till_id ?? null });
    const prior = (
      await db.query<OrderRow>('SELECT * FROM cashier_orders WHERE merchant_id = ? AND out_trade_no = ?', [
        merchantId,
        input.out_trade_no,
      ])
    )[0];
    if (prior) return sameOrder(prior, hash);
    if (input.till_id) {
      const till = (
        await db.query<{ merchant_id: string }>('SELECT merchant_id FROM cashier_tills WHERE id = ?', [
          input.till_id,
        ])
      )[0];
      if (!till || till.merchant_id !== merchantId) throw notFound('收银台');
    }
    const now = clock.now();
    const id = newId('cso');
    try {
      await db.exec(
        `INSERT INTO cashier_orders (id, merchant_id, till_id, out_trade_no, request_hash, description, amount_fen, status,
           discount_fen, paid_fen, refunded_fen, expires_at, created_at, updated_at)
         VALUES (?,?,?,?,?,?,?,'created',0,0,0,?,?,?)`,
        [
          id,
          merchantId,
          input.till_id ?? null,
          input.out_trade_no,
          hash,
          input.description ?? '商品',
          input.amount_fen,
          new Date(now.getTime() + orderTimeoutMs),
          now,
          now,
        ],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      const raced = (
        await db.query<OrderRow>('SELECT * FROM cashier_orders WHERE merchant_id = ? AND out_trade_no = ?', [
          merchantId,
          input.out_trade_no,
        ])
      )[0]!;
      return sameOrder(raced, hash);
    }
    const o = (await findOrder(db, id))!;
    return { created: true, order: orderDto(o), qr_payload: qrPayload(o) };
  }

  function sameOrder(o: OrderRow, hash: string) {
    if (o.request_hash !== hash)
      throw refused('OUT_TRADE_NO_REUSED', '商户订单号已用于另一笔订单（金额或内容不同）', {
        order_id: o.id,
      });
    return { created: false, order: orderDto(o), qr_payload: qrPayload(o) };
  }

  /** What the citizen's cashier page shows: the order, the channels, and the subsidy e-CNY would get. */
  async function orderForCitizen(orderId: string) {
    const o = await orderOrThrow(db, orderId);
    const m = (
      await db.query<{ name: string }>('SELECT name FROM merchants WHERE id = ?', [o.merchant_id])
    )[0];
    return {
      order: orderDto(o),
      merchant_name: m?.name ?? '',
      channels: CHANNELS.map((c) => ({
        channel: c,
        label: CHANNEL_LABEL[c],
        subsidy_eligible: c === 'ecny',
      })),
    };
  }

  // ---- paying ----------------------------------------------------------------------------------

  type OpenInput = {
    order: OrderRow;
    channel: CashierChannel;
    mode: 'app' | 'code';
    userId: string | null;
    idemKey: string | null;
    walletId: string | null;
    coupon_code?: string;
  };

  /**
   * Opens an attempt in one transaction: the order row is moved to `paying` first (so a second payer
   * waits and then finds it taken), the coupon is redeemed, the attempt and — for e-CNY — its bank
   * order are inserted. Nothing is sent to a channel inside the transaction.
   */
  async function openAttempt(x: OpenInput): Promise<AttemptRow> {
    const now = clock.now();
    const id = newId('csp');
    const timeout =
      x.mode === 'code'
        ? codeTimeoutMs
        : Math.max(1000, new Date(x.order.expires_at).getTime() - now.getTime());
    return db.tx(async (sql) => {
      const o = await orderOrThrow(sql, x.order.id);
      if (o.status !== 'created') throw refused('ORDER_NOT_PAYABLE', orderStateMessage(o.status));
      if (new Date(o.expires_at) <= now) throw refused('ORDER_EXPIRED', '订单已超时，请让收银员重新下单');
      if (!(await moveOrder(sql, o.id, 'pay', {}, now)))
        throw refused('ORDER_NOT_PAYABLE', '订单正在支付中，请稍候');
      const amount = n(o.amount_fen);
      let discount = 0;
      let redemptionId: string | null = null;
      let claimId: string | null = null;
      if (x.coupon_code) {
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
          { coupon_code: x.coupon_code, order_no: id, order_amount_fen: amount },
          now,
        );
        discount = r.discount_fen;
        redemptionId = r.id;
        claimId = owner.id;
      }
      const payable = amount - discount;
      if (x.channel === 'ecny' && payable > 0 && !x.walletId)
        throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
      await sql.exec(
        `INSERT INTO cashier_payments (id, order_id, inflight_key, channel, mode, user_id, idem_key, wallet_id, order_amount_fen,
           discount_fen, amount_fen, coupon_claim_id, redemption_id, status, attempts, next_query_at, expires_at, created_at)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'paying',0,?,?,?)`,
        [
          id,
          o.id,
          o.id,
          x.channel,
          x.mode,
          x.userId,
          x.idemKey,
          x.walletId,
          amount,
          discount,
          payable,
          claimId,
          redemptionId,
          new Date(now.getTime() + queryDelayMs),
          new Date(now.getTime() + timeout),
          now,
        ],
      );
      if (x.channel === 'ecny' && payable > 0)
        await insertPayments(
          sql,
          [
            {
              out_trade_no: id,
              purpose: 'cashier',
              ref_id: id,
              generation: 1,
              campaign_id: null,
              user_id: x.userId,
              amount_fen: payable,
              channel: 'transfer',
              payer_wallet_id: x.walletId,
              payee_merchant_id: o.merchant_id,
              not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
            },
          ],
          now,
        );
      const a = (await findAttempt(sql, id))!;
      // A coupon that covers the whole amount: nothing to send anywhere.
      if (payable === 0) await settleAttempt(sql, a, 'SUCCESS', { trade_no: null }, now);
      return (await findAttempt(sql, id))!;
    });
  }

  /**
   * Applies an attempt's final outcome (first one wins): SUCCESS books the money per channel and
   * marks the order paid; FAILED / CLOSED gives the coupon back and the order is payable again.
   */
  async function settleAttempt(
    sql: Sql,
    a: AttemptRow,
    outcome: 'SUCCESS' | 'FAILED' | 'CLOSED',
    info: { trade_no: string | null; error_code?: string | null },
    now: Date,
  ): Promise<boolean> {
    const status = outcome === 'SUCCESS' ? 'paid' : outcome === 'FAILED' ? 'failed' : 'closed';
    const flipped = await sql.exec(
      "UPDATE cashier_payments SET status = ?, inflight_key = NULL, channel_trade_no = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'paying'",
      [status, info.trade_no, outcome === 'SUCCESS' ? null : (info.error_code ?? outcome), now, a.id],
    );
    if (flipped.affectedRows !== 1) return false;
    const o = (await findOrder(sql, a.order_id))!;
    if (outcome !== 'SUCCESS') {
      if (a.redemption_id)
        await refundRedemptionInTx(
          sql,
          { type: 'system', id: 'cashier' },
          o.merchant_id,
          a.redemption_id,
          now,
        );
      await moveOrder(sql, o.id, 'fail', {}, now);
      return true;
    }
    await post(
      sql,
      {
        kind: 'cashier_payment',
        ref_id: a.id,
        transfers: [
          {
            source: accounts.channelPayers(a.channel),
            destination: accounts.cashierCollected(a.channel, o.merchant_id),
            amount_fen: n(a.amount_fen),
          },
        ],
      },
      now,
    );
    const ok = await moveOrder(
      sql,
      o.id,
      'confirm',
      {
        channel: a.channel,
        payment_id: a.id,
        user_id: a.user_id,
        discount_fen: n(a.discount_fen),
        paid_fen: n(a.amount_fen),
        paid_at: now,
      },
      now,
    );
    if (!ok)
      logger.error('cashier: a paid attempt found its order not paying', { attempt: a.id, order: o.id });
    return true;
  }

  /** The e-CNY attempt's bank order, inside the lifecycle's transaction. */
  async function settleFromBankOrder(sql: Sql, p: PaymentRow, outcome: 'SUCCESS' | 'FAILED', now: Date) {
    const a = await findAttempt(sql, p.ref_id);
    if (!a || a.status !== 'paying') return;
    const code = outcome === 'FAILED' ? (p.last_error ?? 'PAYMENT_FAILED').split(':')[0] : null;
    await settleAttempt(sql, a, outcome, { trade_no: p.bank_trade_no, error_code: code }, now);
  }

  orders.register('cashier', {
    onDispatch: async () => undefined,
    onConfirm: (sql, p, now) => settleFromBankOrder(sql, p, 'SUCCESS', now),
    onRefuse: (sql, p, now) => settleFromBankOrder(sql, p, 'FAILED', now),
    onCancel: (sql, p, now) => settleFromBankOrder(sql, { ...p, last_error: 'CANCELLED' }, 'FAILED', now),
  });

  /** Applies what a channel says about an attempt (an answer or a query). */
  async function applyTrade(a: AttemptRow, t: ChannelTrade | null): Promise<AttemptRow> {
    const now = clock.now();
    if (t && t.state !== 'PAYING') {
      if (
        t.state === 'SUCCESS' &&
        t.amount_fen !== null &&
        !Number.isNaN(t.amount_fen) &&
        t.amount_fen !== n(a.amount_fen)
      ) {
        // Never booked: an amount that is not the order's is for a person (logged, left paying).
        logger.error('cashier: channel reports another amount', {
          attempt: a.id,
          channel_amount_fen: t.amount_fen,
        });
      } else {
        await db.tx((sql) => settleAttempt(sql, a, t.state as 'SUCCESS' | 'FAILED' | 'CLOSED', t, now));
      }
    } else {
      await db.exec(
        'UPDATE cashier_payments SET attempts = attempts + 1, next_query_at = ? WHERE id = ? AND status = ?',
        [new Date(now.getTime() + queryDelayMs * Math.min(8, 1 + a.attempts)), a.id, 'paying'],
      );
    }
    return (await findAttempt(db, a.id))!;
  }

  /**
   * Asks the channel about an open attempt (the truth) and applies it. Past its timeout an attempt
   * still waiting is closed at the channel first — and asked again, since a payment may have
   * completed in between (the close is then refused as ORDERPAID and the query says SUCCESS).
   */
  async function resolveAttempt(a: AttemptRow): Promise<AttemptRow> {
    if (a.status !== 'paying') return a;
    if (a.channel === 'ecny') {
      await orders.attempt(a.id);
      return (await findAttempt(db, a.id))!;
    }
    const client = channels[a.channel];
    try {
      let t = await client.query(a.id);
      const expired = new Date(a.expires_at) <= clock.now();
      if (expired && (t === null || t.state === 'PAYING')) {
        if (t !== null)
          await client.close(a.id).catch((err) => {
            if (!(err instanceof ChannelRefusal && err.code === 'ORDERPAID')) throw err;
          });
        t = (await client.query(a.id)) ?? { state: 'CLOSED', trade_no: null, amount_fen: null };
      }
      return await applyTrade(a, t);
    } catch (err) {
      if (!(err instanceof ChannelOutcomeUnknown) && !(err instanceof ChannelRefusal)) throw err;
      logger.warn('cashier: channel query failed', { attempt: a.id, err: (err as Error).message });
      return applyTrade(a, null);
    }
  }

  /** Sends a non-e-CNY attempt to its channel and applies the answer (unknown: left to the query). */
  async function sendToChannel(
    a: AttemptRow,
    o: OrderRow,
    extra: { auth_code?: string; card_token?: string },
  ) {
    const client = channels[a.channel as ChannelName];
    const p = {
      out_trade_no: a.id,
      amount_fen: n(a.amount_fen),
      description: o.description,
      notify_url: notifyUrl(client.name),
    };
    try {
      if (a.mode === 'code') {
        const t = await client.payByCode({ ...p, auth_code: extra.auth_code! });
        return { attempt: await applyTrade(a, t), pay_params: null };
      }
      const r = await client.createForPayer({ ...p, card_token: extra.card_token });
      return { attempt: await applyTrade(a, r.trade), pay_params: r.pay_params };
    } catch (err) {
      if (err instanceof ChannelRefusal) {
        // Refused before a trade existed (the first and only send): final, nothing was charged.
        await db.tx((sql) =>
          settleAttempt(sql, a, 'FAILED', { trade_no: null, error_code: err.code }, clock.now()),
        );
        return { attempt: (await findAttempt(db, a.id))!, pay_params: null };
      }
      if (err instanceof ChannelOutcomeUnknown)
        return { attempt: await applyTrade(a, null), pay_params: null };
      throw err;
    }
  }

  /**
   * A failed attempt as a refusal: e-CNY in the bank's terms, another channel as PAYMENT_FAILED. The
   * routes answer every one of these 422 (the pay route's errorStatuses), as before the status table.
   */
  function failure(a: AttemptRow): DomainError {
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

  async function answer(a: AttemptRow, payParams: Record<string, string> | null) {
    const o = (await findOrder(db, a.order_id))!;
    return { order: orderDto(o), payment: { ...attemptDto(a), pay_params: payParams } };
  }

  /**
   * The citizen pays an order from the cashier page (Idempotency-Key: a retry reaches the same
   * attempt). e-CNY waits for the bank's answer (201, the refusal, or 503 while unknown); WeChat Pay
   * and Alipay answer `paying` with what the app needs to show the payment sheet; a card is charged.
   */
  async function pay(
    userId: string,
    orderId: string,
    input: { channel: CashierChannel; coupon_code?: string; card_token?: string },
    ticket: IdempotencyTicket,
  ) {
    if (input.coupon_code && input.channel !== 'ecny')
      throw refused('SUBSIDY_ECNY_ONLY', '活动补贴仅限数字人民币支付，请改用数字人民币或不使用优惠券', {
        channel: input.channel,
      });
    let a = (
      await db.query<AttemptRow>('SELECT * FROM cashier_payments WHERE user_id = ? AND idem_key = ?', [
        userId,
        ticket.key,
      ])
    )[0];
    let payParams: Record<string, string> | null = null;
    if (a && (a.order_id !== orderId || a.channel !== input.channel))
      throw refused('IDEMPOTENCY_KEY_REUSED', '同一请求号用于了另一笔支付');
    if (!a) {
      const o = await orderOrThrow(db, orderId);
      const walletId = input.channel === 'ecny' ? ((await wallet.binding(userId))?.wallet_id ?? null) : null;
      a = await openAttempt({
        order: o,
        channel: input.channel,
        mode: 'app',
        userId,
        idemKey: ticket.key,
        walletId,
        coupon_code: input.coupon_code,
      });
      if (a.status === 'paying' && a.channel !== 'ecny') {
        const sent = await sendToChannel(a, o, { card_token: input.card_token });
        a = sent.attempt;
        payParams = sent.pay_params;
      }
    }
    if (a.status === 'paying' && a.channel === 'ecny') a = await resolveAttempt(a);
    if (a.status === 'failed' || a.status === 'closed') throw failure(a);
    if (a.status === 'paying' && a.channel === 'ecny')
      throw refused('PAYMENT_OUTCOME_UNKNOWN', '支付结果确认中，请稍后查看', { payment_id: a.id });
    // Paid, or waiting for the payer in their WeChat Pay / Alipay sheet: that is this request's answer
    // (a retry replays it; the page then polls the payment).
    const body = await answer(a, payParams);
    await db.tx((sql) => ticket.record(sql, body, clock.now()));
    return body;
  }

  /** The till scans the customer's payment code (WeChat Pay, Alipay) or takes their card. */
  async function scanCode(merchantId: string, orderId: string, authCode: string) {
    const o = await orderOrThrow(db, orderId);
    if (o.merchant_id !== merchantId) throw notFound('收银订单');
    const channel = channelOfCode(authCode);
    if (!channel)
      throw refused(
        'AUTH_CODE_INVALID',
        '无法识别的付款码（微信 10–15 开头 18 位，支付宝 25–30 开头 16–24 位）',
      );
    const a = await openAttempt({
      order: o,
      channel,
      mode: 'code',
      userId: null,
      idemKey: null,
      walletId: null,
    });
    const { attempt } = await sendToChannel(a, o, { auth_code: authCode });
    if (attempt.status === 'failed' || attempt.status === 'closed') throw failure(attempt);
    return { paid: attempt.status === 'paid', body: await answer(attempt, null) };
  }

  /** A channel's notify: verified, then taken as a hint to query that attempt (never applied as such). */
  async function receiveNotify(
    channel: ChannelName,
    headers: Record<string, string | string[] | undefined>,
    raw: string,
  ) {
    const client = channels[channel];
    const otn = client.verifyNotify(headers, raw);
    if (!otn) throw refused('NOTIFY_SIGNATURE_INVALID', '通知签名无效');
    const a = await findAttempt(db, otn);
    if (a && a.channel === channel) await resolveAttempt(a);
    return client.notifyAck;
  }

  // ---- refunds ---------------------------------------------------------------------------------

  /**
   * A merchant refunds part or all of what the customer paid (keyed by the merchant's out_refund_no).
   * The refund that brings the order to fully refunded also takes the subsidy back through the
   * coupons' refund rules (refused once the subsidy is settled: REDEMPTION_SETTLED, nothing changes).
   */
  async function refund(
    merchantId: string,
    orderId: string,
    input: { out_refund_no: string; amount_fen: number },
  ) {
    const prior = (
      await db.query<RefundRow>('SELECT * FROM cashier_refunds WHERE order_id = ? AND out_refund_no = ?', [
        orderId,
        input.out_refund_no,
      ])
    )[0];
    if (prior) {
      if (n(prior.amount_fen) !== input.amount_fen)
        throw refused('OUT_REFUND_NO_REUSED', '退款单号已用于另一笔退款');
      return finishRefund(await resolveRefund(prior));
    }
    const now = clock.now();
    const id = newId('csr');
    const r = await db.tx(async (sql) => {
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
      const a = (await findAttempt(sql, o.payment_id!))!;
      const full = input.amount_fen === left;
      let discount = 0;
      if (full && a.redemption_id) {
        const red = (
          await sql.query<{ status: string; discount_fen: unknown }>(
            'SELECT status, discount_fen FROM coupon_redemptions WHERE id = ?',
            [a.redemption_id],
          )
        )[0];
        if (red?.status === 'redeemed') {
          await refundRedemptionInTx(
            sql,
            { type: 'system', id: 'cashier' },
            o.merchant_id,
            a.redemption_id,
            now,
          );
          discount = n(red.discount_fen);
        }
      }
      if (!(await moveOrder(sql, o.id, 'refund', {}, now)))
        throw refused('REFUND_IN_PROGRESS', '该订单有一笔退款正在处理，请稍候');
      await sql.exec(
        `INSERT INTO cashier_refunds (id, order_id, payment_id, channel, out_refund_no, amount_fen, discount_fen, status, attempts, next_query_at, created_at)
         VALUES (?,?,?,?,?,?,?,'processing',0,?,?)`,
        [
          id,
          o.id,
          a.id,
          a.channel,
          input.out_refund_no,
          input.amount_fen,
          discount,
          new Date(now.getTime() + queryDelayMs),
          now,
        ],
      );
      if (a.channel === 'ecny')
        await insertPayments(
          sql,
          [
            {
              out_trade_no: id,
              purpose: 'cashier_refund',
              ref_id: id,
              generation: 1,
              campaign_id: null,
              user_id: a.user_id,
              amount_fen: input.amount_fen,
              channel: 'refund',
              payee_wallet_id: a.wallet_id,
              payee_merchant_id: o.merchant_id,
              not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
            },
          ],
          now,
        );
      return (await findRefund(sql, id))!;
    });
    return finishRefund(await sendRefund(r));
  }

  function finishRefund(r: RefundRow) {
    if (r.status === 'failed')
      throw refused('REFUND_FAILED', `退款失败（${r.error_code ?? ''}）`, { refund_id: r.id });
    return { succeeded: r.status === 'succeeded', body: refundDto(r) };
  }

  /** Applies a refund's final outcome (first one wins), with the order and the ledger. */
  async function settleRefund(
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
      await moveOrder(
        sql,
        o.id,
        n(o.refunded_fen) > 0 ? 'refund_failed_part' : 'refund_failed_paid',
        {},
        now,
      );
      return;
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
  }

  orders.register('cashier_refund', {
    onDispatch: async () => undefined,
    onConfirm: async (sql, p, now) => {
      const r = await findRefund(sql, p.ref_id);
      if (r) await settleRefund(sql, r, 'SUCCESS', null, now);
    },
    onRefuse: async (sql, p, now) => {
      const r = await findRefund(sql, p.ref_id);
      if (r) await settleRefund(sql, r, 'FAILED', (p.last_error ?? 'REFUND_FAILED').split(':')[0], now);
    },
    onCancel: async (sql, p, now) => {
      const r = await findRefund(sql, p.ref_id);
      if (r) await settleRefund(sql, r, 'FAILED', 'CANCELLED', now);
    },
  });

  /** The e-CNY refund driver of the lifecycle: a refund of the attempt's transfer at the bank. */
  orders.registerChannel('refund', {
    async send(p) {
      const r = (await findRefund(db, p.out_trade_no))!;
      return deps.bankRefunds.refund({
        out_request_no: p.out_trade_no,
        out_trade_no: r.payment_id,
        amount_fen: p.amount_fen,
      });
    },
    query: (otn) => deps.bankRefunds.queryRefund(otn),
  });

  async function sendRefund(r: RefundRow): Promise<RefundRow> {
    if (r.channel === 'ecny') {
      await orders.attempt(r.id);
      return (await findRefund(db, r.id))!;
    }
    const client = channels[r.channel];
    const o = (await findOrder(db, r.order_id))!;
    try {
      const s = await client.refund({
        out_trade_no: r.payment_id,
        out_refund_no: r.id,
        amount_fen: n(r.amount_fen),
        total_fen: n(o.paid_fen),
      });
      return await applyRefundState(r, s);
    } catch (err) {
      if (err instanceof ChannelRefusal && r.attempts === 0) {
        await db.tx((sql) => settleRefund(sql, r, 'FAILED', err.code, clock.now()));
        return (await findRefund(db, r.id))!;
      }
      if (err instanceof ChannelOutcomeUnknown || err instanceof ChannelRefusal)
        return applyRefundState(r, 'PROCESSING');
      throw err;
    }
  }

  async function applyRefundState(r: RefundRow, s: 'SUCCESS' | 'PROCESSING' | 'FAILED' | null) {
    const now = clock.now();
    if (s === 'SUCCESS' || s === 'FAILED')
      await db.tx((sql) => settleRefund(sql, r, s, s === 'FAILED' ? 'REFUND_FAILED' : null, now));
    else
      await db.exec(
        'UPDATE cashier_refunds SET attempts = attempts + 1, next_query_at = ? WHERE id = ? AND status = ?',
        [new Date(now.getTime() + queryDelayMs * Math.min(8, 1 + r.attempts)), r.id, 'processing'],
      );
    return (await findRefund(db, r.id))!;
  }

  /** Asks about a refund still processing; one the channel never received is sent again (same key). */
  async function resolveRefund(r: RefundRow): Promise<RefundRow> {
    if (r.status !== 'processing') return r;
    if (r.channel === 'ecny') return sendRefund(r);
    try {
      const s = await channels[r.channel].queryRefund(r.id, r.payment_id);
      if (s === null) return sendRefund({ ...r, attempts: r.attempts + 1 });
      return await applyRefundState(r, s);
    } catch (err) {
      if (!(err instanceof ChannelOutcomeUnknown) && !(err instanceof ChannelRefusal)) throw err;
      return applyRefundState(r, 'PROCESSING');
    }
  }

  // ---- the sweep -------------------------------------------------------------------------------

  /** Queries open attempts and refunds that are due, and closes orders nobody paid in time. */
  async function sweep(limit = 200) {
    const now = clock.now();
    const due = await db.query<AttemptRow>(
      "SELECT * FROM cashier_payments WHERE status = 'paying' AND channel <> 'ecny' AND next_query_at <= ? ORDER BY next_query_at LIMIT ?",
      [now, limit],
    );
    for (const a of due)
      await resolveAttempt(a).catch((err) => logger.error('cashier sweep: attempt', { err, id: a.id }));
    const refunds = await db.query<RefundRow>(
      "SELECT * FROM cashier_refunds WHERE status = 'processing' AND channel <> 'ecny' AND next_query_at <= ? ORDER BY next_query_at LIMIT ?",
      [now, limit],
    );
    for (const r of refunds)
      await resolveRefund(r).catch((err) => logger.error('cashier sweep: refund', { err, id: r.id }));
    const stale = await db.query<{ id: string }>(
      "SELECT id FROM cashier_orders WHERE status = 'created' AND expires_at <= ? LIMIT ?",
      [now, limit],
    );
    for (const s of stale) await db.tx((sql) => moveOrder(sql, s.id, 'close', {}, now));
    return { attempts: due.length, refunds: refunds.length, closed: stale.length };
  }

  // ---- reading ---------------------------------------------------------------------------------

  async function orderDetail(orderId: string, merchantId?: string) {
    const o = await orderOrThrow(db, orderId);
    if (merchantId && o.merchant_id !== merchantId) throw notFound('收银订单');
    const attempts = await db.query<AttemptRow>(
      'SELECT * FROM cashier_payments WHERE order_id = ? ORDER BY created_at',
      [o.id],
    );
    const refunds = await db.query<RefundRow>(
      'SELECT * FROM cashier_refunds WHERE order_id = ? ORDER BY created_at',
      [o.id],
    );
    return { order: orderDto(o), payments: attempts.map(attemptDto), refunds: refunds.map(refundDto) };
  }

  /** The citizen's view of one of their payments (the cashier page polls it while WeChat/Alipay pay). */
  async function citizenPayment(userId: string, paymentId: string) {
    let a = await findAttempt(db, paymentId);
    if (!a || a.user_id !== userId) throw notFound('支付');
    if (a.status === 'paying' && new Date(a.next_query_at) <= clock.now()) a = await resolveAttempt(a);
    return answer(a, null);
  }

  async function list(f: {
    merchant_id?: string;
    status?: OrderStatus;
    channel?: CashierChannel;
    from?: string;
    to?: string;
    cursor?: string;
    limit: number;
  }) {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (cond: string, v: unknown) => {
      where.push(cond);
      params.push(v);
    };
    if (f.merchant_id) add('merchant_id = ?', f.merchant_id);
    if (f.status) add('status = ?', f.status);
    if (f.channel) add('channel = ?', f.channel);
    if (f.from) add('created_at >= ?', new Date(f.from));
    if (f.to) add('created_at < ?', new Date(f.to));
    if (f.cursor) add('id < ?', f.cursor);
    const rows = await db.query<OrderRow>(
      `SELECT * FROM cashier_orders ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
      [...params, f.limit + 1],
    );
    const page = rows.slice(0, f.limit);
    return {
      items: page.map(orderDto),
      next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
    };
  }

  async function addStore(merchantId: string, name: string) {
    const id = newId('cst');
    await db.exec('INSERT INTO cashier_stores (id, merchant_id, name, created_at) VALUES (?,?,?,?)', [
      id,
      merchantId,
      name,
      clock.now(),
    ]);
    return { id, merchant_id: merchantId, name };
  }

  async function addTill(merchantId: string, storeId: string, name: string) {
    const s = (
      await db.query<{ merchant_id: string }>('SELECT merchant_id FROM cashier_stores WHERE id = ?', [
        storeId,
      ])
    )[0];
    if (!s || s.merchant_id !== merchantId) throw notFound('门店');
    const id = newId('ctl');
    await db.exec(
      'INSERT INTO cashier_tills (id, store_id, merchant_id, name, created_at) VALUES (?,?,?,?,?)',
      [id, storeId, merchantId, name, clock.now()],
    );
    return { id, store_id: storeId, merchant_id: merchantId, name };
  }

  async function listTills(merchantId: string) {
    const stores = await db.query<{ id: string; name: string }>(
      'SELECT id, name FROM cashier_stores WHERE merchant_id = ? ORDER BY id',
      [merchantId],
    );
    const tills = await db.query<{ id: string; store_id: string; name: string }>(
      'SELECT id, store_id, name FROM cashier_tills WHERE merchant_id = ? ORDER BY id',
      [merchantId],
    );
    return { items: stores.map((s) => ({ ...s, tills: tills.filter((t) => t.store_id === s.id) })) };
  }

  return {
    createOrder,
    orderForCitizen,
    pay,
    scanCode,
    receiveNotify,
    refund,
    sweep,
    orderDetail,
    citizenPayment,
    list,
    addStore,
    addTill,
    listTills,
    resolveAttempt: async (id: string) => {
      const a = await findAttempt(db, id);
      return a ? resolveAttempt(a) : null;
    },
  };
}

function orderStateMessage(s: OrderStatus): string {
  const m: Record<OrderStatus, string> = {
    created: '订单待支付',
    paying: '订单正在支付中，请稍候',
    paid: '订单已支付',
    closed: '订单已关闭',
    refunding: '订单退款处理中',
    partially_refunded: '订单已部分退款',
    refunded: '订单已全额退款',
  };
  return m[s];
}

export type CashierService = ReturnType<typeof createCashierService>;
