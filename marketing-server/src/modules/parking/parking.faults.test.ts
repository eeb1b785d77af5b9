import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV, muteBankCallbacks, setBankFaults, waitFor } from '../../../test/bank';
import { driverWithWallet, startTestLot, walletBalance, type TestLot } from '../../../test/parking';

// Bad days: the bank books a transfer and the answer is lost; the gate controller cannot take our
// open command; bad input from drivers and gates.
describe.each(MODES)('parking on a bad day (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  let n = 0;
  const plate = () => `粤A${mode === 'mysql' ? 'F' : 'G'}${String(1000 + n++)}`;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
    lot = await startTestLot(env);
  });
  afterAll(async () => {
    await setBankFaults(env, {}).catch(() => undefined);
    await lot?.close();
    await env?.close();
  });

  async function carAtExit() {
    const p = plate();
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: p });
    env.clock.advance(100 * 60_000);
    const out = await lot.gate.vehicleAt({ lane_id: lot.exit, plate: p });
    return { plate: p, sessionId: out.decision!.session_id!, due: out.decision!.due_fen! };
  }
  const pay = (token: string, sessionId: string, idem: string) =>
    env.api('POST', `/api/v1/me/parking/sessions/${sessionId}/payments`, { token, idem, body: {} });

  it('a transfer booked by the bank whose answer was lost: the retry with the same key pays once', async () => {
    const driver = await driverWithWallet(env, 30_000);
    const other = await driverWithWallet(env, 30_000);
    const car = await carAtExit();
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await pay(driver.token, car.sessionId, 'lost');
    expect(lost.status).toBe(503);
    expect(lost.body.code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    // Someone else cannot pay the same car meanwhile: one payment in flight per session.
    await setBankFaults(env, {});
    unmute();
    const meanwhile = await pay(other.token, car.sessionId, 'other');
    // In progress, or already paid by the lifecycle's own retry: either way not paid again.
    expect(meanwhile.status).toBe(409);
    expect(['PAYMENT_IN_PROGRESS', 'NOTHING_DUE']).toContain(meanwhile.body.code);
    // The app resends with the same key while the outcome is unknown (503 while the lifecycle's own
    // attempt holds the order); it ends in 201 with the first payment, paid once.
    const retry = await waitFor('the retry to succeed', async () => {
      const r = await pay(driver.token, car.sessionId, 'lost');
      if (r.status === 503) expect(r.body.code).toBe('PAYMENT_OUTCOME_UNKNOWN');
      return r.status === 503 ? false : r;
    });
    expect(retry.status).toBe(201);
    expect(retry.body.payment.id).toBe(lost.body.details.payment_id);
    expect(await walletBalance(env, driver.walletId)).toBe(30_000 - car.due);
    // Whichever attempt confirmed it (this retry or the lifecycle's own) sends the open command.
    await waitFor('the barrier to open', async () => lot.gate.lane(lot.exit).barrier === 'open' || false);
  });

  it('a lost answer nobody retries is settled by the bank-order lifecycle, which asks the bank', async () => {
    const driver = await driverWithWallet(env, 30_000);
    const car = await carAtExit();
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await pay(driver.token, car.sessionId, 'sweep');
    expect(lost.status).toBe(503);
    await setBankFaults(env, {});
    unmute();
    await waitFor('the session completed', async () => {
      const [s] = await env.platform.db.query<{ status: string }>(
        'SELECT status FROM parking_sessions WHERE id = ?',
        [car.sessionId],
      );
      return s.status === 'completed' || false;
    });
    expect(await walletBalance(env, driver.walletId)).toBe(30_000 - car.due);
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('an open command the gate could not take is delivered by the retry sweep', async () => {
    const driver = await driverWithWallet(env, 30_000);
    const car = await carAtExit();
    await fetch(`${lot.running.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error_rate: 1 }),
    });
    expect((await pay(driver.token, car.sessionId, 'gate-down')).status).toBe(201);
    expect(lot.gate.lane(lot.exit).barrier).toBe('closed');
    await fetch(`${lot.running.url}/__mock/faults`, { method: 'POST', body: '{}' });
    await env.platform.services.parking.gates.retryPending();
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    const [cmd] = await env.platform.db.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM parking_gate_commands WHERE session_id = ?',
      [car.sessionId],
    );
    expect(cmd).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('a wallet that cannot pay: a clear refusal, the coupon given back, nothing moved', async () => {
    const { id: campaignId } = await runningCampaign(env, {
      kind: 'coupon',
      name: '停车券 ¥1',
      budget_fen: 10_000,
      coupon: { type: 'instant', discount_fen: 100, use_window: { days: 7 }, merchant_ids: [lot.merchantId] },
    });
    const driver = await driverWithWallet(env, 10);
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: driver.token,
      idem: 'c',
      body: {},
    });
    const car = await carAtExit();
    const res = await env.api('POST', `/api/v1/me/parking/sessions/${car.sessionId}/payments`, {
      token: driver.token,
      idem: 'poor',
      body: { coupon_code: claim.body.coupon.code },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'WALLET_INSUFFICIENT_BALANCE' });
    expect(res.body.message).toContain('余额不足');
    const [s] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM parking_sessions WHERE id = ?',
      [car.sessionId],
    );
    expect(s.status).toBe('awaiting_payment');
    const [p] = await env.platform.db.query<{ status: string; error_code: string }>(
      'SELECT status, error_code FROM parking_payments WHERE session_id = ?',
      [car.sessionId],
    );
    expect(p).toMatchObject({ status: 'failed', error_code: 'INSUFFICIENT_BALANCE' });
    const [coupon] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM claims WHERE id = ?',
      [claim.body.id],
    );
    expect(coupon.status).toBe('granted');
    expect(await walletBalance(env, driver.walletId)).toBe(10);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it.each([
    ['POST', '/api/v1/me/parking/plates', { plate: 'ABC123' }, 400, 'PLATE_INVALID'],
    ['POST', '/api/v1/me/parking/plates', { plate: '粤A12345', colour: 'blue' }, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/v1/parking/lots/lot_missing/session?plate=粤A12345', undefined, 404, 'NOT_FOUND'],
    ['GET', '/api/v1/me/parking/sessions/pks_missing', undefined, 404, 'NOT_FOUND'],
    [
      'POST',
      '/api/v1/me/parking/sessions/pks_missing/payments',
      { expected_due_fen: 1.5 },
      400,
      'VALIDATION_FAILED',
    ],
  ] as const)('%s %s %j → %i %s, nothing changed', async (method, path, body, status, code) => {
    const [u] = await env.citizens(1);
    const res = await env.api(method, path, {
      token: u.token,
      body,
      idem: method === 'POST' ? `bad-${n++}` : undefined,
    });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code, request_id: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    expect((await env.api('GET', '/api/v1/me/parking/plates', { token: u.token })).body.items).toEqual([]);
  });

  it('a payment without an Idempotency-Key is refused', async () => {
    const [u] = await env.citizens(1);
    const res = await env.api('POST', '/api/v1/me/parking/sessions/pks_x/payments', {
      token: u.token,
      body: {},
    });
    expect(res).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } });
  });
});
