import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV } from '../../../test/bank';
import { driverWithWallet, walletBalance } from '../../../test/parking';
import {
  addProduct,
  approvedMerchant,
  boughtContract,
  escrowState,
  myContract,
  writeOffAndConfirm,
} from '../../../test/prepaid';
import { RESUME_AFTER_MS } from './regulator';

// Final refusals and crashes on MariaDB and SQLite: a lock the escrow refuses (not a lost answer)
// leaves the consumer's paid money nowhere near a contract wallet, so it goes back to the consumer
// through the cashier's refund of the order — once, however often the sweep runs — and the contract
// says so. A merchant's closure that dies after K contracts is finished by the sweep, and every
// consumer is refunded exactly once.
describe.each(MODES)('prepaid refusals (%s)', (mode) => {
  let env: TestEnv;
  let packId: string;

  beforeAll(async () => {
    env = await startEnv(mode, { ...FAST_BANK_ENV, BANK_TIMEOUT_MS: '5000', ESCROW_TIMEOUT_MS: '2000' });
    const m = await approvedMerchant(env);
    packId = (
      await addProduct(env, m.token, {
        kind: 'class_pack',
        name: '羽毛球 10 次课',
        unit_price_fen: 4_000,
        units: 10,
      })
    ).id;
  });
  afterAll(async () => {
    env?.platform.embedded.escrow?.mock.resetFaults();
    await env?.close();
  });

  const refundsOf = (orderId: string) =>
    env.platform.db.query<{ id: string; status: string; amount_fen: unknown }>(
      'SELECT id, status, amount_fen FROM cashier_refunds WHERE order_id = ?',
      [orderId],
    );

  it('a lock the escrow refuses is refunded to the consumer once, and the contract says so', async () => {
    const consumer = await driverWithWallet(env, 100_000);
    const bought = await env.api('POST', '/api/v1/me/prepaid/contracts', {
      token: consumer.token,
      idem: `buy-refused-${consumer.id}`,
      body: { product_id: packId },
    });
    expect(bought.status).toBe(201);
    const id = bought.body.id as string;
    const escrow = env.platform.embedded.escrow!.mock;
    escrow.setFaults({ refuse: { lock: 'RISK_CONTROL_REJECTED' } });
    const paid = await env.api('POST', `/api/v1/me/prepaid/contracts/${id}/pay`, {
      token: consumer.token,
      idem: `pay-${id}`,
      body: {},
    });
    escrow.resetFaults();
    expect(paid.status).toBe(201);
    // The job runs twice (and the lifecycle's attempts again): still one refund.
    await env.platform.services.prepaid.sweep();
    await env.platform.services.prepaid.sweep();
    const detail = await myContract(env, consumer.token, id);
    expect(detail.contract).toMatchObject({
      status: 'lock_refunded',
      refund_reason: 'lock_refused',
      paid_fen: 40_000,
      refunded_fen: 40_000,
      refunding_fen: 0,
      retained_fen: 0,
      released_fen: 0,
    });
    expect(detail.contract.status_label).toContain('已原路退款');
    expect(detail.instructions).toMatchObject([
      { type: 'lock', status: 'failed', error_code: 'RISK_CONTROL_REJECTED' },
    ]);
    const refunds = await refundsOf(detail.contract.cashier_order_id);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: 'succeeded' });
    expect(Number(refunds[0].amount_fen)).toBe(40_000);
    expect(await walletBalance(env, consumer.walletId)).toBe(100_000);
    expect((await escrowState(env)).contracts.find((c) => c.contract_id === id)).toBeUndefined();
    const check = await ledgerCheck(env);
    expect(check.prepaid).toMatchObject({ balanced: true, invariant_violations: 0 });
    expect(check.cashier.balanced).toBe(true);
    expect(check.balanced).toBe(true);
  });

  /** Makes every freeze of the merchant's contracts from `cut` on fail: the process "dies" there. */
  async function crashFreezesFrom(merchantId: string, cut: string) {
    const when = `NEW.status = 'frozen' AND OLD.status <> 'frozen' AND NEW.merchant_id = '${merchantId}' AND NEW.id >= '${cut}'`;
    await env.platform.db.exec(
      mode === 'mysql'
        ? `CREATE TRIGGER prepaid_crash BEFORE UPDATE ON prepaid_contracts FOR EACH ROW BEGIN IF ${when} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected crash'; END IF; END`
        : `CREATE TRIGGER prepaid_crash BEFORE UPDATE ON prepaid_contracts FOR EACH ROW WHEN ${when} BEGIN SELECT RAISE(ABORT, 'injected crash'); END`,
    );
    return () => env.platform.db.exec('DROP TRIGGER prepaid_crash');
  }

  it('a closure that dies after K contracts is finished by the sweep: each consumer refunded exactly once', async () => {
    const m = await approvedMerchant(env, { operator: 'cashier2' });
    const pack = (
      await addProduct(env, m.token, { kind: 'class_pack', name: '课时包', unit_price_fen: 3_000, units: 10 })
    ).id;
    const bought: Awaited<ReturnType<typeof boughtContract>>[] = [];
    for (let i = 0; i < 5; i++) bought.push(await boughtContract(env, pack));
    for (const b of bought.slice(0, 3)) await writeOffAndConfirm(env, m.token, b.consumer.token, b.id, 1, 1);
    bought.sort((a, b) => (a.id < b.id ? -1 : 1));
    const K = 2;
    const restart = await crashFreezesFrom(m.merchantId, bought[K].id);
    const proposal = await env.api('POST', '/api/v1/admin/prepaid/proposals', {
      token: await env.admin('regulator'),
      body: { merchant_id: m.merchantId, action: 'close', reason: '商户闭店跑路' },
    });
    await env.api('POST', `/api/v1/admin/prepaid/proposals/${proposal.body.id}/decision`, {
      token: await env.admin('regulator2'),
      body: { approve: true },
    });
    const status = async (b: (typeof bought)[number]) =>
      (await myContract(env, b.consumer.token, b.id)).contract.status as string;
    // Midway: the first K consumers refunded, the rest untouched and the proposal not finished.
    for (const b of bought.slice(0, K)) expect(await status(b)).toBe('refunded');
    for (const b of bought.slice(K)) expect(['active', 'partially_released']).toContain(await status(b));
    await restart();
    env.clock.advance(RESUME_AFTER_MS + 1_000);
    await env.platform.services.prepaid.sweep();
    await env.platform.services.prepaid.sweep();
    const esc = await escrowState(env);
    for (const b of bought) {
      const c = (await myContract(env, b.consumer.token, b.id)).contract;
      expect(c).toMatchObject({ status: 'refunded', refund_reason: 'merchant_default', refunding_fen: 0 });
      expect(c.released_fen + c.refunded_fen).toBe(30_000);
      const refunds = await env.platform.db.query<{ status: string }>(
        "SELECT status FROM prepaid_instructions WHERE contract_id = ? AND type = 'refund'",
        [b.id],
      );
      expect(refunds).toEqual([{ status: 'succeeded' }]);
      expect(esc.wallet_credits[b.consumer.walletId]).toBe(c.refunded_fen);
      expect(esc.contracts.find((x) => x.contract_id === b.id)).toMatchObject({
        locked_fen: 0,
        frozen: true,
      });
    }
    const [p] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM prepaid_freezes WHERE id = ?',
      [proposal.body.id],
    );
    expect(p.status).toBe('approved');
    const check = await ledgerCheck(env);
    expect(check.prepaid).toMatchObject({ balanced: true, invariant_violations: 0 });
    expect(check.balanced).toBe(true);
  });
});
