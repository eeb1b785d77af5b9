import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Db } from '../../db/sql';
import type { PartnerOperation } from '../../platform/module';
import type { Logger } from '../../shared/logger';
import { publicKeyOf, sm2PublicKeyPem } from '../../shared/sm2';
import { SCHEMES, stringToSign, verifyWith, type SchemeName } from '../../shared/open-signing';
import type { Clock } from '../../shared/time';
import * as apps from './app-service';
import { listCalls, purgeExpiredCalls } from './call-log';
import * as consents from './consents';
import * as partners from './partners';
import { createMemoryGatewayCounters, createRedisGatewayCounters } from './counters';
import { createGateway, type PlatformKey } from './gateway';
import * as webhooks from './webhooks';
import type { CredentialRow } from './apps';
import * as bindings from './merchant-bindings';
import type { Actor } from '../audit';
import type { AeadAlgorithm } from '../../shared/field-crypto';

export type ApixDeps = {
  db: Db;
  redis: Redis | null;
  clock: Clock;
  logger: Logger;
  prefix: string;
  /** The platform's SM2 private key (hex) that signs responses and webhooks. */
  platformPrivateKeyHex: string;
  webhookTimeoutMs: number;
  /** Every module's partner operations (filled in once MODULES is known). */
  operations: () => readonly PartnerOperation[];
};

export function platformKeyOf(privateKeyHex: string): PlatformKey {
  const publicKey = publicKeyOf(privateKeyHex);
  const serial = `plt_${createHash('sha256').update(publicKey.hex).digest('hex').slice(0, 16)}`;
  return { privateKeyHex, publicKey, serial };
}

type ProposedKind = 'apix.resume' | 'apix.retire' | 'apix.key' | 'apix.merchant' | 'apix.api_key';

export function createApixService(deps: ApixDeps) {
  const platformKey = platformKeyOf(deps.platformPrivateKeyHex);
  let byCode: Map<string, PartnerOperation> | null = null;
  const operations = () => (byCode ??= new Map(deps.operations().map((o) => [o.code, o])));
  const gateway = createGateway({
    db: deps.db,
    clock: deps.clock,
    counters: deps.redis ? createRedisGatewayCounters(deps.redis) : createMemoryGatewayCounters(),
    prefix: deps.prefix,
    platformKey,
    operations,
  });
  const appDeps = { db: deps.db, clock: deps.clock, operationCodes: () => [...operations().keys()] };
  const hookDeps = {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    platformKey,
    timeoutMs: deps.webhookTimeoutMs,
  };

  return {
    authenticate: gateway.authenticate,
    platformKey: { serial: platformKey.serial, public_key: sm2PublicKeyPem(platformKey.publicKey) },
    catalogue: () => catalogueOf([...operations().values()]),
    apps: appsApi(appDeps, deps.db, deps.clock),
    consents: consentsApi(deps.db, deps.clock),
    merchants: merchantsApi(deps.db, deps.clock),
    partners: {
      register: (a: Actor, i: Parameters<typeof partners.registerPartnerUser>[2]) =>
        partners.registerPartnerUser(deps, a, i),
      apps: (userId: string) => partners.myApps(deps.db, userId),
      own: (userId: string, appId: string) => partners.ownApp(deps.db, userId, appId),
    },
    webhooks: {
      addEndpoint: (a: Actor, appId: string, i: { url: string; event_types: string[] }) =>
        webhooks.addEndpoint(hookDeps, a, appId, i),
      endpoints: (appId: string) => webhooks.listEndpoints(deps.db, appId),
      enable: (a: Actor, appId: string, endpointId: string) =>
        webhooks.enableEndpoint(hookDeps, a, appId, endpointId),
      deliveries: (appId: string) => webhooks.listDeliveries(deps.db, appId),
      resend: (a: Actor, appId: string, id: string) => webhooks.resendDelivery(hookDeps, a, appId, id),
      /** One pass of the dispatcher: fan out committed events, then deliver what is due. */
      async runOnce() {
        const fanned = await webhooks.fanOut(hookDeps);
        const delivered = await webhooks.deliverDue(hookDeps);
        return { fanned, delivered };
      },
    },
    debugSignature: (input: DebugInput) => debugSignature(deps.db, input),
    purgeExpiredCalls: () => purgeExpiredCalls(deps.db, deps.clock.now()),
  };
}

function appsApi(appDeps: AppDeps, db: Db, clock: Clock) {
  const deps = { db, clock };
  return {
    create: (a: Actor, i: Parameters<typeof apps.createApp>[2]) => apps.createApp(appDeps, a, i),
    get: (id: string) => apps.getApp(deps.db, id),
    list: () => apps.listApps(deps.db),
    activateSandbox: (a: Actor, id: string) => apps.activateSandbox(appDeps, a, id),
    submitProduction: (a: Actor, id: string, r: apps.ProductionRequest) =>
      apps.submitProduction(appDeps, a, id, r),
    propose: (a: Actor, id: string, kind: ProposedKind, p: Record<string, unknown>) =>
      apps.proposeAppChange(appDeps, a, id, kind, p),
    changes: (id?: string, status?: string) => apps.listAppChanges(deps.db, id, status),
    decide: (a: Actor, changeId: string, d: 'approve' | 'reject', comment?: string) =>
      apps.decideAppChange(appDeps, a, changeId, d, comment),
    suspend: (a: Actor, id: string, reason: string) => apps.suspendApp(appDeps, a, id, reason),
    addSandboxKey: (a: Actor, id: string, i: { scheme: 'SM2' | 'RSA'; public_key: string }) =>
      apps.addSandboxKey(appDeps, a, id, i),
    revokeKey: (a: Actor, id: string, serial: string) => apps.revokeKey(appDeps, a, id, serial),
    addSandboxApiKey: (a: Actor, id: string, algorithm: AeadAlgorithm) =>
      apps.addSandboxApiKey(appDeps, a, id, algorithm),
    revealApiKey: (a: Actor, id: string, serial: string) =>
      apps.revealProductionApiKey(appDeps, a, id, serial),
    setQuota: (a: Actor, id: string, i: Parameters<typeof apps.setQuota>[3]) =>
      apps.setQuota(appDeps, a, id, i),
    actions: (id: string) => apps.readChain(deps.db, id),
    merchants: (id: string) => bindings.listBindings(deps.db, id),
    calls: (f: { app_id?: string; cursor?: number; limit: number }) => listCalls(deps.db, f),
    quotaUsage: (id: string) => quotaUsage(deps.db, deps.clock, id),
  };
}

function consentsApi(db: Db, clock: Clock) {
  return {
    grant: (userId: string, i: { app_id: string; operations: string[] }) =>
      consents.grantConsent(db, clock, userId, i),
    list: (userId: string) => consents.listConsents(db, userId),
    revoke: (userId: string, id: string) => consents.revokeConsent(db, clock, userId, id),
    confirm: (userId: string, id: string) => consents.issueSecondFactor(db, clock, userId, id),
  };
}

/** For partner operations acting for a merchant: the binding and the app's out_trade_no namespace. */
function merchantsApi(db: Db, clock: Clock) {
  return {
    assertBound: (appId: string, merchantId: string) => bindings.assertBound(db, appId, merchantId),
    isBound: (appId: string, merchantId: string) => bindings.isBound(db, appId, merchantId),
    claimTradeNo: (appId: string, outTradeNo: string, merchantId: string) =>
      bindings.claimTradeNo(db, clock, appId, outTradeNo, merchantId),
    tradeNoMerchant: (appId: string, outTradeNo: string) => bindings.tradeNoMerchant(db, appId, outTradeNo),
    tradedMerchants: (appId: string) => bindings.tradedMerchants(db, appId),
  };
}
export type ApixService = ReturnType<typeof createApixService>;
type AppDeps = { db: Db; clock: Clock; operationCodes: () => string[] };

function catalogueOf(ops: PartnerOperation[]) {
  return {
    items: ops.map((o) => ({
      code: o.code,
      product: o.product,
      name: o.name,
      level: o.level,
      acts_for_citizen: !!o.actsForCitizen,
      method: o.method.toUpperCase(),
      path: `/api/v1/open/v1${o.path}`,
      summary: o.summary,
      idempotent: !!o.idempotent,
      per_minute: o.perMinute ?? null,
      schemes: o.level === 'A2' ? ['APIX-SM2-WITH-SM3', 'APIX-SHA256-RSA2048'] : Object.keys(SCHEMES),
    })),
    tiers: { sandbox: 1500, bronze: 1000, silver: 2000, gold: 5000 },
  };
}

type DebugInput = {
  method: string;
  url: string;
  timestamp: string;
  nonce_str: string;
  body: string;
  scheme: SchemeName;
  app_id: string;
  serial_no: string;
  signature: string;
};

/** The signature debugger: the string the server would sign and whether the signature matches it. */
async function debugSignature(db: Db, i: DebugInput) {
  const signed = stringToSign(i.method, i.url, i.timestamp, i.nonce_str, i.body);
  const rows = await db.query<CredentialRow>(
    'SELECT * FROM apix_credentials WHERE serial_no = ? AND app_id = ?',
    [i.serial_no, i.app_id],
  );
  const cred = rows[0];
  let verdict = 'OK';
  if (!cred) verdict = 'APIX_KEY_SERIAL_UNKNOWN';
  else if (cred.status !== 'active') verdict = 'APIX_KEY_SERIAL_UNKNOWN';
  else if (SCHEMES[i.scheme] !== cred.scheme) verdict = 'APIX_SCHEME_MISMATCH';
  else if (!verifyWith(i.scheme, cred.public_key ?? cred.secret!, signed, i.signature))
    verdict = 'APIX_SIGNATURE_INVALID';
  return { string_to_sign: signed, valid: verdict === 'OK', verdict };
}

async function quotaUsage(db: Db, clock: Clock, appId: string) {
  const since = new Date(clock.now().getTime() - 3600_000);
  const rows = await db.query<{ operation_code: string; verdict: string; n: unknown }>(
    'SELECT operation_code, verdict, COUNT(*) AS n FROM apix_api_logs WHERE app_id = ? AND created_at >= ? GROUP BY operation_code, verdict',
    [appId, since],
  );
  return {
    since: since.toISOString(),
    items: rows.map((r) => ({ operation_code: r.operation_code, verdict: r.verdict, calls: Number(r.n) })),
  };
}
