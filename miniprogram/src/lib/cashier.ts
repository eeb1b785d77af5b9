// The cashier page's rules (pure, tested): which channels carry the subsidy, what is payable with a
// coupon chosen, what the result says. The server decides; the page only shows the same rule.

export type CashierChannel = 'ecny' | 'wechat' | 'alipay' | 'card';
export type CashierOrder = {
  id: string;
  amount_fen: number;
  status: string;
  discount_fen: number;
  paid_fen: number;
  description: string;
};
export type CashierPage = {
  order: CashierOrder;
  merchant_name: string;
  channels: { channel: CashierChannel; label: string; subsidy_eligible: boolean }[];
};
export type CouponOption = { code: string; campaign_name: string; amount_fen: number };
export type PayAnswer = {
  order: CashierOrder;
  payment: { id: string; status: string; channel: CashierChannel; discount_fen: number; amount_fen: number };
};

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
