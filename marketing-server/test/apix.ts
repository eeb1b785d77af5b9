import { createApixClient, type ApixClient } from '../src/sdk/apix';
import type { SchemeName } from '../src/shared/open-signing';
import type { TestEnv } from './harness';

export const OPS = {
  listCampaigns: 'OPSYUAN10191000100000001',
  getCampaign: 'OPSYUAN10191000100000002',
  issueCoupon: 'OPSYUAN10291000200000001',
  getClaim: 'OPSYUAN10291000200000002',
  getConsent: 'OPSYUAN10291000300000001',
  verifyCitizen: 'OPSYUAN10291000300000002',
  transitNetwork: 'OPSYUAN10193000100000001',
  transitFare: 'OPSYUAN10193000100000002',
  createPaymentOrder: 'OPSYUAN10292000100000001',
  getPaymentOrder: 'OPSYUAN10292000100000002',
  refundPaymentOrder: 'OPSYUAN10292000100000003',
  getPaymentRefund: 'OPSYUAN10292000100000004',
  prepaidProducts: 'OPSYUAN10193000200000001',
  prepaidContract: 'OPSYUAN10293000200000002',
  prepaidWriteOff: 'OPSYUAN10293000200000003',
  statement: 'OPSYUAN10294000100000001',
} as const;

export type SandboxApp = {
  appId: string;
  sm2: { serial_no: string; private_key: string };
  hmac: { serial_no: string; secret: string };
  /** The sandbox API key for field encryption (shown once at activation). */
  apiKey: { serial_no: string; api_key: string; algorithm: string };
  platformKey: string;
  client(scheme?: SchemeName, o?: { clockSkewS?: number; apiKeys?: string[] }): ApixClient;
};

/** A partner app registered by the registrar with its sandbox active (credentials as shown once). */
export async function sandboxApp(
  env: TestEnv,
  products: string[] = Object.values(OPS),
  extra: Record<string, unknown> = {},
): Promise<SandboxApp> {
  const registrar = await env.admin('registrar');
  const created = await env.api('POST', '/api/v1/admin/apix/apps', {
    token: registrar,
    body: { org_name: '示例银行', name: '手机银行营销', products, ...extra },
  });
  if (created.status !== 201) throw new Error(`create app: ${JSON.stringify(created.body)}`);
  const act = await env.api('POST', `/api/v1/admin/apix/apps/${created.body.id}/sandbox`, {
    token: registrar,
  });
  if (act.status !== 200) throw new Error(`sandbox: ${JSON.stringify(act.body)}`);
  const key = await env.api('GET', '/api/v1/admin/apix/platform-key', { token: registrar });
  const { sm2, hmac, api_key } = act.body.sandbox_credentials;
  return {
    appId: created.body.id,
    sm2,
    hmac,
    apiKey: api_key,
    platformKey: key.body.public_key,
    client: (scheme = 'APIX-SM2-WITH-SM3', o = {}) =>
      createApixClient({
        baseUrl: env.url,
        appId: created.body.id,
        serialNo: scheme.includes('HMAC') ? hmac.serial_no : sm2.serial_no,
        scheme,
        privateKey: scheme.includes('HMAC') ? hmac.secret : sm2.private_key,
        platformPublicKey: key.body.public_key,
        ...o,
      }),
  };
}

/** The citizen consents to the app's operations and confirms once: the partner's headers. */
export async function consentAndCode(
  env: TestEnv,
  citizenToken: string,
  appId: string,
  operations: string[] = [OPS.issueCoupon],
) {
  const consent = await env.api('POST', '/api/v1/me/partner-consents', {
    token: citizenToken,
    body: { app_id: appId, operations },
  });
  if (consent.status !== 201) throw new Error(`consent: ${JSON.stringify(consent.body)}`);
  return {
    consentId: consent.body.id as string,
    code: () => secondFactor(env, citizenToken, consent.body.id),
  };
}

export async function secondFactor(env: TestEnv, citizenToken: string, consentId: string): Promise<string> {
  const res = await env.api('POST', `/api/v1/me/partner-consents/${consentId}/confirmations`, {
    token: citizenToken,
  });
  if (res.status !== 201) throw new Error(`confirm: ${JSON.stringify(res.body)}`);
  return res.body.code;
}

/** Binds a merchant to the app by maker-checker: a registrar proposes, an approver applies it. */
export async function bindMerchant(env: TestEnv, appId: string, merchantId: string, action = 'bind') {
  const proposed = await env.api('POST', `/api/v1/admin/apix/apps/${appId}/changes`, {
    token: await env.admin('registrar'),
    body: { kind: 'apix.merchant', action, merchant_id: merchantId, reason: '合作协议已签署' },
  });
  if (proposed.status !== 201) throw new Error(`propose binding: ${JSON.stringify(proposed.body)}`);
  const decided = await env.api('POST', `/api/v1/admin/apix/changes/${proposed.body.id}/decision`, {
    token: await env.admin('approver'),
    body: { decision: 'approve' },
  });
  if (decided.status !== 200) throw new Error(`approve binding: ${JSON.stringify(decided.body)}`);
  return proposed.body.id as string;
}

/**
 * A partner app in production (sandbox first, then the production request approved by a second
 * person), calling from this machine: production keys are the only ones that touch real claims and
 * money. `client()` signs with the production SM2 key; `sandbox` is the same app's sandbox side.
 */
export async function productionApp(
  env: TestEnv,
  products: string[] = Object.values(OPS),
  extra: Record<string, unknown> = {},
): Promise<SandboxApp & { sandbox: SandboxApp }> {
  const app = await sandboxApp(env, products, extra);
  const { generateSm2KeyPair, sm2PublicKeyPem } = await import('../src/shared/sm2');
  const pair = generateSm2KeyPair();
  const change = await env.api('POST', `/api/v1/admin/apix/apps/${app.appId}/production-requests`, {
    token: await env.admin('registrar'),
    body: {
      licence_no: '91440101MA5TEST01',
      ip_allowlist: ['127.0.0.1', '::1'],
      callback_url: 'https://partner.example/cb',
      scheme: 'SM2',
      public_key: sm2PublicKeyPem(pair.publicKey),
    },
  });
  if (change.status !== 201) throw new Error(`production request: ${JSON.stringify(change.body)}`);
  const approved = await env.api('POST', `/api/v1/admin/apix/changes/${change.body.id}/decision`, {
    token: await env.admin('approver'),
    body: { decision: 'approve' },
  });
  if (approved.status !== 200) throw new Error(`approve: ${JSON.stringify(approved.body)}`);
  const detail = await env.api('GET', `/api/v1/admin/apix/apps/${app.appId}`, {
    token: await env.admin('registrar'),
  });
  const serial = detail.body.credentials.find((c: { environment: string }) => c.environment === 'production')
    .serial_no as string;
  return {
    ...app,
    sandbox: app,
    sm2: { serial_no: serial, private_key: pair.privateKeyHex },
    client: (scheme = 'APIX-SM2-WITH-SM3', o = {}) =>
      scheme.includes('HMAC')
        ? app.client(scheme, o)
        : createApixClient({
            baseUrl: env.url,
            appId: app.appId,
            serialNo: serial,
            scheme,
            privateKey: pair.privateKeyHex,
            platformPublicKey: app.platformKey,
            ...o,
          }),
  };
}
