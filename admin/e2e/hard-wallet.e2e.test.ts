import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEnv, TEST_PASSWORD, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { hashPassword } from '../../marketing-server/src/security/passwords';
import { insertAdminUser } from '../../marketing-server/src/security/access';
import {
  batch,
  boundCard,
  load,
  merchant,
  terminal,
} from '../../marketing-server/src/modules/hard-wallet/fixtures.test-helper';
import { assertAdminBuilt, loginToAdmin } from './session';

// 硬钱包与园区 (issue 18): a terminal that went silent reads 离线告警 with its versions and last
// heartbeat; an officer reports a card lost after reading what happens to its confirmed balance and
// later sees the refund of exactly that amount; an exception is proposed (the server's refusal of a
// bad proposal is shown as it said it) and checked by a second officer; an auditor sees no actions;
// blank cards go to a branch on a distribution order whose short receipt a second officer writes off,
// and a card issued there is loaded at the counter with cash, its receipt shown.
describe('admin panel: hard wallets', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let cardNo: string;
  let otherNo: string;
  let silentNo: string;
  let liveNo: string;
  let liveSim: Awaited<ReturnType<typeof terminal>>['sim'];
  let nos: string[];
  const branchName = '天河支行营业部';

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite', { HW_QUIET_PERIOD_HOURS: '168' });
    await insertAdminUser(
      env.platform.db,
      {
        id: 'adm_officer2',
        username: 'officer2',
        password_hash: await hashPassword(TEST_PASSWORD),
        display_name: 'officer2',
        roles: ['ecny_officer'],
        merchant_id: null,
      },
      new Date(),
    );
    const mch = await merchant(env);
    nos = (await batch(env, 4)).nos;
    await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
      token: await env.admin('officer'),
      body: { kind: 'branch', name: branchName },
    });
    const { card } = await boundCard(env, nos[0], { walletFen: 50_000 });
    cardNo = card.card_no;
    expect((await load(env, card.id, 15_000)).body.status).toBe('succeeded');
    const silent = await terminal(env, mch, 'canteen_pos');
    await silent.sim.heartbeat();
    // A forged record (amount changed after signing) goes to the exception queue as TAC_INVALID.
    const { card: other } = await boundCard(env, nos[1]);
    otherNo = other.card_no;
    await load(env, other.id, 5_000);
    await silent.sim.tap(other.card_no, 100);
    const up = await silent.sim.upload({}, [{ ...silent.sim.pending[0], amount_fen: 1 }]);
    expect((up.body.rejected as { code: string }[])[0].code).toBe('TAC_INVALID');
    // Silence is simulated in the data rather than by moving the clock (which would end the sessions):
    // the canteen POS last beat ten minutes ago, more than three 60 s intervals.
    await env.platform.db.exec('UPDATE hw_terminals SET last_heartbeat_at = ? WHERE terminal_no = ?', [
      new Date(env.clock.now().getTime() - 10 * 60_000),
      silent.no,
    ]);
    const live = await terminal(env, mch, 'vending');
    await live.sim.heartbeat();
    await env.platform.services.hardWallet.sweepOffline();
    silentNo = silent.no;
    liveNo = live.no;
    liveSim = live.sim;
    // A ¥20.00 offline tap the vending machine has not uploaded yet when the card is reported lost.
    expect((await live.sim.tap(cardNo, 2_000)).status).toBe(200);
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  async function openTab(label: string) {
    await page.goto(`${env.url}/admin/hard-wallet`);
    await page.getByRole('tab', { name: label }).click();
  }
  const terminalRow = (no: string) => page.locator('.hw-terminals .ant-table-row', { hasText: no });
  const cardRow = () => page.locator('.hw-cards .ant-table-row', { hasText: cardNo });
  const exceptionRow = () => page.locator('.hw-exceptions .ant-table-row', { hasText: 'TAC 校验失败' });
  const dialog = () => page.locator('.ant-modal-content');

  it('the terminal list shows the silent terminal as offline, with its versions and last heartbeat', async () => {
    await loginToAdmin(page, env.url, 'officer');
    await openTab('终端');
    await terminalRow(silentNo).waitFor();
    const silent = await terminalRow(silentNo).textContent();
    expect(silent).toContain('离线告警');
    expect(silent).toContain('食堂 POS');
    expect(silent).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    expect(await terminalRow(silentNo).getAttribute('class')).toContain('hw-stale');
    const live = await terminalRow(liveNo).textContent();
    expect(live).toContain('在线');
    expect(live).not.toContain('离线告警');
    await shot(page, 'admin-hard-wallet-01-terminals');
  });

  it('a formal loss says what happens to the confirmed balance; after the quiet period the refund is the confirmed balance net of the late offline spend', async () => {
    await openTab('卡片与批次');
    await cardRow().waitFor();
    await cardRow().locator('.hw-report-loss').click();
    await dialog().waitFor();
    const text = await dialog().textContent();
    expect(text).toContain('已确认余额 ¥150.00');
    expect(text).toContain('静默期结束后退还到绑定的软钱包');
    expect(text).toContain('未确认的脱机消费');
    await shot(page, 'admin-hard-wallet-02-loss-confirm');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => cardRow().locator('.hw-card-status').textContent()).toContain('正式挂失');
    expect(await cardRow().textContent()).toContain('黑名单');
    // The tap arrives during the quiet period: it is booked, so the refund is ¥150.00 − ¥20.00.
    expect((await liveSim.upload()).body.applied).toBe(1);
    // The quiet period is made to end now (the clock is left alone so the session stays valid).
    await env.platform.db.exec('UPDATE hw_cards SET quiet_until = ? WHERE card_no = ?', [
      new Date(env.clock.now().getTime() - 1000),
      cardNo,
    ]);
    expect(await env.platform.services.hardWallet.sweepQuietPeriods()).toBe(1);
    await openTab('卡片与批次');
    await cardRow().waitFor();
    expect(await cardRow().locator('.hw-card-status').textContent()).toContain('已注销');
    await cardRow().locator('.ant-table-row-expand-icon').click();
    const refund = page.locator('.hw-orders .ant-table-row', { hasText: '退还余额' });
    await refund.waitFor();
    expect(await refund.textContent()).toContain('¥130.00');
    expect(await refund.textContent()).toContain('成功');
    await shot(page, 'admin-hard-wallet-03-refunded');
  });

  it("an exception: the server's refusal of a bad proposal is shown; a second officer checks the rejection", async () => {
    await openTab('脱机批次与异常');
    await exceptionRow().waitFor();
    await exceptionRow().locator('.hw-propose').click();
    await dialog().waitFor();
    await page.locator('.ant-modal .ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '入账' }).click();
    await page.locator('.hw-propose-comment').fill('终端说这笔是真的');
    await page.locator('.hw-confirm-ok').click();
    await page.locator('.hw-confirm-error').waitFor();
    expect(await page.locator('.hw-confirm-error').textContent()).toContain('只能驳回');
    await page.locator('.ant-modal .ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '驳回' }).click();
    await page.locator('.hw-propose-comment').fill('金额与签名不符，判定为篡改');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => exceptionRow().locator('.hw-exception-status').textContent()).toBe('待复核');
    expect(await exceptionRow().textContent()).toContain('待另一位专员复核');
    expect(await exceptionRow().locator('.hw-approve').count()).toBe(0);
    await loginToAdmin(page, env.url, 'officer2');
    await openTab('脱机批次与异常');
    await exceptionRow().locator('.hw-approve').click();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('不入账');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => exceptionRow().locator('.hw-exception-status').textContent()).toBe('已驳回');
    await shot(page, 'admin-hard-wallet-04-exception');
  });

  it('cancelling a card at the counter unloads what the chip holds to the soft wallet first', async () => {
    await loginToAdmin(page, env.url, 'officer');
    await openTab('卡片与批次');
    const row = page.locator('.hw-cards .ant-table-row', { hasText: otherNo });
    await row.locator('.hw-cancel').click();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('先把卡内余额圈提到绑定的软钱包');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => row.locator('.hw-card-status').textContent()).toContain('已注销');
    await row.locator('.ant-table-row-expand-icon').click();
    const unload = page.locator('.hw-orders .ant-table-row', { hasText: '圈提' });
    await unload.waitFor();
    expect(await unload.textContent()).toContain('¥49.00');
    expect(await unload.textContent()).toContain('成功');
  });

  it('an auditor sees the cards and exceptions but no action', async () => {
    await loginToAdmin(page, env.url, 'auditor');
    await openTab('卡片与批次');
    await cardRow().waitFor();
    expect(await page.locator('.hw-new-batch').count()).toBe(0);
    expect(await page.locator('.hw-cards .hw-report-loss, .hw-cards .hw-freeze').count()).toBe(0);
    expect(await page.locator('.hw-cards thead').textContent()).not.toContain('操作');
    await openTab('脱机批次与异常');
    await exceptionRow().waitFor();
    expect(await page.locator('.hw-propose, .hw-approve').count()).toBe(0);
  });

  it('a distribution order: dispatched by a second officer, a short receipt held until another officer writes off the missing card; a counter load prints its receipt', async () => {
    const orderRow = () => page.locator('.hw-distributions .ant-table-row', { hasText: branchName });
    const pick = async (selectClass: string, option: string) => {
      await page.locator(`.ant-modal ${selectClass}`).click();
      await page.locator('.ant-select-item-option', { hasText: option }).click();
    };
    await loginToAdmin(page, env.url, 'officer');
    await openTab('库存与调拨');
    await page.locator('.hw-new-distribution').click();
    await dialog().waitFor();
    await pick('.hw-to', branchName);
    await page.locator('.hw-quantity input').fill('2');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => orderRow().locator('.hw-distribution-status').textContent()).toBe('待出库复核');
    expect(await orderRow().textContent()).toContain('待另一位专员复核出库');
    expect(await orderRow().textContent()).toContain(`总仓 → ${branchName}`);
    await loginToAdmin(page, env.url, 'officer2');
    await openTab('库存与调拨');
    await orderRow().locator('.hw-dispatch').click();
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => orderRow().locator('.hw-distribution-status').textContent()).toBe('在途');
    expect(await orderRow().textContent()).toContain('出库 officer2');
    await loginToAdmin(page, env.url, 'officer');
    await openTab('库存与调拨');
    await orderRow().locator('.hw-receive').click();
    await page.locator('.hw-received-count input').fill('1');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => orderRow().locator('.hw-distribution-status').textContent()).toBe('短收待处理');
    expect(await orderRow().textContent()).toContain('短少 1');
    expect(await page.locator('.hw-stock-summary').textContent()).toContain('在途 2 张');
    expect(await orderRow().locator('.hw-resolve').count()).toBe(0); // the receiver cannot settle it
    await shot(page, 'admin-hard-wallet-05-short-receipt');
    await loginToAdmin(page, env.url, 'officer2');
    await openTab('库存与调拨');
    await orderRow().locator('.hw-resolve').click();
    await page.locator('.hw-missing').fill(nos[3]);
    await page.locator('.hw-resolve-note').fill('运输途中丢失');
    await page.locator('.hw-confirm-ok').click();
    await expect.poll(() => orderRow().locator('.hw-distribution-status').textContent()).toBe('已入库');
    const branchRow = page.locator('.hw-stock .ant-table-row', { hasText: branchName });
    expect(await branchRow.locator('.hw-available').textContent()).toBe('1');
    expect(await page.locator('.hw-stock-summary').textContent()).toContain('短收核销 1 张');
    // The card that arrived is sold anonymously at the branch and loaded with cash at its counter.
    const issued = await env.api('POST', '/api/v1/admin/hard-wallet/cards/issue', {
      token: await env.admin('officer'),
      body: {
        card_no: nos[2],
        holder_kind: 'anonymous',
        kyc_level: 'anon',
        location_id: (await env.platform.services.hardWallet.listLocations()).find(
          (l) => l.name === branchName,
        )!.id,
      },
    });
    expect(issued.status).toBe(201);
    await openTab('卡片与批次');
    const row = page.locator('.hw-cards .ant-table-row', { hasText: nos[2] });
    await row.waitFor();
    expect(await row.textContent()).toContain(branchName);
    await row.locator('.hw-counter-load').click();
    await dialog().waitFor();
    await page.locator('.hw-counter-amount input').fill('50');
    await page.locator('.hw-confirm-ok').click();
    await page.locator('.hw-receipt').waitFor();
    const receipt = await page.locator('.hw-receipt').textContent();
    expect(receipt).toContain(branchName);
    expect(receipt).toContain('现金');
    expect(receipt).toContain('¥50.00');
    expect(await page.locator('.hw-receipt-status').textContent()).toBe('圈存成功');
    await shot(page, 'admin-hard-wallet-06-counter-load-receipt');
  });
});
