import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { startTestLot, type TestLot } from '../../marketing-server/test/parking';
import { registerVehicle, verifyAs } from '../../marketing-server/test/identity';
import { launchPhone, shot, typeInto } from '../../marketing-server/test/browser';
import { checkA11y, checkAxe, formatViolations } from './a11y';

// Home lists what can be claimed first and the sold-out campaigns greyed at the bottom, each card with
// its own 领取; plates are typed on the app's plate keyboard (green new-energy plates take 8); and the
// pages a citizen uses most (home, a campaign, the wallet, paying for parking) pass the accessibility
// check in h5/e2e/a11y.ts: named buttons, labelled fields, images with alt, text contrast ≥ 4.5:1.

const PHONE = '13912340015';
const GREEN_PLATE = '粤AD12345';

describe('citizen H5 app: lists, plate keyboard, accessibility', () => {
  let env: TestEnv;
  let lot: TestLot;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;
  let soldOutId: string;
  let couponId: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    }
    env = await startEnv('sqlite');
    lot = await startTestLot(env);
    // Created first, so only the app's ordering can put it last.
    soldOutId = (
      await runningCampaign(env, {
        name: '一元秒杀红包',
        kind: 'red_packet',
        budget_fen: 100,
        red_packet: { mode: 'fixed', amount_fen: 100 },
      })
    ).id;
    const [other] = await env.citizens(1);
    const taken = await env.api('POST', `/api/v1/campaigns/${soldOutId}/claims`, {
      token: other.token,
      idem: 'ux-e2e-sold-out',
      body: {},
    });
    expect(taken.status).toBe(201);
    couponId = (
      await runningCampaign(env, {
        name: '满 30 减 5 便民券',
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'threshold', threshold_fen: 3000, discount_fen: 500, use_window: { days: 7 } },
      })
    ).id;
    await runningCampaign(env, {
      name: '海珠 ¥2 红包',
      kind: 'red_packet',
      budget_fen: 2_00 * 50,
      red_packet: { mode: 'fixed', amount_fen: 2_00 },
    });
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await lot?.close();
    await env?.close();
  });

  it('logs in', async () => {
    await page.goto(`${env.url}/h5/#/pages/login/index`);
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

  it('greys a sold-out card and lists it below the claimable ones; a card claims from its 领取', async () => {
    const cards = page.locator('.campaign-card:visible');
    await expect.poll(async () => cards.count()).toBe(3);
    const order = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-campaign')));
    expect(order.at(-1)).toBe(soldOutId);
    const soldOut = page.locator(`.campaign-card[data-campaign="${soldOutId}"]`);
    expect(await soldOut.getAttribute('data-state')).toBe('soldout');
    // Greyed: the amount panel is grey instead of red, the card's button is 已抢光 and disabled.
    const panel = await soldOut
      .locator('.campaign-card__amount')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(panel).toBe('rgb(214, 214, 214)');
    const off = soldOut.locator('.card-claim');
    expect((await off.textContent())?.trim()).toBe('已抢光');
    expect(await off.getAttribute('aria-disabled')).toBe('true');
    // Below a heading of its own, after the open ones; the open ones are red/gold and show 已抢 N%.
    const headings = await page
      .locator('.section-title:visible')
      .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    expect(headings).toEqual(['正在进行', '已抢光']);
    const open = page.locator(`.campaign-card[data-campaign="${couponId}"]`);
    expect(
      await open.locator('.campaign-card__amount').evaluate((e) => getComputedStyle(e).backgroundColor),
    ).not.toBe('rgb(214, 214, 214)');
    await expect(open.locator('.stock').textContent()).resolves.toContain('已抢 0%');
    await shot(page, 'ux-01-home');

    // 领取 on the card opens the campaign and claims it in the same tap.
    await open.locator('.card-claim').click();
    const opening = page.locator('.opening:visible');
    await opening.waitFor();
    await expect.poll(async () => opening.textContent()).toContain('领券成功');
    await page.locator('.opening__close:visible').click();
    await expect.poll(async () => page.locator('.claim-btn:visible').textContent()).toContain('已领取');
  });

  it('reaches a card by keyboard and opens it with Enter', async () => {
    await page.goto(`${env.url}/h5/#/pages/index/index`);
    const card = page.locator(`.campaign-card[data-campaign="${couponId}"]`);
    await card.waitFor();
    // Taro renders the card's name as a div with role=link: the app puts it in the tab order.
    const link = card.locator('[role="link"]');
    expect(await link.getAttribute('tabindex')).toBe('0');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator('.claim-btn:visible').waitFor();
    expect(page.url()).toContain(`id=${couponId}`);
  });

  it('a missing campaign offers 返回首页 beside 重试', async () => {
    await page.goto(`${env.url}/h5/#/packages/campaign/detail/index?id=cmp_does_not_exist`);
    await page.locator('.state__home:visible').waitFor();
    expect(await page.locator('.state__retry:visible').count()).toBe(1);
    await page.locator('.state__home:visible').click();
    await page.locator('.campaign-card:visible').first().waitFor();
  });

  it('enters a green new-energy plate on the plate keyboard', async () => {
    await page.goto(`${env.url}/h5/#/packages/parking/index/index`);
    const field = page.locator('.add-plate__input:visible');
    await field.waitFor();
    expect(await field.locator('.plate-cell').count()).toBe(7);
    await field.locator('.plate-energy').click();
    expect(await field.locator('.plate-cell').count()).toBe(8);
    expect(await field.locator('.plate-energy').getAttribute('aria-pressed')).toBe('true');
    // The province keys first: no letters yet.
    const keyboard = page.locator('.plate-keyboard:visible');
    await keyboard.waitFor();
    expect(await keyboard.locator('.plate-key[data-key="粤"]').count()).toBe(1);
    expect(await keyboard.locator('.plate-key[data-key="A"]').count()).toBe(0);
    await keyboard.locator('.plate-key[data-key="粤"]').click();
    await shot(page, 'ux-02-plate-keyboard');
    // Then letters and digits, without I and O; the second place takes a letter only.
    expect(await keyboard.locator('.plate-key[data-key="I"]').count()).toBe(0);
    expect(await keyboard.locator('.plate-key[data-key="O"]').count()).toBe(0);
    expect(await keyboard.locator('.plate-key[data-key="1"]').getAttribute('aria-disabled')).toBe('true');
    for (const ch of Array.from('AD1236')) await keyboard.locator(`.plate-key[data-key="${ch}"]`).click();
    await keyboard.locator('.plate-key--del').click();
    for (const ch of Array.from('45')) await keyboard.locator(`.plate-key[data-key="${ch}"]`).click();
    // Eight characters: the keyboard closes with the plate filled in.
    await expect.poll(async () => page.locator('.plate-keyboard:visible').count()).toBe(0);
    expect((await field.locator('.plate-input__cells').textContent())?.replace(/\s/g, '')).toBe(GREEN_PLATE);
    await expect(page.locator('.color-chip--on:visible').textContent()).resolves.toContain('绿牌');
    await shot(page, 'ux-02-plate');
    await page.locator('.plate-add:visible').click();
    const row = page.locator('.plate-row:visible', { hasText: '粤A·D12345' });
    await row.waitFor();
    expect(await row.locator('.plate').getAttribute('class')).toContain('plate--green');
  });

  it('passes the accessibility check on home, a campaign, the wallet and paying for parking', async () => {
    const token = await page.evaluate(
      () => JSON.parse(localStorage.getItem('sy_token') ?? '{}').data as string,
    );
    const me = await verifyAs(env, token);
    await registerVehicle(env, '粤B54321', me);
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: '粤B54321' });
    env.clock.advance(20 * 60_000); // a fee to pay, within the campaigns' hour-long claim window
    const session = await env.api(
      'GET',
      `/api/v1/parking/lots/${lot.lotId}/session?plate=${encodeURIComponent('粤B54321')}`,
      { token },
    );
    expect(session.status).toBe(200);

    const pages: [string, string, string][] = [
      ['home', '/h5/#/pages/index/index', '.campaign-card'],
      ['campaign detail', `/h5/#/packages/campaign/detail/index?id=${couponId}`, '.claim-btn'],
      ['wallet', '/h5/#/packages/wallet/index/index', '.bind-phone'],
      ['parking pay', `/h5/#/packages/parking/pay/index?id=${session.body.id as string}`, '.pay-btn'],
    ];
    const found: string[] = [];
    for (const [name, url, ready] of pages) {
      await page.goto('about:blank'); // a fresh load of each page, not a hash change
      await page.goto(`${env.url}${url}`);
      await page.locator(`${ready}:visible`).first().waitFor();
      const report = await checkA11y(page);
      if (report.violations.length) found.push(`${name}:\n${formatViolations(report)}`);
      const axe = await checkAxe(page);
      if (axe.violations.length) found.push(`${name} (axe):\n${formatViolations(axe)}`);
      expect(axe.checked, `${name}: axe rules that passed`).toBeGreaterThan(5);
      expect(report.checked, `${name}: text checked for contrast`).toBeGreaterThan(2);
      // The tree has buttons and headings now, not only divs.
      expect(await page.locator('[role="button"]:visible').count(), name).toBeGreaterThan(0);
      expect(await page.locator('[role="heading"]:visible').count(), name).toBeGreaterThan(0);
    }
    expect(found.join('\n')).toBe('');

    // The check finds what it looks for: grey #999 text on white, an unnamed button, a bare field, an
    // image without alt, and a Taro-style button element without its role.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML =
        '<p style="color:#999;background:#fff;font-size:14px">灰色小字</p>' +
        '<div role="button" style="width:40px;height:40px"></div>' +
        '<input style="width:100px;height:20px">' +
        '<img style="width:20px;height:20px" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
        '<taro-button-core style="display:block;width:60px;height:20px">领取</taro-button-core>';
      document.body.prepend(box);
    });
    const rules = (await checkA11y(page)).violations.map((v) => v.rule).sort();
    expect(rules).toEqual(['button-name', 'button-role', 'color-contrast', 'image-alt', 'label']);
    // axe finds the same page's critical and serious problems (not the Taro role, which it cannot know;
    // an unnamed role=button is its aria-command-name, button-name being for <button>).
    const axeRules = new Set((await checkAxe(page)).violations.map((v) => v.rule));
    for (const rule of ['aria-command-name', 'color-contrast', 'image-alt', 'label'])
      expect(axeRules.has(rule), `axe reports ${rule}`).toBe(true);
  });
  it('sets a 开抢提醒 on a campaign that has not opened, cancels it, and is told why it cannot be set', async () => {
    const startsAt = new Date(env.clock.now().getTime() + 2 * 3600_000);
    const { id } = await runningCampaign(
      env,
      {
        name: '周末开抢红包',
        kind: 'red_packet',
        budget_fen: 10_000,
        red_packet: { mode: 'fixed', amount_fen: 100 },
        claim_start_at: startsAt.toISOString(),
        claim_end_at: new Date(startsAt.getTime() + 3600_000).toISOString(),
      },
      { start: false },
    );
    await page.goto('about:blank'); // a fresh page: the check above left test elements in this one
    await page.goto(`${env.url}/h5/#/packages/campaign/detail/index?id=${id}`);
    await page.locator('.reminder__set:visible').click();
    const set = page.locator('.reminder--set:visible');
    await expect.poll(async () => set.textContent()).toContain('已设置开抢提醒');
    // The web has no WeChat subscribe message: it says the SMS will come, and the row says so too.
    await expect(set.textContent()).resolves.toContain('短信通知您');
    const status = async () =>
      (
        await env.platform.db.query<{ status: string }>(
          'SELECT status FROM campaign_reminders WHERE campaign_id = ?',
          [id],
        )
      )[0]?.status;
    expect(await status()).toBe('pending');
    await page.waitForTimeout(2600); // the 已设置 toast fades before the picture
    await shot(page, 'ux-05-reminder');
    await set.locator('.reminder__cancel').click();
    await page.locator('.reminder__set:visible').waitFor();
    expect(await status()).toBe('cancelled');

    // Without a phone number on file there is nowhere to send it: the refusal is said, nothing is set.
    const me = await env.platform.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [PHONE]);
    await env.platform.db.exec('UPDATE users SET phone = NULL WHERE id = ?', [me[0].id]);
    try {
      await page.locator('.reminder__set:visible').click();
      await page.locator('.reminder__error:visible', { hasText: '请先绑定手机号' }).waitFor();
      expect(await status()).toBe('cancelled');
      expect(await page.locator('.reminder--set:visible').count()).toBe(0);
    } finally {
      await env.platform.db.exec('UPDATE users SET phone = ? WHERE id = ?', [PHONE, me[0].id]);
    }
  });
});
