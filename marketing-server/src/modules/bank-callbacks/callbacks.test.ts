import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';

const SECRET = 'bank-mock-secret'; // the embedded simulator's key (config BANK_CALLBACK_SECRET)

function signed(body: string, opts: { secret?: string; at?: Date; nonce?: string } = {}) {
  const timestamp = String(Math.floor((opts.at ?? new Date()).getTime() / 1000));
  const nonce = opts.nonce ?? randomBytes(16).toString('hex');
  const signature = createHmac('sha256', opts.secret ?? SECRET)
    .update(`${timestamp}.${nonce}.${body}`)
    .digest('hex');
  return { 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': signature };
}

describe.each(MODES)('bank callbacks (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  const send = (raw: string, headers: Record<string, string>) =>
    env.api('POST', '/api/v1/callbacks/bank-wallet', { raw, headers });
  const event = (id = 'EV' + randomBytes(8).toString('hex')) =>
    JSON.stringify({
      event_id: id,
      event_type: 'PAYMENT.SUCCESS',
      created_at: new Date().toISOString(),
      resource: { out_trade_no: 'unknown-order', status: 'SUCCESS', amount_fen: 100 },
    });

  it('accepts a signed callback once, refuses tampering and replays, and ignores duplicates', async () => {
    const body = event('EVdup1');
    const headers = signed(body);
    const ok = await send(body, headers);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ignored'); // no such order of ours: nothing to do, but acknowledged

    const replay = await send(body, headers);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('CALLBACK_REPLAYED');

    const tampered = await send(body.replace('"amount_fen":100', '"amount_fen":999'), signed(body));
    expect(tampered.status).toBe(401);
    expect(tampered.body).toMatchObject({ code: 'CALLBACK_SIGNATURE_INVALID' });
    expect(tampered.body.request_id).toBeTruthy();

    const wrongKey = await send(body, signed(body, { secret: 'not-the-bank' }));
    expect(wrongKey.body.code).toBe('CALLBACK_SIGNATURE_INVALID');
    const stale = await send(body, signed(body, { at: new Date(Date.now() - 6 * 60_000) }));
    expect(stale.body.code).toBe('CALLBACK_SIGNATURE_INVALID');
    expect(stale.body.message).toMatch(/5-minute/);
    const unsigned = await send(body, {});
    expect(unsigned.status).toBe(401);

    // The bank's deliberate duplicate: same event, fresh nonce and signature.
    const dup = await send(body, signed(body));
    expect(dup.status).toBe(200);
    expect(dup.body.status).toBe('duplicate');
    const rows = await env.platform.db.query('SELECT event_id FROM bank_callback_events WHERE event_id = ?', [
      'EVdup1',
    ]);
    expect(rows).toHaveLength(1);
  });
});
