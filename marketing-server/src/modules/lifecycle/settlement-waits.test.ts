import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { bankCall, bindWallet, FAST_BANK_ENV, setBankFaults, waitFor } from '../../../test/bank';

const DAY_MS = 86400_000;

/** Every claim is held for review (no rule matches, the default reviews). */
const reviewAll = {
  hit_policy: 'worst',
  rules: [
    {
      id: 'blocklisted',
      when: { fact: 'lists.blocked', op: 'eq', value: true },
      then: { decision: 'reject', reason: 'BLOCKLISTED' },
    },
  ],
  default: { decision: 'review' },
};

describe.each(MODES)('campaign settlement waits for money still moving (%s)', (mode) => {
  let env: TestEnv;
  let tag = 0;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  async function redPacketCampaign(budget_fen = 10_00, amount_fen = 1_00) {
    return runningCampaign(env, {
      kind: 'red_packet',
      budget_fen,
      red_packet: { mode: 'fixed', amount_fen },
    });
  }

  async function claim(campaignId: string, token: string) {
    const r = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token,
      idem: `sw-${mode}-${++tag}`,
      body: {},
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; status: string };
  }

  async function stop(campaignId: string) {
    const r = await env.api('POST', `/api/v1/admin/campaigns/${campaignId}/stop`, {
      token: await env.admin('manager'),
    });
    expect(r.body.status).toBe('ended');
  }

  async function statusOf(campaignId: string) {
    await env.platform.lifecycle.runDue();
    return (await env.platform.services.campaigns.getCampaign(campaignId)).status;
  }

  const payoutOf = async (claimId: string) =>
    (
      await env.platform.db.query<{ out_trade_no: string; status: string; last_error: string | null }>(
        "SELECT out_trade_no, status, last_error FROM bank_payments WHERE purpose = 'payout' AND ref_id = ?",
        [claimId],
      )
    )[0];

  const claimStatus = async (claimId: string) =>
    (await env.platform.db.query<{ status: string }>('SELECT status FROM claims WHERE id = ?', [claimId]))[0]
      .status;

  /** Settled with nothing left behind: budget and granted at 0, the rest returned, the books balanced. */
  async function expectSettledClean(campaignId: string, returned_fen: number) {
    expect(await statusOf(campaignId)).toBe('settled');
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === campaignId);
    expect(fig).toMatchObject({ budget_fen: 0, granted_fen: 0, returned_fen, balanced: true });
  }

  it('a claim held for review keeps an ended campaign from settling; rejected, its money goes back to the funder', async () => {
    const { id } = await redPacketCampaign();
    const draft = await env.api('POST', `/api/v1/admin/campaigns/${id}/risk-policies`, {
      token: await env.admin('analyst'),
      body: { definition: reviewAll },
    });
    expect(draft.status).toBe(201);
    await env.api('POST', `/api/v1/admin/campaigns/${id}/risk-policies/1/submit`, {
      token: await env.admin('analyst'),
      body: {},
    });
    const active = await env.api('POST', `/api/v1/admin/campaigns/${id}/risk-policies/1/approve`, {
      token: await env.admin('approver'),
      body: {},
    });
    expect(active.body.status).toBe('active');
    const [u] = await env.citizens(1);
    const held = await claim(id, u.token);
    expect(held.status).toBe('held');

    await stop(id);
    expect(await statusOf(id)).toBe('ended');

    const decided = await env.api('POST', '/api/v1/admin/risk/reviews/decisions', {
      token: await env.admin('analyst'),
      body: { claim_ids: [held.id], decision: 'reject', comment: '测试拒绝' },
    });
    expect(decided.body.items[0].status).toBe('rejected');
    await expectSettledClean(id, 10_00);
  });

  it('a failed payout keeps the campaign from settling until an approver cancels it', async () => {
    const { id } = await redPacketCampaign();
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    await bankCall(env, 'POST', `/v1/wallets/${walletId}/freeze`, { reason: 'test' });
    const c = await claim(id, u.token);
    const failed = await waitFor('payout refused', async () => {
      const p = await payoutOf(c.id);
      return p?.status === 'failed' ? p : false;
    });
    await stop(id);
    expect(await statusOf(id)).toBe('ended');

    const cancelled = await env.api('POST', `/api/v1/admin/payments/${failed.out_trade_no}/cancel`, {
      token: await env.admin('approver'),
      body: { comment: '钱包冻结，取消发放' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect(await claimStatus(c.id)).toBe('cancelled');
    await expectSettledClean(id, 10_00);
  });

  it('a payout in flight keeps the campaign from settling until the bank confirms it', async () => {
    const { id } = await redPacketCampaign();
    const [u] = await env.citizens(1);
    await bindWallet(env, u.token);
    await setBankFaults(env, { timeout: true });
    const c = await claim(id, u.token);
    await waitFor('payout in flight', async () =>
      (await payoutOf(c.id))?.status === 'in_flight' ? true : false,
    );
    await stop(id);
    expect(await statusOf(id)).toBe('ended');

    await setBankFaults(env, {});
    await waitFor('payout paid', async () => ((await payoutOf(c.id))?.status === 'paid' ? true : false));
    await expectSettledClean(id, 9_00);
  });

  // Last in this suite: it moves the clock a month on.
  it('a red packet waiting for a wallet expires after PAYOUT_WALLET_WAIT_DAYS; its money goes back and the campaign settles', async () => {
    expect(env.config.payouts.walletWaitDays).toBe(30);
    const { id } = await redPacketCampaign(10_00, 2_00);
    const [unbound, paid] = await env.citizens(2);
    await bindWallet(env, paid.token);
    const waiting = await claim(id, unbound.token);
    const sent = await claim(id, paid.token);
    await waitFor('payouts created', async () =>
      (await payoutOf(waiting.id))?.status === 'awaiting_wallet' &&
      (await payoutOf(sent.id))?.status === 'paid'
        ? true
        : false,
    );
    await stop(id);
    expect(await statusOf(id)).toBe('ended');

    env.clock.advance(29 * DAY_MS);
    expect(await statusOf(id)).toBe('ended');
    expect((await payoutOf(waiting.id)).status).toBe('awaiting_wallet');

    env.clock.advance(DAY_MS + 60_000);
    expect(await statusOf(id)).toBe('settled'); // expiry runs before settlement in the same sweep
    const p = await payoutOf(waiting.id);
    expect(p.status).toBe('cancelled');
    expect(p.last_error).toMatch(/^WALLET_WAIT_EXPIRED/);
    expect(await claimStatus(waiting.id)).toBe('expired');
    const audits = await env.platform.db.query<{ action: string; actor_type: string; entity_id: string }>(
      'SELECT action, actor_type, entity_id FROM audit_logs WHERE entity_id IN (?, ?) ORDER BY id',
      [waiting.id, p.out_trade_no],
    );
    expect(audits).toEqual(
      expect.arrayContaining([
        { action: 'red_packet.expire', actor_type: 'system', entity_id: waiting.id },
        { action: 'payment.cancel', actor_type: 'system', entity_id: p.out_trade_no },
      ]),
    );
    await expectSettledClean(id, 8_00);

    // Binding a wallet now pays nothing: the red packet has gone back.
    await bindWallet(env, unbound.token);
    expect((await payoutOf(waiting.id)).status).toBe('cancelled');
  });
});
