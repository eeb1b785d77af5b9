import { compileRuleSet, simulate, validateRuleSet, type CompiledRuleSet, type Issue } from 'rules-engine';
import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { refused, notFound, forbidden } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { forUpdate } from '../campaigns';
import type { EligibilityCheck } from '../campaigns';
import { ELIGIBILITY_FACTS, eligibilityFacts, RISK_FACTS, type UserProfile } from './facts';
import { RULE_SET_TRANSITIONS, type RuleSetAction, type RuleSetStatus } from './state-machine';

export type RulesDeps = { db: Db; clock: Clock };

type RuleSetRow = {
  id: string;
  campaign_id: string;
  kind: string;
  version: number;
  status: RuleSetStatus;
  definition: string;
  created_by: string;
  submitted_by: string | null;
  approved_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

/**
 * Eligibility rule sets decide allow or reject, risk policies pass, review or reject, each over the facts
 * the server provides for its kind and nothing else.
 */
const FRAMES = {
  eligibility: { facts: ELIGIBILITY_FACTS, decision_order: ['allow', 'reject'] },
  risk: { facts: RISK_FACTS, decision_order: ['pass', 'review', 'reject'] },
};
export type RuleKind = keyof typeof FRAMES;

// How long a process keeps using the active version it looked up: a new approval reaches every
// process within this time. Versions themselves never change, so their compiled form is kept.
const ACTIVE_TTL_MS = 2000;

function dto(r: RuleSetRow) {
  return {
    id: r.id,
    campaign_id: r.campaign_id,
    kind: r.kind,
    version: Number(r.version),
    status: r.status,
    definition: JSON.parse(r.definition) as unknown,
    created_by: r.created_by,
    submitted_by: r.submitted_by,
    approved_by: r.approved_by,
    created_at: toRfc3339(r.created_at),
    updated_at: toRfc3339(r.updated_at),
  };
}

export function createRulesService(deps: RulesDeps) {
  const ctx = makeRulesServiceContext(deps);
  const { db } = ctx;
  /** The claim path's eligibility check: the campaign's active rule set over the user's and request's facts. */
  const eligibility: EligibilityCheck = async ({ campaign, userId, channel, deviceId, now }) => {
    const rs = await versionFor(ctx, campaign.id, 'eligibility');
    if (!rs) return { eligible: true };
    const u = (
      await db.query<{
        id: string;
        id_hash: string | null;
        created_at: Date | string;
        profile: string | null;
      }>('SELECT id, id_hash, created_at, profile FROM users WHERE id = ?', [userId])
    )[0];
    if (!u) throw refused('UNAUTHENTICATED', '请先登录');
    const facts = eligibilityFacts(
      {
        id: u.id,
        verified: Boolean(u.id_hash),
        registered_at: new Date(u.created_at),
        profile: (u.profile ? JSON.parse(u.profile) : {}) as UserProfile,
      },
      { time: now, channel, device_id: deviceId },
    );
    const r = rs.compiled.evaluate(facts, { now });
    if (r.decision === 'allow') return { eligible: true, rule_version: rs.version, facts };
    return {
      eligible: false,
      reasons: r.messages.length ? r.messages : ['不符合本活动的领取条件'],
      codes: r.reasons,
      rule_version: rs.version,
    };
  };
  return {
    validateDefinition: validateDefinition.bind(null, ctx),
    createDraft: createDraft.bind(null, ctx),
    list: list.bind(null, ctx),
    transition: transition.bind(null, ctx),
    simulateVersion: simulateVersion.bind(null, ctx),
    versionFor: versionFor.bind(null, ctx),
    eligibility,
  };
}

type RulesServiceContext = ReturnType<typeof makeRulesServiceContext>;

/** The state and collaborators that createRulesService's operations share. */
function makeRulesServiceContext(deps: RulesDeps) {
  const { db, clock } = deps;
  const compiled = new Map<string, CompiledRuleSet>();
  const current = new Map<
    string,
    { at: number; found: { version: number; compiled: CompiledRuleSet } | null }
  >();
  return { deps, db, clock, compiled, current };
}

function framed(ctx: RulesServiceContext, definition: unknown, kind: RuleKind) {
  return typeof definition === 'object' && definition !== null && !Array.isArray(definition)
    ? { ...(definition as Record<string, unknown>), ...FRAMES[kind] }
    : definition;
}

function validateDefinition(
  ctx: RulesServiceContext,
  definition: unknown,
  kind: RuleKind = 'eligibility',
): { ok: boolean; issues: Issue[] } {
  const r = validateRuleSet(framed(ctx, definition, kind));
  return { ok: r.ok, issues: r.issues };
}

function assertValid(ctx: RulesServiceContext, definition: unknown, kind: RuleKind) {
  const { ok, issues } = validateDefinition(ctx, definition, kind);
  if (!ok) throw refused('RULE_SET_INVALID', `规则有误：${issues[0].path} ${issues[0].message}`, { issues });
}

async function createDraft(
  ctx: RulesServiceContext,
  actor: Actor,
  campaignId: string,
  definition: unknown,
  requestId?: string,
  kind: RuleKind = 'eligibility',
) {
  const { clock, db } = ctx;
  assertValid(ctx, definition, kind);
  const now = clock.now();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const id = newId('rls');
      await db.tx(async (sql) => {
        const c = await sql.query('SELECT id FROM campaigns WHERE id = ?', [campaignId]);
        if (!c.length) throw notFound('活动');
        const max = await sql.query<{ v: number | null }>(
          'SELECT MAX(version) AS v FROM rule_sets WHERE campaign_id = ? AND kind = ?',
          [campaignId, kind],
        );
        const version = Number(max[0]?.v ?? 0) + 1;
        await sql.exec(
          `INSERT INTO rule_sets (id, campaign_id, kind, version, status, definition, created_by, created_at, updated_at)
             VALUES (?,?,?,?,?,?,?,?,?)`,
          [id, campaignId, kind, version, 'draft', JSON.stringify(definition), actor.id, now, now],
        );
        await recordAudit(
          sql,
          {
            actor,
            action: 'rule_set.create',
            entity_type: 'rule_set',
            entity_id: id,
            changes: { campaign_id: campaignId, version },
            request_id: requestId,
          },
          now,
        );
      });
      return dto((await db.query<RuleSetRow>('SELECT * FROM rule_sets WHERE id = ?', [id]))[0]);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // two drafts numbered at once: take the next number
    }
  }
  throw refused('CONCURRENT_UPDATE', '规则版本冲突，请重试');
}

async function list(ctx: RulesServiceContext, campaignId: string, kind: RuleKind = 'eligibility') {
  const { db } = ctx;
  // 404 like the campaign itself: an empty list would say the campaign exists and has no versions.
  const c = await db.query('SELECT id FROM campaigns WHERE id = ?', [campaignId]);
  if (!c.length) throw notFound('活动');
  const rows = await db.query<RuleSetRow>(
    'SELECT * FROM rule_sets WHERE campaign_id = ? AND kind = ? ORDER BY version DESC',
    [campaignId, kind],
  );
  return { items: rows.map(dto) };
}

async function findVersion(
  ctx: RulesServiceContext,
  campaignId: string,
  version: number,
  kind: RuleKind,
  sql: Sql = ctx.db,
) {
  const rows = await sql.query<RuleSetRow>(
    'SELECT * FROM rule_sets WHERE campaign_id = ? AND kind = ? AND version = ?',
    [campaignId, kind, version],
  );
  if (!rows[0]) throw notFound('规则版本');
  return rows[0];
}

/** Status changes of a version under the campaign's row lock, so two approvals cannot both go live. */
async function transition(
  ctx: RulesServiceContext,
  actor: Actor,
  campaignId: string,
  version: number,
  action: RuleSetAction,
  meta: { comment?: string; requestId?: string } = {},
  kind: RuleKind = 'eligibility',
) {
  const { clock, db, current } = ctx;
  const now = clock.now();
  await db.tx(async (sql) => {
    await sql.query(`SELECT id FROM campaigns WHERE id = ?${forUpdate(sql)}`, [campaignId]);
    const r = await findVersion(ctx, campaignId, version, kind, sql);
    const t = RULE_SET_TRANSITIONS[action];
    if (!t.from.includes(r.status)) {
      throw refused('INVALID_TRANSITION', `规则版本当前状态为 ${r.status}，不能执行 ${action}`, {
        status: r.status,
        action,
      });
    }
    if (action === 'approve' && (actor.id === r.created_by || actor.id === r.submitted_by)) {
      throw forbidden('经办与复核不能是同一人：起草或提交该规则的人不能审批它');
    }
    // One active and one shadow version per campaign and kind: the newcomer takes the place.
    if (t.to === 'active' || t.to === 'shadow') {
      const replaced = t.to === 'active' ? 'superseded' : 'draft';
      await sql.exec(
        'UPDATE rule_sets SET status = ?, updated_at = ? WHERE campaign_id = ? AND kind = ? AND status = ?',
        [replaced, now, campaignId, kind, t.to],
      );
    }
    const extra =
      action === 'submit' ? ', submitted_by = ?' : action === 'approve' ? ', approved_by = ?' : '';
    await sql.exec(
      `UPDATE rule_sets SET status = ?, updated_at = ?${extra} WHERE id = ?`,
      extra ? [t.to, now, actor.id, r.id] : [t.to, now, r.id],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: `${kind === 'risk' ? 'risk_policy' : 'rule_set'}.${action}`,
        entity_type: 'rule_set',
        entity_id: r.id,
        changes: { status: { from: r.status, to: t.to }, campaign_id: campaignId, kind, version },
        comment: meta.comment,
        request_id: meta.requestId,
      },
      now,
    );
  });
  current.clear();
  return dto(await findVersion(ctx, campaignId, version, kind));
}

function compiledOf(ctx: RulesServiceContext, r: Pick<RuleSetRow, 'id' | 'definition' | 'kind'>) {
  const { compiled } = ctx;
  let c = compiled.get(r.id);
  if (!c) {
    c = compileRuleSet(framed(ctx, JSON.parse(r.definition), r.kind as RuleKind));
    compiled.set(r.id, c);
  }
  return c;
}

/** The campaign's version of a kind in a status (active, or shadow for risk), briefly cached. */
async function versionFor(
  ctx: RulesServiceContext,
  campaignId: string,
  kind: RuleKind,
  status: 'active' | 'shadow' = 'active',
): Promise<{ version: number; compiled: CompiledRuleSet } | null> {
  const { current, db } = ctx;
  const now = Date.now();
  const cacheKey = `${campaignId}:${kind}:${status}`;
  const cached = current.get(cacheKey);
  let found = cached && now - cached.at < ACTIVE_TTL_MS ? cached.found : undefined;
  if (found === undefined) {
    const rows = await db.query<RuleSetRow>(
      'SELECT id, kind, version, definition FROM rule_sets WHERE campaign_id = ? AND kind = ? AND status = ?',
      [campaignId, kind, status],
    );
    found = rows[0] ? { version: Number(rows[0].version), compiled: compiledOf(ctx, rows[0]) } : null;
    current.set(cacheKey, { at: now, found });
  }
  return found;
}

/** Runs a version beside the active one over the facts recorded with the campaign's last N claims. */
async function simulateVersion(
  ctx: RulesServiceContext,
  campaignId: string,
  version: number,
  lastN: number,
  kind: RuleKind = 'eligibility',
) {
  const { db } = ctx;
  const draft = compiledOf(ctx, await findVersion(ctx, campaignId, version, kind));
  const admitAll = {
    hit_policy: 'first',
    rules: [],
    default: { decision: kind === 'risk' ? 'pass' : 'allow' },
    ...FRAMES[kind],
  };
  const live = (await versionFor(ctx, campaignId, kind))?.compiled ?? compileRuleSet(admitAll);
  const rows = await db.query<{ id: string; facts: string; created_at: Date | string }>(
    'SELECT id, facts, created_at FROM claims WHERE campaign_id = ? AND facts IS NOT NULL ORDER BY id DESC LIMIT ?',
    [campaignId, lastN],
  );
  return simulate(
    live,
    draft,
    rows.map((r) => ({ id: r.id, facts: JSON.parse(r.facts), now: new Date(r.created_at) })),
  );
}

export type RulesService = ReturnType<typeof createRulesService>;
