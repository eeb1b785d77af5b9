// The cashier page's rules (pure, tested): which channels carry the subsidy, what is payable with a
// coupon chosen, what the result says. The server decides; the page only shows the same rule.

import type { ResponseOf } from '../api/types';

export type CashierPage = ResponseOf<'getMeCashierOrdersByOrderId'>;
export type CashierOrder = CashierPage['order'];
export type CashierChannel = CashierPage['channels'][number]['channel'];
/** A coupon of the citizen's offered on the cashier page (from GET /me/coupons). */
export type CouponOption = { code: string; campaign_name: string; amount_fen: number };
export type PayAnswer = ResponseOf<'postMeCashierOrdersByOrderIdPay', 201>;

/** A coupon counts only on e-CNY; its value is at most the order (the server computes it exactly). */
export function estimate(amountFen: number, channel: CashierChannel, coupon: CouponOption | null) {
  const discount = channel === 'ecny' && coupon ? Math.min(coupon.amount_fen, amountFen) : 0;
  return { discount_fen: discount, payable_fen: amountFen - discount };
}

export const RESULT_TITLE: Record<string, string> = {
  paid: '支付成功',
  paying: '等待支付确认',
  failed: '支付失败',
};
