import http from 'node:http';
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningMock } from '../shared/serve';
import { createParkingGateMock, type PlateEvent } from './server';

// The gate controller against a stand-in platform (a plain HTTP server that records what it gets).

const SECRET = 'gate-secret';
const started: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((m) => m.close()));
});

async function setup(answer: (e: PlateEvent) => { status: number; body: unknown }) {
  const received: { event: PlateEvent; headers: http.IncomingHttpHeaders; raw: string }[] = [];
  const platform = await listen(
    http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(raw) as PlateEvent;
      received.push({ event, headers: req.headers, raw });
      const a = answer(event);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    }),
  );
  started.push(platform);
  const gate = createParkingGateMock({
    lotId: 'lot_1',
    secret: SECRET,
    lanes: [
      { lane_id: 'in', direction: 'entry' },
      { lane_id: 'out', direction: 'exit' },
    ],
    eventsUrl: platform.url,
  });
  const running = await gate.listen();
  started.push(running);
  return { gate, running, received };
}

const sign = (ts: string, nonce: string, body: string) =>
  createHmac('sha256', SECRET).update(`${ts}.${nonce}.${body}`).digest('hex');

describe('parking gate simulator', () => {
  it('signs plate events and follows the platform: open or hold', async () => {
    const { gate, received } = await setup((e) => ({
      status: 200,
      body: {
        event_id: e.event_id,
        action: e.direction === 'entry' ? 'open' : 'hold',
        display: '请扫码缴费 ¥5.00',
      },
    }));
    const inn = await gate.vehicleAt({ lane_id: 'in', plate: '粤A12345' });
    expect(inn).toMatchObject({ barrier: 'open', queued: false });
    const out = await gate.vehicleAt({ lane_id: 'out', plate: '粤A12345' });
    expect(out.barrier).toBe('closed');
    expect(gate.lane('out').display).toBe('请扫码缴费 ¥5.00');
    const first = received[0];
    expect(first.event).toMatchObject({
      direction: 'entry',
      plate: '粤A12345',
      plate_color: 'blue',
      offline: false,
    });
    expect(first.headers['x-lot-id']).toBe('lot_1');
    const ts = String(first.headers['x-timestamp']);
    const nonce = String(first.headers['x-nonce']);
    expect(first.headers['x-signature']).toBe(sign(ts, nonce, first.raw));
  });

  it('reports misreads with low confidence and no-plate cars with none', async () => {
    const { gate, received } = await setup((e) => ({
      status: 200,
      body: { event_id: e.event_id, action: 'hold' },
    }));
    await gate.vehicleAt({ lane_id: 'in', plate: '粤A12345', misread_as: '粤A12846' });
    await gate.vehicleAt({ lane_id: 'in', plate: null });
    expect(received[0].event).toMatchObject({ plate: '粤A12846' });
    expect(received[0].event.confidence).toBeLessThan(0.8);
    expect(received[1].event).toMatchObject({ plate: null, plate_color: null, confidence: 0 });
  });

  it('opens on a signed command only, once per command id', async () => {
    const { gate, running } = await setup((e) => ({
      status: 200,
      body: { event_id: e.event_id, action: 'hold' },
    }));
    await gate.vehicleAt({ lane_id: 'out', plate: '粤A12345' });
    const body = JSON.stringify({ command_id: 'c1', session_id: 's1' });
    const unsigned = await fetch(`${running.url}/v1/lanes/out/open`, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
    expect(gate.lane('out').barrier).toBe('closed');
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = 'ab'.repeat(16);
    const headers = { 'x-timestamp': ts, 'x-nonce': nonce, 'x-signature': sign(ts, nonce, body) };
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${running.url}/v1/lanes/out/open`, { method: 'POST', headers, body });
      expect(res.status).toBe(200);
    }
    expect(gate.lane('out')).toMatchObject({ barrier: 'open', opened_by: 'command' });
    expect(gate.commands).toHaveLength(1);
  });

  it('offline: lets cars through, queues their events and replays them in order once back', async () => {
    let up = false;
    const { gate, received } = await setup((e) =>
      up
        ? { status: 200, body: { event_id: e.event_id, action: 'open' } }
        : { status: 503, body: { code: 'DOWN' } },
    );
    const inn = await gate.vehicleAt({ lane_id: 'in', plate: '粤A11111' });
    expect(inn).toMatchObject({ barrier: 'open', queued: true });
    const out = await gate.vehicleAt({ lane_id: 'out', plate: '粤A11111' });
    expect(out).toMatchObject({ barrier: 'open', queued: true });
    expect(gate.lane('out').display).toBe('网络异常，先离场后付费');
    expect(await gate.replay()).toMatchObject({ remaining: 2 });
    up = true;
    const replay = await gate.replay();
    expect(replay.remaining).toBe(0);
    const replayed = received.slice(-2).map((r) => r.event);
    expect(replayed.map((e) => [e.direction, e.offline])).toEqual([
      ['entry', true],
      ['exit', true],
    ]);
    expect(replayed.map((e) => e.event_id)).toEqual([inn.event.event_id, out.event.event_id]);
  });
});
