import type { Sql } from '../../db/sql';

// The cashier order's one state machine. An order is created at a till (or by a merchant's system)
// with the merchant's out_trade_no; a payment attempt on one channel takes it to `paying`; the
// channel's final answer takes it to `paid`, or back to `created` when the attempt failed or closed
// for good (the payer may try another channel); an order nobody paid closes at its timeout. Refunds
// run one at a time (`refunding`) and end partially or fully refunded. `moveOrder` is the only
// UPDATE of an order's status anywhere.

export type OrderStatus =
  'created' | 'paying' | 'paid' | 'closed' | 'refunding' | 'partially_refunded' | 'refunded';

export const ORDER_TRANSITIONS = {
  pay: { from: ['created'], to: 'paying' },
  confirm: { from: ['paying'], to: 'paid' },
  fail: { from: ['paying'], to: 'created' },
  close: { from: ['created'], to: 'closed' },
  refund: { from: ['paid', 'partially_refunded'], to: 'refunding' },
  refunded_part: { from: ['refunding'], to: 'partially_refunded' },
  refunded_all: { from: ['refunding'], to: 'refunded' },
  refund_failed_paid: { from: ['refunding'], to: 'paid' },
  refund_failed_part: { from: ['refunding'], to: 'partially_refunded' },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus }>;

export type OrderTransition = keyof typeof ORDER_TRANSITIONS;

const PATCHABLE = new Set([
  'channel',
  'payment_id',
  'user_id',
  'discount_fen',
  'paid_fen',
  'refunded_fen',
  'paid_at',
]);

/**
 * Moves an order if it is still in one of the transition's `from` statuses (a conditional UPDATE,
 * inside the caller's transaction). False: it was not there (someone else moved it first).
 */
export async function moveOrder(
  sql: Sql,
  orderId: string,
  t: OrderTransition,
  patch: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  const { from, to } = ORDER_TRANSITIONS[t];
  const fields = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  const res = await sql.exec(
    `UPDATE cashier_orders SET status = ?, updated_at = ?${fields.map((f) => `, ${f} = ?`).join('')}
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, ...fields.map((f) => patch[f]), orderId, ...from],
  );
  return res.affectedRows === 1;
}
