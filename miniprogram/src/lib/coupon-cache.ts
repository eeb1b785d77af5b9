import Taro from '@tarojs/taro';
import type { Claim } from '../api/types';

// A coupon a citizen has opened once can be shown at the till without a network (a basement
// supermarket, a weak signal): the claim is kept in the app's storage, for this user only, and dropped
// at logout. What is shown from the cache says so, with the time it was last confirmed.
const KEY = 'sy_coupon_cache';
const MAX = 30;

type Entry = { user_id: string; saved_at: string; claim: Claim };

const all = (): Entry[] => (Taro.getStorageSync(KEY) as Entry[] | '') || [];

/** Keeps the claim as last seen from the server (the newest first; at most MAX). */
export function rememberCoupon(userId: string, claim: Claim, now = new Date()) {
  if (!claim.coupon) return;
  const rest = all().filter((e) => !(e.user_id === userId && e.claim.id === claim.id));
  Taro.setStorageSync(KEY, [{ user_id: userId, saved_at: now.toISOString(), claim }, ...rest].slice(0, MAX));
}

/** The claim as last seen, for this user; null when it was never opened here. */
export function cachedCoupon(userId: string, claimId: string): Entry | null {
  return all().find((e) => e.user_id === userId && e.claim.id === claimId) ?? null;
}

export function forgetCoupons() {
  Taro.removeStorageSync(KEY);
}
