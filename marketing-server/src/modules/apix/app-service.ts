import type { Db, Sql } from '../../db/sql';
import { decideChange, listChanges, proposeChange, type ChangeRow } from '../../security/change-requests';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Clock } from '../../shared/time';
import type { Actor } from '../audit';
import {
  addCredential,
  appDto,
  credentialDto,
  issueSandboxCredentials,
  lockApp,
  moveApp,
  normalisePublicKey,
  type AppRow,
  type CredentialRow,
  type Tier,
} from './apps';
import { appendAction, readChain } from './chain';
import { applyBinding, proposeBinding, type BindingProposal } from './merchant-bindings';
import { apiKeyDto, issueApiKey, listApiKeys, revealApiKey } from './api-keys';
import type { AeadAlgorithm } from '../../shared/field-crypto';

// Partner apps as operators run them. Production access, resuming a suspended app, retiring it and
// every production key are maker-checker changes (security/change-requests.ts): one person proposes,
// another approves, and the approval applies the change in its own transaction. Suspending and
// revoking a key are safety actions one person may take at once.

export const APIX_CHANGE_KINDS = [
  'apix.production',
  'apix.resume',
  'apix.retire',
  'apix.key',
  'apix.merchant',
  'apix.api_key',
] as const;
type Kind = (typeof APIX_CHANGE_KINDS)[number];

export type ProductionRequest = {
  licence_no: string;
  ip_allowlist: string[];
  callback_url: string;
  scheme: 'SM2' | 'RSA';
  public_key: string;
};

type Deps = { db: Db; clock: Clock; operationCodes: () => string[] };

export async function createApp(
  deps: Deps,
  actor: Actor,
  input: { org_name: string; name: string; products: string[]; tier: Tier },
) {
  const known = new Set(deps.operationCodes());
  const unknown = input.products.filter((p) => !known.has(p));
  if (unknown.length) throw refused('APIX_PRODUCT_UNKNOWN', `目录中没有这些产品：${unknown.join(', ')}`);
  const id = newId('app');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await sql.exec(
      `INSERT INTO apix_apps (id, org_name, name, state, tier, rate_limit_per_minute, products, licence_no, ip_allowlist, callback_url, created_by, created_at, updated_at)
       VALUES (?,?,?,?,?,NULL,?,NULL,?,NULL,?,?,?)`,
      [
        id,
        input.org_name,
        input.name,
        'DRAFT',
        input.tier,
        JSON.stringify(input.products),
        '[]',
        actor.id,
        now,
        now,
      ],
    );
    await appendAction(sql, { app_id: id, action: 'create', actor_id: actor.id, payload: input }, now);
  });
  return getApp(deps.db, id);
}

export async function getApp(db: Db, id: string) {
  const rows = await db.query<AppRow>('SELECT * FROM apix_apps WHERE id = ?', [id]);
  if (!rows[0]) throw notFound('合作方应用');
  const creds = await db.query<CredentialRow>(
    'SELECT * FROM apix_credentials WHERE app_id = ? ORDER BY created_at, serial_no',
    [id],
  );
  return { ...appDto(rows[0]), credentials: creds.map(credentialDto), api_keys: await listApiKeys(db, id) };
}

export async function listApps(db: Db) {
  const rows = await db.query<AppRow>('SELECT * FROM apix_apps ORDER BY created_at DESC LIMIT 500');
  return { items: rows.map(appDto) };
}

/** DRAFT → SANDBOX_ACTIVE: sandbox credentials at once (the private key and secret are shown once). */
export async function activateSandbox(deps: Deps, actor: Actor, appId: string) {
  const now = deps.clock.now();
  const issued = await deps.db.tx(async (sql) => {
    await moveApp(sql, appId, 'activate_sandbox', actor, now);
    const creds = await issueSandboxCredentials(sql, appId, now);
    const key = await issueApiKey(
      sql,
      { app_id: appId, environment: 'sandbox', algorithm: 'AEAD_SM4_GCM', revealed: true },
      now,
    );
    return { ...creds, api_key: { ...apiKeyDto(key), api_key: key.secret } };
  });
  return { app: await getApp(deps.db, appId), sandbox_credentials: issued };
}

/** SANDBOX_ACTIVE → PROD_REVIEW, with the production details as a change someone else approves. */
export async function submitProduction(deps: Deps, actor: Actor, appId: string, req: ProductionRequest) {
  const public_key = normalisePublicKey(req.scheme, req.public_key);
  if (req.ip_allowlist.length === 0)
    throw refused('APIX_IP_ALLOWLIST_REQUIRED', '生产环境必须配置 IP 白名单');
  const now = deps.clock.now();
  return deps.db.tx(async (sql) => {
    const app = await moveApp(sql, appId, 'submit_production', actor, now, { licence_no: req.licence_no });
    return proposeChange(
      sql,
      {
        kind: 'apix.production',
        target_id: appId,
        payload: { ...req, public_key },
        summary: `开通生产环境：${app.org_name} / ${app.name}`,
        actor,
      },
      now,
    );
  });
}

export async function proposeAppChange(
  deps: Deps,
  actor: Actor,
  appId: string,
  kind: Exclude<Kind, 'apix.production'>,
  payload: Record<string, unknown>,
) {
  const now = deps.clock.now();
  if (kind === 'apix.merchant')
    return deps.db.tx((sql) => proposeBinding(sql, actor, appId, payload as BindingProposal, now));
  if (kind === 'apix.key')
    payload = {
      ...payload,
      public_key: normalisePublicKey(payload.scheme as 'SM2' | 'RSA', String(payload.public_key)),
    };
  return deps.db.tx(async (sql) => {
    const app = await lockApp(sql, appId);
    const label = {
      'apix.resume': '恢复应用',
      'apix.retire': '下线应用',
      'apix.key': '新增生产公钥',
      'apix.api_key': '轮换生产 API 密钥（字段加密）',
    }[kind as Exclude<typeof kind, 'apix.merchant'>];
    return proposeChange(
      sql,
      { kind, target_id: appId, payload, summary: `${label}：${app.org_name} / ${app.name}`, actor },
      now,
    );
  });
}

export async function listAppChanges(db: Db, appId?: string, status?: string) {
  return { items: await listChanges(db, { kinds: APIX_CHANGE_KINDS, target_id: appId, status }) };
}

/** Approves or rejects a pending app change; the approval applies it in the same transaction. */
export async function decideAppChange(
  deps: Deps,
  actor: Actor,
  changeId: string,
  decision: 'approve' | 'reject',
  comment?: string,
) {
  return decideChange(deps, {
    id: changeId,
    kinds: APIX_CHANGE_KINDS,
    actor,
    decision,
    comment,
    // A rejected production review sends the app back to the sandbox in the decision's transaction.
    guard: async (sql, row) => {
      if (decision === 'reject' && row.kind === 'apix.production')
        await moveApp(sql, row.target_id!, 'reject_production', actor, deps.clock.now(), {
          change_id: row.id,
        });
    },
    apply: (sql, row, now) => applyChange(sql, row, actor, now),
  });
}

async function applyChange(sql: Sql, row: ChangeRow, actor: Actor, now: Date) {
  const appId = row.target_id!;
  const p = JSON.parse(row.payload) as Record<string, unknown>;
  if (row.kind === 'apix.merchant') return applyBinding(sql, row, actor, now);
  if (row.kind === 'apix.production') {
    const req = p as unknown as ProductionRequest;
    await moveApp(sql, appId, 'approve_production', actor, now, { change_id: row.id });
    await sql.exec(
      'UPDATE apix_apps SET licence_no = ?, ip_allowlist = ?, callback_url = ?, updated_at = ? WHERE id = ?',
      [req.licence_no, JSON.stringify(req.ip_allowlist), req.callback_url, now, appId],
    );
    const key = await addCredential(
      sql,
      { app_id: appId, environment: 'production', scheme: req.scheme, public_key: req.public_key },
      now,
    );
    // The production API key: the partner's side reads it once (nobody here sees it on approval).
    const apiKey = await issueApiKey(
      sql,
      { app_id: appId, environment: 'production', algorithm: 'AEAD_SM4_GCM', revealed: false },
      now,
    );
    return { state: 'PROD_ACTIVE', serial_no: key.serial_no, api_key_serial_no: apiKey.serial_no };
  }
  if (row.kind === 'apix.resume') await moveApp(sql, appId, 'resume', actor, now, { change_id: row.id });
  if (row.kind === 'apix.retire') {
    await moveApp(sql, appId, 'retire', actor, now, { change_id: row.id });
    await sql.exec(
      "UPDATE apix_credentials SET status = 'revoked', revoked_at = ? WHERE app_id = ? AND status = 'active'",
      [now, appId],
    );
    await sql.exec(
      "UPDATE apix_api_keys SET status = 'revoked', revoked_at = ? WHERE app_id = ? AND status = 'active'",
      [now, appId],
    );
  }
  if (row.kind === 'apix.api_key') return rotateProductionApiKey(sql, row, actor, now);
  if (row.kind === 'apix.key') {
    const app = await lockApp(sql, appId);
    if (app.state !== 'PROD_ACTIVE' && app.state !== 'SUSPENDED')
      throw refused('INVALID_TRANSITION', '应用未开通生产环境');
    const key = await addCredential(
      sql,
      {
        app_id: appId,
        environment: 'production',
        scheme: p.scheme as 'SM2' | 'RSA',
        public_key: String(p.public_key),
      },
      now,
    );
    await appendAction(
      sql,
      {
        app_id: appId,
        action: 'key.add',
        actor_id: actor.id,
        payload: { serial_no: key.serial_no, change_id: row.id },
      },
      now,
    );
    return { serial_no: key.serial_no };
  }
}

/** An approved rotation: a new production API key beside the old one (read once, like the first). */
async function rotateProductionApiKey(sql: Sql, row: ChangeRow, actor: Actor, now: Date) {
  const appId = row.target_id!;
  const p = JSON.parse(row.payload) as { algorithm: AeadAlgorithm };
  const app = await lockApp(sql, appId);
  if (app.state !== 'PROD_ACTIVE' && app.state !== 'SUSPENDED')
    throw refused('INVALID_TRANSITION', '应用未开通生产环境');
  const key = await issueApiKey(
    sql,
    { app_id: appId, environment: 'production', algorithm: p.algorithm, revealed: false },
    now,
  );
  await appendAction(
    sql,
    {
      app_id: appId,
      action: 'api_key.add',
      actor_id: actor.id,
      payload: { serial_no: key.serial_no, algorithm: p.algorithm, change_id: row.id },
    },
    now,
  );
  return { api_key_serial_no: key.serial_no };
}

/** A new sandbox API key at once (rotation is self-service in the sandbox), shown in this answer only. */
export async function addSandboxApiKey(deps: Deps, actor: Actor, appId: string, algorithm: AeadAlgorithm) {
  const now = deps.clock.now();
  return deps.db.tx(async (sql) => {
    const app = await lockApp(sql, appId);
    if (app.state === 'DRAFT' || app.state === 'RETIRED')
      throw refused('INVALID_TRANSITION', '应用未开通沙箱');
    const key = await issueApiKey(
      sql,
      { app_id: appId, environment: 'sandbox', algorithm, revealed: true },
      now,
    );
    await appendAction(
      sql,
      {
        app_id: appId,
        action: 'api_key.add',
        actor_id: actor.id,
        payload: { serial_no: key.serial_no, environment: 'sandbox', algorithm },
      },
      now,
    );
    return { ...apiKeyDto(key), api_key: key.secret };
  });
}

/** The one reading of a production API key (the conditional update lets one reader have it). */
export async function revealProductionApiKey(deps: Deps, actor: Actor, appId: string, serialNo: string) {
  const now = deps.clock.now();
  const revealed = await revealApiKey(deps.db, appId, serialNo, now);
  await deps.db.tx(async (sql) => {
    await lockApp(sql, appId);
    await appendAction(
      sql,
      { app_id: appId, action: 'api_key.reveal', actor_id: actor.id, payload: { serial_no: serialNo } },
      now,
    );
  });
  return revealed;
}

export async function suspendApp(deps: Deps, actor: Actor, appId: string, reason: string) {
  const now = deps.clock.now();
  await deps.db.tx((sql) => moveApp(sql, appId, 'suspend', actor, now, { reason }));
  return getApp(deps.db, appId);
}

/** Sandbox keys are self-service: a new SM2 key (for rotation) or an uploaded public key at once. */
export async function addSandboxKey(
  deps: Deps,
  actor: Actor,
  appId: string,
  input: { scheme: 'SM2' | 'RSA'; public_key: string },
) {
  const public_key = normalisePublicKey(input.scheme, input.public_key);
  const now = deps.clock.now();
  const key = await deps.db.tx(async (sql) => {
    const app = await lockApp(sql, appId);
    if (app.state === 'DRAFT' || app.state === 'RETIRED')
      throw refused('INVALID_TRANSITION', '应用未开通沙箱');
    const k = await addCredential(
      sql,
      { app_id: appId, environment: 'sandbox', scheme: input.scheme, public_key },
      now,
    );
    await appendAction(
      sql,
      {
        app_id: appId,
        action: 'key.add',
        actor_id: actor.id,
        payload: { serial_no: k.serial_no, environment: 'sandbox' },
      },
      now,
    );
    return k;
  });
  return credentialDto(key);
}

export async function revokeKey(deps: Deps, actor: Actor, appId: string, serialNo: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await lockApp(sql, appId);
    const res = await sql.exec(
      "UPDATE apix_credentials SET status = 'revoked', revoked_at = ? WHERE serial_no = ? AND app_id = ? AND status = 'active'",
      [now, serialNo, appId],
    );
    const apiKey =
      res.affectedRows === 1
        ? { affectedRows: 0 }
        : await sql.exec(
            "UPDATE apix_api_keys SET status = 'revoked', revoked_at = ? WHERE serial_no = ? AND app_id = ? AND status = 'active'",
            [now, serialNo, appId],
          );
    if (res.affectedRows !== 1 && apiKey.affectedRows !== 1) throw notFound('有效密钥');
    await appendAction(
      sql,
      { app_id: appId, action: 'key.revoke', actor_id: actor.id, payload: { serial_no: serialNo } },
      now,
    );
  });
  return getApp(deps.db, appId);
}

export async function setQuota(
  deps: Deps,
  actor: Actor,
  appId: string,
  input: { tier: Tier; rate_limit_per_minute: number | null },
) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await lockApp(sql, appId);
    await sql.exec('UPDATE apix_apps SET tier = ?, rate_limit_per_minute = ?, updated_at = ? WHERE id = ?', [
      input.tier,
      input.rate_limit_per_minute,
      now,
      appId,
    ]);
    await appendAction(sql, { app_id: appId, action: 'quota.set', actor_id: actor.id, payload: input }, now);
  });
  return getApp(deps.db, appId);
}

export { readChain };
