import { moveClaim } from '../claims';
import type { Db } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import { releaseGrant } from '../ledger';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import type { CampaignRow, RiskAssessment } from '../campaigns';
import type { RulesService } from '../rules';
import type { RiskCounters } from './counters';

export type RiskDeps = { db: Db; clock: Clock; counters: RiskCounters; rules: RulesService };

export type ListEntryInput = {
  list: 'block' | 'allow';
  subject_type: 'user' | 'device' | 'ip';
  value: string;
  reason?: string;
};

export function createRiskService(deps: RiskDeps) {
  return {
    assess: assess.bind(null, deps),
    recordClaimed: recordClaimed.bind(null, deps),
    addListEntry: addListEntry.bind(null, deps),
    removeListEntry: removeListEntry.bind(null, deps),
    listEntries: listEntries.bind(null, deps),
    heldClaims: heldClaims.bind(null, deps),
    decideHeld: decideHeld.bind(null, deps),
  };
}

async function listHits(deps: RiskDeps, userId: string, deviceId?: string, ip?: string) {
  const { db } = deps;
  const rows = await db.query<{ list: string }>(
    `SELECT list FROM risk_lists WHERE (subject_type = 'user' AND value = ?) OR (subject_type = 'device' AND value = ?)
         OR (subject_type = 'ip' AND value = ?)`,
    [userId, deviceId ?? '', ip ?? ''],
  );
  return { blocked: rows.some((r) => r.list === 'block'), allowed: rows.some((r) => r.list === 'allow') };
}

/**
 * Runs the campaign's risk policy (and its shadow version, if any) over velocity counters, list hits
 * and user facts. Counting fails closed: without Redis no claim passes unchecked.
 */
async function assess(
  deps: RiskDeps,
  a: {
    campaign: CampaignRow;
    userId: string;
    deviceId?: string;
    ip?: string;
    channel?: string;
    now: Date;
  },
): Promise<RiskAssessment | null> {
  const { rules, counters, db } = deps;
  const live = await rules.versionFor(a.campaign.id, 'risk');
  const shadow = await rules.versionFor(a.campaign.id, 'risk', 'shadow');
  if (!live && !shadow) return null;
  const velocity = await counters.observe({ userId: a.userId, deviceId: a.deviceId, ip: a.ip });
  const user = (
    await db.query<{ id_hash: string | null; created_at: Date | string }>(
      'SELECT id_hash, created_at FROM users WHERE id = ?',
      [a.userId],
    )
  )[0];
  const facts = {
    velocity,
    lists: await listHits(deps, a.userId, a.deviceId, a.ip),
    user: {
      verified: Boolean(user?.id_hash),
      registered_at: user ? new Date(user.created_at).toISOString() : undefined,
    },
    request: { channel: a.channel, has_device_id: Boolean(a.deviceId) },
  };
  const r = live?.compiled.evaluate(facts, { now: a.now });
  const s = shadow?.compiled.evaluate(facts, { now: a.now });
  return {
    decision: (r?.decision ?? 'pass') as RiskAssessment['decision'],
    version: live?.version ?? null,
    reasons: r?.reasons ?? [],
    shadow: s ? `v${shadow!.version}:${s.decision}` : null,
    facts,
  };
}

async function addListEntry(deps: RiskDeps, actor: Actor, e: ListEntryInput, requestId?: string) {
  const { clock, db } = deps;
  const now = clock.now();
  const id = newId('rsk');
  try {
    await db.tx(async (sql) => {
      await sql.exec(
        'INSERT INTO risk_lists (id, list, subject_type, value, reason, created_by, created_at) VALUES (?,?,?,?,?,?,?)',
        [id, e.list, e.subject_type, e.value, e.reason ?? null, actor.id, now],
      );
      await recordAudit(
        sql,
        {
          actor,
          action: 'risk_list.add',
          entity_type: 'risk_list',
          entity_id: id,
          changes: e,
          request_id: requestId,
        },
        now,
      );
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('LIST_ENTRY_EXISTS', '该名单条目已存在');
    throw err;
  }
  return { id, ...e, created_at: toRfc3339(now) };
}

async function removeListEntry(deps: RiskDeps, actor: Actor, id: string, requestId?: string) {
  const { clock, db } = deps;
  const now = clock.now();
  await db.tx(async (sql) => {
    const res = await sql.exec('DELETE FROM risk_lists WHERE id = ?', [id]);
    if (res.affectedRows !== 1) throw notFound('名单条目');
    await recordAudit(
      sql,
      { actor, action: 'risk_list.remove', entity_type: 'risk_list', entity_id: id, request_id: requestId },
      now,
    );
  });
}

async function listEntries(deps: RiskDeps) {
  const { db } = deps;
  const rows = await db.query<{
    id: string;
    list: string;
    subject_type: string;
    value: string;
    reason: string | null;
    created_at: Date | string;
  }>('SELECT * FROM risk_lists ORDER BY created_at DESC LIMIT 1000');
  return { items: rows.map((r) => ({ ...r, created_at: toRfc3339(r.created_at) })) };
}

/**
 * Claims held for review, with the reasons and the counters that triggered them; oldest first, in
 * keyset pages after `cursor` (the CSV export reads every page, the review screen the first).
 */
async function heldClaims(
  deps: RiskDeps,
  campaignId?: string,
  page: { cursor?: string; limit?: number } = {},
) {
  const { db } = deps;
  const limit = page.limit ?? 500;
  const where = ["cl.status = 'held'"];
  const params: unknown[] = [];
  if (campaignId) {
    where.push('cl.campaign_id = ?');
    params.push(campaignId);
  }
  if (page.cursor) {
    where.push('cl.id > ?');
    params.push(page.cursor);
  }
  const rows = await db.query<{
    id: string;
    campaign_id: string;
    campaign_name: string | null;
    user_id: string;
    phone: string | null;
    amount_fen: number;
    risk_version: number;
    risk_reasons: string | null;
    facts: string | null;
    created_at: Date | string;
  }>(
    // The reviewer decides about people and campaigns, not ids: the campaign's name and the user's
    // phone (masked by the route's policy) come with each row.
    `SELECT cl.id, cl.campaign_id, ca.name AS campaign_name, cl.user_id, u.phone, cl.amount_fen,
              cl.risk_version, cl.risk_reasons, cl.facts, cl.created_at
         FROM claims cl
         LEFT JOIN campaigns ca ON ca.id = cl.campaign_id
         LEFT JOIN users u ON u.id = cl.user_id
        WHERE ${where.join(' AND ')} ORDER BY cl.id LIMIT ?`,
    [...params, limit + 1],
  );
  const items = rows.slice(0, limit).map((r) => ({
    claim_id: r.id,
    campaign_id: r.campaign_id,
    campaign_name: r.campaign_name,
    user_id: r.user_id,
    phone: r.phone,
    amount_fen: Number(r.amount_fen),
    risk_version: r.risk_version === null ? null : Number(r.risk_version),
    reasons: r.risk_reasons ? r.risk_reasons.split(',') : [],
    facts: r.facts ? ((JSON.parse(r.facts) as { risk?: unknown }).risk ?? null) : null,
    created_at: toRfc3339(r.created_at),
  }));
  return { items, next_cursor: rows.length > limit ? items[items.length - 1].claim_id : null };
}

/**
 * Decides held claims in bulk. Approval releases the claim to the citizen; rejection returns its
 * reserved money to the campaign budget (the stock unit is not reissued).
 */
async function decideHeld(
  deps: RiskDeps,
  actor: Actor,
  claimIds: string[],
  decision: 'approve' | 'reject',
  comment?: string,
  requestId?: string,
) {
  const { clock, db } = deps;
  const now = clock.now();
  const results: { claim_id: string; status: string }[] = [];
  for (const claimId of claimIds) {
    const status = await db.tx(async (sql) => {
      const to = decision === 'approve' ? 'granted' : 'rejected';
      if (!(await moveClaim(sql, claimId, decision === 'approve' ? 'approve_hold' : 'reject_hold', now)))
        return 'not_held';
      if (to === 'rejected') {
        const c = (
          await sql.query<{ campaign_id: string; amount_fen: number }>(
            'SELECT campaign_id, amount_fen FROM claims WHERE id = ?',
            [claimId],
          )
        )[0];
        await releaseGrant(sql, c.campaign_id, claimId, Number(c.amount_fen), now);
      }
      await recordAudit(
        sql,
        {
          actor,
          action: `risk_review.${decision}`,
          entity_type: 'claim',
          entity_id: claimId,
          changes: { status: { from: 'held', to } },
          comment,
          request_id: requestId,
        },
        now,
      );
      return to;
    });
    results.push({ claim_id: claimId, status });
  }
  return { items: results };
}

/**
 * After a claim under a risk policy commits: count its value towards the user's daily total. A
 * failure here must not undo a committed claim, so it is logged by the caller and ignored.
 */
async function recordClaimed(deps: RiskDeps, userId: string, amount_fen: number) {
  const { counters } = deps;
  await counters.addAmount(userId, amount_fen);
}

export type RiskService = ReturnType<typeof createRiskService>;
