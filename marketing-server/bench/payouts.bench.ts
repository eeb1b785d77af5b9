/**
 * Payout benchmark on MySQL (MariaDB) + Redis (bull) against the bank wallet simulator.
 *
 *   npm run bench:payouts
 *
 * One platform process (the test harness's: a fresh database, bull on Redis, the simulator in-process
 * on its own HTTP port) with BENCH_PAYOUTS citizens whose wallets are bound. The simulator fails
 * BENCH_FAILURE_RATE of all calls with a 5xx (default 5 %). The clock runs from the first claim until
 * every payout is confirmed: claims → payout intake → bull → worker → bank → confirmation. Then each
 * wallet at the bank is read: one red packet exactly = paid once, more = paid twice, none = lost.
 * Progress goes to stderr; the last line on stdout is one JSON object.
 *
 * Environment: BENCH_PAYOUTS (default 2000), BENCH_FAILURE_RATE (0.05), BENCH_CLAIM_CONCURRENCY (32),
 * PAYOUT_CONCURRENCY (16), TEST_MYSQL_URL / TEST_REDIS_URL as for the tests.
 */
import os from 'node:os';
import { createBankWalletClient } from '../src/connectors/bank-wallet/client';
import { maskWalletId } from '../src/masking/mask';
import { runningCampaign, startEnv } from '../test/harness';
import { paymentCounts, setBankFaults } from '../test/bank';
import { inPool } from './pool';

const N = Number(process.env.BENCH_PAYOUTS ?? 2000);
const FAILURE_RATE = Number(process.env.BENCH_FAILURE_RATE ?? 0.05);
const CLAIM_CONCURRENCY = Number(process.env.BENCH_CLAIM_CONCURRENCY ?? 32);
const AMOUNT_FEN = 1_00;
const log = (...a: unknown[]) => console.error('[bench:payouts]', ...a);

async function main() {
  const env = await startEnv('mysql', {
    LOG_LEVEL: 'error',
    BANK_TIMEOUT_MS: '2000',
    PAYOUT_RETRY_BASE_MS: '50',
    PAYOUT_SWEEP_SECONDS: '2',
    PAYOUT_CONCURRENCY: process.env.PAYOUT_CONCURRENCY ?? '16',
    BANK_BREAKER_COOLDOWN_MS: '200',
  });
  try {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: N * AMOUNT_FEN,
      red_packet: { mode: 'fixed', amount_fen: AMOUNT_FEN },
      limits: { max_count: N },
    });
    log(`opening ${N} wallets at the simulator and binding them`);
    const bank = createBankWalletClient({ baseUrl: env.platform.urls.bank });
    const users = await env.citizens(N);
    const wallets: string[] = new Array(N);
    const now = new Date();
    await inPool(users, 16, async (u, i) => {
      const phone = `137${String(i).padStart(8, '0')}`;
      const w = await bank.openWallet({ wallet_type: 'WT01', wallet_level: 'WL04', phone });
      wallets[i] = w.wallet_id;
      await env.platform.db.exec(
        'INSERT INTO wallet_bindings (user_id, wallet_id, wallet_id_masked, wallet_level, phone_masked, bound_at, updated_at) VALUES (?,?,?,?,?,?,?)',
        [u.id, w.wallet_id, maskWalletId(w.wallet_id), 'WL04', '137****0000', now, now],
      );
    });
    await setBankFaults(env, { error_rate: FAILURE_RATE });

    log(`claiming ${N} red packets; payouts flow as they are claimed`);
    const load0 = os.loadavg().map((x) => Math.round(x * 100) / 100);
    const started = performance.now();
    let refused = 0;
    await inPool(users, CLAIM_CONCURRENCY, async (u, i) => {
      const r = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
        token: u.token,
        idem: `b-${i}`,
        body: {},
      });
      if (r.status !== 201) refused++;
    });
    const claimedMs = performance.now() - started;
    // Payouts flow while claims are made; what is left after the last claim runs without them.
    const paidAtClaimsDone = (await paymentCounts(env)).paid ?? 0;
    const deadline = Date.now() + 10 * 60_000;
    let counts = await paymentCounts(env);
    while ((counts.paid ?? 0) < N - refused && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      counts = await paymentCounts(env);
    }
    const seconds = (performance.now() - started) / 1000;
    log(
      `claims done after ${(claimedMs / 1000).toFixed(1)} s, payouts after ${seconds.toFixed(1)} s`,
      counts,
    );

    await setBankFaults(env, {});
    let once = 0;
    let twice = 0;
    let lost = 0;
    await inPool(wallets, 16, async (w) => {
      const view = await bank.getWallet(w);
      if (view.total_balance_fen === AMOUNT_FEN) once++;
      else if (view.total_balance_fen > AMOUNT_FEN) twice++;
      else lost++;
    });
    const check = (await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') }))
      .body;
    console.log(
      JSON.stringify({
        payouts: N,
        failure_rate: FAILURE_RATE,
        payouts_per_s: Math.round((N / seconds) * 10) / 10,
        payouts_per_s_after_claims:
          Math.round(((N - refused - paidAtClaimsDone) / (seconds - claimedMs / 1000)) * 10) / 10,
        claims_seconds: Math.round(claimedMs / 100) / 10,
        loadavg_start: load0,
        loadavg_end: os.loadavg().map((x) => Math.round(x * 100) / 100),
        seconds: Math.round(seconds * 10) / 10,
        claims_refused: refused,
        dead_letter: (counts.dead ?? 0) + (counts.failed ?? 0),
        paid_once: once,
        paid_twice: twice,
        lost,
        ledger_balanced: check.balanced,
      }),
    );
  } finally {
    await env.close();
  }
}

await main();
process.exit(0);
