import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'koa';
import type { Db } from '../../db/sql';
import { clientIp } from '../../http/client-ip';
import type { PartnerOperation } from '../../platform/module';
import type { Principal } from '../../security/tokens';
import { DomainError, refused } from '../../shared/domain-error';
import type { Clock } from '../../shared/time';
import {
  parseAuthorization,
  responseStringToSign,
  SCHEMES,
  signWith,
  stringToSign,
  TIMESTAMP_WINDOW_S,
  verifyWith,
  type AuthorizationFields,
} from '../../shared/open-signing';
import type { Sm2PublicKey } from '../../shared/sm2';
import { TIERS, type AppRow, type CredentialRow } from './apps';
import { consumeSecondFactor } from './consents';
import type { GatewayCounters } from './counters';
import { logCall, type CallRecord } from './call-log';

// The partner gateway: every /open/v1 route authenticates here, in this order, and each refusal has
// its own code (nothing of the operation runs): header → app → key serial → timestamp → signature →
// nonce → IP allowlist → product subscription and level → quota → consent and second factor. The
// answer, refusals included, is signed with the platform's SM2 key and the call is logged.

export const NONCE_TTL_MS = 15 * 60_000;
const CACHE_MS = 2_000;
const WINDOW_MS = 60_000;

export type PlatformKey = { privateKeyHex: string; publicKey: Sm2PublicKey; serial: string };

export type GatewayDeps = {
  db: Db;
  clock: Clock;
  counters: GatewayCounters;
  prefix: string;
  platformKey: PlatformKey;
  operations: () => ReadonlyMap<string, PartnerOperation>;
};

type Credential = { app: AppRow; cred: CredentialRow };

type Cache = Map<string, { at: number; value: Credential | null }>;

// A short cache of app + key rows: a revoked key or a suspended app stops working within 2 s.
async function credential(
  deps: GatewayDeps,
  cache: Cache,
  appId: string,
  serial: string,
): Promise<Credential | null> {
  const key = `${appId}\u0000${serial}`;
  const hit = cache.get(key);
  if (hit && hit.at > Date.now() - CACHE_MS) return hit.value;
  const creds = await deps.db.query<CredentialRow>(
    "SELECT * FROM apix_credentials WHERE serial_no = ? AND app_id = ? AND status = 'active'",
    [serial, appId],
  );
  const apps = creds[0] ? await deps.db.query<AppRow>('SELECT * FROM apix_apps WHERE id = ?', [appId]) : [];
  const value = creds[0] && apps[0] ? { app: apps[0], cred: creds[0] } : null;
  if (cache.size > 5000) cache.clear();
  cache.set(key, { at: Date.now(), value });
  return value;
}

export function createGateway(deps: GatewayDeps) {
  const cache: Cache = new Map();
  async function authenticate(ctx: Context, operationCode: string): Promise<Principal> {
    const record: CallRecord = { started: performance.now(), operation: operationCode, verdict: 'OK' };
    ctx.state.afterResponse = (c: Context) => finish(deps, c, record);
    try {
      return await verify(deps, cache, ctx, operationCode, record);
    } catch (err) {
      if (err instanceof DomainError) record.verdict = err.code;
      throw err;
    }
  }
  return { authenticate };
}

/** Header, app and key: who claims to be calling, with which key. */
async function identify(deps: GatewayDeps, cache: Cache, ctx: Context, record: CallRecord) {
  const header = ctx.get('authorization');
  if (!header) throw refused('APIX_SIGNATURE_MISSING', '缺少 Authorization 签名头');
  const auth = parseAuthorization(header);
  if (!auth)
    throw refused(
      'APIX_AUTHORIZATION_MALFORMED',
      'Authorization 头格式不正确（应为 APIX-… app_id="…",serial_no="…",nonce_str="…",timestamp="…",signature="…"）',
    );
  record.app_id = auth.app_id;
  const found = await credential(deps, cache, auth.app_id, auth.serial_no);
  if (!found) {
    const known = (await deps.db.query('SELECT id FROM apix_apps WHERE id = ?', [auth.app_id])).length > 0;
    if (known) throw refused('APIX_KEY_SERIAL_UNKNOWN', `密钥序列号 ${auth.serial_no} 不存在或已停用`);
    throw refused('APIX_APP_UNKNOWN', `应用 ${auth.app_id} 不存在`);
  }
  record.environment = found.cred.environment;
  return { auth, ...found };
}

async function verify(
  deps: GatewayDeps,
  cache: Cache,
  ctx: Context,
  operationCode: string,
  record: CallRecord,
): Promise<Principal> {
  const op = deps.operations().get(operationCode)!;
  const { auth, app, cred } = await identify(deps, cache, ctx, record);
  checkAppState(app, cred);
  if (SCHEMES[auth.scheme] !== cred.scheme)
    throw refused(
      'APIX_SCHEME_MISMATCH',
      `密钥 ${cred.serial_no} 的算法为 ${cred.scheme}，与 ${auth.scheme} 不符`,
    );
  checkTimestamp(auth, deps.clock.now());
  const rawBody = (ctx.state.rawBody as string | undefined) ?? '';
  const signed = stringToSign(ctx.method, ctx.originalUrl, auth.timestamp, auth.nonce_str, rawBody);
  if (!verifyWith(auth.scheme, cred.public_key ?? cred.secret!, signed, auth.signature)) {
    throw refused(
      'APIX_SIGNATURE_INVALID',
      '签名验证失败：请核对待签名串（details.string_to_sign）与所用私钥',
      {
        string_to_sign: signed,
      },
    );
  }
  // Only a valid signature spends a nonce, so a forger cannot use up a partner's nonces.
  const nonceKey = `${deps.prefix}:apix:nonce:${app.id}:${auth.nonce_str}`;
  if (!(await deps.counters.firstUse(nonceKey, NONCE_TTL_MS)))
    throw refused('APIX_NONCE_REPLAYED', '该 nonce 已使用过：每个请求须使用新的随机串');
  checkIp(app, cred, clientIp(ctx));
  checkProduct(app, op, auth);
  checkSandbox(op, cred);
  await takeQuota(deps, app, cred, op);
  const citizen = op.actsForCitizen
    ? await consumeSecondFactor(deps.db, deps.clock, { ctx, app_id: app.id, operation: op.code })
    : null;
  return {
    typ: 'partner',
    sub: `${app.id}:${cred.environment}`,
    app_id: app.id,
    environment: cred.environment,
    citizen_id: citizen,
  };
}

function checkAppState(app: AppRow, cred: CredentialRow) {
  if (app.state === 'SUSPENDED') throw refused('APIX_APP_SUSPENDED', '应用已被暂停，请联系平台运营');
  const allowed =
    cred.environment === 'production' ? ['PROD_ACTIVE'] : ['SANDBOX_ACTIVE', 'PROD_REVIEW', 'PROD_ACTIVE'];
  if (!allowed.includes(app.state))
    throw refused('APIX_APP_NOT_ACTIVE', `应用状态为 ${app.state}，该环境不可调用`);
}

function checkTimestamp(auth: AuthorizationFields, now: Date) {
  const ts = /^\d{1,12}$/.test(auth.timestamp) ? Number(auth.timestamp) : NaN;
  const skew = Math.abs(now.getTime() / 1000 - ts);
  if (!(skew <= TIMESTAMP_WINDOW_S)) {
    throw refused('APIX_TIMESTAMP_SKEW', `时间戳与服务器时间相差超过 ${TIMESTAMP_WINDOW_S} 秒`, {
      server_time: Math.floor(now.getTime() / 1000),
    });
  }
}

function checkIp(app: AppRow, cred: CredentialRow, ip: string) {
  if (cred.environment !== 'production') return;
  const list = JSON.parse(app.ip_allowlist) as string[];
  if (!list.some((entry) => ipMatches(entry, ip)))
    throw refused('APIX_IP_NOT_ALLOWED', `来源地址 ${ip} 不在应用的 IP 白名单内`);
}

/** Sandbox keys never reach production money or data: an A2 operation must keep them apart itself. */
function checkSandbox(op: PartnerOperation, cred: CredentialRow) {
  if (cred.environment !== 'sandbox' || op.level !== 'A2' || op.sandbox === 'separate') return;
  throw refused(
    'APIX_SANDBOX_UNAVAILABLE',
    `沙箱环境暂不提供 ${op.code}（${op.name}）：该接口涉及资金或账户，请使用生产环境密钥`,
  );
}

function checkProduct(app: AppRow, op: PartnerOperation, auth: AuthorizationFields) {
  if (!(JSON.parse(app.products) as string[]).includes(op.code)) {
    throw refused('APIX_PRODUCT_NOT_SUBSCRIBED', `应用未订阅产品 ${op.code}（${op.name}）`);
  }
  if (op.level === 'A2' && SCHEMES[auth.scheme] === 'HMAC') {
    throw refused('APIX_SCHEME_NOT_ALLOWED', 'A2 类接口须使用数字签名（SM2 或 RSA），不接受 HMAC');
  }
}

/** Fixed one-minute windows per app and environment (and per operation where it caps itself). */
async function takeQuota(deps: GatewayDeps, app: AppRow, cred: CredentialRow, op: PartnerOperation) {
  const nowMs = deps.clock.now().getTime();
  const window = Math.floor(nowMs / WINDOW_MS);
  const retryS = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - nowMs) / 1000));
  const appLimit =
    app.rate_limit_per_minute ?? (cred.environment === 'sandbox' ? TIERS.sandbox : TIERS[app.tier]);
  const base = `${deps.prefix}:apix:q:${app.id}:${cred.environment}`;
  const checks = [{ key: `${base}:${window}`, limit: Number(appLimit), what: '应用' }];
  if (op.perMinute)
    checks.push({ key: `${base}:${op.code}:${window}`, limit: op.perMinute, what: `产品 ${op.code}` });
  for (const c of checks) {
    if ((await deps.counters.incr(c.key, WINDOW_MS + 60_000)) > c.limit) {
      throw new DomainError(
        'APIX_QUOTA_EXCEEDED',
        `${c.what}每分钟 ${c.limit} 次的配额已用完，请 ${retryS} 秒后再试`,
        { limit_per_minute: c.limit, retry_after_s: retryS },
        { retryAfterS: retryS },
      );
    }
  }
}

/** Signs the final answer (refusals too) with the platform key, then logs the call. */
async function finish(deps: GatewayDeps, ctx: Context, record: CallRecord) {
  const body =
    ctx.body === undefined || ctx.body === null
      ? ''
      : typeof ctx.body === 'string'
        ? ctx.body
        : JSON.stringify(ctx.body);
  if (body) {
    ctx.body = body;
    ctx.type = 'application/json';
  }
  const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const k = deps.platformKey;
  ctx.set('Apix-Timestamp', timestamp);
  ctx.set('Apix-Nonce', nonce);
  ctx.set('Apix-Serial', k.serial);
  ctx.set('Apix-Signature-Type', 'APIX-SM2-WITH-SM3');
  const toSign = responseStringToSign(timestamp, nonce, body);
  ctx.set('Apix-Signature', signWith('APIX-SM2-WITH-SM3', k.privateKeyHex, toSign, k.publicKey));
  const op = deps.operations().get(record.operation);
  await logCall(deps, ctx, record, op?.level ?? 'A1');
}

/** An exact address or an IPv4 CIDR block; IPv4-mapped IPv6 addresses count as IPv4. */
export function ipMatches(entry: string, ipRaw: string): boolean {
  const ip = ipRaw.replace(/^::ffff:/, '');
  if (!entry.includes('/')) return entry.replace(/^::ffff:/, '') === ip;
  const [base, bitsText] = entry.split('/');
  const bits = Number(bitsText);
  const toInt = (a: string) => {
    const p = a.split('.').map(Number);
    return p.length === 4 && p.every((n) => Number.isInteger(n) && n >= 0 && n <= 255)
      ? ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0
      : null;
  };
  const a = toInt(base);
  const b = toInt(ip);
  if (a === null || b === null || !(bits >= 0 && bits <= 32)) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (a & mask) === (b & mask);
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
