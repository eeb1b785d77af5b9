import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { listen, type RunningMock } from '../shared/serve';

// An example partner's webhook receiver, as a partner would write it: it checks the Standard
// Webhooks 1.0 signature (`webhook-signature: v1,<base64 HMAC-SHA256(id.timestamp.body)>`, several
// space-separated during a secret rotation) and the 5-minute timestamp window, and deduplicates by
// webhook-id. It shares no code with marketing-server. Fault modes: `timeout` (never answers in
// time), `5xx` (answers 503), `410` (answers Gone: the platform must disable the endpoint).

export type ReceiverFault = 'none' | 'timeout' | '5xx' | '410';
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
  opts: { port?: number; secret?: string; timeoutMs?: number } = {},
): Promise<ExamplePartner> {
  let fault: ReceiverFault = 'none';
  let secret = opts.secret ?? '';
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
          data: parsed.data,
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
  });
}
