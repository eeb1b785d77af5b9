import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { driverWithWallet } from '../../marketing-server/test/parking';
import { addProduct, approvedMerchant } from '../../marketing-server/test/prepaid';
import { launchPhone, shot } from '../../marketing-server/test/browser';

// The prepaid contract page on a phone-sized browser against the real server (embedded mode): the
// citizen reads the terms before paying, pays with e-CNY (the money is locked in their contract
// wallet), confirms a class the venue wrote off, asks for a refund and sees the amount before
// confirming it; a stale amount is refused on screen and nothing changes until they confirm.

describe('citizen H5 app: prepaid contract', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html')))
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    env = await startEnv('sqlite', { BANK_TIMEOUT_MS: '5000' });
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await env?.close();
  });

  it('terms before paying, pay, confirm a write-off, refund with the amount shown first', async () => {
    const m = await approvedMerchant(env);
    const pack = await addProduct(env, m.token, {
      kind: 'class_pack',
      name: '羽毛球 10 次课',
      unit_price_fen: 4_000,
      units: 10,
    });
    const citizen = await driverWithWallet(env, 100_000);
    const bought = await env.api('POST', '/api/v1/me/prepaid/contracts', {
      token: citizen.token,
      idem: 'e2e-buy',
      body: { product_id: pack.id },
    });
    expect(bought.status).toBe(201);

    await page.goto(`${env.url}/h5/`);
    await page.evaluate((t) => localStorage.setItem('sy_token', JSON.stringify({ data: t })), citizen.token);
    await page.goto(`${env.url}/h5/#/packages/prepaid/contract/index?id=${bought.body.id}`);
    await page.locator('.prepaid-terms:visible').waitFor();
    expect(await page.locator('.prepaid-terms:visible').textContent()).toContain('合约钱包');
    await shot(page, 'prepaid-terms');
    await page.locator('.prepaid-pay:visible').click();
    await page.locator('.prepaid-cooling:visible').waitFor();
    expect(await page.locator('.prepaid-status:visible').textContent()).toContain('定向留存');
    expect(await page.locator('.prepaid-remaining:visible').textContent()).toContain('400.00');

    const w = await env.api('POST', `/api/v1/admin/prepaid/contracts/${bought.body.id}/write-offs`, {
      token: m.token,
      body: { seq: 1, units: 1 },
    });
    expect(w.status).toBe(201);
    await page.reload();
    await page.locator('.prepaid-confirm:visible').click();
    await page.getByText('已拨付商户').waitFor();
    expect(await page.locator('.prepaid-consumed:visible').textContent()).toContain('40.00');

    // The refund: the amount first; another write-off lands meanwhile → the stale amount is refused.
    await page.locator('.prepaid-refund:visible').click();
    await page.locator('.prepaid-refund-amount:visible').waitFor();
    expect(await page.locator('.prepaid-refund-amount:visible').textContent()).toContain('360.00');
    await shot(page, 'prepaid-refund-quote');
    const w2 = await env.api('POST', `/api/v1/admin/prepaid/contracts/${bought.body.id}/write-offs`, {
      token: m.token,
      body: { seq: 2, units: 1 },
    });
    await env.api(
      'POST',
      `/api/v1/me/prepaid/contracts/${bought.body.id}/write-offs/${w2.body.write_off.id}/confirm`,
      { token: citizen.token, body: {} },
    );
    await page.locator('.prepaid-refund-confirm:visible').click();
    await page.locator('.prepaid-error:visible').waitFor();
    expect(await page.locator('.prepaid-error:visible').textContent()).toContain('320.00');
    const still = await env.api('GET', `/api/v1/me/prepaid/contracts/${bought.body.id}`, {
      token: citizen.token,
    });
    expect(still.body.contract.status).toBe('partially_released');

    await page.locator('.prepaid-refund:visible').click();
    await expect
      .poll(async () => page.locator('.prepaid-refund-amount:visible').textContent())
      .toContain('320.00');
    await page.locator('.prepaid-refund-confirm:visible').click();
    await page.getByText('已退款').first().waitFor();
    await shot(page, 'prepaid-refunded');
    const done = await env.api('GET', `/api/v1/me/prepaid/contracts/${bought.body.id}`, {
      token: citizen.token,
    });
    expect(done.body.contract).toMatchObject({
      status: 'refunded',
      released_fen: 8_000,
      refunded_fen: 32_000,
    });
  });
});
