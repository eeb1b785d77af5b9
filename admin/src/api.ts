/** What the API said, ready to show: `message` is the server's Chinese text; `issues` point at fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: { issues?: { path: string; message: string }[] } & Record<string, unknown>,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'sy_admin_token';
const EXPIRES_KEY = 'sy_admin_token_expires';
// Admin tokens live 30 minutes; a call made in the last 10 first exchanges the token for a fresh one.
const REFRESH_BEFORE_MS = 10 * 60_000;
let onUnauthenticated: (() => void) | null = null;
let refreshing: Promise<void> | null = null;

export const session = {
  token: () => localStorage.getItem(TOKEN_KEY),
  save: (token: string, expiresAt: string) => {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(EXPIRES_KEY, expiresAt);
  },
  clear: () => {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
  },
  onExpired(fn: () => void) {
    onUnauthenticated = fn;
  },
};

/** One refresh at a time; the server keeps the session, so a lost refresh only means logging in again. */
async function refreshIfDue(path: string): Promise<void> {
  const token = session.token();
  const expires = Date.parse(localStorage.getItem(EXPIRES_KEY) ?? '');
  if (!token || path.startsWith('/admin/auth/') || !(expires - Date.now() < REFRESH_BEFORE_MS)) return;
  refreshing ??= (async () => {
    try {
      const res = await fetch('/api/v1/admin/auth/refresh', {
        method: 'POST',
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      });
      if (res.ok) {
        const r = (await res.json()) as { token: string; expires_at: string };
        session.save(r.token, r.expires_at);
      }
    } catch {
      /* the call itself will report the network error */
    } finally {
      refreshing = null;
    }
  })();
  await refreshing;
}

export function newKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;
}

type Options = { method?: string; body?: unknown; idempotencyKey?: string; raw?: boolean };

/** The admin API; a 401 (logged out, expired, roles changed) ends the session and shows the login page. */
export async function api<T>(path: string, o: Options = {}): Promise<T> {
  await refreshIfDue(path);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: o.method ?? 'GET',
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试');
  }
  if (res.ok) return (o.raw ? await res.text() : res.status === 204 ? undefined : await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    request_id?: string;
    details?: ApiError['details'];
  };
  if (res.status === 401 && path !== '/admin/auth/login') {
    session.clear();
    onUnauthenticated?.();
  }
  throw new ApiError(
    res.status,
    body.code ?? 'INTERNAL_ERROR',
    body.message ?? (res.status >= 500 ? '系统繁忙，请稍后再试' : '请求失败'),
    body.request_id,
    body.details,
  );
}

export type Page<T> = { items: T[]; next_cursor: string | null };
