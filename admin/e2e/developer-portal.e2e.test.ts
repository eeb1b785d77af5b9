import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop } from '../../marketing-server/test/browser';
import { sandboxApp } from '../../marketing-server/test/apix';
import { generateSm2KeyPair, sm2PublicKeyPem } from '../../marketing-server/src/shared/sm2';
import { assertAdminBuilt, loginToAdmin } from './session';

// The APIX developer portal: a production request waits for a second person (the registrar who asked
// cannot approve it: refused, still waiting), the approver approves it and the app shows 生产可用;
// the signature debugger shows the string the server signs and says a wrong signature does not pass.
describe('admin panel: APIX developer portal', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let appId: string;
  let serial: string;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    const app = await sandboxApp(env);
    appId = app.appId;
    serial = app.sm2.serial_no;
    await env.api('POST', `/api/v1/admin/apix/apps/${appId}/production-requests`, {
      token: await env.admin('registrar'),
      body: {
        licence_no: '91440101MA5E2E001',
        ip_allowlist: ['10.0.0.0/8'],
        callback_url: 'https://partner.example/cb',
        scheme: 'SM2',
        public_key: sm2PublicKeyPem(generateSm2KeyPair().publicKey),
      },
    });
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('the proposer cannot approve; the approver can, and the app turns production-active', async () => {
    await loginToAdmin(page, env.url, 'registrar');
    await page.goto(`${env.url}/admin/developer`);
    await page.getByText('1 项应用变更待复核').waitFor();
    await page.getByRole('button', { name: /^批\s?准$/ }).click();
    await page.locator('.ant-message-error').waitFor();
    await page.getByText('1 项应用变更待复核').waitFor();
    await loginToAdmin(page, env.url, 'approver');
    await page.goto(`${env.url}/admin/developer`);
    await page.getByRole('button', { name: /^批\s?准$/ }).click();
    await page.getByText('已批准并生效').waitFor();
    await page.locator('.ant-table-row', { hasText: appId }).getByText('生产可用').waitFor();
    await page.locator('.ant-table-row', { hasText: appId }).click();
    await page.getByText(/操作记录哈希链完整/).waitFor();
  });

  it('the signature debugger shows the string to sign and refuses a wrong signature', async () => {
    await page.getByRole('tab', { name: '签名调试' }).click();
    await page.getByLabel('URL（路径+查询串）').fill('/api/v1/open/v1/campaigns');
    await page.getByLabel('app_id').fill(appId);
    await page.getByLabel('serial_no').fill(serial);
    await page.getByLabel('timestamp').fill('1764633600');
    await page.getByLabel('nonce_str').fill('abc123');
    await page.getByLabel('signature（base64）').fill('bm90IGEgc2lnbmF0dXJl');
    await page.getByRole('button', { name: /^验\s?证$/ }).click();
    await page.getByText('签名不通过：APIX_SIGNATURE_INVALID').waitFor();
    expect(await page.getByTestId('string-to-sign').textContent()).toBe(
      'GET\n/api/v1/open/v1/campaigns\n1764633600\nabc123\n\n',
    );
  });
});
