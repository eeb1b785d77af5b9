import http from 'node:http';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import { signedPost } from '../shared/signed-fetch';

// A metro gate (or a tram's on-board validator): someone else's system, sharing no code with the
// platform. It verifies ride codes OFFLINE — the issuer public keys and the blacklist it synced
// last, its own clock (±120 s skew), its own memory of serials (replay) and riders (anti-passback)
// — opens at once, and queues the tap. Queued taps go up in batches when the platform answers;
// while offline they wait. For tests it can resend a batch, shuffle the queue (out of order) and
// report each verification's time.

export type TransitGateOptions = {
  gateId: string;
  secret: string;
  kind: 'entry' | 'exit' | 'onboard';
  /** The platform's base URL (…/api/v1 is appended). */
  platformUrl?: string;
  now?: () => Date;
  skewS?: number;
  passbackS?: number;
  batchSize?: number;
};

export type GateTap = {
  tap_id: string;
  kind: string;
  media: 'ride_code' | 'tvm_ticket';
  rider_token: string;
  code_serial: string;
  tapped_at: string;
  offline: boolean;
};
export type Verdict = { open: boolean; reason: string; tap_id: string | null; verify_ms: number };

export function createTransitGateMock(o: TransitGateOptions) {
  const now = o.now ?? (() => new Date());
  const skew = o.skewS ?? 120;
  const passback = o.passbackS ?? 600;
  let platformUrl = o.platformUrl ?? null;
  let online = true;
  let faults: Faults = noFaults();
  const keys = new Map<string, KeyObject>();
  const blacklist = new Set<string>();
  let blacklistVersion = 0;
  const seenSerials = new Set<string>();
  const lastAccepted = new Map<string, number>();
  const queue: GateTap[] = [];
  const sentBatches: { batch_id: string; taps: GateTap[] }[] = [];
  const answers: Record<string, unknown>[] = [];
  let seq = 0;

  const post = (path: string, body: unknown) =>
    signedPost(`${platformUrl}/api/v1${path}`, o.secret, { 'x-gate-id': o.gateId }, body, now());

  async function sync(): Promise<boolean> {
    if (!online || !platformUrl) return false;
    try {
      const r = await post('/transit/gates/sync', { blacklist_version: blacklistVersion });
      if (r.status !== 200 || !r.json) return false;
      for (const k of r.json.keys as { kid: string; public_pem: string }[])
        if (!keys.has(k.kid)) keys.set(k.kid, createPublicKey(k.public_pem));
      const bl = r.json.blacklist as { version: number; changes: { rider_token: string; action: string }[] };
      for (const c of bl.changes) {
        if (c.action === 'add') blacklist.add(c.rider_token);
        else blacklist.delete(c.rider_token);
      }
      blacklistVersion = bl.version;
      return true;
    } catch {
      return false;
    }
  }

  function check(
    code: string,
    at: Date,
  ): { ok: false; reason: string } | { ok: true; rider: string; serial: string } {
    const p = code.length <= 400 ? code.split('.') : [];
    if (p.length !== 7 || p[0] !== 'TR1' || !/^\d+$/.test(p[4]) || !/^\d+$/.test(p[5]))
      return { ok: false, reason: 'MALFORMED' };
    const key = keys.get(p[1]);
    if (!key) return { ok: false, reason: 'UNKNOWN_KEY' };
    const sig = Buffer.from(p[6], 'base64url');
    const body = p.slice(0, 6).join('.');
    if (sig.length !== 64 || !verify('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' }, sig))
      return { ok: false, reason: 'BAD_SIGNATURE' };
    const s = at.getTime() / 1000;
    if (Number(p[4]) > s + skew) return { ok: false, reason: 'NOT_YET_VALID' };
    if (Number(p[5]) + skew < s) return { ok: false, reason: 'EXPIRED' };
    if (blacklist.has(p[2])) return { ok: false, reason: 'BLACKLISTED' };
    if (seenSerials.has(p[3])) return { ok: false, reason: 'REPLAYED' };
    const last = lastAccepted.get(p[2]);
    if (o.kind === 'entry' && last !== undefined && s - last < passback)
      return { ok: false, reason: 'PASSBACK' };
    return { ok: true, rider: p[2], serial: p[3] };
  }

  /** A passenger shows a code: decided locally, at once; an accepted tap is queued. */
  function present(code: string, at = now()): Verdict {
    const t0 = process.hrtime.bigint();
    const c = check(code, at);
    const verify_ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!c.ok) return { open: false, reason: c.reason, tap_id: null, verify_ms };
    seenSerials.add(c.serial);
    lastAccepted.set(c.rider, at.getTime() / 1000);
    const tap_id = `${o.gateId.slice(-8)}-${++seq}`;
    queue.push({
      tap_id,
      kind: o.kind,
      media: 'ride_code',
      rider_token: c.rider,
      code_serial: c.serial,
      tapped_at: at.toISOString(),
      offline: !online,
    });
    return { open: true, reason: 'OK', tap_id, verify_ms };
  }

  async function sendBatch(b: { batch_id: string; taps: GateTap[] }) {
    try {
      const r = await post('/transit/gates/taps', b);
      if (r.status === 200 && r.json) answers.push(r.json);
      return r.status === 200;
    } catch {
      return false;
    }
  }

  /** Uploads the queue in batches; what fails stays queued (in order) for the next try. */
  async function upload(): Promise<number> {
    if (!online || !platformUrl) return 0;
    let sent = 0;
    while (queue.length) {
      const taps = queue.slice(0, o.batchSize ?? 500);
      const b = { batch_id: `${o.gateId.slice(-8)}-b${taps[0].tap_id}-${taps.length}`, taps };
      if (!(await sendBatch(b))) break;
      queue.splice(0, taps.length);
      sentBatches.push(b);
      sent += taps.length;
    }
    return sent;
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (await applyFaults(req, res, faults)) return;
      const url = new URL(req.url ?? '/', 'http://x');
      const body = req.method === 'POST' ? ((await readJson(req)) as Record<string, unknown>) : {};
      if (url.pathname === '/__mock/present') return sendJson(res, 200, present(String(body.code ?? '')));
      if (url.pathname === '/__mock/online')
        return sendJson(res, 200, { online: (online = Boolean(body.online)) });
      if (url.pathname === '/__mock/sync')
        return sendJson(res, 200, { ok: await sync(), blacklist_version: blacklistVersion });
      if (url.pathname === '/__mock/upload')
        return sendJson(res, 200, { sent: await upload(), queued: queue.length });
      if (url.pathname === '/__mock/faults') return sendJson(res, 200, (faults = { ...noFaults(), ...body }));
      if (url.pathname === '/__mock/state') return sendJson(res, 200, state());
      sendJson(res, 404, { code: 'NOT_FOUND' });
    } catch (err) {
      sendJson(res, 400, { code: 'BAD_REQUEST', message: String((err as Error).message) });
    }
  });

  const state = () => ({
    gate_id: o.gateId,
    kind: o.kind,
    online,
    queued: queue.length,
    keys: keys.size,
    blacklist_version: blacklistVersion,
    blacklisted: blacklist.size,
    batches_sent: sentBatches.length,
  });

  return {
    sync,
    present,
    upload,
    state,
    setOnline: (v: boolean) => void (online = v),
    setPlatformUrl: (u: string) => void (platformUrl = u),
    /** Sends an already delivered batch again (a lost answer, a gate restarted from its log). */
    resend: (i = sentBatches.length - 1) => sendBatch(sentBatches[i]),
    /** Reorders the local queue (a gate that flushes several stores out of order). */
    shuffleQueue: () => void queue.reverse(),
    answers,
    isBlacklisted: (token: string) => blacklist.has(token),
    listen: (port = 0): Promise<RunningMock> => listen(server, port),
  };
}

export type TransitGateMock = ReturnType<typeof createTransitGateMock>;
