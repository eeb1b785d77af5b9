import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, TEST_PASSWORD, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop } from '../../marketing-server/test/browser';
import { sandboxApp } from '../../marketing-server/test/apix';
import { assertAdminBuilt, loginToAdmin } from './session';

// The developer portal for a partner user: they log in with their own account and see their
// organisation's app only (not another organisation's); a wrong password is refused on the login page.
describe('admin panel: partner user in the developer portal', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    mine = (await sandboxApp(env, undefined, { org_name: '甲银行', name: '甲银行营销' })).appId;
    theirs = (await sandboxApp(env, undefined, { org_name: '乙支付', name: '乙支付营销' })).appId;
    const res = await env.api('POST', '/api/v1/admin/apix/partner-users', {
      token: await env.admin('registrar'),
      body: { org_name: '甲银行', username: 'dev.jia', display_name: '甲银行开发', password: TEST_PASSWORD },
    });
    expect(res.status).toBe(201);
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('a wrong password is refused on the login page', async () => {
    await page.goto(`${env.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.url}/admin/login`);
    await page.locator('#username').fill('dev.jia');
    await page.locator('#password').fill('not the password');
    await page.locator('button[type=submit]').click();
    await page.locator('.ant-alert-error').waitFor();
    expect(await page.locator('.who').count()).toBe(0);
  });

  it("the partner user sees only their organisation's app, with its keys and call log", async () => {
    await loginToAdmin(page, env.url, 'dev.jia');
    await page.goto(`${env.url}/admin/partner`);
    await page.getByText('甲银行 的应用').waitFor();
    const row = page.locator('.ant-table-row', { hasText: mine });
    await row.waitFor();
    expect(await page.getByText(theirs).count()).toBe(0);
    expect(await page.getByText('乙支付营销').count()).toBe(0);
    await row.click();
    await page.getByText('API 密钥（字段加密）').waitFor();
    await page.getByText('已查看').waitFor();
    // The operators' pages are not in the menu.
    expect(await page.getByRole('menuitem', { name: '开放平台' }).count()).toBe(0);
  });
});
