import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { driverWithWallet, startTestLot, walletBalance, type TestLot } from '../../../test/parking';

// Real races, on MariaDB as well as SQLite: a family paying the same car at once, and a gate
// controller hammering the platform with the same car's events.
describe.each(MODES)('parking under concurrency (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  beforeAll(async () => {
    env = await startEnv(mode);
    lot = await startTestLot(env);
  });
  afterAll(async () => {
    await lot?.close();
    await env?.close();
  });

  it('20 people paying the same session at once: exactly one payment goes through', async () => {
    const plate = mode === 'mysql' ? '粤A7C001' : '粤A7C002';
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate });
    env.clock.advance(75 * 60_000);
    await lot.gate.vehicleAt({ lane_id: lot.exit, plate });
    const drivers = await Promise.all(Array.from({ length: 20 }, () => driverWithWallet(env, 20_000)));
    const [{ id: sessionId }] = await env.platform.db.query<{ id: string }>(
      'SELECT id FROM parking_sessions WHERE plate = ?',
      [plate],
    );
    const results = await Promise.all(
      drivers.map((d, i) =>
        env.api('POST', `/api/v1/me/parking/sessions/${sessionId}/payments`, {
          token: d.token,
          idem: `p${i}`,
          body: {},
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(['PAYMENT_IN_PROGRESS', 'NOTHING_DUE', 'SESSION_CHANGED']).toContain(r.body.code);
    }
    const balances = await Promise.all(drivers.map((d) => walletBalance(env, d.walletId)));
    expect(balances.filter((b) => b < 20_000)).toHaveLength(1);
    expect(lot.gate.commands.filter((c) => c.session_id === sessionId)).toHaveLength(1);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('the same car reported 30 times at once (resends and new event ids) opens one session', async () => {
    const plate = mode === 'mysql' ? '粤A7C003' : '粤A7C004';
    const first = await lot.gate.vehicleAt({ lane_id: lot.entry, plate, event_id: `EVdup${mode}` });
    const body = (i: number) =>
      JSON.stringify(
        i % 2 ? { lane_id: lot.entry, plate, event_id: `EVdup${mode}` } : { lane_id: lot.entry, plate },
      );
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        fetch(`${lot.running.url}/__mock/vehicles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(i),
        }).then((r) => r.json()),
      ),
    );
    const sessions = await env.platform.db.query('SELECT id FROM parking_sessions WHERE plate = ?', [plate]);
    expect(sessions).toHaveLength(1);
    for (const a of answers)
      expect(a.decision?.session_id ?? first.decision!.session_id).toBe(first.decision!.session_id);
  });
});
