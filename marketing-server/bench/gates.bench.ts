/**
 * Transit gates benchmark on MySQL (MariaDB) + Redis, through the gate simulators over HTTP.
 *
 *   npm run bench:gates
 *
 * BENCH_GATES gates (default 16: half entry, half exit, at different stations) and BENCH_RIDERS riders
 * (default 200, bound wallets filled to their level's balance limit, signed agreements) make
 * BENCH_TAPS taps (default 20000) in rush-hour rounds: every rider enters, 20 minutes later exits,
 * then the next round. Each gate verifies every code offline (timed) and uploads its queue in
 * batches after each half-round, concurrently. Then: each journey's fare is recomputed
 * independently from the fare table, no journey is charged twice, the ledger check, and the
 * journeys left in debt (should be 0; a rider with an overdue debt gets no ride code, counted as
 * refused and as blocked_codes). Progress on stderr; the last line on stdout is one JSON object.
 */
import os from 'node:os';
import { createTransitGateMock, type TransitGateMock } from 'mocks';
import { ledgerCheck, startEnv } from '../test/harness';
import { bindWallet } from '../test/bank';
import { inPool } from './pool';

const G = Number(process.env.BENCH_GATES ?? 16);
const R = Number(process.env.BENCH_RIDERS ?? 200);
const T = Number(process.env.BENCH_TAPS ?? 20_000);
const log = (...a: unknown[]) => console.error('[bench:gates]', ...a);
const ENTRY = [
  'xilang',
  'gongyuanqian',
  'tiyuxilu',
  'kecun',
  'panyuguangchang',
  'jichangnan',
  'yantang',
  'dashi',
];
const EXIT = [
  'guangzhoudongzhan',
  'fangcun',
  'zhujiangxincheng',
  'shiqiao',
  'jiahewanggang',
  'huangsha',
  'lijiao',
  'renhe',
];

type Env = Awaited<ReturnType<typeof startEnv>>;

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;
};

async function main() {
  const env = await startEnv('mysql', { LOG_LEVEL: 'error', PAYOUT_SWEEP_SECONDS: '1' });
  try {
    await env.platform.openEmbeddedMerchantWallets();
    const transit = env.platform.services.transit;
    const ops = await env.admin('manager');
    const mk = async (station_id: string, kind: 'entry' | 'exit') => {
      const r = await env.api('POST', '/api/v1/admin/transit/gates', {
        token: ops,
        body: { station_id, kind },
      });
      const g = createTransitGateMock({
        gateId: r.body.id,
        secret: r.body.secret,
        kind,
        platformUrl: env.url,
        now: () => env.clock.now(),
        batchSize: 500,
      });
      await g.sync();
      return g;
    };
    const entries: TransitGateMock[] = [];
    const exits: TransitGateMock[] = [];
    for (let i = 0; i < G / 2; i++) entries.push(await mk(ENTRY[i % ENTRY.length], 'entry'));
    for (let i = 0; i < G / 2; i++) exits.push(await mk(EXIT[i % EXIT.length], 'exit'));
    log(`${R} riders with wallets and agreements`);
    const users = await env.citizens(R);
    await inPool(users, 8, async (u) => {
      await bindWallet(env, u.token);
      await topUpToLimit(env, u.token);
      await env.api('POST', '/api/v1/me/transit/agreement', {
        token: u.token,
        body: { agreement_accepted: true },
      });
    });
    const rounds = Math.ceil(T / (2 * R));
    const verifyMs: number[] = [];
    let taps = 0;
    let uploadMs = 0;
    let refused = 0;
    let blocked = 0;
    log(`${rounds} rounds × ${R} riders × 2 taps, ${G} gates`);
    for (let round = 0; round < rounds; round++) {
      for (const [gates, advance] of [
        [entries, 20 * 60_000],
        [exits, 15 * 60_000],
      ] as const) {
        for (let i = 0; i < R; i++) {
          const c = await transit.riders.rideCode(users[i].id);
          // A rider on the blacklist (an overdue debt) gets no code: refused, as at a real gate.
          if (!c.code) {
            blocked++;
            refused++;
            continue;
          }
          const v = gates[(i + round) % gates.length].present(c.code);
          verifyMs.push(v.verify_ms);
          if (v.open) taps++;
          else refused++;
        }
        const t0 = performance.now();
        await Promise.all(gates.map((g) => g.upload()));
        uploadMs += performance.now() - t0;
        env.clock.advance(advance);
      }
      log(`round ${round}: ${taps} taps, upload ${Math.round(uploadMs)} ms`);
    }
    const db = env.platform.db;
    const journeys = Number(
      (await db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM transit_journeys'))[0].n,
    );
    log('charges settling');
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      const open = Number(
        (
          await db.query<{ n: unknown }>(
            "SELECT COUNT(*) AS n FROM transit_journeys WHERE status = 'charging'",
          )
        )[0].n,
      );
      if (!open) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const table = await transit.fares.current();
    const rows = await db.query<{ entry_station: string; exit_station: string; fare_fen: unknown }>(
      'SELECT entry_station, exit_station, fare_fen FROM transit_journeys',
    );
    const mismatches = rows.filter(
      (r) => table.od[r.entry_station]?.[r.exit_station]?.[1] !== Number(r.fare_fen),
    ).length;
    const twice = Number(
      (
        await db.query<{ n: unknown }>(
          "SELECT COUNT(*) AS n FROM (SELECT journey_id FROM transit_charges WHERE status = 'succeeded' GROUP BY journey_id HAVING COUNT(*) > 1) x",
        )
      )[0].n,
    );
    const debts = Number(
      (await db.query<{ n: unknown }>("SELECT COUNT(*) AS n FROM transit_journeys WHERE status = 'debt'"))[0]
        .n,
    );
    const charging = Number(
      (
        await db.query<{ n: unknown }>("SELECT COUNT(*) AS n FROM transit_journeys WHERE status = 'charging'")
      )[0].n,
    );
    const check = await ledgerCheck(env);
    console.log(
      JSON.stringify({
        taps,
        refused_at_gate: refused,
        blocked_codes: blocked,
        gates: G,
        riders: R,
        gate_verify_p99_ms: Number(p99(verifyMs).toFixed(3)),
        taps_ingested_per_s: Math.round(taps / (uploadMs / 1000)),
        journeys_priced: journeys,
        still_charging: charging,
        journeys_in_debt: debts,
        fare_mismatches: mismatches,
        charged_twice: twice,
        ledger_balanced: check.balanced,
        loadavg_1m: Number(os.loadavg()[0].toFixed(2)),
      }),
    );
  } finally {
    await env.close();
  }
}

/**
 * Fills the rider's wallet to its level's balance limit (a bound wallet is WL04: ¥1,000, enough
 * for the bench's rides). A refused top-up stops the bench: with an empty wallet every charge
 * fails, the riders fall into debt and, after the grace period, onto the blacklist.
 */
async function topUpToLimit(env: Env, token: string) {
  const w = await env.api('GET', '/api/v1/me/wallet', { token });
  const room = Number(w.body?.headroom?.balance_fen ?? 0);
  const top = await env.api('POST', '/api/v1/me/wallet/topups', {
    token,
    idem: 'bench',
    body: { amount_fen: room },
  });
  if (top.status !== 201) throw new Error(`bench top-up refused: ${top.status} ${JSON.stringify(top.body)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
