import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { waitFor } from '../../marketing-server/test/bank';
import { driverWithWallet } from '../../marketing-server/test/parking';
import { code, journeys, rider, startGate, type TestGate } from '../../marketing-server/test/transit';
import { launchPhone, shot } from '../../marketing-server/test/browser';
import { checkA11y, formatViolations } from './a11y';

// 乘车码 and 我的行程 on a phone-sized browser against the real server (embedded mode) and the
// gate simulators: the rider signs the pay-after agreement, the code on screen opens the gate and
// is replaced before it expires (the page's clock is Playwright's fake one, run forward); the ride
// appears with its stations and fare once the gates upload; a rider blacklisted for an unpaid
// fare is told so and sees the journey 待补缴.

describe('citizen H5 app: ride code and journeys', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;
  let inXilang: TestGate;
  let outFangcun: TestGate;
  let outJichangnan: TestGate;

  const login = async (token: string) => {
    await page.goto(`${env.url}/h5/`);
    await page.evaluate((t) => localStorage.setItem('sy_token', JSON.stringify({ data: t })), token);
  };
  const shownCode = () => page.locator('.ride-code__img img:visible').getAttribute('data-code');

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html')))
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    env = await startEnv('sqlite', { PAYOUT_SWEEP_SECONDS: '1', PAYOUT_RETRY_BASE_MS: '20' });
    await env.platform.openEmbeddedMerchantWallets();
    inXilang = await startGate(env, 'xilang', 'entry');
    outFangcun = await startGate(env, 'fangcun', 'exit');
    outJichangnan = await startGate(env, 'jichangnan', 'exit');
    phone = await launchPhone();
    page = phone.page;
    await page.clock.install();
  });
  afterAll(async () => {
    await phone?.close();
    for (const g of [inXilang, outFangcun, outJichangnan]) await g?.running.close();
    await env?.close();
  });

  it('sign the agreement → the code opens the gate and refreshes → the ride shows with its fare', async () => {
    const citizen = await driverWithWallet(env, 10_000);
    await login(citizen.token);
    await page.goto(`${env.url}/h5/#/packages/transit/code/index`);
    await page.locator('.transit-agreement:visible').waitFor();
    expect(await page.locator('.transit-agreement:visible').textContent()).toContain('免密扣款');
    const a11y = await checkA11y(page);
    expect(a11y.violations, formatViolations(a11y)).toEqual([]);
    await page.locator('.transit-sign:visible').click();
    await page.locator('.ride-code__img img:visible').waitFor();
    const first = await shownCode();
    expect(first).toMatch(/^TR1\./);
    expect(await page.locator('.ride-code__countdown:visible').textContent()).toMatch(
      /有效期剩余 \d+ 秒，到期前自动刷新/,
    );
    await shot(page, 'transit-ride-code');

    // The gate verifies the code on screen offline and opens.
    expect(inXilang.present(first!).open).toBe(true);
    // Before the minute is up the page has a new code (and says so by counting down again).
    await page.clock.runFor(51_000);
    await expect.poll(shownCode, { timeout: 10_000 }).not.toBe(first);
    expect(await shownCode()).toMatch(/^TR1\./);

    env.clock.advance(20 * 60_000);
    expect(outFangcun.present(await code(env, citizen.token)).open).toBe(true);
    await inXilang.upload();
    await outFangcun.upload();
    await waitFor('journey paid', async () => {
      const js = await journeys(env, citizen.token);
      return js.length === 1 && js[0].status === 'paid' ? js : false;
    });

    await page.goto(`${env.url}/h5/#/packages/transit/journeys/index`);
    const card = page.locator('.transit-journey:visible').first();
    await card.waitFor();
    expect(await card.locator('.journey__route').textContent()).toBe('西朗 → 芳村');
    expect(await card.locator('.journey-fare').textContent()).toBe('¥3.00');
    expect(await card.locator('.journey-status').textContent()).toBe('已支付');
    expect(await card.locator('.journey__time').textContent()).toMatch(
      /进站 \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 出站/,
    );
    // The day tickets on sale, with their prices, from the current fare table.
    expect(await page.locator('.day-ticket-buy:visible').allTextContents()).toEqual([
      '购买一日票 ¥20.00（24 小时）',
      '购买三日票 ¥50.00（72 小时）',
    ]);
    const a11yJ = await checkA11y(page);
    expect(a11yJ.violations, formatViolations(a11yJ)).toEqual([]);
    await shot(page, 'transit-journeys');
  });

  it('a rider blacklisted for an unpaid fare is told so, and the journey is 待补缴 with 去补缴', async () => {
    const poor = await rider(env, 100); // cannot pay ¥10
    inXilang.present(await code(env, poor.token));
    env.clock.advance(30 * 60_000);
    outJichangnan.present(await code(env, poor.token));
    await inXilang.upload();
    await outJichangnan.upload();
    await waitFor('a debt', async () => {
      const js = await journeys(env, poor.token);
      return js.length === 1 && js[0].status === 'debt' ? js : false;
    });
    env.clock.advance(25 * 3_600_000);
    await env.platform.services.transit.sweep();

    await login(poor.token);
    await page.goto(`${env.url}/h5/#/packages/transit/code/index`);
    const blocked = page.locator('.transit-blocked:visible');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('¥10.00');
    expect(await page.locator('.ride-code__img img').count()).toBe(0);
    await shot(page, 'transit-blacklisted');
    await page.locator('.transit-pay-debt:visible').click();
    const card = page.locator('.transit-journey:visible').first();
    await card.waitFor();
    expect(await card.locator('.journey-status').textContent()).toBe('待补缴');
    expect(await card.locator('.journey-fare').textContent()).toBe('¥10.00');
    expect(await card.locator('.journey-pay:visible').textContent()).toBe('去补缴');

    // Topped up, the rider pays it here; back on 乘车码 the code is shown again.
    const top = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: poor.token,
      idem: `top2-${poor.id}`,
      body: { amount_fen: 5_000 },
    });
    expect(top.status).toBe(201);
    await card.locator('.journey-pay:visible').click();
    await expect
      .poll(
        async () => {
          const s = await card.locator('.journey-status').textContent();
          if (s !== '已支付') await page.reload();
          return s;
        },
        { timeout: 20_000 },
      )
      .toBe('已支付');
    await page.goto(`${env.url}/h5/#/packages/transit/code/index`);
    await page.locator('.ride-code__img img:visible').waitFor();
    expect(await shownCode()).toMatch(/^TR1\./);
  });
});
