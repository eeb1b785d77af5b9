import Taro from '@tarojs/taro';
import { session } from '../lib/session';
import { createApiClient } from './client';

let redirecting = false;

/** The app's client: same-origin on H5, API_BASE in the mini-program; a 401 sends the citizen to log in. */
export const api = createApiClient({
  baseUrl: API_BASE,
  getToken: () => session.token(),
  onUnauthenticated: () => {
    session.clear();
    if (redirecting) return;
    redirecting = true;
    Taro.navigateTo({ url: '/pages/login/index' }).finally(() => (redirecting = false));
  },
});

export { ApiError } from './errors';
export { newIdempotencyKey } from './client';
