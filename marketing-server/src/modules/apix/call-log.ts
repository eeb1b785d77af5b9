import type { Context } from 'koa';
import type { Db } from '../../db/sql';
import { clientIp } from '../../http/client-ip';
import { pageById } from '../../db/page';
import type { Clock } from '../../shared/time';
import { toRfc3339 } from '../../shared/time';

// Every partner call is logged: app, operation, method, path, status, latency, the signature verdict
// (OK or the refusal's code) and the parameters with personal data masked. JR/T 0185 asks for API
// logs ≥ 6 months and transaction logs ≥ 1 year: A1 calls are kept 190 days, A2 (funds, accounts) 400.

export const RETENTION_DAYS = { A1: 190, A2: 400 } as const;
const DAY_MS = 86_400_000;

export type CallRecord = {
  started: number;
  operation: string;
  verdict: string;
  app_id?: string;
  environment?: string;
};

const SENSITIVE =
  /phone|mobile|id_number|id_no|name|card|wallet|account|code|otp|second_factor|password|secret/i;

/** Values under sensitive keys keep only their first and last characters; long text is cut. */
export function maskParams(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (SENSITIVE.test(key) && key !== 'campaign_id')
      return value.length <= 4 ? '****' : `${value.slice(0, 2)}****${value.slice(-2)}`;
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => maskParams(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, 50)
        .map(([k, v]) => [k, maskParams(v, k)]),
    );
  return value;
}

export async function logCall(
  deps: { db: Db; clock: Clock },
  ctx: Context,
  r: CallRecord,
  level: 'A1' | 'A2',
) {
  const now = deps.clock.now();
  const params = JSON.stringify(maskParams({ query: { ...ctx.query }, body: ctx.state.body ?? null })).slice(
    0,
    4000,
  );
  await deps.db.exec(
    `INSERT INTO apix_api_logs (request_id, app_id, environment, operation_code, method, path, status, latency_ms, verdict, params, ip, created_at, retain_until)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    [
      String(ctx.state.requestId ?? ''),
      r.app_id ?? null,
      r.environment ?? null,
      r.operation,
      ctx.method,
      ctx.path.slice(0, 255),
      ctx.status,
      Math.round(performance.now() - r.started),
      r.verdict.slice(0, 48),
      params,
      clientIp(ctx).slice(0, 64),
      now,
      new Date(now.getTime() + RETENTION_DAYS[level] * DAY_MS),
    ],
  );
}

type LogRow = {
  id: number | string;
  request_id: string;
  app_id: string | null;
  environment: string | null;
  operation_code: string | null;
  method: string;
  path: string;
  status: number;
  latency_ms: number;
  verdict: string;
  params: string | null;
  ip: string;
  created_at: Date | string;
  retain_until: Date | string;
};

export async function listCalls(db: Db, f: { app_id?: string; cursor?: number; limit: number }) {
  const { rows, next_cursor } = await pageById<LogRow>(db, 'apix_api_logs', { app_id: f.app_id }, f);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      request_id: r.request_id,
      app_id: r.app_id,
      environment: r.environment,
      operation_code: r.operation_code,
      method: r.method,
      path: r.path,
      status: Number(r.status),
      latency_ms: Number(r.latency_ms),
      verdict: r.verdict,
      params: r.params ? (JSON.parse(r.params) as unknown) : null,
      ip: r.ip,
      created_at: toRfc3339(r.created_at)!,
      retain_until: toRfc3339(r.retain_until)!,
    })),
    next_cursor,
  };
}

/** Deletes the calls past their retention (the nightly sweep). */
export async function purgeExpiredCalls(db: Db, now: Date): Promise<number> {
  const res = await db.exec('DELETE FROM apix_api_logs WHERE retain_until < ?', [now]);
  return res.affectedRows;
}
