import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Signed notifications. The simulator POSTs JSON to the platform's callback URL with
//   X-Timestamp: unix seconds   X-Nonce: 32 hex chars   X-Signature: hex HMAC-SHA256(secret, `${ts}.${nonce}.${body}`)
// Every delivery attempt (retries, deliberate duplicates) gets a fresh timestamp and nonce; the event's
// `event_id` in the body stays the same, so handlers deduplicate on it.

export const CALLBACK_MAX_AGE_MS = 5 * 60_000;

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export function signCallback(secret: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.${body}`).digest('hex');
}

export function callbackHeaders(secret: string, body: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': signCallback(secret, timestamp, nonce, body),
  };
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const bag = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(bag).find((k) => k.toLowerCase() === name);
  const v = key === undefined ? undefined : bag[key];
  return Array.isArray(v) ? v[0] : v;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/**
 * Checks a callback the way the platform should: the signature over the raw body (as received, before
 * parsing) and a timestamp no more than 5 minutes from `now` in either direction. Deduplicating on
 * `event_id` (and remembering nonces for 5 minutes against replays) is the receiver's job.
 */
export function verifyCallback(
  secret: string,
  headers: HeaderBag,
  body: string | Buffer,
  now: Date = new Date(),
): VerifyResult {
  const timestamp = header(headers, 'x-timestamp');
  const nonce = header(headers, 'x-nonce');
  const signature = header(headers, 'x-signature');
  if (!timestamp || !nonce || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad timestamp' };
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > CALLBACK_MAX_AGE_MS) {
    return { ok: false, reason: 'timestamp outside the 5-minute window' };
  }
  const expected = Buffer.from(signCallback(secret, timestamp, nonce, body.toString()), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad signature' };
  }
  return { ok: true };
}

export type CallbackEvent = {
  event_id: string;
  event_type: string;
  created_at: string;
  resource: unknown;
};

export type DeliveryRecord = {
  event_id: string;
  event_type: string;
  attempt: number;
  duplicate: boolean;
  status: number | null;
  error?: string;
  at: string;
};

export type NotifierOptions = {
  /** Read at each delivery, so the receiver's URL can be set after the simulator starts. */
  url: () => string | undefined;
  secret: string;
  now: () => Date;
  retryDelaysMs: number[];
  timeoutMs: number;
  duplicateProbability: () => number;
};

/** Delivers events with retries and deliberate duplicates; keeps a log for `GET /__mock/callbacks`. */
export function createNotifier(opts: NotifierOptions) {
  const log: DeliveryRecord[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!closed) fn();
    }, ms);
    timers.add(t);
  };

  async function attempt(event: CallbackEvent, n: number, duplicate: boolean) {
    const body = JSON.stringify(event);
    const rec: DeliveryRecord = {
      event_id: event.event_id,
      event_type: event.event_type,
      attempt: n,
      duplicate,
      status: null,
      at: opts.now().toISOString(),
    };
    log.push(rec);
    if (log.length > 5_000) log.splice(0, log.length - 5_000);
    try {
      const res = await fetch(opts.url() as string, {
        method: 'POST',
        headers: callbackHeaders(opts.secret, body, opts.now()),
        body,
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      rec.status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return;
    } catch (e) {
      rec.error = (e as Error).message;
    }
    const delay = opts.retryDelaysMs[n - 1];
    if (delay !== undefined) later(delay, () => void attempt(event, n + 1, duplicate));
  }

  return {
    log,
    send(event: CallbackEvent) {
      if (!opts.url() || closed) return;
      later(0, () => void attempt(event, 1, false));
      if (Math.random() < opts.duplicateProbability()) {
        later(20 + Math.floor(Math.random() * 80), () => void attempt(event, 1, true));
      }
    },
    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
