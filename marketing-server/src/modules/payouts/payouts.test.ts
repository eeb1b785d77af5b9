import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import {
  bankCall,
  bankWallet,
  bindWallet,
  cstToday,
  FAST_BANK_ENV,
  paymentCounts,
  setBankFaults,
  waitFor,
} from '../../../test/bank';

async function claimAll(env: TestEnv, campaignId: string, users: { token: string }[], tag: string) {
  return Promise.all(
    users.map((u, i) =>
      env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
        token: u.token,
        idem: `${tag}-${i}`,
        body: {},
      }),
    ),
  );
}

async function allPaid(env: TestEnv, expected: number) {
  const counts = await paymentCounts(env);
  return (counts.paid ?? 0) === expected ? counts : false;
}

describe.each(MODES)('red-packet payouts through the bank (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  it('survives a bad day at the bank: every claim paid exactly once, books balanced, reconciliation clean', async () => {
    const merchantScope = ['mch_scope_1'];
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 60 * 2_00,
      red_packet: { mode: 'fixed', amount_fen: 2_00, merchant_ids: merchantScope, use_days: 7 },
    });
    const payer = (await bankWallet(env, env.platform.services.payments.payerWalletId)).balance_fen;
    const bound = await env.citizens(40);
    const wallets = [];
    for (const u of bound) wallets.push((await bindWallet(env, u.token)).walletId);
    const unbound = await env.citizens(10);

    // 5xx on a fifth of calls, a fifth committed but never answered, slow answers, every callback twice.
    await setBankFaults(env, {
      error_rate: 0.2,
      timeout_after_commit: 0.2,
      latency_ms: 20,
      duplicate_callbacks: 1,
    });
    const results = await claimAll(env, id, [...bound, ...unbound], 'bad-day');
    expect(results.every((r) => r.status === 201)).toBe(true);
    await waitFor('40 payouts paid', () => allPaid(env, 40), 60_000);

    // Citizens who bind a wallet later are paid then, once.
    await setBankFaults(env, {});
    for (const u of unbound) wallets.push((await bindWallet(env, u.token)).walletId);
    const counts = await waitFor('50 payouts paid', () => allPaid(env, 50), 30_000);
    expect(counts).toEqual({ paid: 50 });

    // Exactly once at the bank: each wallet holds one red packet, restricted to the campaign's merchants.
    for (const w of wallets) {
      const view = await bankWallet(env, w);
      expect(view.restricted_balance_fen).toBe(2_00);
      expect(view.restricted_lots).toHaveLength(1);
      expect(view.restricted_lots[0].merchant_scope).toEqual(merchantScope);
    }
    expect((await bankWallet(env, env.platform.services.payments.payerWalletId)).balance_fen).toBe(
      payer - 50 * 2_00,
    );
    const mine = await env.api('GET', '/api/v1/me/claims', { token: bound[0].token });
    expect(mine.body.items[0].status).toBe('paid');

    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.bank_payments).toMatchObject({ payout_pending_fen: 0, balanced: true });
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === id);
    expect(fig).toMatchObject({ granted_fen: 0, spent_fen: 50 * 2_00, claims: 50 });

    // The bank's file for today is ready tomorrow: every payout matches, nothing unexplained.
    const day = cstToday(env);
    env.clock.advance(86400_000);
    const auditor = await env.admin('auditor');
    const report = await env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: auditor,
      body: { bill_date: day },
    });
    expect(report.status).toBe(201);
    expect(report.body.summary).toMatchObject({ unresolved: 0 });
    expect(report.body.summary.matched + report.body.summary.auto_resolved).toBeGreaterThanOrEqual(50);
    const csv = await env.api('GET', `/api/v1/admin/reconciliation/reports/${report.body.id}/csv`, {
      token: auditor,
    });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(String(csv.body).trim().split('\n')).toHaveLength(1 + report.body.items.length);
  });

  it('a red packet claimed without a wallet says it awaits one, and is on its way once one is bound', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 10_00,
      red_packet: { mode: 'fixed', amount_fen: 1_00 },
    });
    const [u] = await env.citizens(1);
    const claimed = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'no-wallet',
      body: {},
    });
    expect(claimed.status).toBe(201);
    const mine = async () =>
      (await env.api('GET', `/api/v1/me/claims/${claimed.body.id}`, { token: u.token })).body;
    // Before and after the payout row exists, while no wallet is bound.
    expect(await mine()).toMatchObject({ status: 'granted', awaiting_wallet: true });
    await waitFor('the payout waits for a wallet', async () => {
      const rows = await env.platform.db.query<{ status: string }>(
        "SELECT status FROM bank_payments WHERE purpose = 'payout' AND ref_id = ?",
        [claimed.body.id],
      );
      return rows[0]?.status === 'awaiting_wallet';
    });
    expect((await env.api('GET', '/api/v1/me/claims', { token: u.token })).body.items[0]).toMatchObject({
      awaiting_wallet: true,
    });
    await bindWallet(env, u.token);
    await waitFor('paid after binding', async () => (await mine()).status === 'paid');
    expect(await mine()).toMatchObject({ awaiting_wallet: false });
  });

  it('a refused payout lands in the dead-letter list with its money back; an approver can cancel it', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 10_00,
      red_packet: { mode: 'fixed', amount_fen: 1_00 },
    });
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    await bankCall(env, 'POST', `/v1/wallets/${walletId}/freeze`, { reason: 'test' });
    const [claim] = await claimAll(env, id, [u], 'frozen');
    expect(claim.status).toBe(201);
    const admin = await env.admin('auditor');
    const dead = await waitFor('payout refused', async () => {
      const r = await env.api('GET', '/api/v1/admin/payments/dead-letter', { token: admin });
      const item = r.body.items.find((i: { ref_id: string }) => i.ref_id === claim.body.id);
      return item ?? false;
    });
    expect(dead).toMatchObject({ status: 'failed', amount_fen: 1_00 });
    expect(dead.last_error).toMatch(/WALLET_FROZEN/);
    expect(dead.wallet_id).toMatch(/^\d{6}\*{6}\d{4}$/); // masked for operators
    expect((await ledgerCheck(env)).balanced).toBe(true);

    const approver = await env.admin('approver');
    const noComment = await env.api('POST', `/api/v1/admin/payments/${dead.out_trade_no}/cancel`, {
      token: approver,
      body: {},
    });
    expect(noComment.status).toBe(400);
    const cancelled = await env.api('POST', `/api/v1/admin/payments/${dead.out_trade_no}/cancel`, {
      token: approver,
      body: { comment: '钱包冻结，取消发放' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    const again = await env.api('POST', `/api/v1/admin/payments/${dead.out_trade_no}/cancel`, {
      token: approver,
      body: { comment: 'again' },
    });
    expect(again.status).toBe(409);
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === id);
    expect(fig).toMatchObject({ granted_fen: 0, spent_fen: 0, budget_fen: 10_00 });
  });
});

describe.each(MODES)('payouts when the bank stays down (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, { ...FAST_BANK_ENV, PAYOUT_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => env?.close());

  it('dead-letters after the retries, then an approver retry pays exactly once', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 10_00,
      red_packet: { mode: 'fixed', amount_fen: 3_00 },
    });
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    // The bank answers nothing at all: the platform cannot know whether it was paid.
    await setBankFaults(env, { timeout: true });
    await claimAll(env, id, [u], 'down');
    await waitFor('payout dead', async () => ((await paymentCounts(env)).dead === 1 ? true : false));
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.bank_payments.payout_pending_fen).toBe(3_00); // handed over, outcome unknown

    await setBankFaults(env, {});
    const [p] = (
      await env.api('GET', '/api/v1/admin/payments/dead-letter', { token: await env.admin('auditor') })
    ).body.items;
    const retried = await env.api('POST', `/api/v1/admin/payments/${p.out_trade_no}/retry`, {
      token: await env.admin('approver'),
      body: { comment: '银行恢复后重试' },
    });
    expect(retried.status).toBe(200);
    await waitFor('payout paid', async () => ((await paymentCounts(env)).paid === 1 ? true : false));
    expect((await bankWallet(env, walletId)).balance_fen).toBe(3_00); // paid once, though sent many times
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
});
