import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { driverWithWallet, walletBalance } from '../../marketing-server/test/parking';
import { launchPhone, shot } from '../../marketing-server/test/browser';

// The aggregated cashier page on a phone-sized browser against the real server (embedded mode): a
// till's dynamic QR opens the order, the citizen sees which channel carries the subsidy, picks the
// coupon (only with e-CNY), pays and sees the result; the wallet is charged the amount less the subsidy.

describe('citizen H5 app: aggregated cashier', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html')))
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    env = await startEnv('sqlite');
    await env.platform.openEmbeddedMerchantWallets();
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await env?.close();
  });

  it('scans the dynamic QR, sees the subsidy only on e-CNY, pays with the coupon and sees the result', async () => {
    const till = await env.admin('cashier');
    const created = await env.api('POST', '/api/v1/admin/cashier/orders', {
      token: till,
      body: { out_trade_no: `E2E${Date.now()}`, amount_fen: 3_000, description: '天河城超市购物' },
    });
    expect(created.status).toBe(201);
    const citizen = await driverWithWallet(env, 10_000);
    const { id: campaignId } = await runningCampaign(env, {
      kind: 'coupon',
      name: '数字人民币消费券',
      budget_fen: 10_000,
      coupon: {
        type: 'instant',
        discount_fen: 800,
        use_window: { days: 7 },
        merchant_ids: [created.body.order.merchant_id],
      },
    });
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: citizen.token,
      idem: 'e2e-cashier-claim',
      body: {},
    });
    expect(claim.status).toBe(201);

    await page.goto(`${env.url}/h5/`);
    await page.evaluate((t) => localStorage.setItem('sy_token', JSON.stringify({ data: t })), citizen.token);
    await page.goto(`${env.url}${created.body.qr_payload}`);
    await page.locator('.cashier__amount:visible').waitFor();
    expect(await page.locator('.cashier__amount:visible').textContent()).toContain('30.00');
    expect(await page.locator('.cashier__tag:visible').count()).toBe(1);

    // WeChat Pay: no subsidy offered.
    await page.locator('.cashier__channel:visible', { hasText: '微信支付' }).click();
    await page.getByText('活动补贴仅限数字人民币支付').waitFor();
    // Back to e-CNY, pick the coupon: the payable drops by the subsidy.
    await page.locator('.cashier__channel:visible', { hasText: '数字人民币' }).click();
    await page.locator('.cashier__coupon:visible').first().click();
    await expect.poll(async () => page.locator('.cashier-payable:visible').textContent()).toContain('22.00');
    await shot(page, 'cashier-choose');
    await page.locator('.cashier-pay:visible').click();
    await page.getByText('支付成功').waitFor();
    expect(await page.locator('.cashier-paid:visible').textContent()).toContain('22.00');
    await shot(page, 'cashier-paid');
    expect(await walletBalance(env, citizen.walletId)).toBe(10_000 - 2_200);
  });
});
