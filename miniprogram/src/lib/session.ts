import Taro from '@tarojs/taro';
import type { ResponseOf } from '../api/types';
import { forgetCoupons } from './coupon-cache';

const TOKEN_KEY = 'sy_token';
const USER_KEY = 'sy_user';

/** What a login answers (POST /auth/otp/verify, /auth/wechat). */
export type LoginResult = ResponseOf<'postAuthOtpVerify'>;
/** The part of the logged-in citizen this app keeps between launches. */
export type SessionUser = Pick<LoginResult['user'], 'id' | 'phone' | 'wechat_bound' | 'verified'>;

// Stored with Taro's storage (wx storage in the mini-program, localStorage on H5).
export const session = {
  token(): string | null {
    return (Taro.getStorageSync(TOKEN_KEY) as string) || null;
  },
  user(): SessionUser | null {
    return (Taro.getStorageSync(USER_KEY) as SessionUser) || null;
  },
  save(login: { token: string; expires_at: LoginResult['expires_at']; user: SessionUser }) {
    Taro.setStorageSync(TOKEN_KEY, login.token);
    Taro.setStorageSync(USER_KEY, login.user);
  },
  clear() {
    Taro.removeStorageSync(TOKEN_KEY);
    Taro.removeStorageSync(USER_KEY);
    // Coupon codes kept for offline use belong to this citizen: they leave with the session.
    forgetCoupons();
  },
};
