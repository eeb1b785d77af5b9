import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, TEST_PASSWORD, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';

// 数字人民币业务: an officer sees a customer's wallet masked, freezes it, sees the 兑出 and the day
// reconciled with both operators.
describe('admin panel: e-CNY business system', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error('admin/dist is missing: run `node scripts/ensure-web-builds.mjs admin`');
    }
    env = await startEnv('sqlite');
    const [c] = await env.citizens(1);
    await env.platform.db.exec(
      'INSERT INTO identity_holders (id_hash, user_id, verified_at) VALUES (?,?,?)',
      [`h${c.id}`, c.id, new Date()],
    );
    const acct = env.platform.embedded.ecny!.core.openAccount({
      holder_id: c.id,
      name: '张三',
      balance_fen: 500_000,
    });
    const w = await env.api('POST', '/api/v1/me/ecny/wallet', {
      token: c.token,
      body: { account_no: acct.account_no },
    });
    expect(w.status).toBe(201);
    const ex = await env.api('POST', '/api/v1/me/ecny/exchanges', {
      token: c.token,
      idem: 'e2e-out',
      body: { direction: 'out', amount_fen: 100_000 },
    });
    expect(ex.status).toBe(201);
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('wallets masked, freeze with a confirmation, the exchange and the day reconciled', async () => {
    await page.goto(`${env.url}/admin/login`);
    await page.locator('#username').fill('officer');
    await page.locator('#password').fill(TEST_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('.who').waitFor();
    await page.goto(`${env.url}/admin/ecny`);
    const row = page.locator('.ant-table-tbody tr', { hasText: '个人 2 类' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d{6}\*{6}\d{4}/);
    await row.getByRole('button', { name: /冻\s*结/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.locator('.ant-tag', { hasText: '已冻结' }).waitFor();

    await page.getByRole('tab', { name: '兑出 / 兑回' }).click();
    await page
      .locator('.ant-table-tbody tr', { hasText: '¥1000.00' })
      .locator('.ant-tag', { hasText: '成功' })
      .waitFor();

    await page.getByRole('tab', { name: '运营机构对账' }).click();
    await page
      .locator('.ant-card-small', { hasText: '运营机构 op1' })
      .locator('.ant-card-extra .ant-tag', { hasText: '对平' })
      .waitFor();
    await shot(page, 'admin-ecny');
  });
});
