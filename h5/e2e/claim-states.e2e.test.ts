import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchPhone, shot, typeInto } from '../../marketing-server/test/browser';

// The app tells the truth about a claim: a coupon held by risk control is 审核中 (not 领券成功) with
// what happens next, a red packet claimed before any wallet is bound is 待绑定钱包 with the way to bind
// one (not 到账中), and a once-a-day limit reads 每人每天限领 1 次.

const PHONE = '13912340001';

describe('citizen H5 app: claims in their true state', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;
  let heldCouponId: string;
  let packetId: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    }
    env = await startEnv('sqlite');
    heldCouponId = (
      await runningCampaign(env, {
        name: '每日商超券',
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
        limits: { per_user: { count: 1, period: 'day' } },
      })
    ).id;
    // Every unverified citizen's claim goes to a reviewer.
    const analyst = await env.admin('analyst');
    const base = `/api/v1/admin/campaigns/${heldCouponId}/risk-policies`;
    const draft = await env.api('POST', base, {
      token: analyst,
      body: {
        definition: {
          hit_policy: 'worst',
          rules: [
            {
              id: 'unverified',
              when: { fact: 'user.verified', op: 'eq', value: false },
              then: { decision: 'review', reason: 'NOT_VERIFIED' },
            },
          ],
          default: { decision: 'pass' },
        },
      },
    });
    expect(draft.status).toBe(201);
    await env.api('POST', `${base}/1/submit`, { token: analyst, body: {} });
    const active = await env.api('POST', `${base}/1/approve`, {
      token: await env.admin('approver'),
      body: {},
    });
    expect(active.body.status).toBe('active');
    packetId = (
      await runningCampaign(env, {
        name: '海珠 ¥3 红包',
        kind: 'red_packet',
        budget_fen: 3_00 * 10,
        red_packet: { mode: 'fixed', amount_fen: 3_00 },
      })
    ).id;
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await env?.close();
  });

  it('allows zooming, has a favicon, and logs in', async () => {
    await page.goto(`${env.url}/h5/#/pages/login/index`);
    // 适老化: pinch-zoom is allowed; the tab has an icon (no favicon.ico 404).
    expect(await page.locator('meta[name=viewport]').getAttribute('content')).not.toMatch(
      /user-scalable=no|maximum-scale=1/,
    );
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
    await typeInto(page, '.login-phone', PHONE);
    await page.locator('.login-send:visible').click();
    await expect
      .poll(async () => (await page.locator('.login-send:visible').textContent()) ?? '')
      .toMatch(/秒后重发/);
    const sms = await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${PHONE}`)).json();
    await typeInto(page, '.login-code', sms.messages.at(-1).params.code as string);
    await page.locator('.login-agree:visible').click();
    await page.locator('.login-submit:visible').click();
    await page.locator('.campaign-card:visible').first().waitFor();
  });

  it('a coupon held for review says 审核中 and what happens next, and its limit is per day', async () => {
    await page.goto(`${env.url}/h5/#/packages/campaign/detail/index?id=${heldCouponId}`);
    await expect
      .poll(async () => page.locator('.detail__terms:visible').textContent())
      .toContain('每人每天限领 1 次');
    const button = page.locator('.claim-btn:visible');
    await expect.poll(async () => button.textContent()).toContain('立即领取');
    await button.click();
    const opening = page.locator('.opening:visible');
    await opening.waitFor();
    const text = (await opening.textContent()) ?? '';
    expect(text).toContain('审核中');
    expect(text).toContain('审核通过后放入券包');
    expect(text).not.toContain('领券成功');
    expect(text).not.toContain('查看券码');
    await shot(page, 'claim-states-01-held');
    await page.locator('.opening__close:visible').click();
    await expect.poll(async () => button.textContent()).toContain('已领取');
    await expect
      .poll(async () => page.locator('.detail__terms:visible').textContent())
      .toContain('今日已领取，明天再来');
  });

  it('a red packet without a wallet says 待绑定钱包 and leads to the binding', async () => {
    await page.goto(`${env.url}/h5/#/packages/campaign/detail/index?id=${packetId}`);
    const button = page.locator('.claim-btn:visible');
    await expect.poll(async () => button.textContent()).toContain('立即领取');
    await button.click();
    const opening = page.locator('.opening:visible');
    await opening.waitFor();
    await expect.poll(async () => opening.textContent()).toContain('待绑定钱包');
    expect(await opening.textContent()).not.toContain('正在发放');
    await page.locator('.opening__close:visible').click();

    await page.goto(`${env.url}/h5/#/packages/mine/coupons/index`);
    const packet = page.locator('.claim-item:visible', { hasText: '海珠 ¥3 红包' });
    await packet.waitFor();
    await expect.poll(async () => packet.textContent()).toMatch(/待绑定钱包.*去绑定/);
    expect(await packet.textContent()).not.toContain('到账中');
    const held = page.locator('.claim-item:visible', { hasText: '每日商超券' });
    await expect.poll(async () => held.textContent()).toMatch(/审核中.*审核通过后放入券包/);
    await shot(page, 'claim-states-02-mine');
    await packet.locator('.claim-item__next').click();
    await page.locator('.bind-phone:visible').waitFor();
  });
});
