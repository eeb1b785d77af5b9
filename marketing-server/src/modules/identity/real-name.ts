import type { IdentityRegistryClient } from '../../connectors/registries/client';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import { maskIdNumber, maskName, maskPhone } from '../../masking/mask';
import { keyedHash } from '../../security/passwords';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { isValidIdNumber } from './id-number';

// Real-name verification against the identity registry (name + ID number must belong to one real
// person; a valid check digit proves nothing). An ID number has one holder account
// (identity_holders). A second account presenting the same person is not locked out: it opens a
// review, the holder keeps the identity until an admin decides, and the citizen is told so.

export const REVIEW_PENDING_MESSAGE =
  '该身份证号已被其他账号实名认证，已提交人工审核；审核通过前暂不能参加需要实名的活动';

export type ReviewDecision = 'keep_holder' | 'grant_claimant' | 'share';

type ReviewRow = {
  id: string;
  id_hash: string;
  holder_user_id: string;
  claimant_user_id: string;
  real_name: string;
  id_number_masked: string;
  status: 'pending' | 'resolved';
  decision: ReviewDecision | null;
  note: string | null;
  resolved_by: string | null;
  created_at: Date | string;
  resolved_at: Date | string | null;
};

export type RealNameDeps = {
  db: Db;
  clock: Clock;
  registry: IdentityRegistryClient;
  hashSecret: string;
};

const citizen = (id: string): Actor => ({ type: 'citizen', id });

export function createRealName(deps: RealNameDeps) {
  return {
    verify: verify.bind(null, deps),
    pendingReviewOf: pendingReviewOf.bind(null, deps),
    listReviews: listReviews.bind(null, deps),
    resolveReview: resolveReview.bind(null, deps),
  };
}

/** The citizen's open review, if any (shown on GET /me). */
async function pendingReviewOf(deps: RealNameDeps, userId: string) {
  const { db } = deps;
  const r = (
    await db.query<ReviewRow>(
      "SELECT * FROM identity_reviews WHERE claimant_user_id = ? AND status = 'pending' ORDER BY created_at DESC LIMIT 1",
      [userId],
    )
  )[0];
  return r ? { id: r.id, status: r.status, message: REVIEW_PENDING_MESSAGE } : null;
}

/**
 * Checks name + ID number at the registry, then takes the ID number for this account (200) or,
 * when another account holds it, opens a review (202). Only a keyed hash and a masked form are kept.
 */
async function verify(
  deps: RealNameDeps,
  userId: string,
  realName: string,
  idNumber: string,
  requestId?: string,
) {
  const { db, clock } = deps;
  const id = idNumber.toUpperCase();
  if (!isValidIdNumber(id)) throw refused('ID_NUMBER_INVALID', '身份证号码格式不正确');
  const me = (
    await db.query<{ id_hash: string | null }>('SELECT id_hash FROM users WHERE id = ?', [userId])
  )[0];
  if (me?.id_hash) throw alreadyVerified();
  if (!(await deps.registry.verify(realName, id)))
    throw refused('IDENTITY_MISMATCH', '姓名与身份证号码不一致，请核对后重试');
  const idHash = keyedHash(deps.hashSecret, `id:${id}`);
  const now = clock.now();
  try {
    await db.tx(async (sql) => {
      await sql.exec('INSERT INTO identity_holders (id_hash, user_id, verified_at) VALUES (?,?,?)', [
        idHash,
        userId,
        now,
      ]);
      await takeIdentity(deps, sql, userId, { realName, idMasked: maskIdNumber(id), idHash }, requestId);
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    await openReview(deps, userId, { realName, idMasked: maskIdNumber(id), idHash }, requestId);
    return { outcome: 'in_review' as const };
  }
  return { outcome: 'verified' as const };
}

async function takeIdentity(
  deps: RealNameDeps,
  sql: Sql,
  userId: string,
  who: { realName: string; idMasked: string; idHash: string },
  requestId?: string,
  actor: Actor = citizen(userId),
) {
  const { clock } = deps;
  const now = clock.now();
  const res = await sql.exec(
    'UPDATE users SET real_name = ?, id_number_masked = ?, id_hash = ?, updated_at = ? WHERE id = ? AND id_hash IS NULL',
    [who.realName, who.idMasked, who.idHash, now, userId],
  );
  if (res.affectedRows !== 1) throw alreadyVerified();
  await recordAudit(
    sql,
    {
      actor,
      action: 'user.verify_identity',
      entity_type: 'user',
      entity_id: userId,
      changes: { id_number: who.idMasked },
      request_id: requestId,
    },
    now,
  );
}

async function openReview(
  deps: RealNameDeps,
  userId: string,
  who: { realName: string; idMasked: string; idHash: string },
  requestId?: string,
) {
  const { db, clock } = deps;
  const holder = (
    await db.query<{ user_id: string }>('SELECT user_id FROM identity_holders WHERE id_hash = ?', [
      who.idHash,
    ])
  )[0];
  if (!holder) throw refused('RETRY', '请重试');
  const now = clock.now();
  const id = newId('idr');
  try {
    await db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO identity_reviews (id, id_hash, holder_user_id, claimant_user_id, real_name, id_number_masked, status, pending_key, created_at)
           VALUES (?,?,?,?,?,?,'pending',?,?)`,
        [id, who.idHash, holder.user_id, userId, who.realName, who.idMasked, `${userId}|${who.idHash}`, now],
      );
      await recordAudit(
        sql,
        {
          actor: citizen(userId),
          action: 'user.identity_review_open',
          entity_type: 'identity_review',
          entity_id: id,
          changes: { id_number: who.idMasked, holder_user_id: holder.user_id },
          request_id: requestId,
        },
        now,
      );
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // the same account asked again: one review
  }
}

async function listReviews(deps: RealNameDeps, q: { status?: 'pending' | 'resolved'; limit: number }) {
  const { db } = deps;
  const rows = await db.query<ReviewRow & { holder_phone: string | null; claimant_phone: string | null }>(
    `SELECT r.*, h.phone AS holder_phone, c.phone AS claimant_phone FROM identity_reviews r
         LEFT JOIN users h ON h.id = r.holder_user_id LEFT JOIN users c ON c.id = r.claimant_user_id
        WHERE r.status = ? ORDER BY r.created_at LIMIT ?`,
    [q.status ?? 'pending', q.limit],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      real_name: maskName(r.real_name),
      id_number: r.id_number_masked,
      holder: { user_id: r.holder_user_id, phone: r.holder_phone ? maskPhone(r.holder_phone) : null },
      claimant: {
        user_id: r.claimant_user_id,
        phone: r.claimant_phone ? maskPhone(r.claimant_phone) : null,
      },
      decision: r.decision,
      note: r.note,
      resolved_by: r.resolved_by,
      created_at: toRfc3339(r.created_at),
      resolved_at: toRfc3339(r.resolved_at),
    })),
  };
}

/**
 * keep_holder: the claimant stays unverified. share: one person with two accounts, both verified
 * (natural-person limits count them as one). grant_claimant: the holder was not that person; the
 * identity moves to the claimant, and the holder loses it together with the plates it verified.
 */
async function resolveReview(
  deps: RealNameDeps,
  actor: Actor,
  reviewId: string,
  decision: ReviewDecision,
  note: string,
) {
  const { clock, db } = deps;
  const now = clock.now();
  await db.tx(async (sql) => {
    const r = (await sql.query<ReviewRow>('SELECT * FROM identity_reviews WHERE id = ?', [reviewId]))[0];
    if (!r) throw notFound('实名审核');
    const closed = await sql.exec(
      "UPDATE identity_reviews SET status = 'resolved', pending_key = NULL, decision = ?, note = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'pending'",
      [decision, note, actor.id, now, reviewId],
    );
    if (closed.affectedRows !== 1) throw refused('REVIEW_RESOLVED', '该审核已处理');
    const who = { realName: r.real_name, idMasked: r.id_number_masked, idHash: r.id_hash };
    if (decision === 'grant_claimant') await revokeHolder(deps, sql, r, actor);
    if (decision !== 'keep_holder') await takeIdentity(deps, sql, r.claimant_user_id, who, undefined, actor);
    await recordAudit(
      sql,
      {
        actor,
        action: 'user.identity_review_resolve',
        entity_type: 'identity_review',
        entity_id: reviewId,
        changes: { status: { from: 'pending', to: 'resolved' }, decision, note },
      },
      now,
    );
  });
  return { id: reviewId, status: 'resolved', decision };
}

async function revokeHolder(deps: RealNameDeps, sql: Sql, r: ReviewRow, actor: Actor) {
  const { clock } = deps;
  const now = clock.now();
  await sql.exec('UPDATE identity_holders SET user_id = ?, verified_at = ? WHERE id_hash = ?', [
    r.claimant_user_id,
    now,
    r.id_hash,
  ]);
  await sql.exec(
    'UPDATE users SET real_name = NULL, id_number_masked = NULL, id_hash = NULL, updated_at = ? WHERE id = ? AND id_hash = ?',
    [now, r.holder_user_id, r.id_hash],
  );
  // Plates the holder verified with this identity (and their seamless agreements) go with it.
  await sql.exec(
    `UPDATE parking_plates SET verified_at = NULL, verified_plate = NULL, seamless_plate = NULL,
              agreement_no = NULL, agreement_signed_at = NULL
        WHERE user_id = ? AND verified_at IS NOT NULL`,
    [r.holder_user_id],
  );
  await recordAudit(
    sql,
    {
      actor,
      action: 'user.identity_revoke',
      entity_type: 'user',
      entity_id: r.holder_user_id,
      changes: { id_number: { from: r.id_number_masked, to: null } },
    },
    now,
  );
}

const alreadyVerified = () => refused('ALREADY_VERIFIED', '已完成实名认证');
