import { percentOfFen } from '../../shared/money';
import type { CampaignConfig, CouponTerms } from './schemas';

/** The most one coupon can ever cost the budget; reserved at claim, the unused part released at redemption. */
export function couponFaceFen(c: CouponTerms): number {
  return c.type === 'percent' ? (c.cap_fen as number) : (c.discount_fen as number);
}

export type Sizing = {
  face_fen: number;
  stock_total: number;
  reserved_fen: number;
  split: 'fixed' | 'random';
};

/**
 * How many units a campaign can issue and what approval reserves from the funder. The budget is an
 * upper bound: fixed-value campaigns reserve only whole units (stock × face), random red packets the
 * whole budget split in `count` packets. max_count and max_amount_fen cap the stock further.
 */
export function sizeCampaign(kind: 'red_packet' | 'coupon', budget_fen: number, cfg: CampaignConfig): Sizing {
  const { max_count, max_amount_fen } = cfg.limits;
  if (kind === 'red_packet' && cfg.red_packet?.mode === 'random') {
    const cap = Math.min(budget_fen, max_amount_fen ?? Infinity);
    const count = Math.min(cfg.red_packet.count, max_count ?? Infinity);
    return { face_fen: 0, stock_total: count, reserved_fen: cap, split: 'random' };
  }
  const face =
    kind === 'red_packet'
      ? (cfg.red_packet as { amount_fen: number }).amount_fen
      : couponFaceFen(cfg.coupon!);
  const byAmount = Math.floor(Math.min(budget_fen, max_amount_fen ?? Infinity) / face);
  const stock = Math.min(byAmount, max_count ?? Infinity);
  return { face_fen: face, stock_total: stock, reserved_fen: stock * face, split: 'fixed' };
}

export type DiscountResult =
  | { ok: true; discount_fen: number; payable_fen: number }
  | { ok: false; code: 'ORDER_BELOW_THRESHOLD'; threshold_fen: number };

/** Discount of a coupon on an order: never more than the order, so the payable is never negative. */
export function computeDiscount(c: CouponTerms, order_amount_fen: number): DiscountResult {
  const threshold = c.threshold_fen ?? 0;
  if (order_amount_fen < threshold)
    return { ok: false, code: 'ORDER_BELOW_THRESHOLD', threshold_fen: threshold };
  let discount: number;
  if (c.type === 'percent') {
    discount = Math.min(c.cap_fen as number, percentOfFen(order_amount_fen, c.percent_off as number, 'down'));
  } else {
    discount = c.discount_fen as number;
  }
  discount = Math.min(discount, order_amount_fen);
  return { ok: true, discount_fen: discount, payable_fen: order_amount_fen - discount };
}

/** Use window of one coupon claimed at `claimedAt`. */
export function couponUseWindow(c: CouponTerms, claimedAt: Date): { start: Date; end: Date } {
  if ('days' in c.use_window) {
    return { start: claimedAt, end: new Date(claimedAt.getTime() + c.use_window.days * 86400_000) };
  }
  const start = c.use_window.start_at ? new Date(c.use_window.start_at) : claimedAt;
  return { start, end: new Date(c.use_window.end_at) };
}

/** The last moment any coupon of the campaign can still be used (after it the campaign can settle). */
export function lastUseEnd(c: CouponTerms, claimEnd: Date): Date {
  return 'days' in c.use_window
    ? new Date(claimEnd.getTime() + c.use_window.days * 86400_000)
    : new Date(c.use_window.end_at);
}
