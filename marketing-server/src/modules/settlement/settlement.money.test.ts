import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerCheck,
  MODES,
  runningCampaign,
  setMerchantWallet,
  startEnv,
  type TestEnv,
} from '../../../test/harness';
import { bankCall, bankWallet, cstToday, FAST_BANK_ENV, waitFor } from '../../../test/bank';
import { accounts, post } from '../ledger';
import { cstDayBounds, cstDayKey } from '../../shared/time';

// Ways to lose money around merchant settlement, each reproduced (they passed unnoticed before:
// two settlements for one subsidy, a refund that let the merchant keep a paid subsidy, and a ledger
// check that stayed green on books corrupted in ways that keep every posting balanced).

describe.each(MODES)('settlement and refunds that cannot lose a fen (%s)', (mode) => {
  let env: TestEnv;
  let merchantId: string;
  let walletId: string;
  let seq = 0;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
    [{ merchant_id: merchantId }] = await env.platform.db.query<{ merchant_id: string }>(
      "SELECT merchant_id FROM admin_users WHERE username = 'cashier'",
    );
    walletId = (await bankCall(env, 'POST', '/v1/wallets', { wallet_type: 'WT09', merchant_id: merchantId }))
      .body.wallet_id;
    await setMerchantWallet(env, merchantId, walletId);
  });
  afterAll(async () => env?.close());

  async function couponCampaign(discount_fen: number) {
    return (
      await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 100_000,
        coupon: { type: 'instant', discount_fen, use_window: { days: 30 } },
      })
    ).id;
  }

  async function claim(campaignId: string) {
    const [u] = await env.citizens(1);
    const c = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: u.token,
      idem: `claim-${seq++}`,
      body: {},
    });
    expect(c.status).toBe(201);
    return c.body.coupon.code as string;
  }

  async function use(code: string) {
    const order = `ORD-M${seq++}`;
    const used = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: await env.admin('cashier'),
      idem: `r-${order}`,
      body: { coupon_code: code, order_no: order, order_amount_fen: 10_000 },
    });
    expect(used.status).toBe(201);
    return { redemptionId: used.body.id as string, code };
  }

  const redeem = async (campaignId: string) => use(await claim(campaignId));
  const refund = async (redemptionId: string) =>
    env.api('POST', `/api/v1/merchant/coupon-redemptions/${redemptionId}/refund`, {
      token: await env.admin('cashier'),
      idem: `refund-${redemptionId}`,
    });

  /** Moves the clock past the end of the current CST day; returns the day that is now over. */
  function endToday() {
    const day = cstToday(env);
    env.clock.advance(cstDayBounds(day).end.getTime() - env.clock.now().getTime() + 3600_000);
    return day;
  }

  const run = async (day: string) =>
    env.api('POST', '/api/v1/admin/settlements/runs', {
      token: await env.admin('funder'),
      body: { bill_date: day },
    });

  async function settledPaid() {
    await waitFor('settlements paid', async () => {
      const open = await env.platform.db.query(
        "SELECT out_trade_no FROM bank_payments WHERE purpose = 'settlement' AND status <> 'paid'",
      );
      return open.length === 0;
    });
  }

  it('two runs for two finished days at once take a subsidy once (fails before: paid twice)', async () => {
    const before = (await bankWallet(env, walletId)).balance_fen;
    let subsidies = 0;
    for (let i = 0; i < 3; i++) {
      const c = await couponCampaign(300 + i);
      await redeem(c);
      subsidies += 300 + i;
      const d1 = endToday();
      const d2 = endToday();
      const [a, b] = await Promise.all([run(d1), run(d2)]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    await settledPaid();
    expect((await bankWallet(env, walletId)).balance_fen - before).toBe(subsidies);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a day that is not over cannot be settled', async () => {
    const today = await run(cstToday(env));
    expect(today).toMatchObject({ status: 422, body: { code: 'BILL_DATE_NOT_OVER' } });
    const future = await run(cstDayKey(new Date(env.clock.now().getTime() + 3 * 86400_000)));
    expect(future.status).toBe(422);
  });

  it('a refund after settlement is refused and the coupon stays used (fails before: merchant kept it, coupon spendable)', async () => {
    const c = await couponCampaign(800);
    const { redemptionId, code } = await redeem(c);
    await run(endToday());
    await settledPaid();
    expect(await refund(redemptionId)).toMatchObject({ status: 409, body: { code: 'REDEMPTION_SETTLED' } });
    const [coupon] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM claims WHERE coupon_code = ?',
      [code],
    );
    expect(coupon.status).toBe('redeemed');
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
  });

  it('a refund after settlement is clawed back from what the merchant is still owed in the campaign', async () => {
    const c = await couponCampaign(600);
    const [a, b] = [await claim(c), await claim(c)];
    const first = await use(a);
    await run(endToday());
    await settledPaid();
    const before = (await bankWallet(env, walletId)).balance_fen;
    await use(b); // owed 600 again
    expect((await refund(first.redemptionId)).status).toBe(200);
    // The 600 owed for the second redemption pays back the first's: nothing more goes out.
    await run(endToday());
    await settledPaid();
    expect((await bankWallet(env, walletId)).balance_fen).toBe(before);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('reconciliation has a third leg: an order bank and platform agree on must be in the ledger', async () => {
    const [p] = await env.platform.db.query<{ out_trade_no: string; completed_at: Date }>(
      "SELECT out_trade_no, completed_at FROM bank_payments WHERE purpose = 'settlement' AND status = 'paid' ORDER BY completed_at LIMIT 1",
    );
    const day = cstDayKey(new Date(p.completed_at));
    const reconcile = async () =>
      env.api('POST', '/api/v1/admin/reconciliation/runs', {
        token: await env.admin('auditor'),
        body: { bill_date: day },
      });
    const clean = await reconcile();
    expect(clean.status).toBe(201);
    expect(clean.body.summary).toMatchObject({ unresolved: 0, ledger_differs: 0 });
    // The ledger loses the booking (moved to another ref, so every posting still balances).
    await env.platform.db.exec(
      "UPDATE ledger_entries SET ref_id = 'moved' WHERE kind = 'settle_confirm' AND ref_id = ?",
      [p.out_trade_no],
    );
    const red = await reconcile();
    await env.platform.db.exec(
      "UPDATE ledger_entries SET ref_id = ? WHERE kind = 'settle_confirm' AND ref_id = 'moved'",
      [p.out_trade_no],
    );
    expect(red.body.summary.ledger_differs).toBe(1);
    expect(red.body.items).toContainEqual(
      expect.objectContaining({
        out_trade_no: p.out_trade_no,
        class: 'ledger_differs',
        resolution: 'unresolved',
      }),
    );
  });
});

describe.each(MODES)('the ledger check goes red on corrupted books (%s)', (mode) => {
  let env: TestEnv;
  let merchantId: string;
  let campaignId: string;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
    [{ merchant_id: merchantId }] = await env.platform.db.query<{ merchant_id: string }>(
      "SELECT merchant_id FROM admin_users WHERE username = 'cashier'",
    );
    campaignId = (
      await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'instant', discount_fen: 500, use_window: { days: 30 } },
      })
    ).id;
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
  afterAll(async () => env?.close());

  /** Applies a corruption, expects the check to name it, and undoes it. */
  async function expectRed(corrupt: () => Promise<unknown>, undo: () => Promise<unknown>, issue: RegExp) {
    await corrupt();
    const check = await ledgerCheck(env);
    await undo();
    expect(check.balanced).toBe(false);
    expect(JSON.stringify(check)).toMatch(issue);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  }

  const undoRef = (ref: string) => async () => {
    await env.platform.db.exec('DELETE FROM ledger_entries WHERE ref_id = ?', [ref]);
  };
  const balancedPosting = (
    ref: string,
    kind: 'settle_confirm' | 'payout_recover',
    source: string,
    destination: string,
  ) =>
    env.platform.db.tx((sql) =>
      post(
        sql,
        { kind, campaign_id: campaignId, ref_id: ref, transfers: [{ source, destination, amount_fen: 500 }] },
        new Date(),
      ),
    );

  it('a merchant paid a subsidy twice (payable → paid with nothing redeemed)', async () => {
    await expectRed(
      () =>
        balancedPosting(
          'corrupt-1',
          'settle_confirm',
          accounts.merchantPayable(merchantId),
          accounts.merchantPaid(merchantId),
        ),
      undoRef('corrupt-1'),
      /negative payable/,
    );
  });

  it('a merchant paid more than the redemptions that stand', async () => {
    await expectRed(
      () =>
        balancedPosting(
          'corrupt-2',
          'settle_confirm',
          accounts.granted(campaignId),
          accounts.merchantPaid(merchantId),
        ),
      async () => {
        await undoRef('corrupt-2')();
      },
      /paid 500 > standing redeemed discounts/,
    );
  });

  it('a settled campaign that still holds budget', async () => {
    await expectRed(
      () =>
        env.platform.db
          .exec("UPDATE campaigns SET status = 'settled' WHERE id = ?", [campaignId])
          .then(() => undefined),
      () =>
        env.platform.db
          .exec("UPDATE campaigns SET status = 'running' WHERE id = ?", [campaignId])
          .then(() => undefined),
      /settled campaign holds budget/,
    );
  });

  it('a bank order the platform counts as paid that the ledger never booked', async () => {
    const otn = 'corrupt-order-1';
    await expectRed(
      () =>
        env.platform.db
          .exec(
            `INSERT INTO bank_payments (out_trade_no, purpose, ref_id, generation, amount_fen, kind, status, attempts, next_attempt_at, created_at, updated_at, channel)
             VALUES (?, 'settlement', ?, 1, 700, 'standard', 'paid', 1, ?, ?, ?, 'payment')`,
            [otn, otn, new Date(), new Date(), new Date()],
          )
          .then(() => undefined),
      () =>
        env.platform.db.exec('DELETE FROM bank_payments WHERE out_trade_no = ?', [otn]).then(() => undefined),
      /settlements paid 700 ≠ booked/,
    );
  });

  it('a red-packet recovery larger than its payout', async () => {
    await expectRed(
      () =>
        balancedPosting(
          'corrupt-rp',
          'payout_recover',
          accounts.walletOut,
          accounts.campaignBudget(campaignId),
        ),
      undoRef('corrupt-rp'),
      /recovery of corrupt-rp: 500 > its payout 0/,
    );
  });

  it('a bank answer that contradicts a closed order', async () => {
    await expectRed(
      () =>
        env.platform.db
          .exec(
            `INSERT INTO bank_order_exceptions (id, out_trade_no, purpose, bank_status, platform_status, amount_fen, note, status, created_at)
             VALUES ('boe_t', 'x', 'payout', 'SUCCESS', 'failed', 100, 'test', 'open', ?)`,
            [new Date()],
          )
          .then(() => undefined),
      () =>
        env.platform.db.exec("DELETE FROM bank_order_exceptions WHERE id = 'boe_t'").then(() => undefined),
      /contradict a closed order/,
    );
  });
});
