import { createHash, randomInt } from 'node:crypto';
import type { Context } from 'koa';
import type { Db } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { recordOutboxEvent } from '../../shared/outbox';
import { toRfc3339, type Clock } from '../../shared/time';

// A2 operations that act for a citizen (issue a coupon to them, read their claim) need that citizen's
// consent to the app and a second factor on each call: the citizen confirms in our app, which shows
// a 6-digit code valid for 5 minutes (the analogue of confirming in the e-CNY App); the partner
// sends it with the call, and it is spent by that call. A retry with the same Idempotency-Key may
// present the same code again (the code is bound to the key that spent it).

export const SECOND_FACTOR_TTL_MS = 5 * 60_000;

type ConsentRow = {
  id: string;
  app_id: string;
  user_id: string;
  operations: string;
  granted_at: Date | string;
  revoked_at: Date | string | null;
};

const hashCode = (consentId: string, code: string) =>
  createHash('sha256').update(`${consentId}:${code}`).digest('hex');

function consentDto(r: ConsentRow & { org_name?: string; app_name?: string }) {
  return {
    id: r.id,
    app_id: r.app_id,
    app_name: r.app_name ?? null,
    org_name: r.org_name ?? null,
    operations: JSON.parse(r.operations) as string[],
    granted_at: toRfc3339(r.granted_at)!,
    revoked_at: toRfc3339(r.revoked_at),
  };
}

export async function grantConsent(
  db: Db,
  clock: Clock,
  userId: string,
  input: { app_id: string; operations: string[] },
) {
  const apps = await db.query<{ state: string }>('SELECT state FROM apix_apps WHERE id = ?', [input.app_id]);
  if (!apps[0] || apps[0].state === 'RETIRED' || apps[0].state === 'DRAFT') throw notFound('合作方应用');
  const id = newId('cns');
  const now = clock.now();
  // The partner learns of the consent (and whom it is for: the phone, an encrypted field) by webhook.
  await db.tx(async (sql) => {
    await sql.exec(
      'INSERT INTO apix_consents (id, app_id, user_id, operations, granted_at, revoked_at) VALUES (?,?,?,?,?,NULL)',
      [id, input.app_id, userId, JSON.stringify(input.operations), now],
    );
    const users = await sql.query<{ phone: string | null }>('SELECT phone FROM users WHERE id = ?', [userId]);
    await recordOutboxEvent(
      sql,
      {
        type: 'consent.granted',
        subject_id: id,
        data: { consent_id: id, operations: input.operations, phone: users[0]?.phone ?? null },
      },
      now,
    );
  });
  return (await listConsents(db, userId)).items.find((c) => c.id === id)!;
}

export async function listConsents(db: Db, userId: string) {
  const rows = await db.query<ConsentRow & { org_name: string; app_name: string }>(
    `SELECT c.*, a.org_name, a.name AS app_name FROM apix_consents c JOIN apix_apps a ON a.id = c.app_id
      WHERE c.user_id = ? ORDER BY c.granted_at DESC LIMIT 100`,
    [userId],
  );
  return { items: rows.map(consentDto) };
}

export async function revokeConsent(db: Db, clock: Clock, userId: string, id: string) {
  const now = clock.now();
  await db.tx(async (sql) => {
    const res = await sql.exec(
      'UPDATE apix_consents SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
      [now, id, userId],
    );
    if (res.affectedRows !== 1) throw notFound('授权');
    await recordOutboxEvent(sql, { type: 'consent.revoked', subject_id: id, data: { consent_id: id } }, now);
  });
  return (await listConsents(db, userId)).items.find((c) => c.id === id)!;
}

/** The citizen confirms: a one-time code for the partner to send with its next call. */
export async function issueSecondFactor(db: Db, clock: Clock, userId: string, consentId: string) {
  const rows = await db.query<ConsentRow>(
    'SELECT * FROM apix_consents WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
    [consentId, userId],
  );
  if (!rows[0]) throw notFound('授权');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const now = clock.now();
  const expires = new Date(now.getTime() + SECOND_FACTOR_TTL_MS);
  await db.exec(
    'INSERT INTO apix_second_factors (id, consent_id, code_hash, expires_at, used_at, created_at) VALUES (?,?,?,?,NULL,?)',
    [newId('sfa'), consentId, hashCode(consentId, code), expires, now],
  );
  return { code, expires_at: toRfc3339(expires)! };
}

/**
 * Checks the consent header and spends the second factor; answers the citizen the call acts for.
 * `used_for` remembers the Idempotency-Key that spent a code, so a retry of that request still passes.
 */
export async function consumeSecondFactor(
  db: Db,
  clock: Clock,
  c: { ctx: Context; app_id: string; operation: string },
) {
  const consentId = c.ctx.get('apix-consent-id');
  const code = c.ctx.get('apix-second-factor');
  if (!consentId)
    throw refused('APIX_CONSENT_REQUIRED', '该接口代表市民操作：须携带 Apix-Consent-Id（市民的授权）');
  const rows = await db.query<ConsentRow>(
    'SELECT * FROM apix_consents WHERE id = ? AND app_id = ? AND revoked_at IS NULL',
    [consentId, c.app_id],
  );
  const consent = rows[0];
  if (!consent || !(JSON.parse(consent.operations) as string[]).includes(c.operation)) {
    throw refused('APIX_CONSENT_REQUIRED', '市民未授权该应用执行此操作，或授权已撤销');
  }
  if (!code)
    throw refused('APIX_SECOND_FACTOR_REQUIRED', '该接口须携带市民确认的第二因素（Apix-Second-Factor）');
  const now = clock.now();
  const spentBy = `${c.ctx.get('idempotency-key') || c.ctx.state.requestId}`.slice(0, 64);
  const hash = hashCode(consentId, code);
  const res = await db.exec(
    'UPDATE apix_second_factors SET used_at = ?, code_hash = ? WHERE consent_id = ? AND code_hash = ? AND used_at IS NULL AND expires_at > ?',
    [now, `${hash.slice(0, 32)}${sha(spentBy)}`, consentId, hash, now],
  );
  if (res.affectedRows === 1) return consent.user_id;
  // The same idempotent request again: the code it spent still opens it (its replay then answers).
  const again = await db.query(
    'SELECT id FROM apix_second_factors WHERE consent_id = ? AND code_hash = ? AND used_at IS NOT NULL',
    [consentId, `${hash.slice(0, 32)}${sha(spentBy)}`],
  );
  if (again.length && c.ctx.get('idempotency-key')) return consent.user_id;
  throw refused('APIX_SECOND_FACTOR_INVALID', '第二因素无效、已使用或已过期：请市民重新确认');
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
