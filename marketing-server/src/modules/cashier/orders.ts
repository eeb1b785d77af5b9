import { isDuplicateKeyError, type Db } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { CashierCtx } from './context';
import type { OrderStatus } from './order-states';
import {
  attemptDto,
  CHANNEL_LABEL,
  CHANNELS,
  hashOf,
  orderDto,
  orderOrThrow,
  refundDto,
  type AttemptRow,
  type CashierChannel,
  type OrderRow,
  type RefundRow,
} from './rows';

// Cashier orders as the till and the citizen see them: creation under the merchant's out_trade_no,
// the citizen's view, the lists, and the merchant's stores and tills.

const qrPayload = (c: CashierCtx, o: OrderRow) => `${c.payPageUrl}?order_id=${encodeURIComponent(o.id)}`;

const byOutTradeNo = async (db: Db, merchantId: string, outTradeNo: string) =>
  (
    await db.query<OrderRow>('SELECT * FROM cashier_orders WHERE merchant_id = ? AND out_trade_no = ?', [
      merchantId,
      outTradeNo,
    ])
  )[0];

function sameOrder(c: CashierCtx, o: OrderRow, hash: string) {
  if (o.request_hash !== hash)
    throw refused('OUT_TRADE_NO_REUSED', '商户订单号已用于另一笔订单（金额或内容不同）', {
      order_id: o.id,
    });
  return { created: false, order: orderDto(o), qr_payload: qrPayload(c, o) };
}

async function checkTill(db: Db, merchantId: string, tillId: string) {
  const till = (
    await db.query<{ merchant_id: string }>('SELECT merchant_id FROM cashier_tills WHERE id = ?', [tillId])
  )[0];
  if (!till || till.merchant_id !== merchantId) throw notFound('收银台');
}

export type NewOrder = { out_trade_no: string; amount_fen: number; description?: string; till_id?: string };

/**
 * A till (or the merchant's system) creates an order under its own out_trade_no: the same key with
 * the same body is the same order (a retry), the same key with another body is refused.
 */
export async function createOrder(c: CashierCtx, merchantId: string, input: NewOrder) {
  const { db } = c;
  const hash = hashOf({ a: input.amount_fen, d: input.description ?? '', t: input.till_id ?? null });
  if (input.till_id) await checkTill(db, merchantId, input.till_id);
  const now = c.clock.now();
  const o: OrderRow = {
    id: newId('cso'),
    merchant_id: merchantId,
    till_id: input.till_id ?? null,
    out_trade_no: input.out_trade_no,
    request_hash: hash,
    description: input.description ?? '商品',
    amount_fen: input.amount_fen,
    status: 'created',
    channel: null,
    payment_id: null,
    user_id: null,
    discount_fen: 0,
    paid_fen: 0,
    refunded_fen: 0,
    expires_at: new Date(now.getTime() + c.orderTimeoutMs),
    created_at: now,
    updated_at: now,
    paid_at: null,
  };
  // The insert comes first (one round trip on the hot path); the unique (merchant, out_trade_no)
  // key tells a retry or a reuse of the key, which then reads the order that holds it.
  try {
    await db.exec(
      `INSERT INTO cashier_orders (id, merchant_id, till_id, out_trade_no, request_hash, description, amount_fen, status,
         discount_fen, paid_fen, refunded_fen, expires_at, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,'created',0,0,0,?,?,?)`,
      [
        o.id,
        merchantId,
        o.till_id,
        o.out_trade_no,
        hash,
        o.description,
        o.amount_fen,
        o.expires_at,
        now,
        now,
      ],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return sameOrder(c, (await byOutTradeNo(db, merchantId, input.out_trade_no))!, hash);
  }
  // The row as written (DATETIME(3) keeps the milliseconds, so a read back would give the same).
  return { created: true, order: orderDto(o), qr_payload: qrPayload(c, o) };
}

/** What the citizen's cashier page shows: the order, the channels, and the subsidy e-CNY would get. */
export async function orderForCitizen(c: CashierCtx, orderId: string) {
  const o = await orderOrThrow(c.db, orderId);
  const m = (
    await c.db.query<{ name: string }>('SELECT name FROM merchants WHERE id = ?', [o.merchant_id])
  )[0];
  return {
    order: orderDto(o),
    merchant_name: m?.name ?? '',
    channels: CHANNELS.map((ch) => ({
      channel: ch,
      label: CHANNEL_LABEL[ch],
      subsidy_eligible: ch === 'ecny',
    })),
  };
}

export async function orderDetail(c: CashierCtx, orderId: string, merchantId?: string) {
  const o = await orderOrThrow(c.db, orderId);
  if (merchantId && o.merchant_id !== merchantId) throw notFound('收银订单');
  const attempts = await c.db.query<AttemptRow>(
    'SELECT * FROM cashier_payments WHERE order_id = ? ORDER BY created_at',
    [o.id],
  );
  const refunds = await c.db.query<RefundRow>(
    'SELECT * FROM cashier_refunds WHERE order_id = ? ORDER BY created_at',
    [o.id],
  );
  return { order: orderDto(o), payments: attempts.map(attemptDto), refunds: refunds.map(refundDto) };
}

export type OrderFilter = {
  merchant_id?: string;
  status?: OrderStatus;
  channel?: CashierChannel;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
};

export async function listOrders(c: CashierCtx, f: OrderFilter) {
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
  const rows = await c.db.query<OrderRow>(
    `SELECT * FROM cashier_orders ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    [...params, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(orderDto),
    next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export async function addStore(c: CashierCtx, merchantId: string, name: string) {
  const id = newId('cst');
  await c.db.exec('INSERT INTO cashier_stores (id, merchant_id, name, created_at) VALUES (?,?,?,?)', [
    id,
    merchantId,
    name,
    c.clock.now(),
  ]);
  return { id, merchant_id: merchantId, name };
}

export async function addTill(c: CashierCtx, merchantId: string, storeId: string, name: string) {
  const s = (
    await c.db.query<{ merchant_id: string }>('SELECT merchant_id FROM cashier_stores WHERE id = ?', [
      storeId,
    ])
  )[0];
  if (!s || s.merchant_id !== merchantId) throw notFound('门店');
  const id = newId('ctl');
  await c.db.exec(
    'INSERT INTO cashier_tills (id, store_id, merchant_id, name, created_at) VALUES (?,?,?,?,?)',
    [id, storeId, merchantId, name, c.clock.now()],
  );
  return { id, store_id: storeId, merchant_id: merchantId, name };
}

export async function listTills(c: CashierCtx, merchantId: string) {
  const stores = await c.db.query<{ id: string; name: string }>(
    'SELECT id, name FROM cashier_stores WHERE merchant_id = ? ORDER BY id',
    [merchantId],
  );
  const tills = await c.db.query<{ id: string; store_id: string; name: string }>(
    'SELECT id, store_id, name FROM cashier_tills WHERE merchant_id = ? ORDER BY id',
    [merchantId],
  );
  return { items: stores.map((s) => ({ ...s, tills: tills.filter((t) => t.store_id === s.id) })) };
}
