import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// Money in, four eyes: the funder's clerk records a deposit in the panel; it is pending and they
// cannot confirm it; another person confirms one deposit (the balance moves) and rejects another
// with a reason (it does not).
describe('admin panel: deposits need a second person', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '海珠区财政局', kind: 'government' },
    });
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

  async function openDeposits() {
    await page.goto(`${env.url}/admin/funding`);
    await page.locator('.ant-table-row', { hasText: '海珠区财政局' }).waitFor();
    await page.locator('.ant-table-row-expand-icon').first().click();
  }

  const row = (reference: string) => page.locator('.ant-table-row', { hasText: reference });
  const balance = () => page.locator('.ant-table-row', { hasText: '海珠区财政局' }).textContent();

  async function record(amountYuan: string, reference: string) {
    await page.getByRole('button', { name: '登记入金' }).click();
    await page.locator('#amount_yuan').fill(amountYuan);
    await page.locator('#reference').fill(reference);
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.locator('.ant-message', { hasText: '已登记' }).waitFor();
  }

  it('the recorder sees the deposit pending and cannot confirm it', async () => {
    await loginAs('funder');
    await openDeposits();
    await record('1000', 'HZ-001');
    await record('50', 'HZ-002');
    await row('HZ-001').locator('.deposit-status', { hasText: '待确认' }).waitFor();
    expect(await balance()).toContain('¥0.00');
    const confirm = row('HZ-001').locator('.deposit-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await confirm.hover({ force: true });
    await page.locator('.ant-tooltip', { hasText: '登记人不能确认或驳回自己登记的入金' }).waitFor();
    await shot(page, 'admin-funding-01-pending');
  });

  it('another person confirms one (the balance moves) and rejects the other with a reason', async () => {
    await loginAs('funder2');
    await openDeposits();
    await row('HZ-001').locator('.deposit-confirm').click();
    await row('HZ-001').locator('.deposit-status', { hasText: '已入账' }).waitFor();
    await expect.poll(balance).toContain('¥1,000.00');
    await row('HZ-002').locator('.deposit-reject').click();
    await page.locator('.ant-modal:visible textarea').fill('银行流水中没有这笔入账');
    await page.locator('.ant-modal:visible .ant-btn-dangerous').click();
    await row('HZ-002').locator('.deposit-status', { hasText: '已驳回' }).waitFor();
    expect(await row('HZ-002').textContent()).toContain('银行流水中没有这笔入账');
    expect(await balance()).toContain('¥1,000.00');
    await shot(page, 'admin-funding-02-decided');
  });
});
