import Taro from '@tarojs/taro';
import { ApiError, messageFor } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  /** Sent as Idempotency-Key; every retry of this call carries the same one. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Attempts in all for retryable failures (network, 502/503/504); default 3 for safe calls, else 1. */
  attempts?: number;
};

export type ApiClientOptions = {
  baseUrl: string;
  getToken: () => string | null;
  /** Told when the server says the session is over (401), so the app can send the citizen to log in. */
  onUnauthenticated?: () => void;
  /** Waits between attempts; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A random key with enough entropy that two taps on two phones never collide. */
export function newIdempotencyKey(prefix = 'k'): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  return `${prefix}-${Date.now().toString(36)}-${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The one way pages talk to the server. A call that may safely be repeated (a GET, or a POST with an
 * Idempotency-Key) is retried on network errors and 502/503/504 with the same key, so a flaky
 * connection never turns one tap into two claims or two top-ups.
 */
export function createApiClient(opts: ApiClientOptions) {
  const sleep = opts.sleep ?? defaultSleep;

  async function once<T>(path: string, o: RequestOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
    const token = opts.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    let res: Awaited<ReturnType<typeof Taro.request>>;
    try {
      res = await Taro.request({
        url: `${opts.baseUrl}/api/v1${path}`,
        method: o.method ?? 'GET',
        data: o.body,
        header: headers,
        timeout: 15_000,
        dataType: 'json',
      });
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', messageFor('NETWORK_ERROR'));
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
    const body = (typeof res.data === 'object' && res.data ? res.data : {}) as {
      code?: string;
      message?: string;
      request_id?: string;
      details?: unknown;
    };
    const code = body.code ?? (res.statusCode >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR');
    // A wrong login code is a 401 too; only a request that carried a session means it expired.
    if (res.statusCode === 401 && token) opts.onUnauthenticated?.();
    throw new ApiError(res.statusCode, code, messageFor(code, body.message), body.request_id, body.details);
  }

  async function request<T>(path: string, o: RequestOptions = {}): Promise<T> {
    const repeatable = (o.method ?? 'GET') === 'GET' || Boolean(o.idempotencyKey);
    const attempts = o.attempts ?? (repeatable ? 3 : 1);
    for (let attempt = 1; ; attempt++) {
      try {
        return await once<T>(path, o);
      } catch (err) {
        if (!(err instanceof ApiError) || !err.retryable || !repeatable || attempt >= attempts) throw err;
        await sleep(300 * 2 ** (attempt - 1) + Math.floor(Math.random() * 200));
      }
    }
  }

  return {
    request,
    get: <T>(path: string) => request<T>(path),
    post: <T>(path: string, body: unknown, o: Omit<RequestOptions, 'method' | 'body'> = {}) =>
      request<T>(path, { ...o, method: 'POST', body }),
    // Not retried unless an Idempotency-Key is given: once, and the page shows the answer.
    put: <T>(path: string, body: unknown, o: Omit<RequestOptions, 'method' | 'body'> = {}) =>
      request<T>(path, { ...o, method: 'PUT', body }),
    del: <T>(path: string, o: Omit<RequestOptions, 'method' | 'body'> = {}) =>
      request<T>(path, { ...o, method: 'DELETE' }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
