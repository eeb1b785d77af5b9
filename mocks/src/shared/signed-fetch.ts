import { createHmac, randomBytes } from 'node:crypto';

/** POSTs JSON signed with the partners' HMAC scheme (X-Timestamp, X-Nonce, X-Signature) plus id headers. */
export async function signedPost(
  url: string,
  secret: string,
  idHeaders: Record<string, string>,
  body: unknown,
  now: Date,
  timeoutMs = 5000,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const raw = JSON.stringify(body);
  const ts = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const sig = createHmac('sha256', secret).update(`${ts}.${nonce}.${raw}`).digest('hex');
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-timestamp': ts,
      'x-nonce': nonce,
      'x-signature': sig,
      ...idHeaders,
    },
    body: raw,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: res.status, json };
}
