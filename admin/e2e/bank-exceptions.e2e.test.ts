import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// The alerts banner above every page, and the page where a person closes a bank answer that
// contradicts an order the platform already closed: the approver sees the warning, cannot resolve
// without saying how, resolves with a text (the row shows 已处理, the warning is gone after a reload);
// an auditor sees the page but may not resolve; a failed nightly ledger check shows a red banner.
describe('admin panel: alerts banner and bank-order exceptions', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;

  async function insertException(id: string, outTradeNo: string, purpose: string, amountFen: number) {
    await env.platform.db.exec(
      `INSERT INTO bank_order_exceptions (id, out_trade_no, purpose, bank_status, platform_status, amount_fen,
         bank_trade_no, note, status, resolved_by, resolution, created_at, resolved_at)
       VALUES (?,?,?,?,?,?,?,?,'open',NULL,NULL,?,NULL)`,
      [
        id,
        outTradeNo,
        purpose,
        'SUCCESS',
        'failed',
        amountFen,
        `BT-${outTradeNo}`,
        'the bank booked it after the platform closed it as failed',
        env.clock.now(),
      ],
    );
  }

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    await insertException('boe_e2e_1', 'RP-E2E-0001', 'payout', 12_345);
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  async function loginAs(username: string) {
    await loginToAdmin(page, env.url, username);
  }

  /** Loads `url` and waits for the banner's alerts to arrive, so that an absent banner means something. */
  async function openWithAlerts(url: string) {
    const alerts = page.waitForResponse((r) => r.url().includes('/api/v1/admin/ledger/alerts') && r.ok());
    await page.goto(`${env.url}/admin${url}`);
    await alerts;
    await page.locator('.who').waitFor();
  }

  const row = (text: string) => page.locator('.exceptions-table .ant-table-row', { hasText: text });
  const warning = () => page.locator('.alert-exceptions');

  it('the approver sees the warning on every page and follows it to the exceptions page', async () => {
    await loginAs('approver');
    await warning().waitFor();
    expect(await warning().textContent()).toContain('有 1 笔银行应答与平台已关闭的订单矛盾，需人工处理');
    await openWithAlerts('/campaigns');
    await warning().waitFor();
    expect(await page.locator('.ant-menu').textContent()).toContain('银行订单异常');
    await warning().getByRole('link').click();
    await expect.poll(() => page.url()).toContain('/admin/bank-exceptions');
    await row('RP-E2E-0001').waitFor();
    const text = await row('RP-E2E-0001').textContent();
    expect(text).toContain('红包发放');
    expect(text).toContain('¥123.45');
    expect(text).toContain('待处理');
    await shot(page, 'admin-bank-exceptions-01-open');
  });

  it('refuses to resolve without a text, then resolves with one', async () => {
    await row('RP-E2E-0001').locator('.exception-resolve').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.waitFor();
    await modal.locator('.ant-btn-primary').click();
    await modal.locator('.ant-form-item-explain-error', { hasText: '请填写处理说明' }).waitFor();
    await modal.locator('textarea').fill('   ');
    await modal.locator('.ant-btn-primary').click();
    await modal.locator('.ant-form-item-explain-error', { hasText: '请填写处理说明' }).waitFor();
    expect(await row('RP-E2E-0001').locator('.exception-status').textContent()).toBe('待处理');

    await modal.locator('textarea').fill('已向市民原路退款，银行流水号 BT-RP-E2E-0001');
    await modal.locator('.ant-btn-primary').click();
    await row('RP-E2E-0001').locator('.exception-status', { hasText: '已处理' }).waitFor();
    expect(await row('RP-E2E-0001').textContent()).toContain('已向市民原路退款');
    expect(await row('RP-E2E-0001').locator('.exception-resolve').count()).toBe(0);
    await shot(page, 'admin-bank-exceptions-02-resolved');

    await openWithAlerts('/bank-exceptions');
    await page.locator('.ant-empty', { hasText: '没有待处理的异常' }).waitFor();
    expect(await warning().count()).toBe(0);
    await page.locator('.exceptions-filter').getByText('已处理').click();
    await row('RP-E2E-0001').locator('.exception-status', { hasText: '已处理' }).waitFor();
  });

  it('shows the server message when the exception was resolved meanwhile', async () => {
    await insertException('boe_e2e_2', 'ST-E2E-0002', 'settlement', 500_000);
    await openWithAlerts('/bank-exceptions');
    await warning().waitFor();
    await row('ST-E2E-0002').waitFor();
    expect(await row('ST-E2E-0002').textContent()).toContain('商户结算');
    await env.platform.db.exec(
      "UPDATE bank_order_exceptions SET status = 'resolved', resolution = 'x', resolved_at = ? WHERE id = 'boe_e2e_2'",
      [env.clock.now()],
    );
    await row('ST-E2E-0002').locator('.exception-resolve').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('textarea').fill('已调账');
    await modal.locator('.ant-btn-primary').click();
    await modal.locator('.ant-alert-error', { hasText: '该异常不存在或已处理' }).waitFor();
    await modal.locator('.ant-btn-default').click();
  });

  it('an auditor sees the page and the warning but has no 处理 button', async () => {
    await insertException('boe_e2e_3', 'PK-E2E-0003', 'parking', 800);
    await loginAs('auditor');
    await warning().waitFor();
    await page.goto(`${env.url}/admin/bank-exceptions`);
    await row('PK-E2E-0003').waitFor();
    const text = await row('PK-E2E-0003').textContent();
    expect(text).toContain('停车缴费');
    expect(text).toContain('¥8.00');
    expect(text).toContain('待处理');
    expect(await page.locator('.exception-resolve').count()).toBe(0);
    await shot(page, 'admin-bank-exceptions-03-auditor');
  });

  it('a failed nightly ledger check shows a red banner linking to the ledger check', async () => {
    await env.platform.db.exec(
      'INSERT INTO ledger_check_runs (id, balanced, issues, checked_at) VALUES (?,?,?,?)',
      ['lck_e2e_1', false, JSON.stringify(['test issue']), env.clock.now()],
    );
    await openWithAlerts('/audit');
    const red = page.locator('.alert-ledger');
    await red.waitFor();
    expect(await red.textContent()).toContain('账务核对未通过（');
    expect(await red.textContent()).toContain('test issue');
    await shot(page, 'admin-bank-exceptions-04-ledger');
    await red.getByRole('link', { name: '查看账务检查' }).click();
    await expect.poll(() => page.url()).toContain('/admin/funding/ledger');
    await page.locator('.ledger-result').waitFor();
  });

  it('roles that may not read the alerts never ask for them', async () => {
    // Signed out first: the login page sends a signed-in auditor to their home page, which asks.
    await page.goto(`${env.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/ledger/alerts')) asked.push(r.url());
    });
    await loginAs('manager');
    await page.goto(`${env.url}/admin/campaigns`);
    await page.locator('.ant-menu').waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    expect(await page.locator('.alerts-banner').count()).toBe(0);
    expect(await page.locator('.ant-menu').textContent()).not.toContain('银行订单异常');
  });
});
