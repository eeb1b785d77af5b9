import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV } from '../../../test/bank';
import { walletBalance } from '../../../test/parking';
import {
  addProduct,
  approvedMerchant,
  boughtContract,
  escrowState,
  myContract,
  writeOffAndConfirm,
} from '../../../test/prepaid';

// Prepaid supervision end to end through the cashier (e-CNY), the bank-order lifecycle and the
// escrow simulator: onboarding and eligibility, purchase → locked, three write-offs → termination
// refund exact to the fen for each product type, the cooling-off boundary, and the books.
describe.each(MODES)('prepaid supervision (%s)', (mode) => {
  let env: TestEnv;
  const products: Record<string, { id: string; price_fen: number; total_units: number }> = {};

  beforeAll(async () => {
    env = await startEnv(mode, { ...FAST_BANK_ENV, BANK_TIMEOUT_MS: '5000' });
    const merchant = await approvedMerchant(env);
    products.pack = await addProduct(env, merchant.token, {
      kind: 'class_pack',
      name: '羽毛球 10 次课',
      unit_price_fen: 4_000,
      units: 10,
    });
    products.month = await addProduct(env, merchant.token, {
      kind: 'membership',
      name: '月卡',
      price_fen: 30_000,
      duration_days: 30,
    });
    products.card = await addProduct(env, merchant.token, {
      kind: 'stored_value',
      name: '储值卡 400 送 100',
      face_value_fen: 40_000,
      gift_fen: 10_000,
    });
  });
  afterAll(async () => env?.close());

  it('onboarding: the reviewer is never the applicant, a 失信 merchant is never approved, caps are data', async () => {
    const other = await env.admin('cashier2');
    const applied = await env.api('POST', '/api/v1/admin/prepaid/merchant/application', {
      token: other,
      body: {
        rule_id: 'rule_sh_fitness',
        licence_since: '2020-01-01',
        credit_status: 'dishonest',
        revenue_last_year_fen: 1_000_000,
        escrow_tier: 'scale',
      },
    });
    expect(applied.status).toBe(201);
    const approve = await env.api(
      'POST',
      `/api/v1/admin/prepaid/merchants/${applied.body.merchant_id}/review`,
      {
        token: await env.admin('approver'),
        body: { approve: true, comment: 'ok' },
      },
    );
    expect(approve.status).toBe(422);
    expect(approve.body).toMatchObject({ code: 'MERCHANT_NOT_ELIGIBLE', request_id: expect.any(String) });
    const over = await env.api('POST', '/api/v1/admin/prepaid/products', {
      token: await env.admin('cashier'),
      body: { kind: 'class_pack', name: '61 节', unit_price_fen: 100, units: 61 },
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('PREPAID_OVER_CAP');
    expect(over.body.message).toContain('60');
    const rules = await env.api('GET', '/api/v1/admin/prepaid/rules', {
      token: await env.admin('regulator'),
    });
    expect(rules.body.items.map((r: { id: string }) => r.id)).toEqual([
      'rule_gz_training',
      'rule_sh_fitness',
    ]);
  });

  it('purchase through the cashier locks the money in the contract wallet, not with the merchant', async () => {
    const { consumer, id, contract } = await boughtContract(env, products.pack.id);
    expect(contract).toMatchObject({
      paid_fen: 40_000,
      retained_fen: 40_000,
      released_fen: 0,
      remaining_units: 10,
    });
    expect(contract.cooling_off_seconds_left).toBeGreaterThan(6 * 86_400);
    expect(await walletBalance(env, consumer.walletId)).toBe(100_000 - 40_000);
    const esc = (await escrowState(env)).contracts.find((c) => c.contract_id === id)!;
    expect(esc).toMatchObject({ funded_fen: 40_000, locked_fen: 40_000, released_fen: 0 });
    const paidAgain = await env.api('POST', `/api/v1/me/cashier/orders/${contract.cashier_order_id}/pay`, {
      token: consumer.token,
      idem: 'w-1',
      body: { channel: 'ecny' },
    });
    expect(paidAgain.status).toBe(409);
    // A contract's order is e-CNY only: the cashier refuses WeChat Pay for it and nothing changes.
    const unpaid = await env.api('POST', '/api/v1/me/prepaid/contracts', {
      token: consumer.token,
      idem: 'buy-unpaid',
      body: { product_id: products.month.id },
    });
    const wechat = await env.api('POST', `/api/v1/me/cashier/orders/${unpaid.body.cashier_order_id}/pay`, {
      token: consumer.token,
      idem: 'w-2',
      body: { channel: 'wechat' },
    });
    expect(wechat.status).toBe(422);
    expect(wechat.body.code).toBe('CHANNEL_NOT_ALLOWED');
    expect((await myContract(env, consumer.token, unpaid.body.id)).contract.status).toBe('awaiting_payment');
  });

  it.each([
    ['class pack', 'pack', [1, 1, 1], 40_000, 12_000, 28_000, 0],
    // The membership's first day accrues on its own (the sweep), then the 3 written-off days add to it.
    ['membership (days)', 'month', [1, 1, 1], 30_000, 4_000, 26_000, 1_000],
    ['stored value with gift (spent fen)', 'card', [10_000, 10_000, 20_000], 40_000, 32_000, 8_000, 0],
  ])(
    '%s: 3 write-offs then termination refunds exactly the rest',
    async (_n, key, units, paid, consumed, refund, accrued) => {
      const { consumer, id } = await boughtContract(env, products[key].id);
      // The sweep runs every second in this suite: run it once now, so a membership's day-1 accrual
      // comes before the write-offs whatever the timing (after them it would find the day used).
      await env.platform.services.prepaid.sweep();
      let released = accrued;
      for (const [i, u] of units.entries())
        released += (await writeOffAndConfirm(env, await env.admin('cashier'), consumer.token, id, i + 1, u))
          .amount_fen;
      expect(released).toBe(consumed);
      env.clock.advance(0);
      const quote = await env.api('GET', `/api/v1/me/prepaid/contracts/${id}/refund-quote`, {
        token: consumer.token,
      });
      expect(quote.body).toMatchObject({
        kind: 'termination',
        refund_fen: refund,
        consumed_fen: consumed,
        refundable: true,
      });
      const before = await walletBalance(env, consumer.walletId);
      const r = await env.api('POST', `/api/v1/me/prepaid/contracts/${id}/refund`, {
        token: consumer.token,
        body: { expected_refund_fen: refund },
      });
      expect(r.status).toBe(200);
      const after = await myContract(env, consumer.token, id);
      expect(after.contract).toMatchObject({
        status: 'refunded',
        refund_reason: 'termination',
        released_fen: consumed,
        refunded_fen: refund,
      });
      expect(after.contract.released_fen + after.contract.refunded_fen).toBe(paid);
      const esc = (await escrowState(env)).contracts.find((c) => c.contract_id === id)!;
      expect(esc).toMatchObject({ locked_fen: 0, released_fen: consumed, refunded_fen: refund });
      // The simulator credits the consumer's wallet at the operator; the bank wallet is another party.
      expect(await walletBalance(env, consumer.walletId)).toBe(before);
      const again = await env.api('POST', `/api/v1/me/prepaid/contracts/${id}/refund`, {
        token: consumer.token,
        body: { expected_refund_fen: refund },
      });
      expect(again.body).toMatchObject({ status: 'refunded', refund_fen: refund });
      expect((await escrowState(env)).contracts.find((c) => c.contract_id === id)!.refunded_fen).toBe(refund);
    },
  );

  it('cooling-off: a full refund with nothing used inside it; after 7 days refused as such, and a stale amount is refused', async () => {
    const a = await boughtContract(env, products.pack.id);
    const full = await env.api('POST', `/api/v1/me/prepaid/contracts/${a.id}/refund`, {
      token: a.consumer.token,
      body: { expected_refund_fen: 40_000, cooling_off: true },
    });
    expect(full.status).toBe(200);
    expect((await myContract(env, a.consumer.token, a.id)).contract).toMatchObject({
      refund_reason: 'cooling_off',
      refunded_fen: 40_000,
    });
    const b = await boughtContract(env, products.pack.id);
    env.clock.advance(7 * 86_400_000);
    const late = await env.api('POST', `/api/v1/me/prepaid/contracts/${b.id}/refund`, {
      token: b.consumer.token,
      body: { expected_refund_fen: 40_000, cooling_off: true },
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('COOLING_OFF_PASSED');
    const changed = await env.api('POST', `/api/v1/me/prepaid/contracts/${b.id}/refund`, {
      token: b.consumer.token,
      body: { expected_refund_fen: 1 },
    });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('REFUND_AMOUNT_CHANGED');
    expect((await myContract(env, b.consumer.token, b.id)).contract.status).toBe('active');
  });

  it('bad input and foreign contracts change nothing', async () => {
    const a = await boughtContract(env, products.pack.id);
    const over = await env.api('POST', `/api/v1/admin/prepaid/contracts/${a.id}/write-offs`, {
      token: await env.admin('cashier'),
      body: { seq: 1, units: 11 },
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('WRITE_OFF_EXCEEDS');
    const foreign = await env.api('POST', `/api/v1/admin/prepaid/contracts/${a.id}/write-offs`, {
      token: await env.admin('cashier2'),
      body: { seq: 1, units: 1 },
    });
    expect(foreign.status).toBe(404);
    const [stranger] = await env.citizens(1);
    expect(
      (await env.api('GET', `/api/v1/me/prepaid/contracts/${a.id}`, { token: stranger.token })).status,
    ).toBe(404);
    const bad = await env.api('POST', `/api/v1/admin/prepaid/contracts/${a.id}/write-offs`, {
      token: await env.admin('cashier'),
      body: { seq: 0, units: 1, x: 1 },
    });
    expect(bad.status).toBe(400);
    expect((await myContract(env, a.consumer.token, a.id)).contract.used_units).toBe(0);
  });

  it('the ledger check is balanced with the prepaid invariant per contract', async () => {
    const check = await ledgerCheck(env);
    expect(check.prepaid).toMatchObject({ balanced: true, invariant_violations: 0 });
    expect(check.prepaid.contracts).toBeGreaterThan(5);
    expect(check.cashier.balanced).toBe(true);
    expect(check.balanced).toBe(true);
  });
});
