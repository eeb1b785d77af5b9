import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import { startTestLot, type TestLot } from '../../../test/parking';

// What a gate controller sends is checked before it can change a session: a signed request is used
// once (its nonce is remembered like the bank's callbacks'), and the camera's clock is bounded (ahead
// of ours → refused with a code; an exit dated before its entry → priced from the entry, for an
// attendant to look at). None of it is ever a 500.

const MIN = 60_000;

describe.each(MODES)('parking: gate event guards (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  let secret: string;
  let seq = 0;
  const plateOf = () => `粤C${String(20000 + seq++ * 3 + (mode === 'mysql' ? 40000 : 0)).slice(-5)}`;

  beforeAll(async () => {
    env = await startEnv(mode);
    lot = await startTestLot(env);
    secret = (
      await env.platform.db.query<{ gate_secret: string }>(
        'SELECT gate_secret FROM parking_lots WHERE id = ?',
        [lot.lotId],
      )
    )[0].gate_secret;
  });
  afterAll(async () => {
    await lot?.close();
    await env?.close();
  });

  const eventBody = (over: Record<string, unknown>) =>
    JSON.stringify({
      event_id: `EV${randomBytes(6).toString('hex')}`,
      lane_id: lot.entry,
      direction: 'entry',
      plate: plateOf(),
      plate_color: 'blue',
      confidence: 0.99,
      captured_at: env.clock.now().toISOString(),
      offline: false,
      ...over,
    });
  const signed = (body: string, nonce = randomBytes(16).toString('hex')) => {
    const ts = String(Math.floor(env.clock.now().getTime() / 1000));
    return {
      'x-lot-id': lot.lotId,
      'x-timestamp': ts,
      'x-nonce': nonce,
      'x-signature': createHmac('sha256', secret).update(`${ts}.${nonce}.${body}`).digest('hex'),
    };
  };
  const send = (body: string, headers: Record<string, string>) =>
    env.api('POST', '/api/v1/parking/gate-events', { raw: body, headers });
  const sessionsOf = (plate: string) =>
    env.platform.db.query<{ id: string; status: string; entry_at: Date | string; fee_fen: number | string }>(
      'SELECT id, status, entry_at, fee_fen FROM parking_sessions WHERE plate = ?',
      [plate],
    );

  it('a signed event sent again with the same nonce is refused as a replay and changes nothing', async () => {
    const body = eventBody({});
    const headers = signed(body);
    const first = await send(body, headers);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ action: 'open' });
    const plate = JSON.parse(body).plate as string;

    const replay = await send(body, headers);
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'GATE_REPLAYED' });
    // The controller's own resend (a new nonce, same event id) still gets the stored decision.
    const resent = await send(body, signed(body));
    expect(resent.status).toBe(200);
    expect(resent.body).toEqual(first.body);
    expect(await sessionsOf(plate)).toHaveLength(1);

    // A replayed exit with another event id and the same nonce: refused too, the car stays inside.
    env.clock.advance(MIN);
    const exit = eventBody({ lane_id: lot.exit, direction: 'exit', plate });
    const exitHeaders = signed(exit);
    const tampered = exit.replace(/"event_id":"[^"]+"/, '"event_id":"EVother1"');
    expect((await send(tampered, exitHeaders)).body.code).toBe('GATE_SIGNATURE_INVALID');
    const nonce = exitHeaders['x-nonce'];
    await env.platform.db.exec('INSERT INTO parking_gate_nonces (lot_id, nonce, seen_at) VALUES (?,?,?)', [
      lot.lotId,
      nonce,
      env.clock.now(),
    ]);
    expect((await send(exit, exitHeaders)).body.code).toBe('GATE_REPLAYED');
    expect((await sessionsOf(plate))[0].status).toBe('parked');
  });

  it('nonces are kept for the signature window and then purged', async () => {
    const body = eventBody({});
    const headers = signed(body);
    expect((await send(body, headers)).status).toBe(200);
    const count = async () =>
      Number(
        (
          await env.platform.db.query<{ n: number | string }>(
            'SELECT COUNT(*) AS n FROM parking_gate_nonces WHERE nonce = ?',
            [headers['x-nonce']],
          )
        )[0].n,
      );
    expect(await count()).toBe(1);
    await env.platform.services.parking.gateEvents.purgeNonces();
    expect(await count()).toBe(1);
    env.clock.advance(11 * MIN);
    await env.platform.services.parking.gateEvents.purgeNonces();
    expect(await count()).toBe(0);
    // By then the request itself is outside its window: replaying it is still refused.
    expect((await send(body, headers)).body.code).toBe('GATE_SIGNATURE_INVALID');
  });

  it('a capture time more than 5 minutes ahead of the server is refused with a code, nothing stored', async () => {
    const plate = plateOf();
    const ahead = new Date(env.clock.now().getTime() + 6 * MIN).toISOString();
    const body = eventBody({ plate, captured_at: ahead });
    const res = await send(body, signed(body));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'CAPTURED_AT_IN_FUTURE' });
    expect(await sessionsOf(plate)).toHaveLength(0);
    const events = await env.platform.db.query('SELECT id FROM parking_events WHERE event_id = ?', [
      JSON.parse(body).event_id,
    ]);
    expect(events).toHaveLength(0);
  });

  it('a capture time a little ahead counts as now: the stay never starts in the future', async () => {
    const plate = plateOf();
    const body = eventBody({
      plate,
      captured_at: new Date(env.clock.now().getTime() + 3 * MIN).toISOString(),
    });
    const sentAt = env.clock.now().getTime();
    expect((await send(body, signed(body))).status).toBe(200);
    const [s] = await sessionsOf(plate);
    expect(new Date(s.entry_at).getTime()).toBeGreaterThanOrEqual(sentAt);
    expect(new Date(s.entry_at).getTime()).toBeLessThanOrEqual(env.clock.now().getTime());
    // The driver can look it up at once (pricing a stay that starts later than now used to throw).
    const exit = eventBody({ lane_id: lot.exit, direction: 'exit', plate });
    const out = await send(exit, signed(exit));
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ action: 'open', due_fen: 0 });
  });

  it('an exit dated before its entry is priced from the entry to its receipt, with an exception', async () => {
    const plate = plateOf();
    const entry = eventBody({ plate });
    expect((await send(entry, signed(entry))).status).toBe(200);
    env.clock.advance(2 * 60 * MIN);
    const exit = eventBody({
      lane_id: lot.exit,
      direction: 'exit',
      plate,
      captured_at: new Date(env.clock.now().getTime() - 3 * 60 * MIN).toISOString(),
    });
    const out = await send(exit, signed(exit));
    expect(out.status).toBe(200);
    expect(out.body.action).toBe('hold');
    expect(out.body.fee_fen).toBeGreaterThan(0); // two hours, not a free zero-length (or negative) stay
    const [s] = await sessionsOf(plate);
    expect(s.status).toBe('awaiting_payment');
    expect(Number(s.fee_fen)).toBe(out.body.fee_fen);
    const exceptions = await env.platform.db.query<{ kind: string }>(
      'SELECT kind FROM parking_exceptions WHERE session_id = ?',
      [s.id],
    );
    expect(exceptions.map((e) => e.kind)).toContain('clock_skew');
  });
});
