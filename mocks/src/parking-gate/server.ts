import http from 'node:http';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';

// A parking lot's gate controller: plate cameras at each lane and the barriers. It is someone else's
// system (a gate vendor's): it shares no code with the platform. Cameras report plate events to the
// platform over HTTP, signed; the platform answers "open" or "hold" and may later send an open-gate
// command (after the driver pays in the app). When the platform cannot be reached the controller lets
// the car through (nobody is stuck behind a barrier) and queues the event; queued events are replayed
// in order, marked `offline: true`, once the platform answers again.

export type LaneConfig = { lane_id: string; direction: 'entry' | 'exit' };

export type ParkingGateMockOptions = {
  lotId: string;
  secret: string;
  lanes: LaneConfig[];
  /** Where plate events go: the platform's `/api/v1/parking/gate-events`. Settable later. */
  eventsUrl?: string;
  now?: () => Date;
  /** How long the controller waits for the platform before it decides by itself. */
  platformTimeoutMs?: number;
};

export type PlateEvent = {
  event_id: string;
  lane_id: string;
  direction: 'entry' | 'exit';
  plate: string | null;
  plate_color: 'blue' | 'green' | 'yellow' | 'white' | 'black' | null;
  confidence: number;
  captured_at: string;
  offline: boolean;
};

type Decision = {
  action: 'open' | 'hold';
  display?: string;
  session_id?: string | null;
  fee_fen?: number;
  due_fen?: number;
};

type LaneState = {
  lane_id: string;
  direction: 'entry' | 'exit';
  barrier: 'open' | 'closed';
  display: string;
  /** Why the barrier last opened: the platform's answer, a command, or the offline fallback. */
  opened_by: 'decision' | 'command' | 'offline' | null;
};

const WINDOW_MS = 5 * 60_000;

function sign(secret: string, ts: string, nonce: string, body: string) {
  return createHmac('sha256', secret).update(`${ts}.${nonce}.${body}`).digest('hex');
}

export function createParkingGateMock(opts: ParkingGateMockOptions) {
  const now = opts.now ?? (() => new Date());
  let eventsUrl = opts.eventsUrl ?? null;
  let online = true;
  let faults: Faults = noFaults();
  const lanes = new Map<string, LaneState>(
    opts.lanes.map((l) => [
      l.lane_id,
      { ...l, barrier: 'closed', display: '欢迎光临', opened_by: null } satisfies LaneState,
    ]),
  );
  const queue: PlateEvent[] = [];
  const sent: { event: PlateEvent; status: number | null; decision: Decision | null }[] = [];
  const commands: { command_id: string; lane_id: string; session_id: string | null; at: string }[] = [];
  let seq = 0;

  function lane(id: string) {
    const l = lanes.get(id);
    if (!l) throw Object.assign(new Error(`unknown lane ${id}`), { status: 404 });
    return l;
  }

  function applyDecision(l: LaneState, d: Decision) {
    l.barrier = d.action === 'open' ? 'open' : 'closed';
    l.opened_by = d.action === 'open' ? 'decision' : null;
    l.display = d.display ?? (d.action === 'open' ? '一路平安' : '请稍候');
  }

  /** Sends one event to the platform; null when it could not be reached (or answered 5xx). */
  async function deliver(event: PlateEvent): Promise<{ status: number; decision: Decision } | null> {
    if (!online || !eventsUrl) return null;
    const body = JSON.stringify(event);
    const ts = String(Math.floor(now().getTime() / 1000));
    const nonce = randomBytes(16).toString('hex');
    try {
      const res = await fetch(eventsUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-lot-id': opts.lotId,
          'x-timestamp': ts,
          'x-nonce': nonce,
          'x-signature': sign(opts.secret, ts, nonce, body),
        },
        body,
        signal: AbortSignal.timeout(opts.platformTimeoutMs ?? 3000),
      });
      const json = (await res.json().catch(() => null)) as Decision | null;
      sent.push({ event, status: res.status, decision: json });
      if (res.status >= 500 || !json) return null;
      return { status: res.status, decision: json };
    } catch {
      sent.push({ event, status: null, decision: null });
      return null;
    }
  }

  /** A vehicle at a lane: the camera reads the plate (or not) and the controller decides. */
  async function vehicleAt(input: {
    lane_id: string;
    plate?: string | null;
    plate_color?: PlateEvent['plate_color'];
    confidence?: number;
    /** What the camera reads instead of the real plate (a misread). */
    misread_as?: string;
    event_id?: string;
    captured_at?: string;
  }) {
    const l = lane(input.lane_id);
    const plate = input.plate === undefined ? null : input.plate;
    const event: PlateEvent = {
      event_id:
        input.event_id ?? `EV${opts.lotId.slice(-6)}${Date.now().toString(36)}${(++seq).toString(36)}`,
      lane_id: l.lane_id,
      direction: l.direction,
      plate: input.misread_as ?? plate,
      plate_color: plate === null && !input.misread_as ? null : (input.plate_color ?? 'blue'),
      confidence: input.confidence ?? (plate === null ? 0 : input.misread_as ? 0.62 : 0.98),
      captured_at: input.captured_at ?? now().toISOString(),
      offline: false,
    };
    const answer = queue.length ? null : await deliver(event);
    if (answer && answer.status < 300) {
      applyDecision(l, answer.decision);
      return { event, decision: answer.decision, barrier: l.barrier, queued: false };
    }
    if (answer) {
      // The platform refused the event (4xx): the controller holds and shows why.
      applyDecision(l, { action: 'hold', display: '系统异常，请联系管理员' });
      return { event, decision: answer.decision, barrier: l.barrier, queued: false };
    }
    // Platform unreachable (or older events still waiting): let the car through, charge later.
    queue.push({ ...event, offline: true });
    l.barrier = 'open';
    l.opened_by = 'offline';
    l.display = l.direction === 'exit' ? '网络异常，先离场后付费' : '网络异常，请通行';
    return { event, decision: null, barrier: l.barrier, queued: true };
  }

  /** Replays queued events in order; stops at the first one the platform does not take. */
  async function replay() {
    const results: { event_id: string; status: number; decision: Decision }[] = [];
    while (queue.length) {
      const answer = await deliver(queue[0]);
      if (!answer) break;
      results.push({ event_id: queue[0].event_id, ...answer });
      queue.shift();
    }
    return { replayed: results, remaining: queue.length };
  }

  function verify(req: http.IncomingMessage, raw: string): boolean {
    const ts = String(req.headers['x-timestamp'] ?? '');
    const nonce = String(req.headers['x-nonce'] ?? '');
    const sig = String(req.headers['x-signature'] ?? '');
    if (!/^\d+$/.test(ts) || !nonce || !/^[0-9a-f]{64}$/i.test(sig)) return false;
    if (Math.abs(now().getTime() - Number(ts) * 1000) > WINDOW_MS) return false;
    const expected = Buffer.from(sign(opts.secret, ts, nonce, raw), 'hex');
    return timingSafeEqual(expected, Buffer.from(sig, 'hex'));
  }

  async function readRaw(req: http.IncomingMessage) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://gate');
    try {
      if (!url.pathname.startsWith('/__mock/') && (await applyFaults(req, res, faults))) return;
      const open = /^\/v1\/lanes\/([^/]+)\/open$/.exec(url.pathname);
      if (req.method === 'POST' && open) {
        const raw = await readRaw(req);
        if (!verify(req, raw)) return sendJson(res, 401, { code: 'BAD_SIGNATURE', message: 'signature' });
        const body = JSON.parse(raw || '{}') as {
          command_id?: string;
          session_id?: string;
          display?: string;
        };
        const l = lanes.get(decodeURIComponent(open[1]));
        if (!l) return sendJson(res, 404, { code: 'LANE_NOT_FOUND', message: 'no such lane' });
        // Commands are idempotent on command_id: a retried delivery opens nothing twice.
        if (!commands.some((c) => c.command_id === body.command_id)) {
          commands.push({
            command_id: String(body.command_id ?? ''),
            lane_id: l.lane_id,
            session_id: body.session_id ?? null,
            at: now().toISOString(),
          });
        }
        l.barrier = 'open';
        l.opened_by = 'command';
        l.display = body.display ?? '支付成功，一路平安';
        return sendJson(res, 200, { lane_id: l.lane_id, barrier: 'open' });
      }
      if (req.method === 'POST' && url.pathname === '/__mock/vehicles') {
        const b = (await readJson(req)) as Parameters<typeof vehicleAt>[0];
        return sendJson(res, 200, await vehicleAt(b));
      }
      if (req.method === 'POST' && url.pathname === '/__mock/network') {
        const b = (await readJson(req)) as { online?: boolean };
        online = b.online !== false;
        return sendJson(res, 200, { online, ...(online ? await replay() : { remaining: queue.length }) });
      }
      if (req.method === 'POST' && url.pathname === '/__mock/replay')
        return sendJson(res, 200, await replay());
      if (req.method === 'POST' && url.pathname === '/__mock/resend') {
        // Delivers an already-sent event again, as a controller does after a lost answer.
        const b = (await readJson(req)) as { event_id?: string };
        const prior = sent.find((s) => s.event.event_id === b.event_id);
        if (!prior) return sendJson(res, 404, { code: 'EVENT_NOT_FOUND', message: 'never sent' });
        return sendJson(res, 200, { answer: await deliver(prior.event) });
      }
      if (req.method === 'POST' && url.pathname === '/__mock/faults') {
        const b = (await readJson(req)) as Partial<Faults>;
        faults = { ...noFaults(), ...b };
        return sendJson(res, 200, faults);
      }
      if (req.method === 'GET' && url.pathname === '/__mock/state') {
        return sendJson(res, 200, {
          lot_id: opts.lotId,
          online,
          lanes: [...lanes.values()],
          queue,
          commands,
          sent: sent.slice(-50),
        });
      }
      sendJson(res, 404, { code: 'NOT_FOUND', message: `${req.method} ${url.pathname}` });
    } catch (err) {
      const status = (err as { status?: number }).status ?? 400;
      sendJson(res, status, { code: 'INVALID_REQUEST', message: (err as Error).message });
    }
  });

  return {
    server,
    vehicleAt,
    replay,
    setOnline(v: boolean) {
      online = v;
    },
    setEventsUrl(u: string) {
      eventsUrl = u;
    },
    lane: (id: string) => ({ ...lane(id) }),
    get queue() {
      return [...queue];
    },
    commands,
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

export type ParkingGateMock = ReturnType<typeof createParkingGateMock>;
