import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// One signature scheme for every partner system that calls us or that we call (the bank's callbacks,
// the parking gates' plate events and our open-gate commands):
//   X-Signature = hex HMAC-SHA256(secret, `${X-Timestamp}.${X-Nonce}.${raw body}`)
// A request older or newer than five minutes is refused, so a captured one cannot be replayed later;
// within the window the receiver deduplicates (nonces, event ids).

export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export type SignatureCheck = { ok: true; nonce: string } | { ok: false; reason: string };

export function verifySignedRequest(
  secret: string,
  get: (header: string) => string,
  rawBody: string,
  now: Date,
): SignatureCheck {
  const timestamp = get('x-timestamp');
  const nonce = get('x-nonce');
  const signature = get('x-signature');
  if (!timestamp || !nonce || !signature) return { ok: false, reason: 'signature headers missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{16,64}$/i.test(nonce))
    return { ok: false, reason: 'malformed timestamp or nonce' };
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > SIGNATURE_WINDOW_MS)
    return { ok: false, reason: 'timestamp outside the 5-minute window' };
  const expected = createHmac('sha256', secret).update(`${timestamp}.${nonce}.${rawBody}`).digest();
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'signature does not match' };
  return { ok: true, nonce };
}

/** Headers for a request we sign ourselves (same scheme as above). */
export function signedHeaders(secret: string, rawBody: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': createHmac('sha256', secret).update(`${timestamp}.${nonce}.${rawBody}`).digest('hex'),
  };
}
