import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV } from '../../../test/bank';
import { driverWithWallet, walletBalance } from '../../../test/parking';
import { addProduct, approvedMerchant, escrowState, myContract } from '../../../test/prepaid';

// Final refusals by the escrow on MariaDB and SQLite: a lock the escrow refuses (not a lost answer)
// leaves the consumer's paid money nowhere near a contract wallet, so it goes back to the consumer
// through the cashier's refund of the order — once, however often the sweep runs — and the contract
// says so.
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
});
