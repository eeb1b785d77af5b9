import { randomBytes } from 'node:crypto';
import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { standardWebhookSignature, signWith } from '../../shared/open-signing';
import { toRfc3339, type Clock } from '../../shared/time';
import type { Actor } from '../audit';
import { appendAction } from './chain';
import { lockApp, type AppRow } from './apps';
import { activeApiKeys, sealPersonalFields } from './api-keys';
import { SANDBOX_IDENTITY } from './operations';
import type { PlatformKey } from './gateway';

// Webhooks: business transactions write events into event_outbox (shared/outbox.ts); the dispatcher
// fans each committed event out to the endpoints of the app it belongs to (one delivery row per
// event and endpoint, unique), then delivers with Standard Webhooks 1.0 headers plus an SM2
// signature by the platform key. Failures retry with exponential back-off and ±20 % jitter over
// about 27 hours; after the last the endpoint is disabled and the app's log says so. A 410 disables
// the endpoint at once. The event id (webhook-id) is the outbox id: the same on every retry and resend.

/** Delay before attempt n+1 after n failures (Standard Webhooks / Svix schedule). */
export const RETRY_SCHEDULE_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
export const EVENT_TYPES = [
  'coupon.redeemed',
  'coupon.redemption_refunded',
  'consent.granted',
  'consent.revoked',
] as const;
/**
 * The fields of each event's data that hold personal data: they leave as AEAD envelopes under the
 * app's API key (masked when it has none). Coupon events carry none (ids, amounts, a merchant).
 */
export const PERSONAL_EVENT_FIELDS: Partial<Record<(typeof EVENT_TYPES)[number], readonly string[]>> = {
  'consent.granted': ['phone'],
};
const LEASE_MS = 60_000;

export type WebhookDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  platformKey: PlatformKey;
  timeoutMs: number;
};

type EndpointRow = {
  id: string;
  app_id: string;
  url: string;
  event_types: string;
  secret: string;
  status: string;
  disabled_reason: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};
type DeliveryRow = {
  id: string;
  event_id: string;
  endpoint_id: string;
  app_id: string;
  event_type: string;
  payload: string;
  status: string;
  attempts: number | string;
  next_attempt_at: Date | string;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date | string;
  delivered_at: Date | string | null;
};

export function endpointDto(r: EndpointRow) {
  return {
    id: r.id,
    app_id: r.app_id,
    url: r.url,
    event_types: JSON.parse(r.event_types) as string[],
    status: r.status,
    disabled_reason: r.disabled_reason,
    created_at: toRfc3339(r.created_at)!,
  };
}

export function deliveryDto(r: DeliveryRow) {
  return {
    id: r.id,
    event_id: r.event_id,
    endpoint_id: r.endpoint_id,
    event_type: r.event_type,
    status: r.status,
    attempts: Number(r.attempts),
    next_attempt_at: r.status === 'pending' ? toRfc3339(r.next_attempt_at) : null,
    last_status_code: r.last_status_code === null ? null : Number(r.last_status_code),
    last_error: r.last_error,
    created_at: toRfc3339(r.created_at)!,
    delivered_at: toRfc3339(r.delivered_at),
  };
}

export async function addEndpoint(
  deps: WebhookDeps,
  actor: Actor,
  appId: string,
  input: { url: string; event_types: string[] },
) {
  const now = deps.clock.now();
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const id = newId('whe');
  await deps.db.tx(async (sql) => {
    await lockApp(sql, appId);
    await sql.exec(
      'INSERT INTO apix_endpoints (id, app_id, url, event_types, secret, status, disabled_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,NULL,?,?)',
      [id, appId, input.url, JSON.stringify(input.event_types), secret, 'enabled', now, now],
    );
    await appendAction(
      sql,
      { app_id: appId, action: 'endpoint.add', actor_id: actor.id, payload: { endpoint_id: id, ...input } },
      now,
    );
  });
  const rows = await deps.db.query<EndpointRow>('SELECT * FROM apix_endpoints WHERE id = ?', [id]);
  return { ...endpointDto(rows[0]), secret };
}

export async function listEndpoints(db: Db, appId: string) {
  const rows = await db.query<EndpointRow>(
    'SELECT * FROM apix_endpoints WHERE app_id = ? ORDER BY created_at',
    [appId],
  );
  return { items: rows.map(endpointDto) };
}

export async function listDeliveries(db: Db, appId: string) {
  const rows = await db.query<DeliveryRow>(
    'SELECT * FROM apix_deliveries WHERE app_id = ? ORDER BY created_at DESC, id DESC LIMIT 200',
    [appId],
  );
  return { items: rows.map(deliveryDto) };
}

/** Sends a delivery again now (same event id); re-enables nothing — a disabled endpoint refuses. */
export async function resendDelivery(deps: WebhookDeps, actor: Actor, appId: string, deliveryId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const rows = await sql.query<DeliveryRow & { endpoint_status: string }>(
      'SELECT d.*, e.status AS endpoint_status FROM apix_deliveries d JOIN apix_endpoints e ON e.id = d.endpoint_id WHERE d.id = ? AND d.app_id = ?',
      [deliveryId, appId],
    );
    if (!rows[0]) throw notFound('推送记录');
    if (rows[0].endpoint_status !== 'enabled')
      throw refused('APIX_ENDPOINT_DISABLED', '该回调地址已停用：请先重新启用');
    await sql.exec("UPDATE apix_deliveries SET status = 'pending', next_attempt_at = ? WHERE id = ?", [
      now,
      deliveryId,
    ]);
    await appendAction(
      sql,
      {
        app_id: appId,
        action: 'delivery.resend',
        actor_id: actor.id,
        payload: { delivery_id: deliveryId, event_id: rows[0].event_id },
      },
      now,
    );
  });
  const rows = await deps.db.query<DeliveryRow>('SELECT * FROM apix_deliveries WHERE id = ?', [deliveryId]);
  return deliveryDto(rows[0]);
}

export async function enableEndpoint(deps: WebhookDeps, actor: Actor, appId: string, endpointId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await lockApp(sql, appId);
    const res = await sql.exec(
      "UPDATE apix_endpoints SET status = 'enabled', disabled_reason = NULL, updated_at = ? WHERE id = ? AND app_id = ?",
      [now, endpointId, appId],
    );
    if (res.affectedRows !== 1) throw notFound('回调地址');
    await appendAction(
      sql,
      { app_id: appId, action: 'endpoint.enable', actor_id: actor.id, payload: { endpoint_id: endpointId } },
      now,
    );
  });
  return listEndpoints(deps.db, appId);
}

type OutboxRow = { id: string; type: string; subject_id: string; payload: string; created_at: Date | string };

/**
 * Which app an event belongs to: a claim issued through APIX carries `apix:<app_id>` as its device;
 * a consent names its app.
 */
async function appOfEvent(sql: Sql, e: OutboxRow): Promise<string | null> {
  if (e.type.startsWith('consent.')) {
    const rows = await sql.query<{ app_id: string }>('SELECT app_id FROM apix_consents WHERE id = ?', [
      e.subject_id,
    ]);
    return rows[0]?.app_id ?? null;
  }
  const rows = await sql.query<{ device_id: string | null }>('SELECT device_id FROM claims WHERE id = ?', [
    e.subject_id,
  ]);
  const d = rows[0]?.device_id;
  return d && d.startsWith('apix:') ? d.slice(5) : null;
}

/**
 * The event's data as the app receives it: personal fields sealed with the newest API key of the
 * environment its events belong to (production once the app has it, else the sandbox), at fan-out,
 * so every retry and resend sends the same bytes and the delivery log holds no personal data.
 */
async function dataFor(sql: Sql, appId: string, e: OutboxRow): Promise<Record<string, unknown>> {
  const data = JSON.parse(e.payload) as Record<string, unknown>;
  const fields = PERSONAL_EVENT_FIELDS[e.type as (typeof EVENT_TYPES)[number]];
  if (!fields) return data;
  const apps = await sql.query<AppRow>('SELECT * FROM apix_apps WHERE id = ?', [appId]);
  const production = ['PROD_ACTIVE', 'SUSPENDED'].includes(apps[0]?.state ?? '');
  const keys = await activeApiKeys(sql, appId, production ? 'production' : 'sandbox');
  // An app not yet in production gets the sandbox's test identity, never a citizen's personal data.
  const shown = production
    ? data
    : { ...data, ...Object.fromEntries(fields.map((f) => [f, SANDBOX_IDENTITY[f as 'phone'] ?? null])) };
  return sealPersonalFields(shown, fields, keys[0], e.type);
}

/** Fans committed events out to their endpoints; safe to run in several processes at once. */
export async function fanOut(deps: WebhookDeps, limit = 100): Promise<number> {
  const events = await deps.db.query<OutboxRow>(
    'SELECT * FROM event_outbox WHERE dispatched_at IS NULL ORDER BY created_at, id LIMIT ?',
    [limit],
  );
  for (const e of events) {
    await deps.db.tx(async (sql) => {
      const appId = await appOfEvent(sql, e);
      const endpoints = appId
        ? await sql.query<EndpointRow>(
            "SELECT * FROM apix_endpoints WHERE app_id = ? AND status = 'enabled'",
            [appId],
          )
        : [];
      const subscribed = endpoints.filter((x) => (JSON.parse(x.event_types) as string[]).includes(e.type));
      const data = subscribed.length ? await dataFor(sql, appId!, e) : null;
      for (const ep of subscribed) {
        const body = JSON.stringify({ type: e.type, timestamp: toRfc3339(e.created_at), data });
        try {
          await sql.exec(
            `INSERT INTO apix_deliveries (id, event_id, endpoint_id, app_id, event_type, payload, status, attempts, next_attempt_at, created_at)
             VALUES (?,?,?,?,?,?,'pending',0,?,?)`,
            [newId('dlv'), e.id, ep.id, ep.app_id, e.type, body, deps.clock.now(), deps.clock.now()],
          );
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err;
        }
      }
      await sql.exec('UPDATE event_outbox SET dispatched_at = ? WHERE id = ? AND dispatched_at IS NULL', [
        deps.clock.now(),
        e.id,
      ]);
    });
  }
  return events.length;
}

/** Delivers what is due; each delivery is leased first, so two processes never send it at once. */
export async function deliverDue(deps: WebhookDeps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db.query<DeliveryRow>(
    "SELECT * FROM apix_deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
    [now, limit],
  );
  let sent = 0;
  for (const d of due) {
    const lease = await deps.db.exec(
      "UPDATE apix_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND next_attempt_at = ?",
      [new Date(now.getTime() + LEASE_MS), d.id, d.next_attempt_at],
    );
    if (lease.affectedRows !== 1) continue;
    const eps = await deps.db.query<EndpointRow>('SELECT * FROM apix_endpoints WHERE id = ?', [
      d.endpoint_id,
    ]);
    if (!eps[0] || eps[0].status !== 'enabled') {
      await deps.db.exec("UPDATE apix_deliveries SET status = 'failed', last_error = ? WHERE id = ?", [
        'endpoint disabled',
        d.id,
      ]);
      continue;
    }
    await attempt(deps, d, eps[0]);
    sent++;
  }
  return sent;
}

export function webhookHeaders(
  key: PlatformKey,
  secret: string,
  eventId: string,
  timestamp: string,
  body: string,
) {
  return {
    'content-type': 'application/json',
    'webhook-id': eventId,
    'webhook-timestamp': timestamp,
    'webhook-signature': standardWebhookSignature(secret, eventId, timestamp, body),
    // The national-cryptography variant: SM2 over the same `id.timestamp.body`, by the platform key.
    'webhook-signature-sm2': `v1,${signWith('APIX-SM2-WITH-SM3', key.privateKeyHex, `${eventId}.${timestamp}.${body}`, key.publicKey)}`,
    'webhook-serial': key.serial,
  };
}

async function attempt(deps: WebhookDeps, d: DeliveryRow, ep: EndpointRow) {
  const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(ep.url, {
      method: 'POST',
      headers: webhookHeaders(deps.platformKey, ep.secret, d.event_id, timestamp, d.payload),
      body: d.payload,
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    status = res.status;
    await res.arrayBuffer().catch(() => undefined);
  } catch (err) {
    error =
      (err as Error).name === 'TimeoutError' ? `timeout after ${deps.timeoutMs} ms` : 'connection failed';
  }
  await recordAttempt(deps, d, ep, status, error);
}

async function recordAttempt(
  deps: WebhookDeps,
  d: DeliveryRow,
  ep: EndpointRow,
  status: number | null,
  error: string | null,
) {
  const now = deps.clock.now();
  const attempts = Number(d.attempts) + 1;
  if (status !== null && status >= 200 && status < 300) {
    await deps.db.exec(
      "UPDATE apix_deliveries SET status = 'delivered', attempts = ?, last_status_code = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
      [attempts, status, now, d.id],
    );
    return;
  }
  const gone = status === 410;
  const exhausted = attempts > RETRY_SCHEDULE_MS.length;
  if (gone || exhausted) {
    await deps.db.tx(async (sql) => {
      await sql.exec(
        "UPDATE apix_deliveries SET status = 'failed', attempts = ?, last_status_code = ?, last_error = ? WHERE id = ?",
        [attempts, status, error, d.id],
      );
      await disableEndpoint(
        sql,
        ep,
        gone ? '回调地址返回 410 Gone' : `连续 ${attempts} 次投递失败（约 27 小时）`,
        now,
      );
    });
    deps.logger.warn('webhook endpoint disabled', { endpoint_id: ep.id, app_id: ep.app_id, status });
    return;
  }
  const base = RETRY_SCHEDULE_MS[attempts - 1];
  const jitter = base * (0.8 + Math.random() * 0.4);
  await deps.db.exec(
    'UPDATE apix_deliveries SET attempts = ?, last_status_code = ?, last_error = ?, next_attempt_at = ? WHERE id = ?',
    [
      attempts,
      status,
      error ?? (status ? `HTTP ${status}` : null),
      new Date(now.getTime() + Math.round(jitter)),
      d.id,
    ],
  );
}

/** Disables the endpoint and tells the partner: the app's chained log and portal show the reason. */
async function disableEndpoint(sql: Sql, ep: EndpointRow, reason: string, now: Date) {
  await sql.exec(
    "UPDATE apix_endpoints SET status = 'disabled', disabled_reason = ?, updated_at = ? WHERE id = ?",
    [reason, now, ep.id],
  );
  await sql.exec(
    "UPDATE apix_deliveries SET status = 'failed', last_error = ? WHERE endpoint_id = ? AND status = 'pending'",
    ['endpoint disabled', ep.id],
  );
  await lockApp(sql, ep.app_id);
  await appendAction(
    sql,
    {
      app_id: ep.app_id,
      action: 'endpoint.disabled',
      actor_id: 'system',
      payload: { endpoint_id: ep.id, reason },
    },
    now,
  );
}
