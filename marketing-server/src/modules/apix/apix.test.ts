import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExamplePartner, type ExamplePartner } from 'mocks';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { consentAndCode, OPS, productionApp, sandboxApp, type SandboxApp } from '../../../test/apix';
import { formatAuthorization, signWith, stringToSign } from '../../shared/open-signing';

describe.each(MODES)('APIX open platform (%s)', (mode) => {
  let env: TestEnv;
  let app: SandboxApp;
  let campaignId: string;
  let partner: ExamplePartner;
  beforeAll(async () => {
    env = await startEnv(mode);
    app = await sandboxApp(env);
    campaignId = (
      await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 100_000,
        coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
      })
    ).id;
    partner = await createExamplePartner();
  });
  afterAll(async () => {
    await partner?.close();
    await env?.close();
  });

  const claimsOf = async (appId: string) =>
    Number(
      (
        await env.platform.db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM claims WHERE device_id = ?', [
          `apix:${appId}`,
        ])
      )[0].n,
    );

  it('an SM2-signed call reaches the operation and its answer carries a platform signature the SDK verifies', async () => {
    const res = await app.client().call('getOpenV1Campaigns');
    expect(res.status).toBe(200);
    expect(res.signatureValid).toBe(true);
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(campaignId);
    const hmac = await app
      .client('APIX-HMAC-SM3')
      .call('getOpenV1CampaignsById', { params: { id: campaignId } });
    expect(hmac.status).toBe(200);
    expect(hmac.body.id).toBe(campaignId);
  });

  it('rail transit offers its network and fare quotes in the catalogue (A1): 西朗 → 坑口 is the 3-yuan band the gates charge', async () => {
    const net = await app.client().call('getOpenV1TransitNetwork');
    expect(net.status).toBe(200);
    expect(net.signatureValid).toBe(true);
    const ids = net.body.stations.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['xilang', 'fangcun']));
    const quote = await app
      .client()
      .call('getOpenV1TransitFares', { query: { from: 'xilang', to: 'fangcun' } });
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    // The same table the gates charge by (transit.test.ts: 西朗 → 芳村 is 3 yuan).
    expect(quote.body.fare_fen).toBe(300);
    const bad = await app.client().call('getOpenV1TransitFares', { query: { from: 'xilang', to: 'NOPE!' } });
    expect(bad.status).toBe(400);
  });

  it('each bad request has its own code, the failed string to sign is returned, and nothing runs', async () => {
    const url = '/api/v1/open/v1/coupons';
    const body = JSON.stringify({ campaign_id: campaignId });
    const ts = String(Math.floor(Date.now() / 1000));
    const auth = (o: Partial<Parameters<typeof formatAuthorization>[0]> = {}, message?: string) =>
      formatAuthorization({
        scheme: 'APIX-SM2-WITH-SM3',
        app_id: app.appId,
        serial_no: app.sm2.serial_no,
        nonce_str: o.nonce_str ?? `n${Math.random()}`,
        timestamp: ts,
        signature: signWith(
          'APIX-SM2-WITH-SM3',
          app.sm2.private_key,
          message ?? stringToSign('POST', url, o.timestamp ?? ts, o.nonce_str ?? 'x', body),
        ),
        ...o,
      });
    const post = (authorization?: string) =>
      env.api('POST', url, {
        raw: body,
        idem: `bad-${Math.random()}`,
        headers: authorization ? { authorization } : {},
      });
    expect((await post()).body.code).toBe('APIX_SIGNATURE_MISSING');
    expect((await post('Bearer abc')).body.code).toBe('APIX_AUTHORIZATION_MALFORMED');
    expect((await post(auth({ app_id: 'app_nobody' }))).body.code).toBe('APIX_APP_UNKNOWN');
    expect((await post(auth({ serial_no: 'key_nobody' }))).body.code).toBe('APIX_KEY_SERIAL_UNKNOWN');
    const stale = String(Math.floor(Date.now() / 1000) - 301);
    expect((await post(auth({ timestamp: stale }))).body.code).toBe('APIX_TIMESTAMP_SKEW');
    const wrong = await post(auth({ nonce_str: 'n-wrong' }, 'not what the server signs'));
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('APIX_SIGNATURE_INVALID');
    expect(wrong.body.details.string_to_sign).toBe(`POST\n${url}\n${ts}\nn-wrong\n${body}\n`);
    expect(JSON.stringify(wrong.body)).not.toMatch(/stack|sql|sequelize|at \//i);
    const hmac = app.client('APIX-HMAC-SHA256');
    expect(
      (await hmac.call('postOpenV1Coupons', { body: { campaign_id: campaignId }, idempotencyKey: 'h1' })).body
        .code,
    ).toBe('APIX_SCHEME_NOT_ALLOWED');
    expect((await post(auth({ scheme: 'APIX-HMAC-SM3' }))).body.code).toBe('APIX_SCHEME_MISMATCH');
    expect(await claimsOf(app.appId)).toBe(0);
    // Every refusal is in the call log with its verdict.
    const log = await env.api('GET', `/api/v1/admin/apix/calls?app_id=${app.appId}`, {
      token: await env.admin('auditor'),
    });
    const verdicts = log.body.items.map((c: { verdict: string }) => c.verdict);
    for (const code of ['APIX_KEY_SERIAL_UNKNOWN', 'APIX_TIMESTAMP_SKEW', 'APIX_SIGNATURE_INVALID'])
      expect(verdicts).toContain(code);
  });

  it('a replayed request (same nonce) is refused; a skewed clock within 300 s passes, beyond it does not', async () => {
    const url = '/api/v1/open/v1/campaigns';
    const authorization = app.client().authorization('GET', url, '');
    const first = await env.api('GET', url, { headers: { authorization } });
    const again = await env.api('GET', url, { headers: { authorization } });
    expect(first.status).toBe(200);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('APIX_NONCE_REPLAYED');
    expect(
      (await app.client('APIX-SM2-WITH-SM3', { clockSkewS: 290 }).call('getOpenV1Campaigns')).status,
    ).toBe(200);
    expect(
      (await app.client('APIX-SM2-WITH-SM3', { clockSkewS: -320 }).call('getOpenV1Campaigns')).body.code,
    ).toBe('APIX_TIMESTAMP_SKEW');
  });

  it('a product the app did not subscribe to is refused', async () => {
    const narrow = await sandboxApp(env, [OPS.listCampaigns]);
    const res = await narrow.client().call('getOpenV1CampaignsById', { params: { id: campaignId } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('APIX_PRODUCT_NOT_SUBSCRIBED');
  });

  it('the whole scenario: consent + second factor, coupon issued once through the SDK, redeemed, webhook received', async () => {
    // Real coupons and money: production credentials (sandbox ones only make sandbox claims).
    const prod = await productionApp(env);
    const registrar = await env.admin('registrar');
    const ep = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/endpoints`, {
      token: registrar,
      body: { url: `${partner.url}/webhooks`, event_types: ['coupon.redeemed'] },
    });
    expect(ep.status).toBe(201);
    partner.setSecret(ep.body.secret);
    const [citizen] = await env.citizens(1);
    const client = prod.client();
    const body = { campaign_id: campaignId };
    expect((await client.call('postOpenV1Coupons', { body, idempotencyKey: 'k0' })).body.code).toBe(
      'APIX_CONSENT_REQUIRED',
    );
    const { consentId, code } = await consentAndCode(env, citizen.token, prod.appId);
    expect(
      (await client.call('postOpenV1Coupons', { body, idempotencyKey: 'k0', consentId })).body.code,
    ).toBe('APIX_SECOND_FACTOR_REQUIRED');
    expect(
      (
        await client.call('postOpenV1Coupons', {
          body,
          idempotencyKey: 'k0',
          consentId,
          secondFactor: '000000x',
        })
      ).body.code,
    ).toBe('APIX_SECOND_FACTOR_INVALID');
    const secondFactor = await code();
    const issued = await client.call('postOpenV1Coupons', {
      body,
      idempotencyKey: 'k1',
      consentId,
      secondFactor,
    });
    expect(issued.status).toBe(201);
    expect(issued.body.coupon_code_masked).toMatch(/\*{4}\d{4}$/);
    // The network failed: the partner retries the same request and gets the same coupon.
    const retry = await client.call('postOpenV1Coupons', {
      body,
      idempotencyKey: 'k1',
      consentId,
      secondFactor,
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(issued.body.id);
    // A used code opens no other request.
    expect(
      (await client.call('postOpenV1Coupons', { body, idempotencyKey: 'k2', consentId, secondFactor })).body
        .code,
    ).toBe('APIX_SECOND_FACTOR_INVALID');
    expect(await claimsOf(prod.appId)).toBe(1);
    const queried = await client.call('getOpenV1ClaimsById', { params: { id: issued.body.id } });
    expect(queried.body.status).toBe('granted');
    // The citizen shows the code in their app; the cashier redeems it.
    const mine = await env.api('GET', `/api/v1/me/claims/${issued.body.id}`, { token: citizen.token });
    const redeemed = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: await env.admin('cashier'),
      idem: `r-${issued.body.id}`,
      body: { coupon_code: mine.body.coupon.code, order_no: `O-${issued.body.id}`, order_amount_fen: 2000 },
    });
    expect(redeemed.status).toBe(201);
    const pass = await env.platform.services.apix.webhooks.runOnce();
    // The redemption's event, and the consent's (consent.granted, not subscribed here) unless an
    // earlier pass already fanned it out: one delivery either way.
    expect(pass.fanned, JSON.stringify(pass)).toBeGreaterThanOrEqual(1);
    expect(pass.delivered, JSON.stringify(await env.platform.db.query('SELECT * FROM apix_deliveries'))).toBe(
      1,
    );
    expect(partner.events, `rejected ${partner.rejected()}`).toHaveLength(1);
    expect(partner.events[0]).toMatchObject({
      type: 'coupon.redeemed',
      data: { claim_id: issued.body.id, discount_fen: 500 },
    });
    expect(partner.events[0].headers['webhook-signature-sm2']).toMatch(/^v1,/);
    // A manual resend carries the same event id (the partner deduplicates on it).
    const deliveries = await env.api('GET', `/api/v1/admin/apix/apps/${prod.appId}/deliveries`, {
      token: registrar,
    });
    expect(deliveries.body.items[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    await env.api(
      'POST',
      `/api/v1/admin/apix/apps/${prod.appId}/deliveries/${deliveries.body.items[0].id}/resend`,
      { token: registrar },
    );
    await env.platform.services.apix.webhooks.runOnce();
    expect(partner.arrivals.get(partner.events[0].id)).toBe(2);
    expect(partner.events).toHaveLength(1);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a receiver answering 5xx is retried with back-off, then disabled after the last attempt; 410 disables at once', async () => {
    const other = await productionApp(env);
    const registrar = await env.admin('registrar');
    const receiver = await createExamplePartner();
    let waitedMs = 0;
    try {
      const ep = await env.api('POST', `/api/v1/admin/apix/apps/${other.appId}/endpoints`, {
        token: registrar,
        body: { url: `${receiver.url}/hooks`, event_types: ['coupon.redeemed'] },
      });
      receiver.setSecret(ep.body.secret);
      receiver.setFault('5xx');
      await issueAndRedeem(env, other, campaignId);
      const hooks = env.platform.services.apix.webhooks;
      await hooks.runOnce();
      let d = (
        await env.api('GET', `/api/v1/admin/apix/apps/${other.appId}/deliveries`, { token: registrar })
      ).body.items[0];
      expect(d).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 503 });
      for (let i = 0; i < 7; i++) {
        const due = new Date(d.next_attempt_at).getTime() - env.clock.now().getTime();
        env.clock.advance(due + 1000);
        waitedMs += due + 1000;
        await hooks.runOnce();
        d = (
          await env.api('GET', `/api/v1/admin/apix/apps/${other.appId}/deliveries`, {
            token: await env.admin('registrar'),
          })
        ).body.items[0];
      }
      expect(d).toMatchObject({ status: 'failed', attempts: 8 });
      expect(waitedMs).toBeGreaterThan(24 * 3600_000);
      const fresh = await env.admin('registrar');
      const eps = await env.api('GET', `/api/v1/admin/apix/apps/${other.appId}/endpoints`, { token: fresh });
      expect(eps.body.items[0].status).toBe('disabled');
      const actions = await env.api('GET', `/api/v1/admin/apix/apps/${other.appId}/actions`, {
        token: fresh,
      });
      expect(actions.body.items.map((a: { action: string }) => a.action)).toContain('endpoint.disabled');
      // Enabled again, the receiver now answers 410: disabled at the first attempt.
      env.clock.advance(-waitedMs);
      waitedMs = 0;
      await env.api('POST', `/api/v1/admin/apix/apps/${other.appId}/endpoints/${ep.body.id}/enable`, {
        token: await env.admin('registrar'),
      });
      receiver.setFault('410');
      // A fresh campaign: the first one's claim window passed while the clock ran a day ahead.
      const fresh2 = await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
      });
      await issueAndRedeem(env, other, fresh2.id);
      await hooks.runOnce();
      const after = await env.api('GET', `/api/v1/admin/apix/apps/${other.appId}/endpoints`, {
        token: await env.admin('registrar'),
      });
      expect(after.body.items[0]).toMatchObject({
        status: 'disabled',
        disabled_reason: '回调地址返回 410 Gone',
      });
    } finally {
      // Back to the real time: partners sign with their own clock.
      env.clock.advance(-waitedMs);
      await receiver.close();
    }
  });

  it('production: maker-checker review, IP allowlist enforced, suspension and the hash chain', async () => {
    const prod = await sandboxApp(env);
    const registrar = await env.admin('registrar');
    const approver = await env.admin('approver');
    const { generateSm2KeyPair, sm2PublicKeyPem } = await import('../../shared/sm2');
    const pair = generateSm2KeyPair();
    const change = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/production-requests`, {
      token: registrar,
      body: {
        licence_no: '91440101MA5XXXXX1',
        ip_allowlist: ['10.0.0.0/8'],
        callback_url: 'https://partner.example/cb',
        scheme: 'SM2',
        public_key: sm2PublicKeyPem(pair.publicKey),
      },
    });
    expect(change.status).toBe(201);
    expect(
      (await env.api('GET', `/api/v1/admin/apix/apps/${prod.appId}`, { token: registrar })).body.state,
    ).toBe('PROD_REVIEW');
    const approved = await env.api('POST', `/api/v1/admin/apix/changes/${change.body.id}/decision`, {
      token: approver,
      body: { decision: 'approve' },
    });
    expect(approved.status).toBe(200);
    const detail = (await env.api('GET', `/api/v1/admin/apix/apps/${prod.appId}`, { token: registrar })).body;
    expect(detail.state).toBe('PROD_ACTIVE');
    const prodKey = detail.credentials.find((c: { environment: string }) => c.environment === 'production');
    const { createApixClient } = await import('../../sdk/apix');
    const prodClient = createApixClient({
      baseUrl: env.url,
      appId: prod.appId,
      serialNo: prodKey.serial_no,
      scheme: 'APIX-SM2-WITH-SM3',
      privateKey: pair.privateKeyHex,
      platformPublicKey: prod.platformKey,
    });
    const outside = await prodClient.call('getOpenV1Campaigns');
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('APIX_IP_NOT_ALLOWED');
    const suspended = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/suspension`, {
      token: approver,
      body: { reason: '风控排查' },
    });
    expect(suspended.body.state).toBe('SUSPENDED');
    await new Promise((r) => setTimeout(r, 2100)); // the gateway's 2-s key cache
    expect((await prod.client().call('getOpenV1Campaigns')).body.code).toBe('APIX_APP_SUSPENDED');
    const resume = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/changes`, {
      token: registrar,
      body: { kind: 'apix.resume', reason: '排查完毕' },
    });
    const self = await env.api('POST', `/api/v1/admin/apix/changes/${resume.body.id}/decision`, {
      token: await env.admin('approver'),
      body: { decision: 'approve' },
    });
    expect(self.status).toBe(200);
    const chain = await env.api('GET', `/api/v1/admin/apix/apps/${prod.appId}/actions`, {
      token: await env.admin('auditor'),
    });
    expect(chain.body.chain_valid).toBe(true);
    expect(chain.body.items.map((a: { action: string }) => a.action)).toEqual([
      'create',
      'activate_sandbox',
      'submit_production',
      'approve_production',
      'suspend',
      'resume',
    ]);
    await env.platform.db.exec("UPDATE apix_admin_actions SET payload = '{}' WHERE app_id = ? AND seq = 3", [
      prod.appId,
    ]);
    const broken = await env.api('GET', `/api/v1/admin/apix/apps/${prod.appId}/actions`, {
      token: await env.admin('auditor'),
    });
    expect(broken.body).toMatchObject({ chain_valid: false, broken_at_seq: 3 });
  });

  it('the proposer of a production request cannot approve it; rejection sends the app back to the sandbox', async () => {
    const a = await sandboxApp(env);
    const registrar = await env.admin('registrar');
    const { generateSm2KeyPair, sm2PublicKeyPem } = await import('../../shared/sm2');
    const change = await env.api('POST', `/api/v1/admin/apix/apps/${a.appId}/production-requests`, {
      token: registrar,
      body: {
        licence_no: '91440101MA5XXXXX2',
        ip_allowlist: ['127.0.0.1'],
        callback_url: 'https://partner.example/cb',
        scheme: 'SM2',
        public_key: sm2PublicKeyPem(generateSm2KeyPair().publicKey),
      },
    });
    const rejected = await env.api('POST', `/api/v1/admin/apix/changes/${change.body.id}/decision`, {
      token: await env.admin('approver'),
      body: { decision: 'reject', comment: '营业执照不清晰' },
    });
    expect(rejected.body.status).toBe('rejected');
    expect(
      (await env.api('GET', `/api/v1/admin/apix/apps/${a.appId}`, { token: registrar })).body.state,
    ).toBe('SANDBOX_ACTIVE');
    // Sandbox keys keep working meanwhile: the sandbox never stopped.
    expect((await a.client().call('getOpenV1Campaigns')).status).toBe(200);
  });

  it('key rotation: two active keys both verify, a third is refused, a revoked one stops working', async () => {
    const a = await sandboxApp(env);
    const registrar = await env.admin('registrar');
    const { generateSm2KeyPair, sm2PublicKeyPem } = await import('../../shared/sm2');
    const pair = generateSm2KeyPair();
    const added = await env.api('POST', `/api/v1/admin/apix/apps/${a.appId}/sandbox-keys`, {
      token: registrar,
      body: { scheme: 'SM2', public_key: sm2PublicKeyPem(pair.publicKey) },
    });
    expect(added.status).toBe(201);
    const { createApixClient } = await import('../../sdk/apix');
    const second = createApixClient({
      baseUrl: env.url,
      appId: a.appId,
      serialNo: added.body.serial_no,
      scheme: 'APIX-SM2-WITH-SM3',
      privateKey: pair.privateKeyHex,
      platformPublicKey: a.platformKey,
    });
    expect((await second.call('getOpenV1Campaigns')).status).toBe(200);
    expect((await a.client().call('getOpenV1Campaigns')).status).toBe(200);
    const third = await env.api('POST', `/api/v1/admin/apix/apps/${a.appId}/sandbox-keys`, {
      token: registrar,
      body: { scheme: 'SM2', public_key: sm2PublicKeyPem(generateSm2KeyPair().publicKey) },
    });
    expect(third.body.code).toBe('APIX_KEY_LIMIT');
    await env.api('POST', `/api/v1/admin/apix/apps/${a.appId}/keys/${a.sm2.serial_no}/revocation`, {
      token: registrar,
    });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await a.client().call('getOpenV1Campaigns')).body.code).toBe('APIX_KEY_SERIAL_UNKNOWN');
    expect((await second.call('getOpenV1Campaigns')).status).toBe(200);
  });

  it('over quota: 429 with Retry-After, counted per app', async () => {
    const a = await sandboxApp(env);
    await env.api('PUT', `/api/v1/admin/apix/apps/${a.appId}/quota`, {
      token: await env.admin('approver'),
      body: { tier: 'bronze', rate_limit_per_minute: 3 },
    });
    await new Promise((r) => setTimeout(r, 2100));
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await a.client().call('getOpenV1Campaigns'));
    expect(results.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results[3].status).toBe(429);
    expect(results[3].body.code).toBe('APIX_QUOTA_EXCEEDED');
    expect(Number(results[3].headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.client().call('getOpenV1Campaigns')).status).toBe(200);
  });
});

async function issueAndRedeem(env: TestEnv, a: SandboxApp, campaignId: string) {
  const [citizen] = await env.citizens(1);
  const { consentId, code } = await consentAndCode(env, citizen.token, a.appId);
  const issued = await a.client().call('postOpenV1Coupons', {
    body: { campaign_id: campaignId },
    idempotencyKey: `i-${citizen.id}`,
    consentId,
    secondFactor: await code(),
  });
  if (issued.status !== 201) throw new Error(JSON.stringify(issued.body));
  const mine = await env.api('GET', `/api/v1/me/claims/${issued.body.id}`, { token: citizen.token });
  const r = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
    token: await env.admin('cashier'),
    idem: `r-${issued.body.id}`,
    body: { coupon_code: mine.body.coupon.code, order_no: `O-${issued.body.id}`, order_amount_fen: 2000 },
  });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
}
