import { randomBytes } from 'node:crypto';
import type { Db, Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { generateSm2KeyPair, parseSm2PublicKey, sm2PublicKeyPem } from '../../shared/sm2';
import { createPublicKey } from 'node:crypto';
import type { Actor } from '../audit';
import { appendAction } from './chain';

// Partner apps: the state table, the one function that moves an app, and its credentials.

export const APP_STATES = [
  'DRAFT',
  'SANDBOX_ACTIVE',
  'PROD_REVIEW',
  'PROD_ACTIVE',
  'SUSPENDED',
  'RETIRED',
] as const;
export type AppState = (typeof APP_STATES)[number];

/** Every move an app can make; anything else is INVALID_TRANSITION. */
export const APP_TRANSITIONS = {
  activate_sandbox: { from: ['DRAFT'], to: 'SANDBOX_ACTIVE' },
  submit_production: { from: ['SANDBOX_ACTIVE'], to: 'PROD_REVIEW' },
  approve_production: { from: ['PROD_REVIEW'], to: 'PROD_ACTIVE' },
  reject_production: { from: ['PROD_REVIEW'], to: 'SANDBOX_ACTIVE' },
  suspend: { from: ['PROD_ACTIVE'], to: 'SUSPENDED' },
  resume: { from: ['SUSPENDED'], to: 'PROD_ACTIVE' },
  retire: { from: ['DRAFT', 'SANDBOX_ACTIVE', 'PROD_REVIEW', 'PROD_ACTIVE', 'SUSPENDED'], to: 'RETIRED' },
} as const satisfies Record<string, { from: readonly AppState[]; to: AppState }>;
export type AppAction = keyof typeof APP_TRANSITIONS;

export const TIERS = { sandbox: 1500, bronze: 1000, silver: 2000, gold: 5000 } as const;
export type Tier = keyof typeof TIERS;

export type AppRow = {
  id: string;
  org_name: string;
  name: string;
  state: AppState;
  tier: Tier;
  rate_limit_per_minute: number | null;
  products: string;
  licence_no: string | null;
  ip_allowlist: string;
  callback_url: string | null;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
};

export type CredentialRow = {
  serial_no: string;
  app_id: string;
  environment: 'sandbox' | 'production';
  scheme: 'SM2' | 'RSA' | 'HMAC';
  public_key: string | null;
  secret: string | null;
  status: 'active' | 'revoked';
  created_at: Date | string;
  revoked_at: Date | string | null;
};

export function appDto(r: AppRow) {
  return {
    id: r.id,
    org_name: r.org_name,
    name: r.name,
    state: r.state,
    tier: r.tier,
    rate_limit_per_minute: r.rate_limit_per_minute === null ? null : Number(r.rate_limit_per_minute),
    products: JSON.parse(r.products) as string[],
    licence_no: r.licence_no,
    ip_allowlist: JSON.parse(r.ip_allowlist) as string[],
    callback_url: r.callback_url,
    created_at: toRfc3339(r.created_at)!,
    updated_at: toRfc3339(r.updated_at)!,
  };
}

/** A credential as anyone sees it after creation: the secret never again, only its last 4. */
export function credentialDto(c: CredentialRow) {
  return {
    serial_no: c.serial_no,
    environment: c.environment,
    scheme: c.scheme,
    public_key: c.public_key,
    secret_hint: c.secret ? `****${c.secret.slice(-4)}` : null,
    status: c.status,
    created_at: toRfc3339(c.created_at)!,
    revoked_at: toRfc3339(c.revoked_at),
  };
}

const forUpdate = (sql: Sql) => (sql.dialect === 'mysql' ? ' FOR UPDATE' : '');

export async function lockApp(sql: Sql, id: string): Promise<AppRow> {
  const rows = await sql.query<AppRow>(`SELECT * FROM apix_apps WHERE id = ?${forUpdate(sql)}`, [id]);
  if (!rows[0]) throw notFound('合作方应用');
  return rows[0];
}

/**
 * The one function that moves an app: a conditional update from the states the table allows, and
 * the chained admin action, in the caller's transaction.
 */
export async function moveApp(
  sql: Sql,
  appId: string,
  action: AppAction,
  actor: Actor,
  now: Date,
  payload: Record<string, unknown> = {},
): Promise<AppRow> {
  const t = APP_TRANSITIONS[action];
  const app = await lockApp(sql, appId);
  if (!(t.from as readonly string[]).includes(app.state)) {
    throw refused('INVALID_TRANSITION', `应用当前状态为 ${app.state}，不能执行 ${action}`, {
      state: app.state,
      action,
    });
  }
  const res = await sql.exec('UPDATE apix_apps SET state = ?, updated_at = ? WHERE id = ? AND state = ?', [
    t.to,
    now,
    appId,
    app.state,
  ]);
  if (res.affectedRows !== 1) throw refused('CONCURRENT_UPDATE', '应用状态已被他人修改，请刷新');
  await appendAction(
    sql,
    { app_id: appId, action, actor_id: actor.id, payload: { from: app.state, to: t.to, ...payload } },
    now,
  );
  return { ...app, state: t.to };
}

export const MAX_ACTIVE_KEYS = 2;

/** Checks a public key parses for its scheme; answers it as PEM. */
export function normalisePublicKey(scheme: 'SM2' | 'RSA', key: string): string {
  try {
    if (scheme === 'SM2') return sm2PublicKeyPem(parseSm2PublicKey(key));
    const k = createPublicKey(key);
    if (k.asymmetricKeyType !== 'rsa' || (k.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
      throw new Error('weak');
    return k.export({ format: 'pem', type: 'spki' }).toString();
  } catch {
    throw refused(
      'APIX_PUBLIC_KEY_INVALID',
      scheme === 'SM2' ? 'SM2 公钥格式不正确' : 'RSA 公钥须为 2048 位或以上的 PEM',
    );
  }
}

/** Adds a credential (at most two active per app, environment and kind: rotation without downtime). */
export async function addCredential(
  sql: Sql,
  c: {
    app_id: string;
    environment: 'sandbox' | 'production';
    scheme: 'SM2' | 'RSA' | 'HMAC';
    public_key?: string | null;
    secret?: string | null;
  },
  now: Date,
): Promise<CredentialRow> {
  const active = await sql.query<{ n: unknown }>(
    "SELECT COUNT(*) AS n FROM apix_credentials WHERE app_id = ? AND environment = ? AND scheme = ? AND status = 'active'",
    [c.app_id, c.environment, c.scheme],
  );
  if (Number(active[0].n) >= MAX_ACTIVE_KEYS) {
    throw refused('APIX_KEY_LIMIT', `每个环境每种算法最多 ${MAX_ACTIVE_KEYS} 个有效密钥：请先停用旧密钥`);
  }
  const row: CredentialRow = {
    serial_no: newId('key'),
    app_id: c.app_id,
    environment: c.environment,
    scheme: c.scheme,
    public_key: c.public_key ?? null,
    secret: c.secret ?? null,
    status: 'active',
    created_at: now,
    revoked_at: null,
  };
  await sql.exec(
    'INSERT INTO apix_credentials (serial_no, app_id, environment, scheme, public_key, secret, status, created_at) VALUES (?,?,?,?,?,?,?,?)',
    [row.serial_no, row.app_id, row.environment, row.scheme, row.public_key, row.secret, 'active', now],
  );
  return row;
}

/** Sandbox credentials issued at once: an SM2 key pair (private half shown once) and an HMAC secret. */
export async function issueSandboxCredentials(sql: Sql, appId: string, now: Date) {
  const pair = generateSm2KeyPair();
  const sm2 = await addCredential(
    sql,
    { app_id: appId, environment: 'sandbox', scheme: 'SM2', public_key: sm2PublicKeyPem(pair.publicKey) },
    now,
  );
  const secret = randomBytes(24).toString('base64url');
  const hmac = await addCredential(
    sql,
    { app_id: appId, environment: 'sandbox', scheme: 'HMAC', secret },
    now,
  );
  return {
    sm2: { ...credentialDto(sm2), private_key: pair.privateKeyHex },
    hmac: { ...credentialDto(hmac), secret },
  };
}

export type AppsDeps = { db: Db; clock: Clock };
