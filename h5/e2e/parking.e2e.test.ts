import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { bindWallet, pinToken, TEST_PIN } from '../../marketing-server/test/bank';
import { startTestLot, walletBalance, type TestLot } from '../../marketing-server/test/parking';
import { launchPhone, shot, typeInto } from '../../marketing-server/test/browser';
import { registerVehicle, verifyAs } from '../../marketing-server/test/identity';
import { enterPlate } from './plate-keyboard';

// Paying for parking in the H5 app on a phone-sized browser, against the real server (embedded mode)
// and a lot whose gate controller is the simulator: a car waits at the exit barrier, the driver finds
// it by lot and plate, pays with a coupon (a double tap pays once) and the barrier opens; a car still
// inside is pre-paid, with a fee that moved on while the driver looked at it.
//
// Taro's H5 router keeps earlier pages in the DOM (hidden): every locator asks for the visible element.

const PHONE = '13912340077';
const PLATE = '粤A12345';
const SHOWN = '粤A·12345';
const INSIDE_PLATE = '粤B54321';
/** A car left for days: a fee above the ¥200 password-free limit. */
const LONG_PLATE = '粤C24680';
const HOUR = 3600_000;

/** ¥1,234.56 from fen, as the app writes it (miniprogram/src/lib/money.ts). */
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** HH:mm in Beijing time. */
const cstHm = (iso: string) => new Date(new Date(iso).getTime() + 8 * HOUR).toISOString().slice(11, 16);

/** How far the test clock must move to reach the next 10:00 Beijing time (day tariff for hours after). */
function untilNextCstMorning(now: Date): number {
  const cst = new Date(now.getTime() + 8 * HOUR);
  const target = Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth(), cst.getUTCDate(), 10, 0) - 8 * HOUR;
  return (target > now.getTime() ? target : target + 24 * HOUR) - now.getTime();
}

/** Waits for a page's slide-in to end (its content back inside the 375 px viewport) before a screenshot. */
const slidIn = (locator: Locator) =>
  expect
    .poll(async () => locator.evaluate((el) => Math.round(el.getBoundingClientRect().left)))
    .toBeLessThan(40);

describe('citizen H5 app: smart parking', () => {
  let env: TestEnv;
  let lot: TestLot;
  let phone: Awaited<ReturnType<typeof launchPhone>>;
  let page: Page;
  let token: string;
  let walletId: string;
  let dueAtExit: number;
  let sessionId: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
      throw new Error(
        'h5/dist is missing: run `node scripts/ensure-web-builds.mjs h5` (npm run test:e2e does)',
      );
    }
    env = await startEnv('sqlite');
    // Whatever the hour the suite runs at, the stays below are priced by day (07:30–21:30).
    env.clock.advance(untilNextCstMorning(env.clock.now()));
    lot = await startTestLot(env);
    phone = await launchPhone();
    page = phone.page;
  });
  afterAll(async () => {
    await phone?.close();
    await lot?.close();
    await env?.close();
  });

  const paymentsOf = (session: string) =>
    env.platform.db.query<{ status: string; due_fen: number; discount_fen: number; payable_fen: number }>(
      'SELECT status, due_fen, discount_fen, payable_fen FROM parking_payments WHERE session_id = ?',
      [session],
    );
  const lookup = (plate: string) =>
    env.api('GET', `/api/v1/parking/lots/${lot.lotId}/session?plate=${encodeURIComponent(plate)}`, { token });

  it('logs in by SMS code on a phone; the citizen has a topped-up wallet and a parking coupon', async () => {
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: PLATE });
    env.clock.advance(2 * HOUR);

    await page.goto(`${env.url}/h5/`);
    await page.locator('.hero__login:visible').click();
    await typeInto(page, '.login-phone', PHONE);
    await page.locator('.login-send:visible').click();
    await expect
      .poll(async () => (await page.locator('.login-send:visible').textContent()) ?? '')
      .toMatch(/秒后重发/);
    const sms = await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${PHONE}`)).json();
    await typeInto(page, '.login-code', sms.messages.at(-1).params.code);
    await page.locator('.login-agree:visible').click();
    await page.locator('.login-submit:visible').click();
    await page.locator('.parking-entry:visible').waitFor();

    // The H5 app keeps its token with Taro's storage: localStorage, as {"data": …}.
    token = await page.evaluate(() => JSON.parse(localStorage.getItem('sy_token') ?? '{}').data as string);
    expect(token).toBeTruthy();
    walletId = (await bindWallet(env, token, PHONE)).walletId;
    // The citizen is real-name verified and the registry has both cars in their name: plates they add
    // are verified at once (已验证).
    const me = await verifyAs(env, token);
    for (const plate of [PLATE, INSIDE_PLATE]) await registerVehicle(env, plate, me);
    const topup = await env.api('POST', '/api/v1/me/wallet/topups', {
      token,
      idem: 'parking-e2e-topup',
      body: { amount_fen: 20_000 },
    });
    expect(topup.status).toBe(201);
    const campaign = await runningCampaign(env, {
      kind: 'coupon',
      name: '停车券 ¥5',
      budget_fen: 10_000,
      coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 }, merchant_ids: [lot.merchantId] },
    });
    const claimed = await env.api('POST', `/api/v1/campaigns/${campaign.id}/claims`, {
      token,
      idem: 'parking-e2e-claim',
      body: {},
    });
    expect(claimed.status).toBe(201);
  });

  it('adds the plate under 我的车牌 and sees the car at the exit with its live fee', async () => {
    const atExit = await lot.gate.vehicleAt({ lane_id: lot.exit, plate: PLATE });
    expect(atExit.barrier).toBe('closed');
    dueAtExit = atExit.decision!.due_fen as number;
    expect(dueAtExit).toBeGreaterThan(500);

    await page.locator('.parking-entry:visible').click();
    await page.locator('.plates:visible').waitFor();
    await expect(page.locator('.parking-home:visible').textContent()).resolves.toContain('暂无在场车辆');
    // The plate keyboard has no I or O; a plate one character short is refused with what is missing.
    await enterPlate(page, '.add-plate__input', '粤A1234');
    await page.locator('.plate-add:visible').click();
    await expect(page.locator('.plate-error:visible').textContent()).resolves.toContain(
      '车牌为 7 位，还差 1 位',
    );
    await enterPlate(page, '.add-plate__input', PLATE);
    await page.locator('.plate-add:visible').click();
    await page.locator('.plate-row:visible', { hasText: SHOWN }).waitFor();

    const card = page.locator('.session-card:visible');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('待缴费');
    expect(text).toContain(yuan(dueAtExit));
    expect(text).toContain('缴费后道闸自动开启');
    expect(text).toMatch(/费用更新于 \d{2}:\d{2}:\d{2}/);
    await page
      .locator('.taro__toast')
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
    await shot(page, 'parking-01-home');
  });

  it('finds the car by lot and plate, pays with the coupon, once on a double tap; the barrier opens', async () => {
    await page.locator('.lookup-entry:visible').click();
    await expect(page.locator('.lot-option--on:visible').textContent()).resolves.toContain('测试停车场');
    await enterPlate(page, '.lookup-plate', PLATE);
    await page.locator('.lookup-submit:visible').click();

    const payBtn = page.locator('.pay-btn:visible');
    await expect.poll(async () => payBtn.textContent()).toContain(`立即缴费 ${yuan(dueAtExit - 500)}`);
    await expect(page.locator('.live-due:visible').textContent()).resolves.toBe(yuan(dueAtExit));
    await expect(page.locator('.coupon-option--on:visible').textContent()).resolves.toContain('停车券 ¥5');
    await expect(page.locator('.breakdown:visible').textContent()).resolves.toMatch(/白天 \d+ 个计费单元/);
    await page.locator('.coupon-option--none:visible').click();
    await expect.poll(async () => payBtn.textContent()).toContain(`立即缴费 ${yuan(dueAtExit)}`);
    await page.locator('.coupon-option:visible', { hasText: '停车券 ¥5' }).click();
    await expect.poll(async () => payBtn.textContent()).toContain(`立即缴费 ${yuan(dueAtExit - 500)}`);
    await shot(page, 'parking-02-pay-coupon');
    await page.locator('.pay-head:visible').scrollIntoViewIfNeeded();
    await shot(page, 'parking-02-pay');

    sessionId = (await lookup(PLATE)).body.id;
    await payBtn.dblclick();
    const result = page.locator('.pay-result:visible');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('已支付，道闸已开启');
    await slidIn(result);
    await shot(page, 'parking-03-paid');

    const payments = await paymentsOf(sessionId);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: 'succeeded' });
    expect(Number(payments[0].discount_fen)).toBe(500);
    expect(Number(payments[0].payable_fen)).toBe(dueAtExit - 500);
    expect(lot.gate.lane(lot.exit).barrier).toBe('open');
    expect(await walletBalance(env, walletId)).toBe(20_000 - (dueAtExit - 500));
  });

  it('opens the receipt (停车缴费电子凭证)', async () => {
    await page.locator('.receipt-btn:visible').click();
    const receipt = page.locator('.receipt:visible');
    await receipt.waitFor();
    const text = (await receipt.textContent()) ?? '';
    expect(text).toContain('停车缴费电子凭证');
    expect(text).toContain(SHOWN);
    expect(text).toContain('测试停车场运营');
    expect(text).toContain(`优惠券抵扣-${yuan(500)}`);
    expect(text).toContain(`实付金额${yuan(dueAtExit - 500)}`);
    await slidIn(receipt);
    await shot(page, 'parking-04-receipt');
    await page.locator('.receipt__section--amount:visible').scrollIntoViewIfNeeded();
    await shot(page, 'parking-04-receipt-amount');
  });

  it('pre-pays a car still inside: a fee that moved on is confirmed again, then 请在 HH:mm 前离场', async () => {
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: INSIDE_PLATE });
    env.clock.advance(HOUR);
    // The lot's QR code is a link to the lookup page with the lot chosen.
    await page.goto(`${env.url}/h5/#/packages/parking/lookup/index?lot_id=${lot.lotId}`);
    await enterPlate(page, '.lookup-plate', INSIDE_PLATE);
    await page.locator('.lookup-submit:visible').click();
    const first = (await lookup(INSIDE_PLATE)).body;
    const payBtn = page.locator('.pay-btn:visible');
    await expect.poll(async () => payBtn.textContent()).toContain(`提前缴费 ${yuan(first.due_fen)}`);
    await expect(page.locator('.coupon-card:visible').textContent()).resolves.toContain('暂无可用');

    env.clock.advance(30 * 60_000); // a new half hour starts while the driver looks
    const later = (await lookup(INSIDE_PLATE)).body;
    expect(later.due_fen).toBeGreaterThan(first.due_fen);
    await payBtn.click();
    await expect
      .poll(async () => page.locator('.fee-changed:visible').textContent())
      .toBe(`停车费已更新为 ${yuan(later.due_fen)}，请确认后再支付`);
    await expect.poll(async () => payBtn.textContent()).toContain(`提前缴费 ${yuan(later.due_fen)}`);
    expect(await paymentsOf(later.id)).toHaveLength(0);
    await page.locator('.fee-changed:visible').scrollIntoViewIfNeeded();
    await shot(page, 'parking-05-fee-changed');

    await payBtn.click();
    const result = page.locator('.pay-result:visible');
    await result.waitFor();
    const paid = (await env.api('GET', `/api/v1/me/parking/sessions/${later.id}`, { token })).body;
    expect(paid.status).toBe('prepaid');
    await expect(result.textContent()).resolves.toContain(`请在 ${cstHm(paid.paid_until)} 前离场`);
    await shot(page, 'parking-06-prepaid');
    expect(await paymentsOf(later.id)).toHaveLength(1);

    // Within the free-exit window the barrier opens by itself.
    env.clock.advance(5 * 60_000);
    expect((await lot.gate.vehicleAt({ lane_id: lot.exit, plate: INSIDE_PLATE })).barrier).toBe('open');
  });

  it('above ¥200 the PIN sheet confirms the fee: a wrong PIN is said and pays nothing, the right one pays once', async () => {
    await lot.gate.vehicleAt({ lane_id: lot.entry, plate: LONG_PLATE });
    env.clock.advance(4 * 24 * HOUR);
    expect((await lot.gate.vehicleAt({ lane_id: lot.exit, plate: LONG_PLATE })).barrier).toBe('closed');
    const due = (await lookup(LONG_PLATE)).body;
    expect(due.due_fen).toBeGreaterThan(20_000);
    const topup = await env.api('POST', '/api/v1/me/wallet/topups', {
      token,
      idem: 'parking-e2e-topup-long',
      body: { amount_fen: due.due_fen },
    });
    expect(topup.status).toBe(201);
    const before = await walletBalance(env, walletId);
    await pinToken(env, token, 1, 'parking'); // the citizen sets a PIN (TEST_PIN)

    await page.goto(`${env.url}/h5/#/packages/parking/lookup/index?lot_id=${lot.lotId}`);
    await enterPlate(page, '.lookup-plate', LONG_PLATE);
    await page.locator('.lookup-submit:visible').click();
    const payBtn = page.locator('.pay-btn:visible');
    await expect.poll(async () => payBtn.textContent()).toContain(`立即缴费 ${yuan(due.due_fen)}`);
    await payBtn.click();
    const sheet = page.locator('.pin-sheet:visible');
    await sheet.waitFor();
    await expect(sheet.locator('.pin-sheet__title').textContent()).resolves.toBe('请输入支付密码');
    await expect(sheet.locator('.pin-sheet__amount').textContent()).resolves.toBe(
      `停车缴费 ${yuan(due.due_fen)}`,
    );
    const typePin = async (pin: string) => {
      for (const d of pin) await sheet.locator(`.pin-key[data-key="${d}"]`).click();
    };
    await typePin('000001');
    await expect.poll(async () => sheet.locator('.pin-error').textContent()).toContain('支付密码错误');
    expect(await paymentsOf(due.id)).toHaveLength(0);
    await shot(page, 'parking-08-pin');
    await typePin(TEST_PIN);
    const result = page.locator('.pay-result:visible');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('已支付，道闸已开启');
    const payments = await paymentsOf(due.id);
    expect(payments).toHaveLength(1);
    expect(Number(payments[0].payable_fen)).toBe(due.due_fen);
    expect(await walletBalance(env, walletId)).toBe(before - due.due_fen);
  });

  it('signs the seamless-payment agreement for a plate only after the box is ticked', async () => {
    await page.goto(`${env.url}/h5/#/packages/parking/index/index`);
    const row = page.locator('.plate-row:visible', { hasText: SHOWN });
    await row.locator('.seamless-toggle').click();
    const dialog = page.locator('.agreement:visible');
    await dialog.waitFor();
    await dialog.locator('.agreement-confirm').click({ force: true });
    await page.waitForTimeout(300);
    expect(await row.textContent()).toContain('无感支付未开通');
    await dialog.locator('.agreement-accept').click();
    await shot(page, 'parking-07-agreement');
    await dialog.locator('.agreement-confirm').click();
    await expect.poll(async () => row.textContent()).toContain('无感支付已开通');
    const plates = await env.platform.db.query<{
      seamless_plate: string | null;
      agreement_no: string | null;
    }>('SELECT seamless_plate, agreement_no FROM parking_plates WHERE plate = ?', [PLATE]);
    expect(plates[0].seamless_plate).toBe(PLATE);
    expect(plates[0].agreement_no).toBeTruthy();
  });
});
