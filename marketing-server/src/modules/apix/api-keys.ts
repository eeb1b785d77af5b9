import type { Db, Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import {
  encryptField,
  decryptField,
  FieldDecryptError,
  isEnvelope,
  newApiKey,
  type AeadAlgorithm,
} from '../../shared/field-crypto';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { maskIdNumber, maskName, maskPhone } from '../../masking/mask';
import { MAX_ACTIVE_KEYS } from './apps';

// The API keys that encrypt personal-data fields (shared/field-crypto.ts), one set per app and
// environment, at most two active (rotation: the platform encrypts with the newest, accepts both).
// A sandbox key is shown once in the answer that makes it; a production key is made when an
// approver applies the change (maker-checker) and the partner's side reads it once (`revealed_at`).

export type ApiKeyRow = {
  serial_no: string;
  app_id: string;
  environment: 'sandbox' | 'production';
  algorithm: AeadAlgorithm;
  secret: string;
  status: 'active' | 'revoked';
  revealed_at: Date | string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
};

export function apiKeyDto(k: ApiKeyRow) {
  return {
    serial_no: k.serial_no,
    environment: k.environment,
    algorithm: k.algorithm,
    status: k.status,
    revealed: k.revealed_at !== null,
    created_at: toRfc3339(k.created_at)!,
    revoked_at: toRfc3339(k.revoked_at),
  };
}

export async function issueApiKey(
  sql: Sql,
  k: { app_id: string; environment: 'sandbox' | 'production'; algorithm: AeadAlgorithm; revealed: boolean },
  now: Date,
): Promise<ApiKeyRow> {
  const active = await sql.query<{ n: unknown }>(
    "SELECT COUNT(*) AS n FROM apix_api_keys WHERE app_id = ? AND environment = ? AND status = 'active'",
    [k.app_id, k.environment],
  );
  if (Number(active[0].n) >= MAX_ACTIVE_KEYS)
    throw refused('APIX_KEY_LIMIT', `每个环境最多 ${MAX_ACTIVE_KEYS} 个有效 API 密钥：请先停用旧密钥`);
  const row: ApiKeyRow = {
    serial_no: newId('aek'),
    app_id: k.app_id,
    environment: k.environment,
    algorithm: k.algorithm,
    secret: newApiKey(),
    status: 'active',
    revealed_at: k.revealed ? now : null,
    created_at: now,
    revoked_at: null,
  };
  await sql.exec(
    'INSERT INTO apix_api_keys (serial_no, app_id, environment, algorithm, secret, status, revealed_at, created_at) VALUES (?,?,?,?,?,?,?,?)',
    [row.serial_no, row.app_id, row.environment, row.algorithm, row.secret, 'active', row.revealed_at, now],
  );
  return row;
}

export async function listApiKeys(db: Db | Sql, appId: string) {
  const rows = await db.query<ApiKeyRow>(
    'SELECT * FROM apix_api_keys WHERE app_id = ? ORDER BY created_at, serial_no',
    [appId],
  );
  return rows.map(apiKeyDto);
}

/** The active keys of an app's environment, newest first (the first encrypts, all decrypt). */
export async function activeApiKeys(db: Db | Sql, appId: string, environment: string) {
  return db.query<ApiKeyRow>(
    "SELECT * FROM apix_api_keys WHERE app_id = ? AND environment = ? AND status = 'active' ORDER BY created_at DESC, serial_no DESC",
    [appId, environment],
  );
}

/** A production key's secret, once: the conditional update lets exactly one reader have it. */
export async function revealApiKey(db: Db, appId: string, serialNo: string, now: Date) {
  const rows = await db.query<ApiKeyRow>(
    "SELECT * FROM apix_api_keys WHERE serial_no = ? AND app_id = ? AND status = 'active'",
    [serialNo, appId],
  );
  if (!rows[0]) throw notFound('有效 API 密钥');
  const res = await db.exec(
    'UPDATE apix_api_keys SET revealed_at = ? WHERE serial_no = ? AND revealed_at IS NULL',
    [now, serialNo],
  );
  if (res.affectedRows !== 1)
    throw refused('APIX_API_KEY_REVEALED', 'API 密钥只显示一次，已被查看过：如已遗失，请申请轮换');
  return { ...apiKeyDto({ ...rows[0], revealed_at: now }), api_key: rows[0].secret };
}

/** Which mask a personal field gets when the app has no key to encrypt it with. */
const MASKS: Record<string, (v: string) => string> = {
  phone: maskPhone,
  real_name: maskName,
  id_number: maskIdNumber,
};
const maskOf = (field: string, v: string) => (MASKS[field] ?? maskPhone)(v);

/**
 * The personal fields of an object as envelopes under the newest key (or masked when there is none:
 * personal data never leaves in clear text). `context` becomes the envelopes' associated data.
 */
export function sealPersonalFields(
  value: Record<string, unknown>,
  fields: readonly string[],
  key: ApiKeyRow | undefined,
  context: string,
): Record<string, unknown> {
  const out = { ...value };
  for (const f of fields) {
    const v = out[f];
    if (typeof v !== 'string') continue;
    out[f] = key ? encryptField(key.algorithm, key.secret, v, `${context}/${f}`) : maskOf(f, v);
  }
  return out;
}

/** The request's envelopes opened with the app's active keys; a field that does not open is refused. */
export function openPersonalFields(
  value: Record<string, unknown>,
  fields: readonly string[],
  keys: readonly ApiKeyRow[],
): Record<string, unknown> {
  const out = { ...value };
  for (const f of fields) {
    const v = out[f];
    if (!isEnvelope(v)) continue;
    if (!keys.length)
      throw refused('APIX_DECRYPT_FAILED', `字段 ${f} 已加密，但应用在该环境没有有效的 API 密钥`);
    try {
      out[f] = decryptField(
        v,
        keys.map((k) => k.secret),
      );
    } catch (err) {
      if (!(err instanceof FieldDecryptError)) throw err;
      throw refused(
        'APIX_DECRYPT_FAILED',
        `字段 ${f} 无法解密：请核对 API 密钥、算法、nonce 与 associated_data`,
        {
          field: f,
        },
      );
    }
  }
  return out;
}
