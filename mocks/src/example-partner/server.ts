import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { listen, type RunningMock } from '../shared/serve';

// An example partner's webhook receiver, as a partner would write it: it checks the Standard
// Webhooks 1.0 signature (`webhook-signature: v1,<base64 HMAC-SHA256(id.timestamp.body)>`, several
// space-separated during a secret rotation) and the 5-minute timestamp window, and deduplicates by
// webhook-id. It shares no code with marketing-server. Fault modes: `timeout` (never answers in
// time), `5xx` (answers 503), `410` (answers Gone: the platform must disable the endpoint). Events'
// personal-data fields arrive encrypted; the receiver opens them with the app's API key (below).

export type ReceiverFault = 'none' | 'timeout' | '5xx' | '410';

// Personal-data fields arrive as AEAD envelopes {algorithm, ciphertext, nonce, associated_data}
// under the app's API key (base64, 32 bytes): AEAD_AES_256_GCM with the key as is, AEAD_SM4_GCM with
// the first 16 bytes of HMAC-SM3(key, "APIX-AEAD-SM4-GCM"). ciphertext = base64(bytes ‖ 16-byte tag).
// Node has no sm4-gcm, so GCM is built here on sm4-ecb (as a partner would, from SP 800-38D).
type Envelope = { algorithm: string; ciphertext: string; nonce: string; associated_data: string };

const isEnvelope = (v: unknown): v is Envelope =>
  !!v && typeof v === 'object' && 'ciphertext' in v && 'nonce' in v && 'algorithm' in v;

function gfMul(x: Buffer, y: Buffer): Buffer {
  const z = Buffer.alloc(16);
  const v = Buffer.from(y);
  for (let i = 0; i < 128; i++) {
    if ((x[i >> 3] >> (7 - (i & 7))) & 1) for (let j = 0; j < 16; j++) z[j] ^= v[j];
    const lsb = v[15] & 1;
    for (let j = 15; j > 0; j--) v[j] = (v[j] >> 1) | ((v[j - 1] & 1) << 7);
    v[0] >>= 1;
    if (lsb) v[0] ^= 0xe1;
  }
  return z;
}

function sm4GcmOpen(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  const block = (b: Buffer) => {
    const c = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    return Buffer.concat([c.update(b), c.final()]);
  };
  const ct = sealed.subarray(0, sealed.length - 16);
  const tag = sealed.subarray(sealed.length - 16);
  const h = block(Buffer.alloc(16));
  let y: Buffer = Buffer.alloc(16);
  const absorb = (data: Buffer) => {
    for (let i = 0; i < data.length; i += 16) {
      const chunk = Buffer.alloc(16);
      data.copy(chunk, 0, i, Math.min(i + 16, data.length));
      for (let j = 0; j < 16; j++) chunk[j] ^= y[j];
      y = gfMul(chunk, h);
    }
  };
  absorb(aad);
  absorb(ct);
  const lens = Buffer.alloc(16);
  lens.writeBigUInt64BE(BigInt(aad.length * 8), 0);
  lens.writeBigUInt64BE(BigInt(ct.length * 8), 8);
  absorb(lens);
  const counter = Buffer.concat([nonce, Buffer.from([0, 0, 0, 1])]);
  const s = block(counter);
  const expected = Buffer.from(y.map((b, i) => b ^ s[i]));
  if (!timingSafeEqual(expected, tag)) throw new Error('tag mismatch');
  const out = Buffer.alloc(ct.length);
  for (let i = 0; i < ct.length; i += 16) {
    counter.writeUInt32BE((counter.readUInt32BE(12) + 1) >>> 0, 12);
    const ks = block(counter);
    for (let j = 0; j < 16 && i + j < ct.length; j++) out[i + j] = ct[i + j] ^ ks[j];
  }
  return out;
}

/** One envelope's plaintext under the API key. */
export function openEnvelope(e: Envelope, apiKey: string): string {
  const key = Buffer.from(apiKey, 'base64');
  const nonce = Buffer.from(e.nonce, 'base64');
  const sealed = Buffer.from(e.ciphertext, 'base64');
  const aad = Buffer.from(e.associated_data, 'utf8');
  if (e.algorithm === 'AEAD_SM4_GCM') {
    const sm4Key = createHmac('sm3', key).update('APIX-AEAD-SM4-GCM').digest().subarray(0, 16);
    return sm4GcmOpen(sm4Key, nonce, sealed, aad).toString('utf8');
  }
  if (e.algorithm !== 'AEAD_AES_256_GCM') throw new Error(`unknown algorithm ${e.algorithm}`);
  const d = createDecipheriv('aes-256-gcm', key, nonce);
  d.setAAD(aad);
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]).toString('utf8');
}

function openAll(data: Record<string, unknown>, apiKey: string) {
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, isEnvelope(v) && apiKey ? openEnvelope(v, apiKey) : v]),
  );
}
export type ReceivedEvent = {
  id: string;
  type: string;
  data: Record<string, unknown>;
  headers: Record<string, string>;
};

export type ExamplePartner = RunningMock & {
  /** Every verified event, first arrivals only (a retry of the same webhook-id is not added twice). */
  events: ReceivedEvent[];
  /** How many times each webhook-id arrived (verified), retries included. */
  arrivals: Map<string, number>;
  /** Requests refused for a bad signature or a stale timestamp. */
  rejected(): number;
  setFault(f: ReceiverFault): void;
  setSecret(secret: string): void;
  /** The app's API key: encrypted personal fields of events are opened with it. */
  setApiKey(apiKey: string): void;
};

function verifySignature(
  secret: string,
  id: string,
  timestamp: string,
  body: string,
  header: string,
): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((part) => {
    const [version, sig] = part.split(',');
    const given = Buffer.from(sig ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export async function createExamplePartner(
  opts: { port?: number; secret?: string; timeoutMs?: number; apiKey?: string } = {},
): Promise<ExamplePartner> {
  let fault: ReceiverFault = 'none';
  let secret = opts.secret ?? '';
  let apiKey = opts.apiKey ?? '';
  const events: ReceivedEvent[] = [];
  const arrivals = new Map<string, number>();
  const state = { rejected: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (fault === 'timeout')
        return void setTimeout(() => res.writeHead(200).end(), opts.timeoutMs ?? 30_000).unref();
      if (fault === '5xx') return void res.writeHead(503).end('busy');
      if (fault === '410') return void res.writeHead(410).end('gone');
      const h = (n: string) => String(req.headers[n] ?? '');
      const fresh = Math.abs(Date.now() / 1000 - Number(h('webhook-timestamp'))) <= 300;
      if (
        !fresh ||
        !verifySignature(secret, h('webhook-id'), h('webhook-timestamp'), body, h('webhook-signature'))
      ) {
        state.rejected++;
        return void res.writeHead(401).end('bad signature');
      }
      const id = h('webhook-id');
      arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
      if (arrivals.get(id) === 1) {
        const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
        events.push({
          id,
          type: parsed.type,
          data: openAll(parsed.data, apiKey),
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        });
      }
      res.writeHead(204).end();
    });
  });
  const running = await listen(server, opts.port ?? 0);
  return Object.assign(running, {
    events,
    arrivals,
    rejected: () => state.rejected,
    setFault: (f: ReceiverFault) => void (fault = f),
    setSecret: (s: string) => void (secret = s),
    setApiKey: (k: string) => void (apiKey = k),
  });
}
