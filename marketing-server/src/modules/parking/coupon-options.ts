import type { Db } from '../../db/sql';
import { isRefusal } from '../../shared/domain-error';
import { toRfc3339 } from '../../shared/time';
import { evaluateCoupon, type CouponClaim } from '../coupons';

// Which of a driver's coupons can pay part of a parking fee at the lot's operator, and by how much
// (the coupon service's own rules: scope, window, threshold, never more than the fee).

/** The usable coupon of this driver at this merchant that takes the most off `due`. */
export async function bestCoupon(db: Db, userId: string, merchantId: string, due: number, now: Date) {
  const options = await couponOptions(db, userId, merchantId, due, now);
  return options.sort((a, b) => b.discount_fen - a.discount_fen)[0] ?? null;
}

/** The driver's coupons usable at the lot's operator now, with what each takes off `due`. */
export async function couponOptions(db: Db, userId: string, merchantId: string, due: number, now: Date) {
  const coupons = await db.query<CouponClaim & { name: string }>(
    `SELECT c.id, c.campaign_id, c.user_id, c.amount_fen, c.status, c.coupon_code, c.use_start_at, c.use_end_at, k.name
       FROM claims c JOIN campaigns k ON k.id = c.campaign_id
      WHERE c.user_id = ? AND c.kind = 'coupon' AND c.status = 'granted' AND c.use_end_at > ? ORDER BY c.use_end_at LIMIT 50`,
    [userId, now],
  );
  const out: {
    coupon_code: string;
    claim_id: string;
    campaign_name: string;
    discount_fen: number;
    use_end_at: string | null;
  }[] = [];
  for (const c of coupons) {
    try {
      const { discount } = await evaluateCoupon(db, c, merchantId, due, now);
      out.push({
        coupon_code: c.coupon_code,
        claim_id: c.id,
        campaign_name: c.name,
        discount_fen: discount.discount_fen,
        use_end_at: toRfc3339(c.use_end_at),
      });
    } catch (err) {
      if (!isRefusal(err)) throw err; // not usable here: not offered
    }
  }
  return out;
}
