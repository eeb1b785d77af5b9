import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fundFunder, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { cstToday } from '../../marketing-server/test/bank';
import { driverWithWallet, startTestLot, type TestLot } from '../../marketing-server/test/parking';
import { checkAxe, formatViolations } from '../../h5/e2e/a11y';
import { assertAdminBuilt, loginToAdmin } from './session';

const HOUR = 3600_000;

// The panel's day: a maker creates and submits a campaign, cannot approve it; an approver approves;
// citizens claim (through the API); the dashboard counts them; the cashier redeems a coupon; claims'
// personal data is masked for the maker and shown (audited) only to an auditor. A parking lot's
// day: the manager sees lots, sessions and payments, resolves an exception and reads the daily report.

/** Moves the test clock forward to the next `hour`:00 Beijing time. */
function advanceToCst(env: TestEnv, hour: number) {
  const day = 24 * HOUR;
  const intoDay = (env.clock.now().getTime() + 8 * HOUR) % day;
  env.clock.advance((hour * HOUR - intoDay + day) % day);
}

/**
 * A lot's morning through the gate simulator, 10:00–13:00 Beijing time (day rate, ¥5.00 per half
 * hour) so that fees and the daily report do not depend on when the suite runs: 粤A12345 stays just
 * under two hours and pays ¥20.00 in the app at the barrier; 粤B67890 stays inside; 粤A54321 leaves
 * after just under an hour while the gate is offline (a ¥10.00 debt, an unpaid_exit exception); a car
 * without a readable plate waits at the entry (a no_plate exception).
 */
async function parkingDay(env: TestEnv): Promise<TestLot> {
  advanceToCst(env, 10);
  const lot = await startTestLot(env);
  const driver = await driverWithWallet(env, 50_000);
  await lot.gate.vehicleAt({ lane_id: lot.entry, plate: '粤A12345' });
  env.clock.advance(2 * HOUR - 60_000); // a started half hour is a whole one
  const held = await lot.gate.vehicleAt({ lane_id: lot.exit, plate: '粤A12345' });
  expect(held.decision).toMatchObject({ action: 'hold', due_fen: 2000 });
  const s = await env.api('GET', `/api/v1/parking/lots/${lot.lotId}/session?plate=粤A12345`, {
    token: driver.token,
  });
  const paid = await env.api('POST', `/api/v1/me/parking/sessions/${s.body.id}/payments`, {
    token: driver.token,
    idem: 'e2e-park-1',
    body: { expected_due_fen: 2000 },
  });
  expect(paid.body.payment).toMatchObject({ status: 'succeeded', payable_fen: 2000 });
  await lot.gate.vehicleAt({ lane_id: lot.entry, plate: '粤B67890' });
  await lot.gate.vehicleAt({ lane_id: lot.entry, plate: '粤A54321' });
  env.clock.advance(HOUR - 60_000);
  lot.gate.setOnline(false);
  await lot.gate.vehicleAt({ lane_id: lot.exit, plate: '粤A54321' });
  lot.gate.setOnline(true);
  await lot.gate.replay();
  expect((await lot.gate.vehicleAt({ lane_id: lot.entry, plate: null })).barrier).toBe('closed');
  return lot;
}

describe('admin panel', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let campaignUrl = '';
  let couponCode = '';
  let lot: TestLot | undefined;

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    const funder = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '广州市商务局', kind: 'government' },
    });
    await fundFunder(env, funder.body.id, 10_000_000, { idem: 'e2e-deposit' });
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await lot?.close();
    await env?.close();
  });

  async function loginAs(username: string) {
    await loginToAdmin(page, env.url, username);
  }

  async function pick(selectId: string, optionText: string) {
    await page.locator(`#${selectId}`).click({ force: true });
    // Dropdowns opened before stay in the page, hidden: choose from the one open now.
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: optionText,
      })
      .first()
      .click();
  }

  it('shows a maker only the menu their role permits', async () => {
    await loginAs('manager');
    const menu = await page.locator('.ant-menu').textContent();
    expect(menu).toContain('活动管理');
    expect(menu).not.toContain('风控审核');
    expect(menu).not.toContain('商户核销');
    await page.goto(`${env.url}/admin/merchant`);
    await expect.poll(() => page.url()).not.toContain('/merchant');
  });

  it('previews a parking fee with a Guangzhou tariff', async () => {
    await page.goto(`${env.url}/admin/parking/tariffs`);
    await page.locator('.preview-entry').fill('2026-12-01T22:00');
    await page.locator('.preview-exit').fill('2026-12-02T08:00');
    await page.locator('.preview-run').click();
    await expect(page.locator('.preview-result').textContent()).resolves.toContain('¥15.00');
    await expect(page.locator('.ant-tag', { hasText: '夜间封顶' }).count()).resolves.toBe(1);
    await shot(page, 'admin-00-parking-preview');
  });

  it('creates and submits a campaign with the wizard; the maker cannot approve it', async () => {
    await page.goto(`${env.url}/admin/campaigns/new`);
    await page.locator('#name').fill('e2e 满 50 减 10 券');
    await pick('funder_id', '广州市商务局');
    await page.locator('#budget_yuan').fill('100');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('#threshold_yuan').fill('50');
    await page.locator('#discount_yuan').fill('60');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('.create-submit').click();
    // The API refuses a discount above the threshold; the wizard shows it on the field, in Chinese.
    await page.locator('.ant-form-item-explain-error', { hasText: '优惠金额不能超过使用门槛' }).waitFor();
    await page.locator('#discount_yuan').fill('10');
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: /下一步/ }).click();
    await shot(page, 'admin-01-wizard');
    await page.locator('.create-submit').click();
    await page.locator('.campaign-status', { hasText: '待审批' }).waitFor();
    campaignUrl = page.url();
    const approve = page.locator('.action-approve');
    expect(await approve.isDisabled()).toBe(true); // shown, disabled, and the page says why
    await approve.hover({ force: true });
    await page.locator('.ant-tooltip', { hasText: '您的角色不能执行此操作' }).waitFor();
    await expect(page.locator('.four-eyes').textContent()).resolves.toContain('须由另一位审批人批准');
    await shot(page, 'admin-02-submitted');
  });

  it('lets a different person, the approver, approve it', async () => {
    await loginAs('approver');
    await page.goto(campaignUrl);
    await page.locator('.action-approve').click();
    // Approval shows every term before it commits the budget, and takes an optional comment.
    const confirm = page.locator('.approve-confirm:visible');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/出资方.*使用期限.*适用商户/);
    await confirm.locator('textarea').fill('条款已核对');
    await confirm.locator('.ant-btn-primary').click();
    await page.locator('.campaign-status', { hasText: '已批准' }).waitFor();
    const id = campaignUrl.split('/').pop()!;
    const row = (
      await env.platform.db.query<{ status: string; approved_by: string }>(
        'SELECT status, approved_by FROM campaigns WHERE id = ?',
        [id],
      )
    )[0];
    expect(row.status).toBe('approved');
    expect(row.approved_by).toBe(await env.adminId('approver'));
    const axe = await checkAxe(page);
    expect(axe.violations, `campaign detail (axe):\n${formatViolations(axe)}`).toEqual([]);
  });

  it('counts citizens’ claims on the dashboard', async () => {
    const id = campaignUrl.split('/').pop()!;
    env.clock.advance(11 * 60_000); // the wizard's default window opens in ten minutes
    await env.platform.lifecycle.runDue();
    const users = await env.citizens(2);
    for (const [i, u] of users.entries()) {
      await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
        `1381234567${i}`,
        `市民${i}`,
        u.id,
      ]);
      const c = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
        token: u.token,
        idem: `e2e-${u.id}`,
        body: {},
      });
      expect(c.status).toBe(201);
      couponCode ||= c.body.coupon.code;
    }
    await loginAs('funder');
    await page.locator('.kpi-claims').waitFor();
    // The picker searches by name; the range has presets.
    await page.locator('.dashboard-campaign').click();
    await page.keyboard.type('满 50');
    await expect.poll(async () => page.locator('.ant-select-item-option:visible').count()).toBe(1);
    await page.locator('.ant-select-item-option', { hasText: 'e2e 满 50 减 10 券' }).click();
    await expect
      .poll(async () => page.locator('.kpi-claims .ant-statistic-content-value').textContent())
      .toBe('2');
    await page.locator('.ant-picker-range').click();
    for (const preset of ['今天', '近7天', '近30天', '本月'])
      await page.locator('.ant-picker-presets li', { hasText: preset }).first().waitFor();
    await page.keyboard.press('Escape');
    // The campaign has no risk rule set, so nobody was judged: the chart says so, not empty axes.
    await page.locator('.risk-empty').waitFor();
    // Claimed through the API, nobody viewed the page first: no claim rate, and none of 2 redeemed yet.
    expect(await page.locator('.funnel-rates').textContent()).toBe('领取率 — · 核销率 0.0%');
    // The daily figures leave as CSV with the campaign's name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.dashboard-export').click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF日期,活动,领取,核销,风控通过,人工审核,风控拒绝');
    expect(csv).toContain('e2e 满 50 减 10 券');
    await page.waitForTimeout(800); // charts animate in
    await shot(page, 'admin-03-dashboard');
    const axe = await checkAxe(page);
    expect(axe.violations, `dashboard (axe):\n${formatViolations(axe)}`).toEqual([]);
    // A range with no activity at all: nothing claimed, every chart but the trend says it is empty.
    await page.locator('.ant-picker-range input').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-01-01');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-01-02');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => page.locator('.kpi-claims .ant-statistic-content-value').textContent())
      .toBe('0');
    expect(await page.locator('.ant-card .ant-empty').count()).toBeGreaterThanOrEqual(3);
  });

  it('redeems a coupon in the merchant console', async () => {
    await loginAs('cashier');
    await page.locator('.redeem-code').fill(couponCode);
    await page.locator('.redeem-amount input').fill('88.80');
    await page.locator('.redeem-verify').click();
    await expect(page.locator('.redeem-quote').textContent()).resolves.toContain('¥78.80');
    // Typing the order number after the check keeps the check: it is about the code and the amount.
    await page.locator('.redeem-order').fill('POS-20261201-0001');
    await expect(page.locator('.redeem-quote').textContent()).resolves.toContain('¥78.80');
    expect(await page.locator('.redeem-submit').isDisabled()).toBe(false);
    await page.locator('.redeem-submit').click();
    await page.locator('.redeem-done').waitFor();
    await page.locator('.redemptions-table', { hasText: 'POS-20261201-0001' }).waitFor();
    await shot(page, 'admin-04-merchant');
    const r = await env.platform.db.query<{ discount_fen: number; order_amount_fen: number }>(
      'SELECT discount_fen, order_amount_fen FROM coupon_redemptions WHERE order_no = ?',
      ['POS-20261201-0001'],
    );
    expect(r.map((x) => [Number(x.discount_fen), Number(x.order_amount_fen)])).toEqual([[1000, 8880]]);
  });

  it('masks personal data for the maker; an auditor unmasks it and that is audited', async () => {
    await loginAs('manager');
    await page.goto(campaignUrl);
    const table = page.locator('.claims-table');
    await table.waitFor();
    const masked = (await table.textContent()) ?? '';
    expect(masked).toMatch(/138\*{4}567\d/);
    expect(masked).not.toMatch(/1381234567\d/);
    expect(await page.locator('.unmask-row').count()).toBe(0);

    await loginAs('auditor');
    await page.goto(campaignUrl);
    await page.locator('.claims-table .unmask-row').first().click();
    await page.locator('.unmask-confirm textarea').fill('市民来电核实领取记录');
    await page.getByRole('button', { name: /确认查看/ }).click();
    await expect
      .poll(async () => (await page.locator('.claims-table').textContent()) ?? '')
      .toMatch(/1381234567\d/);
    const audit = await env.platform.db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'pii.unmask'",
    );
    expect(Number(audit[0].n)).toBe(1);
    await page.goto(`${env.url}/admin/audit`);
    await page.locator('.audit-table', { hasText: '查看明文个人信息' }).waitFor();
    const log = (await page.locator('.audit-table').textContent()) ?? '';
    expect(log).toContain('批准活动'); // actions in Chinese, not campaign.approve
    expect(log).not.toContain('[object Object]');
    expect(log).toContain('状态: 待审批 → 已批准');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{8}\.csv$/);
    await shot(page, 'admin-05-audit');
  });

  async function openTab(label: string) {
    await page.locator('.parking-tabs .ant-tabs-tab', { hasText: label }).click();
  }

  it('shows the manager a lot, its sessions with masked plates and its payments', async () => {
    lot = await parkingDay(env);
    await loginAs('manager');
    await page.goto(`${env.url}/admin/parking`);
    await expect.poll(() => page.url()).toContain('/admin/parking/lots');
    const row = page.locator('.lots-table tbody tr', { hasText: '测试停车场' });
    await row.waitFor();
    const lotText = (await row.textContent()) ?? '';
    for (const t of ['广州中心城区（路内）', '15 分钟', '1 号入口', '1 号出口', '已接入'])
      expect(lotText).toContain(t);
    await expect(row.locator('.col-inside').textContent()).resolves.toBe('1');

    // The manager widens the free-exit window; it is saved and audited.
    await row.locator('.lot-edit').click();
    await page.locator('#lot-free-exit').fill('20');
    await page.locator('.lot-save').click();
    await page.locator('.lots-table tbody tr', { hasText: '20 分钟' }).waitFor();
    const saved = await env.platform.db.query<{ free_exit_minutes: number }>(
      'SELECT free_exit_minutes FROM parking_lots WHERE id = ?',
      [lot.lotId],
    );
    expect(Number(saved[0].free_exit_minutes)).toBe(20);
    const audited = await env.platform.db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'parking.lot_update' AND entity_id = ?",
      [lot.lotId],
    );
    expect(Number(audited[0].n)).toBe(1);

    await openTab('停车记录');
    await pick('sessions-lot', '测试停车场');
    const sessions = page.locator('.sessions-table');
    await sessions.locator('tr', { hasText: '粤A·***45' }).waitFor();
    const all = (await sessions.textContent()) ?? '';
    expect(all).toMatch(/粤A·\*\*\*45.*已完成/);
    expect(all).toMatch(/粤B·\*\*\*90.*在场/);
    expect(all).toMatch(/粤A·\*\*\*21.*欠费离场/);
    expect(all).toContain('1 小时 59 分钟');
    expect(all).not.toContain('12345');
    await shot(page, 'admin-06-parking-sessions');
    await pick('sessions-status', '欠费离场');
    await expect.poll(async () => (await sessions.locator('tbody tr').count()) === 1).toBe(true);
    await expect(sessions.textContent()).resolves.toContain('粤A·***21');
    await expect(sessions.textContent()).resolves.toContain('离线出场');

    await openTab('缴费记录');
    const payments = page.locator('.payments-table tbody tr', { hasText: '粤A·***45' });
    await payments.waitFor();
    // Channel, due, coupon discount, paid by the driver, status.
    await expect(payments.textContent()).resolves.toMatch(/扫码支付¥20\.00¥0\.00¥20\.00成功/);
  });

  it('resolves an exception with a note and opens the gate', async () => {
    await openTab('异常处理');
    const table = page.locator('.exceptions-table');
    await table.locator('tr', { hasText: '欠费离场' }).waitFor();
    const noPlate = table.locator('tbody tr', { hasText: '无牌车' });
    await expect(noPlate.textContent()).resolves.toContain('1 号入口');
    await noPlate.locator('.exception-resolve').click();
    await page.locator('.resolve-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写处理说明' }).waitFor();
    await page.locator('#resolve-note').fill('人工核实后放行');
    await page.locator('#resolve-open-gate').check();
    await page.locator('.resolve-submit').click();
    await page.locator('.ant-message', { hasText: '道闸已开启' }).waitFor();
    await expect.poll(async () => table.locator('tbody tr', { hasText: '无牌车' }).count()).toBe(0);

    const row = (
      await env.platform.db.query<{ status: string; resolution_note: string; resolved_by: string }>(
        "SELECT status, resolution_note, resolved_by FROM parking_exceptions WHERE lot_id = ? AND kind = 'no_plate'",
        [lot!.lotId],
      )
    )[0];
    expect(row).toEqual({
      status: 'resolved',
      resolution_note: '人工核实后放行',
      resolved_by: await env.adminId('manager'),
    });
    expect(lot!.gate.lane(lot!.entry)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    const open = await env.api('GET', `/api/v1/admin/parking/exceptions?status=open&lot_id=${lot!.lotId}`, {
      token: await env.admin('manager'),
    });
    expect(open.body.items.map((e: { kind: string }) => e.kind)).toEqual(['unpaid_exit']);

    await page.locator('.exceptions-status').getByText('已处理').click();
    await table.locator('tr', { hasText: '人工核实后放行' }).filter({ hasText: 'manager（我）' }).waitFor();
    await shot(page, 'admin-07-parking-exceptions');
  });

  it("shows the lot's daily report for the day", async () => {
    await openTab('日报');
    await pick('report-lot', '测试停车场');
    const day = cstToday(env);
    const picker = page.locator('.report-day input');
    await picker.fill(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`);
    await picker.press('Enter');
    const stat = (name: string) => page.locator(`.report-${name} .ant-statistic-content`).textContent();
    await expect.poll(() => stat('entries')).toBe('3');
    const expected: Record<string, string> = {
      exits: '2',
      'offline-exits': '1',
      payments: '1',
      fee: '¥20.00',
      discount: '¥0.00',
      paid: '¥20.00',
      'unpaid-sessions': '1',
      unpaid: '¥10.00', // 粤A54321: an hour by day, gone while the gate was offline
      exceptions: '2',
    };
    for (const [name, value] of Object.entries(expected)) expect(await stat(name)).toBe(value);
    const channels = (await page.locator('.report-channels tbody').textContent()) ?? '';
    expect(channels).toContain('扫码支付');
    expect(channels).toContain('¥20.00');
    await shot(page, 'admin-08-parking-report');
  });

  it('lets a car held at the exit out by hand: it becomes an unpaid exit', async () => {
    if (!lot) throw new Error('the parking day was not set up');
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: '粤C24680' });
    env.clock.advance(50 * 60_000);
    const held = await lot.gate.vehicleAt({ lane_id: lot.exit, plate: '粤C24680' });
    expect(held.barrier).toBe('closed');
    // 50 idle minutes on the server's clock outlive the 30-minute admin token: log in again.
    await loginAs('manager');
    await page.goto(`${env.url}/admin/parking/sessions`);
    await pick('sessions-status', '待缴费');
    const row = page.locator('.sessions-table tbody tr', { hasText: '粤C·***80' });
    await row.waitFor();
    await row.locator('.session-release').click();
    await page.locator('.release-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写放行说明' }).waitFor();
    await page.locator('#release-note').fill('车主无法扫码，已登记联系方式');
    await page.locator('.release-submit').click();
    await page.locator('.ant-message', { hasText: '已放行，道闸已开启' }).waitFor();
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    const [s] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM parking_sessions WHERE id = ?',
      [held.decision!.session_id],
    );
    expect(s.status).toBe('left_unpaid');
    await page.goto(`${env.url}/admin/parking/exceptions`);
    await page.locator('.exceptions-table tbody tr', { hasText: '人工放行' }).waitFor();
  });

  it('shows an auditor the parking pages read-only', async () => {
    await loginAs('auditor');
    await page.goto(`${env.url}/admin/parking/exceptions`);
    const resolve = page.locator('.exceptions-table .exception-resolve').first();
    await resolve.waitFor();
    expect(await resolve.isDisabled()).toBe(true);
    await resolve.hover({ force: true });
    await page.locator('.ant-tooltip', { hasText: '仅活动经办可处理异常' }).waitFor();
    await openTab('停车场');
    expect(await page.locator('.lots-table .lot-edit').first().isDisabled()).toBe(true);
  });
});
