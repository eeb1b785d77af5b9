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
let onUnauthenticated: (() => void) | null = null;

export const session = {
  token: () => localStorage.getItem(TOKEN_KEY),
  save: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
  onExpired(fn: () => void) {
    onUnauthenticated = fn;
  },
};

export function newKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;
}

type Options = { method?: string; body?: unknown; idempotencyKey?: string; raw?: boolean };

/** The admin API; a 401 ends the session and sends the user to the login page. */
export async function api<T>(path: string, o: Options = {}): Promise<T> {
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
