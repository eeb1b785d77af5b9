import Taro from '@tarojs/taro';

const TOKEN_KEY = 'sy_token';
const USER_KEY = 'sy_user';

export type SessionUser = {
  id: string;
  phone: string | null;
  wechat_bound: boolean;
  verified: boolean;
};

export type LoginResult = { token: string; expires_at: string; user: SessionUser };

// Stored with Taro's storage (wx storage in the mini-program, localStorage on H5).
export const session = {
  token(): string | null {
    return (Taro.getStorageSync(TOKEN_KEY) as string) || null;
  },
  user(): SessionUser | null {
    return (Taro.getStorageSync(USER_KEY) as SessionUser) || null;
  },
  save(login: LoginResult) {
    Taro.setStorageSync(TOKEN_KEY, login.token);
    Taro.setStorageSync(USER_KEY, login.user);
  },
  clear() {
    Taro.removeStorageSync(TOKEN_KEY);
    Taro.removeStorageSync(USER_KEY);
  },
};
