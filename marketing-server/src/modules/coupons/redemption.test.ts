import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

describe.each(MODES)('coupon redemption at merchants (%s)', (mode) => {
  let env: TestEnv;
  let cashier: string;
  let cashier2: string;
  let merchantId: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    cashier = await env.admin('cashier');
    cashier2 = await env.admin('cashier2');
    merchantId = (
      await env.platform.db.query<{ merchant_id: string }>(
        "SELECT merchant_id FROM admin_users WHERE username = 'cashier'",
      )
    )[0].merchant_id;
  });
  afterAll(async () => env?.close());

  async function couponFor(coupon: Record<string, unknown>) {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { use_window: { days: 7 }, ...coupon },
    });
    const [u] = await env.citizens(1);
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'c',
      body: {},
    });
    expect(claim.status).toBe(201);
    return { campaignId: id, code: claim.body.coupon.code as string, user: u };
  }

  const redeem = (
    code: string,
    order_no: string,
    order_amount_fen: number,
    token = cashier,
    idem = `i-${order_no}`,
  ) =>
    env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token,
      idem,
      body: { coupon_code: code, order_no, order_amount_fen },
    });

  it.each([
    // [terms, order amount, expected status, expected discount or error code]
    [{ type: 'threshold', threshold_fen: 8000, discount_fen: 2000 }, 7999, 422, 'ORDER_BELOW_THRESHOLD'],
    [{ type: 'threshold', threshold_fen: 8000, discount_fen: 2000 }, 8000, 201, 2000],
    [{ type: 'instant', discount_fen: 500 }, 300, 201, 300], // discount larger than the order: capped, payable 0
    [{ type: 'percent', percent_off: 15, cap_fen: 1000 }, 4000, 201, 600],
    [{ type: 'percent', percent_off: 15, cap_fen: 1000 }, 99_999, 201, 1000],
    [{ type: 'percent', percent_off: 33, cap_fen: 1000 }, 1, 201, 0],
  ] as const)('%j on an order of %i fen → %i %s', async (terms, order, status, expected) => {
    const { code } = await couponFor(terms);
    const res = await redeem(code, `O-${code}`, order);
    expect(res.status).toBe(status);
    if (status === 201) {
      expect(res.body.discount_fen).toBe(expected);
      expect(res.body.payable_fen).toBe(order - (expected as number));
      expect(res.body.payable_fen).toBeGreaterThanOrEqual(0);
    } else {
      expect(res.body.code).toBe(expected);
    }
  });

  it('two parallel redemptions of one coupon: exactly one wins', async () => {
    const { code } = await couponFor({ type: 'instant', discount_fen: 500 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => redeem(code, `PAR-${code}-${i}`, 1000)),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'COUPON_ALREADY_USED')).toBe(
      true,
    );
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a retried redemption replays; the same order cannot take a second coupon', async () => {
    const a = await couponFor({ type: 'instant', discount_fen: 500 });
    const b = await couponFor({ type: 'instant', discount_fen: 500 });
    const first = await redeem(a.code, 'ORDER-77', 2000, cashier, 'retry-77');
    const retry = await redeem(a.code, 'ORDER-77', 2000, cashier, 'retry-77');
    expect(retry.body).toEqual(first.body);
    const second = await redeem(b.code, 'ORDER-77', 2000);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ORDER_ALREADY_REDEEMED');
  });

  it('merchant scope is enforced', async () => {
    const { code } = await couponFor({ type: 'instant', discount_fen: 500, merchant_ids: [merchantId] });
    const elsewhere = await redeem(code, `S-${code}`, 1000, cashier2);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('MERCHANT_NOT_IN_SCOPE');
    expect((await redeem(code, `S-${code}`, 1000)).status).toBe(201);
  });

  it('refund reverses the subsidy and returns the coupon inside its use window', async () => {
    const { code, user, campaignId } = await couponFor({
      type: 'threshold',
      threshold_fen: 5000,
      discount_fen: 1000,
    });
    const used = await redeem(code, `R-${code}`, 6000);
    const before = (
      await env.api('GET', '/api/v1/admin/merchants', { token: await env.admin('auditor') })
    ).body.items.find((m: { id: string }) => m.id === merchantId).payable_fen;
    const refund = await env.api('POST', `/api/v1/merchant/coupon-redemptions/${used.body.id}/refund`, {
      token: cashier,
      idem: `rf-${code}`,
    });
    expect(refund.status).toBe(200);
    expect(refund.body).toMatchObject({ status: 'refunded', coupon_status: 'granted' });
    const twice = await env.api('POST', `/api/v1/merchant/coupon-redemptions/${used.body.id}/refund`, {
      token: cashier,
      idem: `rf2-${code}`,
    });
    expect(twice.body.code).toBe('ALREADY_REFUNDED');
    const after = (
      await env.api('GET', '/api/v1/admin/merchants', { token: await env.admin('auditor') })
    ).body.items.find((m: { id: string }) => m.id === merchantId).payable_fen;
    expect(before - after).toBe(1000);
    const mine = await env.api('GET', '/api/v1/me/coupons', { token: user.token });
    expect(mine.body.items[0].status).toBe('granted');
    expect((await redeem(code, `R2-${code}`, 6000)).status).toBe(201);
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === campaignId).spent_fen).toBe(
      1000,
    );
  });

  it('verify quotes the discount without redeeming', async () => {
    const { code } = await couponFor({ type: 'instant', discount_fen: 500 });
    const q = await env.api('GET', `/api/v1/merchant/coupons/${code}?order_amount_fen=1200`, {
      token: cashier,
    });
    expect(q.body).toMatchObject({ discount_fen: 500, payable_fen: 700, status: 'granted' });
    expect((await redeem(code, `Q-${code}`, 1200)).status).toBe(201);
  });
});
