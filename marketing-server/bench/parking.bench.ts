/**
 * Parking gate benchmark on MySQL (MariaDB) + Redis, through the gate simulator over HTTP.
 *
 *   npm run bench:parking
 *
 * A morning peak at one big lot: BENCH_CARS cars (default 1000) enter through the entry lanes, then all
 * leave; half of the drivers have a seamless agreement and a funded wallet (charged at the barrier),
 * the rest get "hold" and pay in the app, after which the platform sends the open command. Measured:
 * gate events per second, latency of the gate's answer at entry and at a seamless exit (what a driver
 * waits at the barrier), and app payment to barrier open. Then the books: one succeeded payment per
 * session, the ledger check, every driver's wallet charged exactly the fee. Progress on stderr; the last
 * line on stdout is one JSON object.
 *
 * Environment: BENCH_CARS (1000), BENCH_LANES (8 concurrent cars at the gates), TEST_MYSQL_URL / TEST_REDIS_URL.
 */
import { ledgerCheck, startEnv } from '../test/harness';
import { bindWallet } from '../test/bank';
import { startTestLot, walletBalance } from '../test/parking';
import { inPool } from './pool';
import { addOwnPlate } from '../test/identity';

const N = Number(process.env.BENCH_CARS ?? 1000);
const LANES = Number(process.env.BENCH_LANES ?? 8);
const FUNDS = 100_000;
const log = (...a: unknown[]) => console.error('[bench:parking]', ...a);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
};

async function main() {
  const env = await startEnv('mysql', { LOG_LEVEL: 'error', RUN_JOBS: 'false' });
  const lot = await startTestLot(env);
  try {
    log(`${N} drivers: binding wallets and plates`);
    const users = await env.citizens(N);
    const drivers = users.map((u, i) => ({
      ...u,
      plate: `粤B${String(i).padStart(5, '0')}`,
      seamless: i % 2 === 0,
      walletId: '',
    }));
    await inPool(drivers, 16, async (d) => {
      d.walletId = (await bindWallet(env, d.token)).walletId;
      await env.api('POST', '/api/v1/me/wallet/topups', {
        token: d.token,
        idem: 't',
        body: { amount_fen: FUNDS },
      });
      // Each driver owns their car: real-name verified, the plate registered to them (verified on add).
      const { plate } = await addOwnPlate(env, d.token, d.plate);
      if (d.seamless)
        await env.api('PUT', `/api/v1/me/parking/plates/${plate.id}/seamless`, {
          token: d.token,
          body: { enabled: true, agreement_accepted: true },
        });
    });

    log('entry peak');
    const entryMs: number[] = [];
    let t0 = performance.now();
    await inPool(drivers, LANES, async (d) => {
      const t = performance.now();
      const r = await lot.gate.vehicleAt({ lane_id: lot.entry, plate: d.plate });
      entryMs.push(performance.now() - t);
      if (r.decision?.action !== 'open') throw new Error(`entry not opened: ${JSON.stringify(r)}`);
    });
    const entrySeconds = (performance.now() - t0) / 1000;
    env.clock.advance(95 * 60_000);

    log('exit peak');
    const seamlessMs: number[] = [];
    const appPayMs: number[] = [];
    const fees = new Map<string, number>();
    t0 = performance.now();
    await inPool(drivers, LANES, async (d) => {
      const t = performance.now();
      const r = await lot.gate.vehicleAt({ lane_id: lot.exit, plate: d.plate });
      fees.set(d.plate, r.decision?.fee_fen ?? 0);
      if (d.seamless) {
        seamlessMs.push(performance.now() - t);
        if (r.decision?.action !== 'open')
          throw new Error(`seamless exit held: ${JSON.stringify(r.decision)}`);
        return;
      }
      const tp = performance.now();
      const paid = await env.api('POST', `/api/v1/me/parking/sessions/${r.decision!.session_id}/payments`, {
        token: d.token,
        idem: `pay-${d.id}`,
        body: {},
      });
      if (paid.status !== 201) throw new Error(`app payment failed: ${JSON.stringify(paid.body)}`);
      appPayMs.push(performance.now() - tp);
    });
    const exitSeconds = (performance.now() - t0) / 1000;

    log('checking the books');
    const rows = await env.platform.db.query<{ n: unknown; sessions: unknown }>(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT session_id) AS sessions FROM parking_payments WHERE status = 'succeeded'",
    );
    const open = await env.platform.db.query<{ n: unknown }>(
      "SELECT COUNT(*) AS n FROM parking_sessions WHERE status <> 'completed'",
    );
    let wrongCharges = 0;
    await inPool(drivers, 16, async (d) => {
      if ((await walletBalance(env, d.walletId)) !== FUNDS - fees.get(d.plate)!) wrongCharges++;
    });
    const ledger = await ledgerCheck(env);
    const result = {
      bench: 'parking',
      cars: N,
      concurrent_cars: LANES,
      entry_events_per_s: Math.round(N / entrySeconds),
      exit_events_per_s: Math.round(N / exitSeconds),
      entry_answer_ms: { p50: pct(entryMs, 50), p95: pct(entryMs, 95), p99: pct(entryMs, 99) },
      seamless_exit_answer_ms: {
        p50: pct(seamlessMs, 50),
        p95: pct(seamlessMs, 95),
        p99: pct(seamlessMs, 99),
      },
      app_payment_to_open_ms: { p50: pct(appPayMs, 50), p95: pct(appPayMs, 95), p99: pct(appPayMs, 99) },
      payments: Number(rows[0].n),
      sessions_paid: Number(rows[0].sessions),
      sessions_not_completed: Number(open[0].n),
      wrong_wallet_charges: wrongCharges,
      ledger_balanced: ledger.balanced,
    };
    console.log(JSON.stringify(result));
    if (result.payments !== N || result.sessions_paid !== N || wrongCharges || !ledger.balanced)
      process.exitCode = 1;
  } finally {
    await lot.close();
    await env.close();
  }
}

await main();
