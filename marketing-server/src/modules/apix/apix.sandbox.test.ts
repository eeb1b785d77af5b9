import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { consentAndCode, OPS, productionApp } from '../../../test/apix';

// Sandbox data separation (issue 20 item 1: "sandbox credentials at once (sandbox data…)"): sandbox
// credentials never read or change production claims, budgets, citizens' personal data or money, and
// production credentials do not see sandbox claims. Before this, a sandbox key issued a real coupon
// from a production campaign to a real citizen, and read the claims the app issued in production.

describe.each(MODES)('APIX sandbox separation (%s)', (mode) => {
  let env: TestEnv;
  let campaignId: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    campaignId = (
      await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 100_000,
        coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
      })
    ).id;
  });
  afterAll(async () => env?.close());

  const count = async (sql: string, args: unknown[] = []) =>
    Number((await env.platform.db.query<{ n: unknown }>(sql, args))[0].n);

  it('a sandbox issue writes no claim, spends no budget and moves no money; production does', async () => {
    const app = await productionApp(env);
    const [citizen] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
      '13912345678',
      '王小明',
      citizen.id,
    ]);
    const { consentId, code } = await consentAndCode(env, citizen.token, app.appId, [
      OPS.issueCoupon,
      OPS.verifyCitizen,
    ]);
    const before = {
      claims: await count('SELECT COUNT(*) AS n FROM claims'),
      ledger: await count('SELECT COUNT(*) AS n FROM ledger_entries'),
      remaining: (await app.client().call('getOpenV1CampaignsById', { params: { id: campaignId } })).body
        .remaining,
    };
    const body = { campaign_id: campaignId };
    const sbx = await app.sandbox
      .client()
      .call('postOpenV1Coupons', { body, idempotencyKey: 's1', consentId, secondFactor: await code() });
    expect(sbx.status, JSON.stringify(sbx.body)).toBe(201);
    expect(sbx.body.id).toMatch(/^sbx_/);
    expect(await count('SELECT COUNT(*) AS n FROM claims')).toBe(before.claims);
    expect(await count('SELECT COUNT(*) AS n FROM ledger_entries')).toBe(before.ledger);
    expect(
      (await app.client().call('getOpenV1CampaignsById', { params: { id: campaignId } })).body.remaining,
    ).toBe(before.remaining);
    // Its replay answers the same sandbox claim.
    const replay = await app.sandbox
      .client()
      .call('postOpenV1Coupons', { body, idempotencyKey: 's1', consentId, secondFactor: await code() });
    expect(replay.body.id).toBe(sbx.body.id);
    const prod = await app
      .client()
      .call('postOpenV1Coupons', { body, idempotencyKey: 'p1', consentId, secondFactor: await code() });
    expect(prod.status, JSON.stringify(prod.body)).toBe(201);
    expect(await count('SELECT COUNT(*) AS n FROM claims')).toBe(before.claims + 1);
    // Each side reads only its own claims.
    const read = (side: typeof app | typeof app.sandbox, id: string) =>
      side.client().call('getOpenV1ClaimsById', { params: { id } });
    expect((await read(app.sandbox, prod.body.id)).status).toBe(404);
    expect((await read(app, sbx.body.id)).status).toBe(404);
    expect((await read(app.sandbox, sbx.body.id)).body).toMatchObject({ id: sbx.body.id, status: 'granted' });
    expect((await read(app, prod.body.id)).body).toMatchObject({ id: prod.body.id, status: 'granted' });
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it("the sandbox sees the test identity, never a citizen's phone or name", async () => {
    const app = await productionApp(env);
    const [citizen] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
      '13712345678',
      '李四',
      citizen.id,
    ]);
    const { consentId, code } = await consentAndCode(env, citizen.token, app.appId, [OPS.verifyCitizen]);
    const keys = { apiKeys: [app.apiKey.api_key] };
    const sbx = await app.sandbox
      .client('APIX-SM2-WITH-SM3', keys)
      .call('getOpenV1ConsentsById', { params: { id: consentId } });
    expect(sbx.body).toMatchObject({ phone: '13800000000', real_name: '沙箱用户' });
    const verified = await app.sandbox
      .client('APIX-SM2-WITH-SM3', keys)
      .call('postOpenV1CitizensVerification', {
        body: { phone: '13712345678' },
        consentId,
        secondFactor: await code(),
      });
    expect(verified.body).toEqual({ phone_match: false, real_name_match: null });
    const prod = await app.client().call('getOpenV1ConsentsById', { params: { id: consentId } });
    expect(prod.status).toBe(200);
    // Production: sealed under the production API key made at approval (read once by the partner).
    expect(prod.body.phone).toMatchObject({ algorithm: 'AEAD_SM4_GCM' });
  });
});
