import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerCheck,
  MODES,
  runningCampaign,
  setMerchantWallet,
  startEnv,
  type TestEnv,
} from '../../../test/harness';
import { cstDayBounds, cstDayKey } from '../../shared/time';
import { bankCall, bankWallet, cstToday, FAST_BANK_ENV, paymentCounts, waitFor } from '../../../test/bank';

describe.each(MODES)('daily merchant settlement (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  async function redeemOne(discount_fen: number, order: string) {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen, use_window: { days: 7 } },
    });
    const [u] = await env.citizens(1);
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: order,
      body: {},
    });
    const used = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: await env.admin('cashier'),
      idem: `r-${order}`,
      body: { coupon_code: claim.body.coupon.code, order_no: order, order_amount_fen: 10_000 },
    });
    expect(used.status).toBe(201);
    return id;
  }

  it('pays each merchant what coupons made payable, once per merchant and day, across campaigns', async () => {
    const [{ merchant_id: merchantId }] = await env.platform.db.query<{ merchant_id: string }>(
      "SELECT merchant_id FROM admin_users WHERE username = 'cashier'",
    );
    const c1 = await redeemOne(500, 'ORD-S1');
    const c2 = await redeemOne(1_200, 'ORD-S2');
    const day = cstToday(env);
    // Only a day that is over can be settled.
    const early = await env.api('POST', '/api/v1/admin/settlements/runs', {
      token: await env.admin('funder'),
      body: { bill_date: day },
    });
    expect(early).toMatchObject({ status: 422, body: { code: 'BILL_DATE_NOT_OVER' } });
    env.clock.advance(cstDayBounds(day).end.getTime() - env.clock.now().getTime() + 3600_000);
    const funder = await env.admin('funder');

    // Without a wallet on file the merchant is skipped, not paid somewhere.
    const skipped = await env.api('POST', '/api/v1/admin/settlements/runs', {
      token: funder,
      body: { bill_date: day },
    });
    expect(skipped.status).toBe(200);
    expect(skipped.body.skipped).toEqual([
      { merchant_id: merchantId, reason: 'merchant has no e-CNY wallet on file' },
    ]);

    const wallet = await bankCall(env, 'POST', '/v1/wallets', {
      wallet_type: 'WT09',
      merchant_id: merchantId,
    });
    const set = await setMerchantWallet(env, merchantId, wallet.body.wallet_id);
    expect(set.body.payload.wallet_id).toMatch(/\*{6}/);

    const [first, second] = await Promise.all([
      env.api('POST', '/api/v1/admin/settlements/runs', { token: funder, body: { bill_date: day } }),
      env.api('POST', '/api/v1/admin/settlements/runs', { token: funder, body: { bill_date: day } }),
    ]);
    expect([first.status, second.status, first.body.code, second.body.message]).toEqual([
      200,
      200,
      undefined,
      undefined,
    ]);
    expect(second.status).toBe(200);
    const rows = await env.platform.db.query('SELECT id FROM settlements WHERE merchant_id = ?', [
      merchantId,
    ]);
    expect(rows).toHaveLength(1);
    await waitFor('settlement paid', async () =>
      (await paymentCounts(env, 'settlement')).paid === 1 ? true : false,
    );
    expect((await bankWallet(env, wallet.body.wallet_id)).balance_fen).toBe(1_700);

    const list = await env.api('GET', '/api/v1/admin/settlements', { token: await env.admin('cashier') });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: 'paid', amount_fen: 1_700, bill_date: day });
    expect(list.body.items[0].lines.map((l: { campaign_id: string }) => l.campaign_id).sort()).toEqual(
      [c1, c2].sort(),
    );
    const other = await env.api('GET', '/api/v1/admin/settlements', { token: await env.admin('cashier2') });
    expect(other.body.items).toHaveLength(0); // another merchant's operator sees none of it

    // Nothing more is owed: the next day's run (once it is over) settles nothing for this merchant.
    const tomorrow = cstDayKey(env.clock.now());
    env.clock.advance(86400_000);
    const next = await env.api('POST', '/api/v1/admin/settlements/runs', {
      token: await env.admin('funder'),
      body: { bill_date: tomorrow },
    });
    expect(next.body.items.filter((s: { merchant_id: string }) => s.merchant_id === merchantId)).toHaveLength(
      0,
    );
    const bad = await env.api('POST', '/api/v1/admin/settlements/runs', {
      token: await env.admin('funder'),
      body: { bill_date: '20261332' },
    });
    expect(bad.status).toBe(400);

    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.bank_payments.settlement_pending_fen).toBe(0);
  });
});
