import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// 风控审核 decides: claims a policy held show the campaign's name, the citizen's masked phone and the
// reason in Chinese; the analyst releases one (the citizen's claim is granted) and rejects another
// with a reason (its money goes back to the campaign, the decision and the reason are in the audit log).
describe('admin panel: risk review releases and rejects held claims', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let campaignId: string;
  const held: { claim: string; phone: string; token: string }[] = [];

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    ({ id: campaignId } = await runningCampaign(env, {
      name: '海珠消费红包',
      kind: 'red_packet',
      budget_fen: 100_00,
      red_packet: { mode: 'fixed', amount_fen: 300 },
    }));
    const analyst = await env.admin('analyst');
    const policy = {
      hit_policy: 'worst',
      rules: [
        {
          id: 'no-device',
          when: { fact: 'request.has_device_id', op: 'eq', value: false },
          then: { decision: 'review', reason: 'NO_DEVICE' },
        },
      ],
      default: { decision: 'pass' },
    };
    const draft = await env.api('POST', `/api/v1/admin/campaigns/${campaignId}/risk-policies`, {
      token: analyst,
      body: { definition: policy },
    });
    expect(draft.status).toBe(201);
    await env.api('POST', `/api/v1/admin/campaigns/${campaignId}/risk-policies/1/submit`, {
      token: analyst,
      body: {},
    });
    const active = await env.api('POST', `/api/v1/admin/campaigns/${campaignId}/risk-policies/1/approve`, {
      token: await env.admin('approver'),
      body: {},
    });
    expect(active.body.status).toBe('active');

    const citizens = await env.citizens(2);
    for (const [i, u] of citizens.entries()) {
      const phone = `1380013${String(i).padStart(4, '0')}`;
      await env.platform.db.exec('UPDATE users SET phone = ? WHERE id = ?', [phone, u.id]);
      const r = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
        token: u.token,
        idem: `held-${i}`,
        body: {},
      });
      expect(r.status).toBe(201);
      expect(r.body.status).toBe('held');
      held.push({ claim: r.body.id, phone, token: u.token });
    }
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

  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const row = (phone: string) => page.locator('.ant-table-row', { hasText: masked(phone) });
  const claimStatus = async (id: string) =>
    (await env.platform.db.query<{ status: string }>('SELECT status FROM claims WHERE id = ?', [id]))[0]
      .status;

  it('lists held claims with names, masked phones and reasons in Chinese', async () => {
    await loginAs('analyst');
    await page.goto(`${env.url}/admin/risk`);
    for (const h of held) await row(h.phone).waitFor();
    const text = (await row(held[0].phone).textContent()) ?? '';
    expect(text).toContain('海珠消费红包');
    expect(text).toContain('¥3.00');
    expect(text).toContain('缺少设备标识');
    expect(text).not.toContain(campaignId);
    expect(text).not.toContain(held[0].phone);
    await shot(page, 'admin-risk-01-queue');
  });

  it('releases one held claim: the citizen gets it', async () => {
    await row(held[0].phone).locator('.ant-checkbox-input').check();
    await page.locator('.review-approve').click();
    await page.locator('.ant-message', { hasText: '已放行 1 笔' }).waitFor();
    await row(held[0].phone).waitFor({ state: 'detached' });
    expect(await claimStatus(held[0].claim)).toBe('granted');
    const mine = await env.api('GET', `/api/v1/me/claims/${held[0].claim}`, { token: held[0].token });
    expect(mine.body.status).toBe('granted');
  });

  it('rejects the other with a reason: the money goes back and the reason is audited', async () => {
    await row(held[1].phone).locator('.ant-checkbox-input').check();
    await page.locator('.review-reject').click();
    await page.locator('.ant-modal:visible textarea').fill('同一批号段集中注册');
    await page.locator('.ant-modal:visible .ant-btn-dangerous').click();
    await page.locator('.ant-message', { hasText: '已拒绝 1 笔' }).waitFor();
    await page.locator('.ant-empty', { hasText: '没有待审核的领取' }).first().waitFor();
    expect(await claimStatus(held[1].claim)).toBe('rejected');
    const audit = await env.platform.db.query<{ action: string; comment: string | null }>(
      "SELECT action, comment FROM audit_logs WHERE entity_type = 'claim' AND entity_id = ?",
      [held[1].claim],
    );
    expect(audit).toEqual([{ action: 'risk_review.reject', comment: '同一批号段集中注册' }]);
    await shot(page, 'admin-risk-02-decided');
  });
});
