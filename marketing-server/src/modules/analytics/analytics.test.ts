import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { cstToday } from '../../../test/bank';

describe.each(MODES)('dashboard analytics (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('counts views, claims, redemptions, 拉动比, merchants and burn-down for a day and a campaign', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 10_000,
      coupon: { type: 'threshold', threshold_fen: 5000, discount_fen: 1000, use_window: { days: 7 } },
    });
    for (let i = 0; i < 3; i++) expect((await env.api('GET', `/api/v1/campaigns/${id}`)).status).toBe(200);
    const users = await env.citizens(2);
    const codes: string[] = [];
    for (const u of users) {
      const c = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
        token: u.token,
        idem: `a-${u.id}`,
        body: {},
      });
      expect(c.status).toBe(201);
      codes.push(c.body.coupon.code);
    }
    const used = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: await env.admin('cashier'),
      idem: `an-${id}`,
      body: { coupon_code: codes[0], order_no: `AN-${id}`, order_amount_fen: 12_345 },
    });
    expect(used.status).toBe(201);
    await env.platform.services.dayStats.flush();

    const day = cstToday(env);
    const res = await env.api(
      'GET',
      `/api/v1/admin/analytics/overview?from=${day}&to=${day}&campaign_id=${id}`,
      {
        token: await env.admin('funder'),
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.days).toEqual([
      {
        day,
        views: 3,
        claims: 2,
        claimed_fen: 2000,
        redemptions: 1,
        subsidy_fen: 1000,
        order_fen: 12_345,
        risk: { pass: expect.any(Number), review: 0, reject: 0 },
      },
    ]);
    expect(res.body.funnel).toEqual({ views: 3, claims: 2, redemptions: 1 });
    expect(res.body.leverage).toEqual({ subsidy_fen: 1000, order_fen: 12_345, ratio: 12.35 });
    expect(res.body.by_merchant).toHaveLength(1);
    expect(res.body.by_merchant[0]).toMatchObject({ redemptions: 1, subsidy_fen: 1000, order_fen: 12_345 });
    expect(res.body.by_category[0]).toMatchObject({ redemptions: 1, subsidy_fen: 1000 });
    expect(res.body.burn.budget_fen).toBe(10_000);
    expect(res.body.burn.points[0].remaining_fen).toBe(8000);
    expect(res.body.burn.points[0].plan_remaining_fen).toBeGreaterThanOrEqual(0);
  });

  it('refuses a bad range with a clear error and is closed to merchants and citizens', async () => {
    const funder = await env.admin('funder');
    const backwards = await env.api('GET', '/api/v1/admin/analytics/overview?from=20261202&to=20261201', {
      token: funder,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('INVALID_RANGE');
    const long = await env.api('GET', '/api/v1/admin/analytics/overview?from=20260101&to=20261201', {
      token: funder,
    });
    expect(long.body.code).toBe('RANGE_TOO_LONG');
    const notADay = await env.api('GET', '/api/v1/admin/analytics/overview?from=20261399&to=20261201', {
      token: funder,
    });
    expect(notADay.status).toBe(400);
    const cashier = await env.api('GET', '/api/v1/admin/analytics/overview?from=20261201&to=20261201', {
      token: await env.admin('cashier'),
    });
    expect(cashier.status).toBe(403);
  });
});
