import Taro from '@tarojs/taro';
import { session } from './session';

export const PAGES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  campaign: '/packages/campaign/detail/index',
  coupons: '/packages/mine/coupons/index',
  coupon: '/packages/mine/coupon/index',
  wallet: '/packages/wallet/index/index',
  me: '/packages/me/index/index',
  privacy: '/packages/me/privacy/index',
  parking: '/packages/parking/index/index',
  parkingLookup: '/packages/parking/lookup/index',
  parkingPay: '/packages/parking/pay/index',
  parkingReceipt: '/packages/parking/receipt/index',
  cashier: '/packages/cashier/index/index',
  prepaid: '/packages/prepaid/index/index',
  prepaidContract: '/packages/prepaid/contract/index',
  hardwallet: '/packages/hardwallet/index/index',
  rideCode: '/packages/transit/code/index',
  journeys: '/packages/transit/journeys/index',
} as const;

export function open(page: keyof typeof PAGES, params: Record<string, string> = {}) {
  const qs = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return Taro.navigateTo({ url: qs ? `${PAGES[page]}?${qs}` : PAGES[page] });
}

/** Sends a logged-out citizen to log in, coming back here afterwards; true if they are logged in. */
export function ensureLoggedIn(backTo: string): boolean {
  if (session.token()) return true;
  void open('login', { redirect: backTo });
  return false;
}

/** Back to the home page from anywhere (a dead end such as a campaign that no longer exists). */
export function goHome() {
  return Taro.reLaunch({ url: PAGES.home });
}
