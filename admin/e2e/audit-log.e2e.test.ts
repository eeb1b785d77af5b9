import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

const DAY = 86400_000;

// What an auditor reads: the log in words (staff and campaigns by name, actions in Chinese, amounts in
// yuan, Beijing time), narrowed to a few days with a preset and exported with the same range; the
// claims table with Chinese states and channels, and one claimant unmasked for a stated reason.
describe('admin panel: audit log and claims in words', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let campaignId: string;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    ({ id: campaignId } = await runningCampaign(env, {
      name: '荔湾早茶券',
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
    }));
    const [citizen] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
      '13912341234',
      '陈小明',
      citizen.id,
    ]);
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: citizen.token,
      idem: 'audit-e2e-1',
      body: { channel: 'h5' },
    });
    expect(claim.status).toBe(201);
    // A row from ten days ago, which the 近7天 preset leaves out.
    await env.platform.db.exec(
      'INSERT INTO audit_logs (actor_type, actor_id, action, entity_type, entity_id, changes, comment, request_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)',
      [
        'admin',
        await env.adminId('manager'),
        'campaign.pause',
        'campaign',
        campaignId,
        null,
        '十天前的记录',
        null,
        new Date(env.clock.now().getTime() - 10 * DAY),
      ],
    );
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  const table = () => page.locator('.audit-table');
  const tableText = async () => (await table().textContent()) ?? '';

  it('shows who by name, what in Chinese and which campaign by name', async () => {
    await loginToAdmin(page, env.url, 'auditor');
    await page.goto(`${env.url}/admin/audit`);
    await table().getByText('十天前的记录').waitFor();
    const text = await tableText();
    expect(text).toContain('批准活动');
    expect(text).toContain('登记入金');
    expect(text).toContain('活动 荔湾早茶券');
    expect(text).toContain('approver'); // the approver's display name in the test fixtures
    expect(text).not.toContain(await env.adminId('approver'));
    expect(text).not.toMatch(/campaign\.|funder\.deposit|\[object Object\]/);
    expect(await page.locator('.page-crumbs').textContent()).toContain('审计日志');
  });

  it('narrows to the last 7 days with a preset, and exports that range', async () => {
    await page.locator('.audit-range').click();
    await page.locator('.ant-picker-presets li', { hasText: '近7天' }).click();
    await expect.poll(tableText).not.toContain('十天前的记录');
    expect(await tableText()).toContain('批准活动');
    await shot(page, 'admin-audit-range');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.audit-export').click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('campaign.approve');
    expect(csv).not.toContain('十天前的记录');
    const exported = await env.platform.db.query<{ changes: string }>(
      "SELECT changes FROM audit_logs WHERE action = 'export.csv' ORDER BY id DESC LIMIT 1",
    );
    expect(JSON.parse(exported[0].changes)).toHaveProperty('from');
  });

  it('the claims table names states and channels in Chinese', async () => {
    await page.goto(`${env.url}/admin/campaigns/${campaignId}`);
    const claims = page.locator('.claims-table');
    await claims.waitFor();
    const text = (await claims.textContent()) ?? '';
    expect(text).toContain('已发放');
    expect(text).toContain('H5 网页');
    expect(text).not.toMatch(/granted|h5\b/);
  });

  it('an auditor sees one claimant in clear after giving a reason, and the log records it', async () => {
    const claims = page.locator('.claims-table');
    expect((await claims.textContent()) ?? '').not.toContain('13912341234');
    await claims.locator('.unmask-row').first().click();
    const confirm = page.locator('.unmask-confirm');
    await expect(confirm.locator('.ant-btn-primary').isDisabled()).resolves.toBe(true); // no reason yet
    await confirm.locator('textarea').fill('市民投诉核实身份');
    await confirm.locator('.ant-btn-primary').click();
    await expect.poll(async () => (await claims.textContent()) ?? '').toContain('13912341234');
    expect((await claims.textContent()) ?? '').toContain('陈小明');
    const audit = await env.platform.db.query<{ entity_type: string; comment: string }>(
      "SELECT entity_type, comment FROM audit_logs WHERE action = 'pii.unmask'",
    );
    expect(audit).toEqual([{ entity_type: 'claim', comment: '市民投诉核实身份' }]);
    await page.goto(`${env.url}/admin/audit`);
    const row = page.locator('.audit-table tr', { hasText: '查看明文个人信息' });
    await row.waitFor();
    expect(await row.textContent()).toContain('市民投诉核实身份');
  });
});
