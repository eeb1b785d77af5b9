import { createHash } from 'node:crypto';
import { notFound, refused } from '../../shared/domain-error';
import { cstDayBounds, cstDayKey, toRfc3339 } from '../../shared/time';
import { ownerOf, type CashierCtx } from './context';
import { createOrder } from './orders';
import { refund, resolveRefund } from './refunds';
import { n, orderDto, refundDto, type OrderRow, type RefundRow } from './rows';

// The cashier as partner apps see it (APIX payment and operations products). An app's order is a
// cashier order like a till's, under out_trade_no `<app_id>:<its out_trade_no>`: the prefix keeps
// apps out of each other's (and the merchant's own) numbers, and every read here is by that prefix,
// so an app finds only what it created. Which merchant an app may act for is APIX's binding; the
// caller (the partner operation) checks it first.

export const partnerTradeNo = (appId: string, outTradeNo: string) => `${appId}:${outTradeNo}`;

export function partnerOrderView(o: ReturnType<typeof orderDto>, outTradeNo: string) {
  const { id, till_id: _till, out_trade_no: _internal, ...rest } = o;
  return { order_id: id, ...rest, out_trade_no: outTradeNo };
}

const partnerRefundView = (r: RefundRow) => {
  const { id, order_id: _order, ...rest } = refundDto(r);
  return { refund_id: id, ...rest };
};

async function orderOf(c: CashierCtx, appId: string, merchantId: string, outTradeNo: string) {
  const rows = await c.db.query<OrderRow>(
    'SELECT * FROM cashier_orders WHERE merchant_id = ? AND out_trade_no = ?',
    [merchantId, partnerTradeNo(appId, outTradeNo)],
  );
  if (!rows[0]) throw notFound('收银订单');
  return rows[0];
}

export type PartnerOrderInput = { out_trade_no: string; amount_fen: number; description?: string };

/** A merchant whose orders a platform module owns (the escrow's collections) sells only through it. */
export function assertOpenToPartners(c: CashierCtx, appId: string, merchantId: string) {
  if (ownerOf(c, { merchant_id: merchantId, out_trade_no: partnerTradeNo(appId, '') }))
    throw refused('MERCHANT_ORDERS_RESERVED', '该商户的订单由平台业务创建，不接受合作方下单');
}

/** A merchant's order created by the app (same number and body again: the same order). */
export async function createPartnerOrder(
  c: CashierCtx,
  appId: string,
  merchantId: string,
  i: PartnerOrderInput,
) {
  assertOpenToPartners(c, appId, merchantId);
  const internal = partnerTradeNo(appId, i.out_trade_no);
  const r = await createOrder(c, merchantId, {
    out_trade_no: internal,
    amount_fen: i.amount_fen,
    description: i.description,
  });
  return { ...partnerOrderView(r.order, i.out_trade_no), pay_url: r.qr_payload };
}

export async function partnerOrder(c: CashierCtx, appId: string, merchantId: string, outTradeNo: string) {
  const o = await orderOf(c, appId, merchantId, outTradeNo);
  const refunds = await c.db.query<RefundRow>(
    'SELECT * FROM cashier_refunds WHERE order_id = ? ORDER BY created_at, id',
    [o.id],
  );
  return { ...partnerOrderView(orderDto(o), outTradeNo), refunds: refunds.map(partnerRefundView) };
}

/** A refund of the app's order, keyed by its out_refund_no (the same again: that refund). */
export async function partnerRefund(
  c: CashierCtx,
  appId: string,
  merchantId: string,
  outTradeNo: string,
  i: { out_refund_no: string; amount_fen: number },
) {
  const o = await orderOf(c, appId, merchantId, outTradeNo);
  const { body } = await refund(c, merchantId, o.id, i);
  const { id, order_id: _order, ...rest } = body;
  return { refund_id: id, ...rest, out_trade_no: outTradeNo };
}

export async function partnerRefundOf(
  c: CashierCtx,
  appId: string,
  merchantId: string,
  outTradeNo: string,
  outRefundNo: string,
) {
  const o = await orderOf(c, appId, merchantId, outTradeNo);
  const rows = await c.db.query<RefundRow>(
    'SELECT * FROM cashier_refunds WHERE order_id = ? AND out_refund_no = ?',
    [o.id, outRefundNo],
  );
  if (!rows[0]) throw notFound('退款');
  // A refund still processing is asked about now (an unknown outcome is queried, never guessed).
  return { ...partnerRefundView(await resolveRefund(c, rows[0])), out_trade_no: outTradeNo };
}

type StatementLine = {
  type: 'PAY' | 'REFUND';
  time: string;
  merchant_id: string;
  out_trade_no: string;
  order_id: string;
  out_refund_no: string;
  channel: string;
  order_amount_fen: number;
  discount_fen: number;
  amount_fen: number;
};

const COLUMNS: (keyof StatementLine)[] = [
  'type',
  'time',
  'merchant_id',
  'out_trade_no',
  'order_id',
  'out_refund_no',
  'channel',
  'order_amount_fen',
  'discount_fen',
  'amount_fen',
];

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(v: string | number) {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Today in Beijing as yyyy-MM-dd (statements for later days do not exist yet). */
const cstToday = (now: Date) => cstDayKey(now).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

/**
 * The app's statement of one Beijing day: each payment of its orders that day and each refund that
 * succeeded that day, as CSV or JSON lines, with totals and the content's SHA-256.
 */
export async function partnerStatement(
  c: CashierCtx,
  appId: string,
  merchantIds: string[],
  q: { date: string; format: 'csv' | 'jsonl' },
) {
  if (q.date > cstToday(c.clock.now()))
    throw refused('STATEMENT_DATE_IN_FUTURE', `${q.date} 的对账单尚未生成（仅可查询今天及以前）`);
  const { start, end } = cstDayBounds(q.date.replace(/-/g, ''));
  const lines = merchantIds.length ? await statementLines(c, appId, merchantIds, start, end) : [];
  const content =
    q.format === 'csv'
      ? [COLUMNS.join(','), ...lines.map((l) => COLUMNS.map((k) => cell(l[k])).join(','))].join('\n') + '\n'
      : lines.map((l) => JSON.stringify(l) + '\n').join('');
  const sum = (t: 'PAY' | 'REFUND') =>
    lines.filter((l) => l.type === t).reduce((s, l) => s + l.amount_fen, 0);
  return {
    bill_date: q.date,
    format: q.format,
    count: lines.length,
    paid_fen_total: sum('PAY'),
    refunded_fen_total: sum('REFUND'),
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

async function statementLines(c: CashierCtx, appId: string, merchantIds: string[], start: Date, end: Date) {
  const prefix = partnerTradeNo(appId, '');
  // A prefix on the (merchant_id, out_trade_no) key (not a range: collations do not sort punctuation
  // by code point); LIKE ignores case on some databases, so the exact prefix is checked below.
  const inMerchants = merchantIds.map(() => '?').join(',');
  const like = `${prefix.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
  const paid = await c.db.query<OrderRow>(
    `SELECT * FROM cashier_orders WHERE merchant_id IN (${inMerchants}) AND out_trade_no LIKE ? ESCAPE '!'
       AND paid_at >= ? AND paid_at < ? ORDER BY paid_at, id`,
    [...merchantIds, like, start, end],
  );
  const refunded = await c.db.query<
    RefundRow & { o_merchant_id: string; o_out_trade_no: string; o_amount_fen: unknown }
  >(
    `SELECT r.*, o.merchant_id AS o_merchant_id, o.out_trade_no AS o_out_trade_no, o.amount_fen AS o_amount_fen
       FROM cashier_refunds r JOIN cashier_orders o ON o.id = r.order_id
      WHERE o.merchant_id IN (${inMerchants}) AND o.out_trade_no LIKE ? ESCAPE '!'
        AND r.status = 'succeeded' AND r.completed_at >= ? AND r.completed_at < ? ORDER BY r.completed_at, r.id`,
    [...merchantIds, like, start, end],
  );
  const mine = (otn: string) => otn.startsWith(prefix);
  const pays: StatementLine[] = paid
    .filter((o) => mine(o.out_trade_no))
    .map((o) => ({
      type: 'PAY',
      time: toRfc3339(o.paid_at)!,
      merchant_id: o.merchant_id,
      out_trade_no: o.out_trade_no.slice(prefix.length),
      order_id: o.id,
      out_refund_no: '',
      channel: o.channel ?? '',
      order_amount_fen: n(o.amount_fen),
      discount_fen: n(o.discount_fen),
      amount_fen: n(o.paid_fen),
    }));
  const refunds: StatementLine[] = refunded
    .filter((r) => mine(r.o_out_trade_no))
    .map((r) => ({
      type: 'REFUND',
      time: toRfc3339(r.completed_at)!,
      merchant_id: r.o_merchant_id,
      out_trade_no: r.o_out_trade_no.slice(prefix.length),
      order_id: r.order_id,
      out_refund_no: r.out_refund_no,
      channel: r.channel,
      order_amount_fen: n(r.o_amount_fen),
      discount_fen: n(r.discount_fen),
      amount_fen: n(r.amount_fen),
    }));
  return [...pays, ...refunds].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}
