import { createHash } from 'node:crypto';
import type { ChannelName } from '../../connectors/pay-channels/types';
import type { Sql } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import { toRfc3339 } from '../../shared/time';
import type { OrderStatus } from './order-states';

// The cashier's rows as stored, their API shapes, and the few reads every part of the module uses.

export type CashierChannel = 'ecny' | ChannelName;
export const CHANNELS: readonly CashierChannel[] = ['ecny', 'wechat', 'alipay', 'card'];
export const CHANNEL_LABEL: Record<CashierChannel, string> = {
  ecny: '数字人民币',
  wechat: '微信支付',
  alipay: '支付宝',
  card: '银行卡',
};

export type OrderRow = {
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

export type AttemptRow = {
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

export type RefundRow = {
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

export const n = (v: unknown) => Number(v ?? 0);
export const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

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

export function attemptDto(a: AttemptRow) {
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

export function refundDto(r: RefundRow) {
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

export const findOrder = async (sql: Sql, id: string) =>
  (await sql.query<OrderRow>('SELECT * FROM cashier_orders WHERE id = ?', [id]))[0] ?? null;
export const findAttempt = async (sql: Sql, id: string) =>
  (await sql.query<AttemptRow>('SELECT * FROM cashier_payments WHERE id = ?', [id]))[0] ?? null;
export const findRefund = async (sql: Sql, id: string) =>
  (await sql.query<RefundRow>('SELECT * FROM cashier_refunds WHERE id = ?', [id]))[0] ?? null;

export async function orderOrThrow(sql: Sql, id: string) {
  const o = await findOrder(sql, id);
  if (!o) throw notFound('收银订单');
  return o;
}

export function orderStateMessage(s: OrderStatus): string {
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
