import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import {
  bankWallet,
  bindWallet,
  cstToday,
  FAST_BANK_ENV,
  paymentCounts,
  setBankFaults,
  waitFor,
} from '../../../test/bank';
import { freePort, startServerProcess } from '../../../test/server-process';

/** A queue worker process (RUN_JOBS) on the same MySQL, Redis and bank as the test's platform. */
async function startWorker(env: TestEnv): Promise<ChildProcess> {
  return startServerProcess(env, await freePort(), {
    ...FAST_BANK_ENV,
    BANK_API_URL: env.platform.urls.bank,
    BANK_PAYER_WALLET_ID: env.platform.services.payments.payerWalletId,
    BANK_CALLBACK_SECRET: env.config.bank.callbackSecret,
    RUN_JOBS: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
  });
}

// MySQL + Redis only: the point is bull's hand-over of a dead worker's jobs and the lease sweeper.
describe('payout worker killed mid-job (mysql)', () => {
  let env: TestEnv;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    // The test's own platform takes claims and callbacks but runs no jobs: the workers do.
    env = await startEnv('mysql', { ...FAST_BANK_ENV, RUN_JOBS: 'false' });
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await env?.close();
  });

  it('after SIGKILL and a fresh worker, every claim is paid exactly once and the books reconcile', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 30 * 2_00,
      red_packet: { mode: 'fixed', amount_fen: 2_00 },
    });
    await env.platform.lifecycle.runDue();
    const users = await env.citizens(30);
    const wallets: string[] = [];
    for (const u of users) wallets.push((await bindWallet(env, u.token)).walletId);
    const payerBefore = (await bankWallet(env, env.platform.services.payments.payerWalletId)).balance_fen;

    const first = await startWorker(env);
    workers.push(first);
    // Slow, flaky bank: calls are in flight when the worker dies.
    await setBankFaults(env, {
      latency_ms: 150,
      error_rate: 0.1,
      timeout_after_commit: 0.1,
      duplicate_callbacks: 0.5,
    });
    const claims = await Promise.all(
      users.map((u, i) =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: `kill-${i}`, body: {} }),
      ),
    );
    expect(claims.every((c) => c.status === 201)).toBe(true);
    await waitFor('payouts in flight', async () => ((await paymentCounts(env)).in_flight ?? 0) > 0 || false);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await paymentCounts(env);
    expect((atKill.paid ?? 0) < 30).toBe(true);

    workers.push(await startWorker(env));
    await waitFor(
      'all 30 paid',
      async () => ((await paymentCounts(env)).paid === 30 ? true : false),
      60_000,
    ).catch(async (err) => {
      const rows = await env.platform.db.query(
        "SELECT out_trade_no, status, attempts, next_attempt_at, last_error FROM bank_payments WHERE status <> 'paid'",
      );
      throw new Error(`${(err as Error).message}: ${JSON.stringify(rows)}`);
    });
    await setBankFaults(env, {});

    for (const w of wallets) expect((await bankWallet(env, w)).balance_fen).toBe(2_00);
    expect((await bankWallet(env, env.platform.services.payments.payerWalletId)).balance_fen).toBe(
      payerBefore - 30 * 2_00,
    );
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);

    const day = cstToday(env);
    env.clock.advance(86400_000);
    const report = await env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: await env.admin('auditor'),
      body: { bill_date: day },
    });
    expect(report.body.summary.unresolved).toBe(0);
  }, 120_000);
});
