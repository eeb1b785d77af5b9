import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExamplePartner, type ExamplePartner } from 'mocks';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import { consentAndCode, OPS, sandboxApp, type SandboxApp } from '../../../test/apix';
import { decryptField, encryptField, isEnvelope } from '../../shared/field-crypto';

// Field encryption of personal data (issue 20 item 2): the app's API key seals the personal fields of
// answers and webhooks, and opens encrypted fields of requests; without a key they leave masked.
// These run in the sandbox, whose answers carry the test identity (13800000000 沙箱用户) instead of the
// citizen's own data (apix.sandbox.test); production sealing is checked there too.

describe.each(MODES)('APIX field encryption (%s)', (mode) => {
  let env: TestEnv;
  let app: SandboxApp;
  let partner: ExamplePartner;
  let citizen: { id: string; token: string };
  beforeAll(async () => {
    env = await startEnv(mode);
    app = await sandboxApp(env);
    partner = await createExamplePartner();
    [citizen] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [
      '13912345678',
      '王小明',
      citizen.id,
    ]);
  });
  afterAll(async () => {
    await partner?.close();
    await env?.close();
  });

  it('the sandbox shows its API key once; the consent webhook carries the phone encrypted and the example partner opens it', async () => {
    expect(app.apiKey).toMatchObject({ algorithm: 'AEAD_SM4_GCM' });
    expect(Buffer.from(app.apiKey.api_key, 'base64')).toHaveLength(32);
    const registrar = await env.admin('registrar');
    const detail = await env.api('GET', `/api/v1/admin/apix/apps/${app.appId}`, { token: registrar });
    expect(detail.body.api_keys).toEqual([
      expect.objectContaining({ serial_no: app.apiKey.serial_no, environment: 'sandbox', revealed: true }),
    ]);
    expect(JSON.stringify(detail.body)).not.toContain(app.apiKey.api_key);
    const ep = await env.api('POST', `/api/v1/admin/apix/apps/${app.appId}/endpoints`, {
      token: registrar,
      body: { url: `${partner.url}/webhooks`, event_types: ['consent.granted'] },
    });
    partner.setSecret(ep.body.secret);
    partner.setApiKey(app.apiKey.api_key);
    const { consentId } = await consentAndCode(env, citizen.token, app.appId, [OPS.verifyCitizen]);
    await env.platform.services.apix.webhooks.runOnce();
    expect(partner.events.map((e) => e.type)).toEqual(['consent.granted']);
    expect(partner.events[0].data).toMatchObject({ consent_id: consentId, phone: '13800000000' });
    // What was sent (and is stored for retries) holds an envelope, not the phone.
    const stored = await env.platform.db.query<{ payload: string }>(
      'SELECT payload FROM apix_deliveries WHERE app_id = ?',
      [app.appId],
    );
    expect(stored[0].payload).not.toContain('13800000000');
    const phone = JSON.parse(stored[0].payload).data.phone;
    expect(phone).toMatchObject({ algorithm: 'AEAD_SM4_GCM', associated_data: 'consent.granted/phone' });
    expect(decryptField(phone, [app.apiKey.api_key])).toBe('13800000000');
  });

  it('an answer with personal data: encrypted under the key (the SDK opens it), masked for a client without it', async () => {
    const { consentId } = await consentAndCode(env, citizen.token, app.appId, [OPS.verifyCitizen]);
    const plain = await app.client().call('getOpenV1ConsentsById', { params: { id: consentId } });
    expect(plain.status).toBe(200);
    expect(plain.signatureValid).toBe(true);
    expect(isEnvelope(plain.body.phone)).toBe(true);
    expect(JSON.stringify(plain.body)).not.toContain('13800000000');
    const opened = await app
      .client('APIX-SM2-WITH-SM3', { apiKeys: [app.apiKey.api_key] })
      .call('getOpenV1ConsentsById', { params: { id: consentId } });
    expect(opened.body).toMatchObject({ id: consentId, phone: '13800000000', real_name: '沙箱用户' });
    // A key revoked: nothing to encrypt with, so the fields leave masked, never in clear text.
    const registrar = await env.admin('registrar');
    const other = await sandboxApp(env);
    await env.api(
      'POST',
      `/api/v1/admin/apix/apps/${other.appId}/keys/${other.apiKey.serial_no}/revocation`,
      {
        token: registrar,
      },
    );
    const c2 = await consentAndCode(env, citizen.token, other.appId, [OPS.verifyCitizen]);
    await new Promise((r) => setTimeout(r, 10));
    const masked = await other.client().call('getOpenV1ConsentsById', { params: { id: c2.consentId } });
    expect(masked.body).toMatchObject({ phone: '138****0000', real_name: '沙***' });
    // Another app's consent is not found.
    expect((await other.client().call('getOpenV1ConsentsById', { params: { id: consentId } })).status).toBe(
      404,
    );
  });

  it('a request with personal data takes encrypted fields (both algorithms); a field that does not open is refused', async () => {
    const { consentId, code } = await consentAndCode(env, citizen.token, app.appId, [OPS.verifyCitizen]);
    const sdk = app.client('APIX-SM2-WITH-SM3', { apiKeys: [app.apiKey.api_key] });
    const ok = await sdk.call('postOpenV1CitizensVerification', {
      body: { phone: '13800000000', real_name: '沙箱用户' },
      consentId,
      secondFactor: await code(),
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ phone_match: true, real_name_match: true });
    // The call log holds the envelope it was sent, not the phone.
    const logs = await env.platform.db.query<{ params: string }>(
      "SELECT params FROM apix_api_logs WHERE app_id = ? AND operation_code = ? AND verdict = 'OK'",
      [app.appId, OPS.verifyCitizen],
    );
    expect(logs[0].params).not.toContain('13800000000');
    const aes = encryptField('AEAD_AES_256_GCM', app.apiKey.api_key, '13900000000', 'phone');
    const mismatch = await app.client().call('postOpenV1CitizensVerification', {
      body: { phone: aes },
      consentId,
      secondFactor: await code(),
    });
    expect(mismatch.body).toEqual({ phone_match: false, real_name_match: null });
    const tampered = { ...aes, associated_data: 'other' };
    const bad = await app.client().call('postOpenV1CitizensVerification', {
      body: { phone: tampered },
      consentId,
      secondFactor: await code(),
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'APIX_DECRYPT_FAILED', request_id: expect.any(String) });
    // A decrypted field is still checked as plain input.
    const notAPhone = encryptField('AEAD_SM4_GCM', app.apiKey.api_key, 'abc', 'phone');
    const invalid = await app.client().call('postOpenV1CitizensVerification', {
      body: { phone: notAPhone },
      consentId,
      secondFactor: await code(),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
  });

  it('production API keys: made when the approver applies the change, read once, rotated through maker-checker', async () => {
    const prod = await sandboxApp(env);
    const registrar = await env.admin('registrar');
    const approver = await env.admin('approver');
    const { generateSm2KeyPair, sm2PublicKeyPem } = await import('../../shared/sm2');
    const change = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/production-requests`, {
      token: registrar,
      body: {
        licence_no: '91440101MA5XXXXX1',
        ip_allowlist: ['127.0.0.1'],
        callback_url: 'https://partner.example/cb',
        scheme: 'SM2',
        public_key: sm2PublicKeyPem(generateSm2KeyPair().publicKey),
      },
    });
    const approved = await env.api('POST', `/api/v1/admin/apix/changes/${change.body.id}/decision`, {
      token: approver,
      body: { decision: 'approve' },
    });
    expect(approved.status).toBe(200);
    expect(JSON.stringify(approved.body)).not.toMatch(/api_key"/);
    const keys = () =>
      env
        .api('GET', `/api/v1/admin/apix/apps/${prod.appId}`, { token: registrar })
        .then((r) => r.body.api_keys.filter((k: { environment: string }) => k.environment === 'production'));
    const [first] = await keys();
    expect(first).toMatchObject({ revealed: false, status: 'active' });
    const reveal = (serial: string) =>
      env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/api-keys/${serial}/reveal`, {
        token: registrar,
      });
    const shown = await reveal(first.serial_no);
    expect(shown.status).toBe(200);
    expect(Buffer.from(shown.body.api_key, 'base64')).toHaveLength(32);
    const again = await reveal(first.serial_no);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APIX_API_KEY_REVEALED');
    // Rotation: proposed by one person, applied by another; the proposer cannot approve it.
    const rot = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/changes`, {
      token: registrar,
      body: { kind: 'apix.api_key', algorithm: 'AEAD_AES_256_GCM' },
    });
    expect(rot.status).toBe(201);
    expect((await keys()).length).toBe(1);
    const self = await env.api('POST', `/api/v1/admin/apix/changes/${rot.body.id}/decision`, {
      token: registrar,
      body: { decision: 'approve' },
    });
    expect(self.status).toBe(403);
    await env.api('POST', `/api/v1/admin/apix/changes/${rot.body.id}/decision`, {
      token: approver,
      body: { decision: 'approve' },
    });
    const rotated = await keys();
    expect(rotated.map((k: { algorithm: string }) => k.algorithm)).toEqual([
      'AEAD_SM4_GCM',
      'AEAD_AES_256_GCM',
    ]);
    expect((await reveal(rotated[1].serial_no)).status).toBe(200);
    // A third active key is refused until one is revoked.
    const third = await env.api('POST', `/api/v1/admin/apix/apps/${prod.appId}/changes`, {
      token: registrar,
      body: { kind: 'apix.api_key', algorithm: 'AEAD_SM4_GCM' },
    });
    const refusedThird = await env.api('POST', `/api/v1/admin/apix/changes/${third.body.id}/decision`, {
      token: approver,
      body: { decision: 'approve' },
    });
    expect(refusedThird.body.code).toBe('APIX_KEY_LIMIT');
  });
});
