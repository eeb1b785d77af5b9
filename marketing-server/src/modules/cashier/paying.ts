import { createHash } from 'node:crypto';
import type { ChannelName } from '../../connectors/pay-channels/types';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { DomainError, notFound, refused } from '../../shared/domain-error';
import { answer, failure, openAttempt, resolveAttempt, sendToChannel } from './attempts';
import type { CashierCtx } from './context';
import {
  channelOfCode,
  findAttempt,
  orderOrThrow,
  type AttemptRow,
  type CashierChannel,
  type OrderRow,
} from './rows';

// The ways an order gets paid: the citizen on the cashier page, the till scanning the customer's
// payment code, and the channels' notifies (hints to ask).

export type PayInput = {
  channel: CashierChannel;
  coupon_code?: string;
  card_token?: string;
  payment_token?: string;
};

/** A new attempt for the citizen's request, sent to its channel unless it is e-CNY (the lifecycle). */
async function startCitizenAttempt(
  c: CashierCtx,
  userId: string,
  orderId: string,
  input: PayInput,
  key: string,
) {
  const o = await orderOrThrow(c.db, orderId);
  const walletId = input.channel === 'ecny' ? ((await c.wallet.binding(userId))?.wallet_id ?? null) : null;
  const a = await openAttempt(c, {
    order: o,
    channel: input.channel,
    mode: 'app',
    userId,
    idemKey: key,
    walletId,
    coupon_code: input.coupon_code,
    paymentToken: input.payment_token,
  });
  if (a.status !== 'paying' || a.channel === 'ecny') return { attempt: a, pay_params: null, order: o };
  return { ...(await sendToChannel(c, a, o, { card_token: input.card_token })), order: o };
}

/**
 * The citizen pays an order from the cashier page (Idempotency-Key: a retry reaches the same
 * attempt). e-CNY waits for the bank's answer (201, the refusal, or 503 while unknown); WeChat Pay
 * and Alipay answer `paying` with what the app needs to show the payment sheet; a card is charged.
 */
export async function pay(
  c: CashierCtx,
  userId: string,
  orderId: string,
  input: PayInput,
  ticket: IdempotencyTicket,
) {
  if (input.coupon_code && input.channel !== 'ecny')
    throw refused('SUBSIDY_ECNY_ONLY', '活动补贴仅限数字人民币支付，请改用数字人民币或不使用优惠券', {
      channel: input.channel,
    });
  let a: AttemptRow | undefined = (
    await c.db.query<AttemptRow>('SELECT * FROM cashier_payments WHERE user_id = ? AND idem_key = ?', [
      userId,
      ticket.key,
    ])
  )[0];
  let payParams: Record<string, string> | null = null;
  let before: OrderRow | undefined;
  if (a && (a.order_id !== orderId || a.channel !== input.channel))
    throw refused('IDEMPOTENCY_KEY_REUSED', '同一请求号用于了另一笔支付');
  if (!a) {
    const started = await startCitizenAttempt(c, userId, orderId, input, ticket.key);
    a = started.attempt;
    payParams = started.pay_params;
    before = started.order;
  }
  if (a.status === 'paying' && a.channel === 'ecny') a = await resolveAttempt(c, a);
  if (a.status === 'failed' || a.status === 'closed') throw failure(a);
  if (a.status === 'paying' && a.channel === 'ecny')
    throw refused('PAYMENT_OUTCOME_UNKNOWN', '支付结果确认中，请稍后查看', { payment_id: a.id });
  // Paid, or waiting for the payer in their WeChat Pay / Alipay sheet: that is this request's answer
  // (a retry replays it; the page then polls the payment).
  const body = await answer(c, a, payParams, before);
  await c.db.tx((sql) => ticket.record(sql, body, c.clock.now()));
  return body;
}

const sha = (v: string) => createHash('sha256').update(v).digest('hex');

/**
 * The key of a till's scan: the till's Idempotency-Key if it sent one, else the payment code itself
 * (a code is good for one payment), each with the code's hash so a key reused for another code shows.
 */
function scanKey(authCode: string, idemKey: string | null) {
  const prefix = `scan:${idemKey === null ? '-' : sha(idemKey).slice(0, 24)}#`;
  return { prefix, key: prefix + sha(authCode).slice(0, 24) };
}

/** The attempt an earlier scan with this key opened on this order, if any. */
async function priorScan(c: CashierCtx, orderId: string, k: { prefix: string; key: string }) {
  const rows = await c.db.query<AttemptRow>(
    "SELECT * FROM cashier_payments WHERE order_id = ? AND mode = 'code' AND idem_key LIKE 'scan:%'",
    [orderId],
  );
  const same = rows.find((r) => r.idem_key === k.key);
  if (same) return same;
  if (!k.prefix.startsWith('scan:-#') && rows.some((r) => r.idem_key?.startsWith(k.prefix)))
    throw refused('IDEMPOTENCY_KEY_REUSED', '同一请求号用于了另一个付款码');
  return null;
}

/** A scan's answer: paid (201), waiting for the payer (202), or the refusal. */
async function scanAnswer(c: CashierCtx, a: AttemptRow, before?: OrderRow) {
  if (a.status === 'failed' || a.status === 'closed') throw failure(a);
  return { paid: a.status === 'paid', body: await answer(c, a, null, before) };
}

/**
 * The till scans the customer's payment code (WeChat Pay, Alipay) or takes their card. Idempotent:
 * a retry (same Idempotency-Key, or without one the same code) reaches the same attempt and asks
 * the channel when it is still open, never charging the code twice.
 */
export async function scanCode(
  c: CashierCtx,
  merchantId: string,
  orderId: string,
  authCode: string,
  idemKey: string | null = null,
) {
  const o = await orderOrThrow(c.db, orderId);
  if (o.merchant_id !== merchantId) throw notFound('收银订单');
  const channel = channelOfCode(authCode);
  if (!channel)
    throw refused(
      'AUTH_CODE_INVALID',
      '无法识别的付款码（微信 10–15 开头 18 位，支付宝 25–30 开头 16–24 位）',
    );
  const k = scanKey(authCode, idemKey);
  const prior = await priorScan(c, o.id, k);
  if (prior) return scanAnswer(c, await resolveAttempt(c, prior));
  let a: AttemptRow;
  try {
    a = await openAttempt(c, {
      order: o,
      channel,
      mode: 'code',
      userId: null,
      idemKey: k.key,
      walletId: null,
    });
  } catch (err) {
    // The same scan sent twice at once: the other request opened it; answer with its state.
    const raced =
      err instanceof DomainError && err.code === 'ORDER_NOT_PAYABLE' ? await priorScan(c, o.id, k) : null;
    if (!raced) throw err;
    return scanAnswer(c, raced);
  }
  const { attempt } = await sendToChannel(c, a, o, { auth_code: authCode });
  return scanAnswer(c, attempt, o);
}

/** A channel's notify: verified, then taken as a hint to query that attempt (never applied as such). */
export async function receiveNotify(
  c: CashierCtx,
  channel: ChannelName,
  headers: Record<string, string | string[] | undefined>,
  raw: string,
) {
  const client = c.channels[channel];
  const otn = client.verifyNotify(headers, raw);
  if (!otn) throw refused('NOTIFY_SIGNATURE_INVALID', '通知签名无效');
  const a = await findAttempt(c.db, otn);
  if (a && a.channel === channel) await resolveAttempt(c, a);
  return client.notifyAck;
}

/** The citizen's view of one of their payments (the cashier page polls it while WeChat/Alipay pay). */
export async function citizenPayment(c: CashierCtx, userId: string, paymentId: string) {
  let a = await findAttempt(c.db, paymentId);
  if (!a || a.user_id !== userId) throw notFound('支付');
  if (a.status === 'paying' && new Date(a.next_query_at) <= c.clock.now()) a = await resolveAttempt(c, a);
  return answer(c, a, null);
}
