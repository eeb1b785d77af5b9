import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { waitFor } from '../../marketing-server/test/bank';
import { code, journeys, rider, startGate, type TestGate } from '../../marketing-server/test/transit';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// 轨道交通 in the console against the real server and the gate simulator: an exit without its entry
// becomes an owed journey at the lowest fare; the service desk adds the missing entry with a reason
// and a confirmation, and the journey is repriced by its table (fare and rule change on screen);
// the fare preview shows the published band (2 yuan up to 4 km); gates show their sync state.

describe('admin panel: rail transit', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let outFangcun: TestGate;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite', { PAYOUT_SWEEP_SECONDS: '1', PAYOUT_RETRY_BASE_MS: '20' });
    await env.platform.openEmbeddedMerchantWallets();
    outFangcun = await startGate(env, 'fangcun', 'exit');
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await outFangcun?.running.close();
    await env?.close();
  });

  it('service desk: add the missing entry with a reason → the journey is repriced', async () => {
    const r = await rider(env, 100); // cannot pay even the lowest fare: the journey is owed
    outFangcun.present(await code(env, r.token));
    await outFangcun.upload();
    env.clock.advance(5 * 3_600_000 + 60_000);
    await env.platform.services.transit.sweep();
    const [owed] = await waitFor('an owed unpaired exit', async () => {
      const js = await journeys(env, r.token);
      return js.length === 1 && js[0].status === 'debt' ? js : false;
    });
    expect(owed).toMatchObject({ rule: 'unpaired_exit', fare_fen: 200 });

    await loginToAdmin(page, env.url, 'manager');
    await page.goto(`${env.url}/admin/transit`);
    const row = page.locator('.transit-journeys tbody tr', { hasText: '芳村' }).first();
    await row.waitFor();
    expect(await row.locator('.journey-fare').textContent()).toBe('¥2.00');
    expect(await row.textContent()).toContain('缺进站记录');
    expect(await row.locator('.journey-status').textContent()).toBe('欠费待补缴');

    await row.locator('.desk-open--add_missing_tap').click();
    await page.locator('.desk-station').click();
    await page.locator('.ant-select-item-option', { hasText: /^西朗$/ }).click();
    // Without a reason nothing is sent.
    await page.locator('.desk-submit').click();
    await page.getByText('请填写处理原因').waitFor();
    await page.locator('.desk-reason').fill('乘客进站时闸机故障，站务员核实');
    await page.locator('.desk-submit').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('补录进站：西朗');
    await page.locator('.desk-confirm').click();

    await expect.poll(async () => row.locator('.journey-fare').textContent()).toBe('¥3.00');
    expect(await row.textContent()).toContain('按里程');
    expect(await row.textContent()).not.toContain('缺进站记录');
    await shot(page, 'admin-transit-desk');
    const [after] = await journeys(env, r.token);
    expect(after).toMatchObject({ id: owed.id, rule: 'distance', fare_fen: 300, entry_station: 'xilang' });
    const audited = await env.platform.db.query<{ reason: string }>(
      "SELECT reason FROM transit_desk_actions WHERE journey_id = ? AND action = 'add_missing_tap'",
      [owed.id],
    );
    expect(audited.map((a) => a.reason)).toEqual(['乘客进站时闸机故障，站务员核实']);
  });

  it('fare preview shows the published band; gates show their sync state', async () => {
    await page.goto(`${env.url}/admin/transit`);
    await page.getByRole('tab', { name: '票价试算与导出' }).click();
    // Both pickers search by name; Enter takes the first match.
    await page.locator('.fare-from input').fill('西朗');
    await page.keyboard.press('Enter');
    await page.locator('.fare-to input').fill('坑口');
    await page.keyboard.press('Enter');
    expect(await page.locator('.fare-to').textContent()).toContain('坑口');
    await page.locator('.fare-preview').click();
    await page.locator('.fare-amount').waitFor();
    expect(await page.locator('.fare-amount').textContent()).toBe('¥2.00');
    const km = Number((await page.locator('.fare-distance').textContent())!.replace(' 公里', ''));
    expect(km).toBeGreaterThan(0);
    expect(km).toBeLessThanOrEqual(4);
    await page.locator('.gtfs-load').click();
    await page.locator('.gtfs-file').first().waitFor();
    const download = page.waitForEvent('download');
    await page.locator('.gtfs-file', { hasText: 'fare_products' }).click();
    expect((await download).suggestedFilename()).toMatch(/^fare_products/);
    await shot(page, 'admin-transit-fares');

    await page.getByRole('tab', { name: '闸机与售票机' }).click();
    const gate = page.locator('.transit-gates tbody tr', { hasText: '芳村' });
    await gate.waitFor();
    expect(await gate.textContent()).toContain('出站闸机');
    expect(await gate.locator('.gate-sync').textContent()).toMatch(/已同步|黑名单落后/);
  });
});
