import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../test/harness';

// Coupon codes are C3: staff see the last 4 digits, the holder sees the whole code, an auditor may
// unmask (audited), and the cashier's redeem flow still takes the code typed at the till.
describe.each(MODES)('masking policy per role (%s)', (mode) => {
  let env: TestEnv;
  let campaignId: string;
  let code: string;
  let claimId: string;
  let holder: { id: string; token: string };
  beforeAll(async () => {
    env = await startEnv(mode);
    ({ id: campaignId } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { use_window: { days: 7 }, type: 'instant', discount_fen: 500 },
    }));
    [holder] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
      '13912341234',
      '李小龙',
      holder.id,
    ]);
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: holder.token,
      idem: 'mask-1',
      body: {},
    });
    expect(claim.status).toBe(201);
    code = claim.body.coupon.code;
    claimId = claim.body.id;
  });
  afterAll(async () => env?.close());

  const masked = () => `****${code.slice(-4)}`;

  it.each(['manager', 'approver', 'analyst', 'auditor'])(
    '%s sees the coupon code as ****1234 in the claims of a campaign',
    async (who) => {
      const res = await env.api('GET', `/api/v1/admin/campaigns/${campaignId}/claims`, {
        token: await env.admin(who),
      });
      expect(res.status).toBe(200);
      expect(res.body.items[0].coupon_code).toBe(masked());
      expect(res.body.items[0].phone).toBe('139****1234');
      expect(res.body.items[0].real_name).toBe('李**');
      expect(JSON.stringify(res.body)).not.toContain(code);
    },
  );

  it('the holder sees the full code on their own coupon pages', async () => {
    const one = await env.api('GET', `/api/v1/me/claims/${claimId}`, { token: holder.token });
    expect(one.body.coupon.code).toBe(code);
    const mine = await env.api('GET', '/api/v1/me/coupons', { token: holder.token });
    expect(mine.body.items[0].coupon.code).toBe(code);
  });

  it('an auditor unmasks the full code for a stated reason, and the unmask is audited with it', async () => {
    const auditor = await env.admin('auditor');
    const list = `/api/v1/admin/campaigns/${campaignId}/claims?unmask=true`;
    const auditOf = () =>
      env.api('GET', `/api/v1/admin/audit-logs?action=pii.unmask&entity_id=${campaignId}`, {
        token: auditor,
      });
    // A whole page in clear without saying why is refused, and nothing is read or audited.
    const noReason = await env.api('GET', list, { token: auditor });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('UNMASK_REASON_REQUIRED');
    expect((await auditOf()).body.items).toHaveLength(0);
    const clear = await env.api('GET', `${list}&reason=${encodeURIComponent('对账核实')}`, {
      token: auditor,
    });
    expect(clear.body.items[0].coupon_code).toBe(code);
    const audit = await auditOf();
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].comment).toBe('对账核实');
    const refused = await env.api('GET', `/api/v1/admin/campaigns/${campaignId}/claims?unmask=true`, {
      token: await env.admin('manager'),
    });
    expect(refused.status).toBe(403);
  });

  it('an auditor unmasks one claim for a stated reason; the reason is audited with the claim', async () => {
    const auditor = await env.admin('auditor');
    const path = `/api/v1/admin/campaigns/${campaignId}/claims/${claimId}/unmask`;
    const noReason = await env.api('POST', path, { token: auditor, body: { reason: ' ' } });
    expect(noReason.status).toBe(400);
    const one = await env.api('POST', path, { token: auditor, body: { reason: '市民投诉核实身份' } });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: claimId,
      phone: '13912341234',
      real_name: '李小龙',
      coupon_code: code,
    });
    const audit = await env.api('GET', `/api/v1/admin/audit-logs?action=pii.unmask&entity_id=${claimId}`, {
      token: auditor,
    });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ entity_type: 'claim', comment: '市民投诉核实身份' });
    const manager = await env.api('POST', path, {
      token: await env.admin('manager'),
      body: { reason: '看看' },
    });
    expect(manager.status).toBe(403);
    const elsewhere = await env.api('POST', `/api/v1/admin/campaigns/${campaignId}/claims/clm_nope/unmask`, {
      token: auditor,
      body: { reason: '核实' },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('the cashier redeems the typed code; the redemptions list shows it masked', async () => {
    const cashier = await env.admin('cashier');
    const quote = await env.api('GET', `/api/v1/merchant/coupons/${code}?order_amount_fen=1000`, {
      token: cashier,
    });
    expect(quote.status).toBe(200);
    const redeemed = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: cashier,
      idem: 'mask-redeem',
      body: { coupon_code: code, order_no: 'MASK-1', order_amount_fen: 1000 },
    });
    expect(redeemed.status).toBe(201);
    const list = await env.api('GET', '/api/v1/merchant/coupon-redemptions', { token: cashier });
    expect(list.body.items[0].coupon_code).toBe(masked());
    expect(JSON.stringify(list.body)).not.toContain(code);
  });
});
