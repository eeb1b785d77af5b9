import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchPhone, shot } from '../../marketing-server/test/browser';
import { batch, boundCard, load } from '../../marketing-server/src/modules/hard-wallet/fixtures.test-helper';

// 我的硬钱包 on a phone-sized browser against the real server (embedded mode): the citizen finds
// their card from 我的, sees the confirmed balance and their load, reports the card lost after reading
// what happens to the balance, and sees the state the server answered; after the quiet period the
// refund of the confirmed balance is shown as done.

describe('citizen H5 app: hard wallet', () => {
  let env: TestEnv;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html')))
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    env = await startEnv('sqlite', { HW_QUIET_PERIOD_HOURS: '168' });
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await env?.close();
  });

  it('sees the card, reports it lost, and the state and refund shown are the server’s', async () => {
    const [me] = await env.citizens(1);
    const { nos } = await batch(env, 2);
    const { card } = await boundCard(env, nos[0], { userId: me.id, walletFen: 60_000 });
    expect((await load(env, card.id, 25_000)).body.status).toBe('succeeded');

    await page.goto(`${env.url}/h5/`);
    await page.evaluate((t) => localStorage.setItem('sy_token', JSON.stringify({ data: t })), me.token);
    await page.goto(`${env.url}/h5/#/packages/me/index/index`);
    await page.locator('.hw-menu:visible').click();
    const cardView = page.locator('.hw-card:visible');
    await cardView.waitFor();
    expect(await cardView.textContent()).toContain(nos[0]);
    expect(await page.locator('.hw-confirmed:visible').textContent()).toContain('250.00');
    expect(await page.locator('.hw-card-status:visible').textContent()).toBe('正常使用');
    expect(await page.locator('.hw-order:visible').first().textContent()).toContain('圈存');
    await shot(page, 'hardwallet-01-card');

    await page.locator('.hw-loss:visible').click();
    const confirm = page.locator('.hw-loss-confirm:visible');
    await confirm.waitFor();
    const words = await confirm.textContent();
    expect(words).toContain('已确认余额 ¥250.00');
    expect(words).toContain('退还到您绑定的软钱包');
    expect(words).toContain('上送后会从已确认余额中扣除');
    await shot(page, 'hardwallet-02-confirm');
    await page.locator('.hw-loss-ok:visible').click();
    await expect
      .poll(() => page.locator('.hw-card-status:visible').textContent())
      .toBe('已挂失，静默期结束后退还余额');
    const server = await env.api('GET', '/api/v1/me/hard-wallets', { token: me.token });
    expect(server.body.items[0]).toMatchObject({ status: 'loss_formal', blacklisted: true });
    expect(await page.locator('.hw-refund:visible').textContent()).toContain('静默期至');
    expect(await page.locator('.hw-loss:visible').count()).toBe(0);

    await env.platform.db.exec('UPDATE hw_cards SET quiet_until = ? WHERE id = ?', [
      new Date(env.clock.now().getTime() - 1000),
      card.id,
    ]);
    expect(await env.platform.services.hardWallet.sweepQuietPeriods()).toBe(1);
    await page.reload();
    await page.locator('.hw-refund:visible').waitFor();
    expect(await page.locator('.hw-refund:visible').textContent()).toBe('已退还 ¥250.00 到绑定的软钱包');
    expect(await page.locator('.hw-card-status:visible').textContent()).toBe('已注销');
    await shot(page, 'hardwallet-03-refunded');
  });
});
