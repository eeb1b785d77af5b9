import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { ARTIFACTS, launchPhone, shot, typeInto } from '../../marketing-server/test/browser';
import { checkA11y, formatViolations } from './a11y';

// Taro's H5 router keeps earlier pages in the DOM (hidden), as the mini-program keeps its page stack:
// every locator here asks for the visible element.

// The citizen journey on a phone-sized browser against the real server (embedded mode: SQLite,
// in-process queue, in-process WeChat/SMS/bank simulators) serving the real H5 build at /h5/.

const PHONE = '13912345678';

describe('citizen H5 app', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;
  let couponId: string;
  let lastOneId: string;
  const metrics: Record<string, number> = {};

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    }
    env = await startEnv('sqlite');
    couponId = (
      await runningCampaign(env, {
        name: '满 80 减 20 商超券',
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'threshold', threshold_fen: 8000, discount_fen: 2000, use_window: { days: 7 } },
      })
    ).id;
    lastOneId = (
      await runningCampaign(env, {
        name: '最后一个 ¥1 红包',
        kind: 'red_packet',
        budget_fen: 100,
        red_packet: { mode: 'fixed', amount_fen: 100 },
      })
    ).id;
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'metrics.json'), `${JSON.stringify(metrics)}\n`);
    await phone?.close();
    await env?.close();
  });

  const PIN = '258036';
  /** Types a PIN on the sheet's own keypad (the sheet has no text field). */
  const typePin = async (pin: string) => {
    for (const d of pin) await page.locator(`.pin-sheet:visible .pin-key[data-key="${d}"]`).click();
  };
  const myId = async () =>
    (await env.platform.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [PHONE]))[0]?.id;
  const claimsOf = async (campaignId: string, userId: string) =>
    Number(
      (
        await env.platform.db.query<{ n: number }>(
          'SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ? AND user_id = ?',
          [campaignId, userId],
        )
      )[0].n,
    );

  it('renders the first screen with the campaigns (time recorded; the budget is checked by npm run bench:h5)', async () => {
    const started = Date.now();
    await page.goto(`${env.url}/h5/`);
    await page.locator('.campaign-card:visible').first().waitFor();
    metrics.h5_first_screen_ms = Date.now() - started;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { dcl: Math.round(nav.domContentLoadedEventEnd), transfer: nav.transferSize };
    });
    metrics.h5_dom_content_loaded_ms = timing.dcl;
    await expect(
      page.locator('.campaign-card:visible', { hasText: '满 80 减 20 商超券' }).textContent(),
    ).resolves.toContain('登录后查看领取资格');
    await shot(page, '01-home-logged-out');
  });

  it('logs in with phone + SMS code', async () => {
    await page.locator('.hero__login:visible').click();
    await typeInto(page, '.login-phone', PHONE);
    await page.locator('.login-send:visible').click();
    await expect
      .poll(async () => (await page.locator('.login-send:visible').textContent()) ?? '')
      .toMatch(/秒后重发/);
    const sms = await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${PHONE}`)).json();
    const code = sms.messages.at(-1).params.code as string;
    await typeInto(page, '.login-code', code);
    await page.locator('.login-submit:visible').click();
    await expect
      .poll(
        async () =>
          (await page
            .locator('.form-error')
            .textContent()
            .catch(() => '')) ?? '',
      )
      .toContain('隐私政策');
    await page.locator('.login-agree:visible').click();
    await shot(page, '02-login');
    await page.locator('.login-submit:visible').click();
    await page.locator('.campaign-card:visible', { hasText: '可领取' }).first().waitFor();
    await shot(page, '03-home-eligible');
  });

  it('claims a coupon with one tap; a double tap and a later tap claim nothing more', async () => {
    await page.locator('.campaign-card:visible', { hasText: '满 80 减 20 商超券' }).click();
    const button = page.locator('.claim-btn:visible');
    await expect.poll(async () => button.textContent()).toContain('立即领取');
    await button.dblclick();
    await page.locator('.opening:visible').waitFor();
    await expect(page.locator('.opening:visible').textContent()).resolves.toContain('领券成功');
    await shot(page, '04-claimed');
    const userId = await myId();
    expect(await claimsOf(couponId, userId)).toBe(1);

    await page.locator('.opening__btn:visible').click();
    await page.locator('.qr__img:visible').waitFor();
    const claim = (
      await env.platform.db.query<{ coupon_code: string }>(
        'SELECT coupon_code FROM claims WHERE campaign_id = ? AND user_id = ?',
        [couponId, userId],
      )
    )[0];
    const shown = (await page.locator('.qr__code:visible').textContent())?.replace(/\s/g, '');
    expect(shown).toBe(claim.coupon_code);
    await expect(page.locator('.coupon-code__card:visible').textContent()).resolves.toContain('可使用');
    await shot(page, '05-coupon-code');
    // A linear scanner reads the same code from the barcode above the QR.
    expect(await page.locator('.qr__barcode:visible').count()).toBe(1);
    // A screen reader hears what the two images are (the digits come from the text under them).
    expect(await page.getByRole('img', { name: '券码二维码' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: '券码条形码' }).count()).toBe(1);

    // Without a network the coupon opened before is still shown, from the phone, and says so.
    // (Back and forward again inside the app: the page is opened anew and asks the server.)
    await phone.context.setOffline(true);
    await page.goBack();
    await page.locator('.claim-btn:visible').waitFor();
    await page.goForward();
    await page.locator('.coupon-code__offline:visible').waitFor({ timeout: 15_000 });
    await expect(page.locator('.coupon-code__offline:visible').textContent()).resolves.toContain(
      '网络不可用',
    );
    expect((await page.locator('.qr__code:visible').textContent())?.replace(/\s/g, '')).toBe(
      claim.coupon_code,
    );
    await shot(page, '05b-coupon-offline');
    await phone.context.setOffline(false);
    await page.locator('.coupon-code__offline:visible').getByText('重新加载').click();
    await page.locator('.coupon-code__offline').waitFor({ state: 'detached' });

    await page.goBack();
    await expect.poll(async () => button.textContent()).toContain('已领取');
    await button.click({ force: true });
    await page.waitForTimeout(300);
    expect(await claimsOf(couponId, userId)).toBe(1);
  });

  it('says 来晚了 when the last packet goes to someone else first', async () => {
    await page.goto(`${env.url}/h5/#/packages/campaign/detail/index?id=${lastOneId}`);
    const button = page.locator('.claim-btn:visible');
    await expect.poll(async () => button.textContent()).toContain('立即领取');
    const [other] = await env.citizens(1);
    const taken = await env.api('POST', `/api/v1/campaigns/${lastOneId}/claims`, {
      token: other.token,
      idem: 'other-takes-last',
      body: {},
    });
    expect(taken.status).toBe(201);
    await button.click();
    await page.locator('.refusal:visible').waitFor();
    await expect(page.locator('.refusal:visible').textContent()).resolves.toBe('来晚了，已被领完');
    await expect.poll(async () => button.textContent()).toContain('已领完');
    await shot(page, '06-sold-out');
    expect(await claimsOf(lastOneId, await myId())).toBe(0);
  });

  it('lists the coupon in my coupons with its use window', async () => {
    await page.goto(`${env.url}/h5/#/packages/mine/coupons/index`);
    const item = page.locator('.claim-item:visible').first();
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(/满80减20.*有效期.*可使用/);
    await shot(page, '07-my-coupons');
  });

  it('shows the offline state, then recovers with 重试 once the network is back', async () => {
    await phone.context.setOffline(true);
    await page.locator('.offline-banner:visible').waitFor();
    await page.locator('.bottom-nav__item:visible', { hasText: '领券' }).click();
    await page.locator('.state--offline:visible').waitFor({ timeout: 15_000 });
    await expect(page.locator('.state--offline:visible').textContent()).resolves.toContain('网络连接不可用');
    await shot(page, '08-offline');
    await phone.context.setOffline(false);
    await page.locator('.offline-banner:visible').waitFor({ state: 'detached' });
    await page.locator('.state__retry:visible').click();
    await page.locator('.campaign-card:visible').first().waitFor();
  });

  it('binds the wallet by OTP, tops up within the limit and is refused above it', async () => {
    await page.locator('.bottom-nav__item:visible', { hasText: '钱包' }).click();
    await typeInto(page, '.bind-phone', PHONE);
    await page.locator('.bind-submit:visible').click();
    await page.locator('.bind-otp:visible').waitFor();
    const otps = await (await fetch(`${env.platform.urls.bank}/__mock/otps?phone=${PHONE}`)).json();
    await typeInto(page, '.bind-otp', otps.otps.at(-1).otp);
    await page.locator('.bind-submit:visible').click();
    await page.locator('.wallet-card:visible').waitFor();
    await expect(page.locator('.wallet-card__balance:visible').textContent()).resolves.toBe('¥0.00');

    await typeInto(page, '.topup-amount', '100');
    await page.locator('.topup-submit:visible').click();
    // Nothing moves before the citizen confirms the amount and the card.
    const confirm = page.locator('.topup-confirm:visible');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/从银行卡 .*充值 ¥100\.00 到数字人民币钱包/);
    const before = await env.platform.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM wallet_topups WHERE user_id = ?',
      [await myId()],
    );
    expect(Number(before[0].n)).toBe(0);
    await shot(page, '09a-wallet-confirm');
    // The first top-up asks for a payment PIN, typed twice on the sheet's keypad; a mismatch starts over.
    await page.locator('.topup-confirm__ok:visible').click();
    const sheet = page.locator('.pin-sheet:visible');
    await expect(sheet.locator('.pin-sheet__title').textContent()).resolves.toBe('设置支付密码');
    await expect(sheet.locator('.pin-sheet__amount').textContent()).resolves.toBe('充值 ¥100.00');
    await typePin(PIN);
    await expect(sheet.locator('.pin-sheet__title').textContent()).resolves.toBe('再次输入支付密码');
    await typePin('802461');
    await expect(sheet.locator('.pin-error').textContent()).resolves.toBe(
      '两次输入的支付密码不一致，请重新设置',
    );
    await expect(sheet.locator('.pin-sheet__title').textContent()).resolves.toBe('设置支付密码');
    await typePin(PIN);
    await shot(page, '09c-wallet-pin-set');
    await typePin(PIN);
    await expect
      .poll(async () => page.locator('.wallet-card__balance:visible').textContent(), { timeout: 10_000 })
      .toBe('¥100.00');
    await page.locator('.history__row:visible').first().waitFor();
    const headroom = (await page.locator('.topup .muted:visible').textContent()) ?? '';
    expect(headroom).toContain('最多还可充值 ¥900.00');

    await typeInto(page, '.topup-amount', '5000');
    await page.locator('.topup-submit:visible').click();
    await expect(page.locator('.topup-error:visible').textContent()).resolves.toBe(
      '超出钱包余额上限：当前最多还可充值 ¥900.00',
    );
    await shot(page, '09-wallet-refused');
    // Picking a preset is a new amount: the refusal of the old one goes.
    await page.locator('.topup .chip:visible').first().click();
    await page.locator('.topup-error:visible').waitFor({ state: 'detached' });

    // 交易明细 explains the balance: the top-up came in.
    const bill = page.locator('.bill:visible');
    await bill.locator('.bill__row--topup').first().waitFor();
    await expect(bill.locator('.bill__row--topup').first().textContent()).resolves.toContain('+¥100.00');
    await expect(bill.locator('.bill__totals').textContent()).resolves.toContain('收入 ¥100.00');
    await bill.scrollIntoViewIfNeeded();
    await page.waitForTimeout(2000); // the top-up's toast fades
    await shot(page, '09b-wallet-bill');
    await bill.locator('.bill__kind', { hasText: '停车' }).click();
    await bill.locator('.bill__row--topup').waitFor({ state: 'detached' });
    await expect(bill.textContent()).resolves.toContain('本月暂无交易');
    await bill.locator('.bill__kind', { hasText: '全部' }).click();
    await bill.locator('.bill__prev').click();
    await expect.poll(async () => bill.textContent()).toContain('本月暂无交易');

    // ¥50 with the PIN: a wrong one says how many tries are left and moves nothing; the right one pays.
    await page.locator('.topup-submit:visible').click();
    await page.locator('.topup-confirm__ok:visible').click();
    await expect(sheet.locator('.pin-sheet__title').textContent()).resolves.toBe('请输入支付密码');
    await expect(sheet.locator('.pin-sheet__amount').textContent()).resolves.toBe('充值 ¥50.00');
    await typePin('000001');
    await expect(sheet.locator('.pin-error').textContent()).resolves.toBe('支付密码错误，还可以再试 4 次');
    await expect(sheet.locator('.pin-dots').getAttribute('aria-label')).resolves.toBe('已输入 0 位，共 6 位');
    await shot(page, '09d-wallet-pin-wrong');
    // The sheet passes the same accessibility check as the app's main pages (named keys, contrast).
    const a11y = await checkA11y(page);
    expect(a11y.violations, formatViolations(a11y)).toEqual([]);
    await typePin(PIN);
    await expect
      .poll(async () => page.locator('.wallet-card__balance:visible').textContent(), { timeout: 10_000 })
      .toBe('¥150.00');
    await sheet.waitFor({ state: 'detached' });
    const topups = await env.platform.db.query<{ amount_fen: number }>(
      'SELECT amount_fen FROM wallet_topups WHERE user_id = ?',
      [await myId()],
    );
    expect(topups.map((t) => Number(t.amount_fen)).sort((a, b) => a - b)).toEqual([5000, 10000]);
    const audits = await env.platform.db.query<{ action: string }>(
      "SELECT action FROM audit_logs WHERE entity_type = 'payment_pin' AND entity_id = ?",
      [await myId()],
    );
    expect(audits.map((a) => a.action)).toEqual(['payment_pin.set']);
  });

  it('verifies the real name on 我的, after which the page says so', async () => {
    await page.locator('.bottom-nav__item:visible', { hasText: '我的' }).click();
    await typeInto(page, '.verify-name', '张三');
    await typeInto(page, '.verify-id', '11010519491231002X');
    await page.locator('.verify-submit:visible').click();
    await expect
      .poll(async () => (await page.locator('.me__profile:visible').textContent()) ?? '')
      .toContain('已实名');
    await shot(page, '10-me-verified');
    const u = await env.platform.db.query<{ id_hash: string | null }>(
      'SELECT id_hash FROM users WHERE phone = ?',
      [PHONE],
    );
    expect(u[0].id_hash).toBeTruthy();
  });
});
