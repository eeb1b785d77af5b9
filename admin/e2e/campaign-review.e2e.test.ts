import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFunder, fundFunder, iso, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// Maker and checker talk through the campaign page: the approver's 待我审批 count leads to the
// campaign; the approver rejects with a reason, the maker reads it (with the approver's name), edits
// the rejected campaign in the wizard and submits it again in one step; the approver sees every term
// (funder by name, stock, limits, use window, merchant scope) before approving with a comment; the
// maker copies the campaign into a new draft.
describe('admin panel: a rejected campaign is edited and approved', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let id: string;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    const f = await createFunder(env, '海珠区商务局');
    await fundFunder(env, f.body.id, 1_000_000_00, {
      token: await env.admin('funder'),
      confirmer: await env.admin('funder2'),
    });
    const now = env.clock.now();
    const created = await env.api('POST', '/api/v1/admin/campaigns', {
      token: await env.admin('manager'),
      body: {
        name: '海珠商超满减券',
        kind: 'coupon',
        funder_id: f.body.id,
        budget_fen: 500_000_00,
        claim_start_at: iso(new Date(now.getTime() + 3600_000)),
        claim_end_at: iso(new Date(now.getTime() + 7 * 86400_000)),
        coupon: { type: 'threshold', threshold_fen: 80_00, discount_fen: 20_00, use_window: { days: 7 } },
      },
    });
    expect(created.status).toBe(201);
    id = created.body.id;
    await env.api('POST', `/api/v1/admin/campaigns/${id}/submit`, { token: await env.admin('manager') });
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
  const status = (text: string) => page.locator('.campaign-status', { hasText: text }).waitFor();
  const todoCount = async () => (await page.locator('.todo-approvals .todo-count').textContent())?.trim();

  it('the approver sees how many campaigns wait for their decision, and the list of them', async () => {
    await loginAs('approver');
    await expect.poll(todoCount).toBe('1');
    await page.locator('.todo-approvals').click();
    await page.locator('.todo-filter').waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().locator('a', { hasText: '海珠商超满减券' }).click();
    const crumbs = page.locator('.page-crumbs');
    await crumbs.getByText('活动详情').waitFor();
    expect(await crumbs.locator('a', { hasText: '活动管理' }).getAttribute('href')).toBe('/admin/campaigns');
  });

  it('the maker has no approvals to-do', async () => {
    await loginAs('manager');
    await page.locator('.ant-menu').waitFor();
    expect(await page.locator('.todo-approvals').count()).toBe(0);
  });

  it('the approver rejects with a reason', async () => {
    await loginAs('approver');
    await page.goto(`${env.url}/admin/campaigns/${id}`);
    await page.locator('.action-reject').click();
    await page.locator('.ant-modal:visible textarea').fill('预算过高，请改为 ¥100,000');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await status('已驳回');
    await expect.poll(todoCount).toBe('0');
  });

  it('the maker reads the reason, edits the rejected campaign and resubmits it', async () => {
    await loginAs('manager');
    await page.goto(`${env.url}/admin/campaigns/${id}`);
    const reason = page.locator('.reject-reason');
    await reason.waitFor();
    const text = (await reason.textContent()) ?? '';
    expect(text).toContain('驳回原因：预算过高，请改为 ¥100,000');
    expect(text).not.toContain(await env.adminId('approver'));
    await shot(page, 'admin-review-01-rejected');
    // One step from the rejected campaign: the wizard opens with every term filled in and the reason
    // on top; saving takes it back to draft, saves the new version and submits it again.
    await page.locator('.action-edit').click();
    const wizard = page.locator('.campaign-wizard');
    await wizard.locator('.reject-reason', { hasText: '预算过高' }).waitFor();
    expect(await page.locator('#name').inputValue()).toBe('海珠商超满减券');
    await page.locator('#budget_yuan').fill('100000');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('.create-submit', { hasText: '保存并重新提交审批' }).click();
    await status('待审批');
    const budget = await env.platform.db.query<{ budget_fen: number }>(
      'SELECT budget_fen FROM campaigns WHERE id = ?',
      [id],
    );
    expect(Number(budget[0].budget_fen)).toBe(100_000_00);
    await reason.waitFor({ state: 'detached' });
    await page.locator('.ant-tabs-tab', { hasText: '审批记录' }).click();
    expect((await page.locator('.decisions-table').textContent()) ?? '').toMatch(/驳回.*退回修改.*提交审批/);
  });

  it('the approver sees every term by name and approves with a comment', async () => {
    await loginAs('approver');
    await expect.poll(todoCount).toBe('1');
    await page.goto(`${env.url}/admin/campaigns/${id}`);
    await page.locator('.action-approve').click();
    const confirm = page.locator('.approve-confirm:visible');
    await confirm.waitFor();
    const terms = (await confirm.textContent()) ?? '';
    expect(terms).toContain('海珠区商务局');
    expect(terms).toContain('¥100,000.00');
    expect(terms).toContain('领取后 7 天内');
    expect(terms).toContain('全部合作商户');
    expect(terms).toContain('共 5000 个');
    expect(terms).toContain('整个活动每人限领 1 次');
    await shot(page, 'admin-review-02-approve-confirm');
    await confirm.locator('textarea').fill('条款已核对');
    await confirm.locator('.ant-btn-primary').click();
    await status('已批准');
    await expect.poll(todoCount).toBe('0');
    await page.locator('.ant-tabs-tab', { hasText: '审批记录' }).click();
    const log = (await page.locator('.decisions-table').textContent()) ?? '';
    expect(log).toMatch(/驳回.*预算过高.*退回修改.*提交审批.*批准.*条款已核对/);
  });

  it('the maker copies the approved campaign into a new draft with the same terms', async () => {
    await loginAs('manager');
    await page.goto(`${env.url}/admin/campaigns/${id}`);
    await page.locator('.action-copy').click();
    await page.locator('.campaign-wizard').getByText('复制自“海珠商超满减券”').waitFor();
    expect(await page.locator('#name').inputValue()).toBe('海珠商超满减券（副本）');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('.save-draft').click();
    await status('草稿');
    expect(page.url()).not.toContain(id);
    const copies = await env.platform.db.query<{ budget_fen: number; config: string }>(
      'SELECT budget_fen, config FROM campaigns WHERE name = ?',
      ['海珠商超满减券（副本）'],
    );
    expect(copies.map((c) => Number(c.budget_fen))).toEqual([100_000_00]);
    expect(JSON.parse(copies[0].config).coupon).toMatchObject({ threshold_fen: 80_00, discount_fen: 20_00 });
  });
});
