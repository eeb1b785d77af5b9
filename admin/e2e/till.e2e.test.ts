import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// The till in the merchant console: the cashier makes an order (its dynamic code shown), a declined
// card is refused with what to do next and leaves the order payable, a good card pays it once.
describe('admin panel: the till', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    await env.platform.openEmbeddedMerchantWallets();
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('order → declined card (still payable) → a good card pays it, once', async () => {
    await loginToAdmin(page, env.url, 'cashier');
    await page.goto(`${env.url}/admin/merchant`);
    await page.locator('.till-amount input').fill('12.34');
    await page.locator('.till-create').click();
    await page.locator('.till-status', { hasText: '待支付' }).waitFor();
    expect(await page.locator('.till-qr').textContent()).toContain('order_id=');

    await page.locator('.till-code').fill('tok_nofunds9999');
    await page.locator('.till-scan').click();
    const failed = page.locator('.till-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('订单仍可收款');
    await page.locator('.till-status', { hasText: '待支付' }).waitFor();

    await page.locator('.till-code').fill('tok_good4242');
    await page.locator('.till-scan').click();
    await page.locator('.till-paid', { hasText: '已收款 ¥12.34（银行卡）' }).waitFor();
    await page.locator('.till-status', { hasText: '已支付' }).waitFor();
    await shot(page, 'admin-till');

    const rows = await env.platform.db.query<{ status: string; n: unknown }>(
      "SELECT status, COUNT(*) AS n FROM cashier_payments WHERE channel = 'card' GROUP BY status",
    );
    const count = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(count).toEqual({ failed: 1, paid: 1 });
  });
});
