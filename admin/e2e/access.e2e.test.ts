import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// 用户与角色: a user administrator proposes a custom role, a second one approves it; assigning it to a
// campaign manager is refused with the separation-of-duties conflict named in Chinese.
describe('admin panel: users and roles, four eyes and separation of duties', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
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
  const tab = (name: string) => page.getByRole('tab', { name }).click();

  it('the user administrator sees only 用户与角色, proposes a custom role; another approves it', async () => {
    await loginAs('admin');
    await expect.poll(() => page.url()).toContain('/admin/access');
    const menu = (await page.locator('.ant-menu').textContent()) ?? '';
    expect(menu).toContain('用户与角色');
    expect(menu).not.toContain('活动管理');

    await tab('角色');
    await page.locator('.role-create').click();
    await page.locator('#role-id').fill('campaign_checker');
    await page.locator('#role-name').fill('活动复核（自定义）');
    await page.locator('[data-permission="POST /admin/campaigns/{id}/approve"]').click();
    await page.locator('[data-permission="GET /admin/campaigns"]').click();
    await page.locator('.proposal-submit').click();
    await page.locator('.ant-message', { hasText: '待另一位用户与角色管理员批准' }).waitFor();
    // Not applied yet: the role is not in the list.
    await expect(page.locator('.access-roles').textContent()).resolves.not.toContain('campaign_checker');

    await tab('待审批');
    const mine = page.locator('.access-proposals tbody tr', { hasText: 'campaign_checker' });
    await mine.waitFor();
    expect(await mine.locator('.proposal-approve').isDisabled()).toBe(true);

    await loginAs('admin2');
    await page.goto(`${env.url}/admin/access`);
    await tab('待审批');
    await page
      .locator('.access-proposals tbody tr', { hasText: 'campaign_checker' })
      .locator('.proposal-approve')
      .click();
    await page.locator('.ant-message', { hasText: '已批准并生效' }).waitFor();
    await tab('角色');
    await page.locator('.access-roles tbody tr', { hasText: 'campaign_checker' }).waitFor();
  });

  it('assigning the custom role to a campaign manager is refused with the conflict in Chinese', async () => {
    await page.goto(`${env.url}/admin/access`);
    await tab('用户');
    const row = page.locator('.access-users tbody tr', { hasText: 'manager2' });
    await row.locator('.user-roles-edit').click();
    await page.locator('#user-roles-select').click();
    // The dropdown renders only the options in view (over a dozen roles now): find it by typing.
    await page.locator('#user-roles-select').fill('campaign_checker');
    await page.locator('.ant-select-item-option', { hasText: 'campaign_checker' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.proposal-submit').click();
    const error = page.locator('.access-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('职责分离冲突');
    expect(text).toContain('活动复核（自定义）');
    expect(text).toContain('活动经办与活动复核不能由同一人担任');
    await shot(page, 'admin-access-01-sod-refused');
    const rows = await env.platform.db.query<{ role_id: string }>(
      'SELECT role_id FROM admin_user_roles WHERE user_id = ?',
      [await env.adminId('manager2')],
    );
    expect(rows.map((r) => r.role_id)).toEqual(['campaign_manager']);
  });
});
