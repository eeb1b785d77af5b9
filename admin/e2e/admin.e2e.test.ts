import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, TEST_PASSWORD, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';

// The panel's day: a maker creates and submits a campaign, cannot approve it; an approver approves;
// citizens claim (through the API); the dashboard counts them; the cashier redeems a coupon; claims'
// personal data is masked for the maker and shown (audited) only to an auditor.

describe('admin panel', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let campaignUrl = '';
  let couponCode = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error(
        'admin/dist is missing: run `node scripts/ensure-web-builds.mjs admin` (npm run test:e2e does)',
      );
    }
    env = await startEnv('sqlite');
    const funder = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('admin'),
      body: { name: '广州市商务局', kind: 'government' },
    });
    await env.api('POST', `/api/v1/admin/funders/${funder.body.id}/deposits`, {
      token: await env.admin('funder'),
      idem: 'e2e-deposit',
      body: { amount_fen: 10_000_000, reference: 'E2E-001' },
    });
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  async function loginAs(username: string) {
    await page.goto(`${env.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.url}/admin/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(TEST_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('.who').waitFor();
  }

  async function pick(selectId: string, optionText: string) {
    await page.locator(`#${selectId}`).click({ force: true });
    await page.locator('.ant-select-item-option', { hasText: optionText }).first().click();
  }

  it('shows a maker only the menu their role permits', async () => {
    await loginAs('manager');
    const menu = await page.locator('.ant-menu').textContent();
    expect(menu).toContain('活动管理');
    expect(menu).not.toContain('风控审核');
    expect(menu).not.toContain('商户核销');
    await page.goto(`${env.url}/admin/merchant`);
    await expect.poll(() => page.url()).not.toContain('/merchant');
  });

  it('previews a parking fee with a Guangzhou tariff', async () => {
    await page.goto(`${env.url}/admin/parking`);
    await page.locator('.preview-entry').fill('2026-12-01T22:00');
    await page.locator('.preview-exit').fill('2026-12-02T08:00');
    await page.locator('.preview-run').click();
    await expect(page.locator('.preview-result').textContent()).resolves.toContain('¥15.00');
    await expect(page.locator('.ant-tag', { hasText: '夜间封顶' }).count()).resolves.toBe(1);
    await shot(page, 'admin-00-parking-preview');
  });

  it('creates and submits a campaign with the wizard; the maker cannot approve it', async () => {
    await page.goto(`${env.url}/admin/campaigns/new`);
    await page.locator('#name').fill('e2e 满 50 减 10 券');
    await pick('funder_id', '广州市商务局');
    await page.locator('#budget_yuan').fill('100');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('#threshold_yuan').fill('50');
    await page.locator('#discount_yuan').fill('60');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('.create-submit').click();
    // The API refuses a discount above the threshold; the wizard shows it on the field, in Chinese.
    await page.locator('.ant-form-item-explain-error', { hasText: '优惠金额不能超过使用门槛' }).waitFor();
    await page.locator('#discount_yuan').fill('10');
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: /下一步/ }).click();
    await shot(page, 'admin-01-wizard');
    await page.locator('.create-submit').click();
    await page.locator('.campaign-status', { hasText: '待审批' }).waitFor();
    campaignUrl = page.url();
    const approve = page.locator('.action-approve');
    expect(await approve.isDisabled()).toBe(true); // shown, disabled, and the page says why
    await approve.hover({ force: true });
    await page.locator('.ant-tooltip', { hasText: '您的角色不能执行此操作' }).waitFor();
    await expect(page.locator('.four-eyes').textContent()).resolves.toContain('须由另一位审批人批准');
    await shot(page, 'admin-02-submitted');
  });

  it('lets a different person, the approver, approve it', async () => {
    await loginAs('approver');
    await page.goto(campaignUrl);
    await page.locator('.action-approve').click();
    await page.locator('.campaign-status', { hasText: '已批准' }).waitFor();
    const id = campaignUrl.split('/').pop()!;
    const row = (
      await env.platform.db.query<{ status: string; approved_by: string }>(
        'SELECT status, approved_by FROM campaigns WHERE id = ?',
        [id],
      )
    )[0];
    expect(row.status).toBe('approved');
    expect(row.approved_by).toBe(await env.adminId('approver'));
  });

  it('counts citizens’ claims on the dashboard', async () => {
    const id = campaignUrl.split('/').pop()!;
    env.clock.advance(11 * 60_000); // the wizard's default window opens in ten minutes
    await env.platform.lifecycle.runDue();
    const users = await env.citizens(2);
    for (const [i, u] of users.entries()) {
      await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
        `1381234567${i}`,
        `市民${i}`,
        u.id,
      ]);
      const c = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
        token: u.token,
        idem: `e2e-${u.id}`,
        body: {},
      });
      expect(c.status).toBe(201);
      couponCode ||= c.body.coupon.code;
    }
    await loginAs('funder');
    await page.locator('.kpi-claims').waitFor();
    await page.locator('.dashboard-campaign').click();
    await page.locator('.ant-select-item-option', { hasText: 'e2e 满 50 减 10 券' }).click();
    await expect
      .poll(async () => page.locator('.kpi-claims .ant-statistic-content-value').textContent())
      .toBe('2');
    await page.waitForTimeout(800); // charts animate in
    await shot(page, 'admin-03-dashboard');
  });

  it('redeems a coupon in the merchant console', async () => {
    await loginAs('cashier');
    await page.locator('.redeem-code').fill(couponCode);
    await page.locator('.redeem-amount input').fill('88.80');
    await page.locator('.redeem-order').fill('POS-20261201-0001');
    await page.locator('.redeem-verify').click();
    await expect(page.locator('.redeem-quote').textContent()).resolves.toContain('¥78.80');
    await page.locator('.redeem-submit').click();
    await page.locator('.redeem-done').waitFor();
    await page.locator('.redemptions-table', { hasText: 'POS-20261201-0001' }).waitFor();
    await shot(page, 'admin-04-merchant');
    const r = await env.platform.db.query<{ discount_fen: number; order_amount_fen: number }>(
      'SELECT discount_fen, order_amount_fen FROM coupon_redemptions WHERE order_no = ?',
      ['POS-20261201-0001'],
    );
    expect(r.map((x) => [Number(x.discount_fen), Number(x.order_amount_fen)])).toEqual([[1000, 8880]]);
  });

  it('masks personal data for the maker; an auditor unmasks it and that is audited', async () => {
    await loginAs('manager');
    await page.goto(campaignUrl);
    const table = page.locator('.claims-table');
    await table.waitFor();
    const masked = (await table.textContent()) ?? '';
    expect(masked).toMatch(/138\*{4}567\d/);
    expect(masked).not.toMatch(/1381234567\d/);
    expect(await page.locator('.unmask-btn').count()).toBe(0);

    await loginAs('auditor');
    await page.goto(campaignUrl);
    await page.locator('.unmask-btn').click();
    await page.getByRole('button', { name: /确认查看/ }).click();
    await expect
      .poll(async () => (await page.locator('.claims-table').textContent()) ?? '')
      .toMatch(/1381234567\d/);
    const audit = await env.platform.db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'pii.unmask'",
    );
    expect(Number(audit[0].n)).toBe(1);
    await page.goto(`${env.url}/admin/audit`);
    await page.locator('.audit-table', { hasText: '查看明文个人信息' }).waitFor();
    await shot(page, 'admin-05-audit');
  });
});
