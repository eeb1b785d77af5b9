import type { Db, Sql } from '../../db/sql';
import { rowsPlaceholder } from '../../db/sql';
import { pageById } from '../../db/page';
import { isRefusal, refused, notFound, forbidden } from '../../shared/domain-error';
import { accounts, balanceOf, post } from '../ledger';
import { newId } from '../../shared/ids';
import type { Clock } from '../../shared/time';
import { diffObjects, recordAudit, type Actor } from '../audit';
import { splitDoubleAverage } from './random-split';
import { campaignDto, findCampaign, forUpdate, mapCampaign, stockOf, type CampaignRow } from './repository';
import type { CampaignConfig, CreateCampaignInput, UpdateCampaignInput } from './schemas';
import { canTransition, isOpenForClaims, TRANSITIONS, type CampaignAction } from './state-machine';
import { lastUseEnd, sizeCampaign, type Sizing } from './terms';

export type CampaignDeps = { db: Db; clock: Clock; stockBuckets: number };

/** Claim statuses whose money may still move (see assertNothingOutstanding). */
const OPEN_CLAIMS = ['granted', 'held', 'paying'];
/** Payout statuses after which nothing moves: paid, or cancelled with the money returned. */
const SETTLED_PAYOUTS = ['paid', 'cancelled'];

export type TransitionHooks = { afterTransition?: (c: CampaignRow, action: CampaignAction) => void };

type Meta = { requestId?: string | null; comment?: string | null };

function editableSnapshot(
  c: Pick<CampaignRow, 'name' | 'description' | 'funder_id' | 'budget_fen' | 'config'> & {
    claim_start_at: Date;
    claim_end_at: Date;
  },
) {
  return {
    name: c.name,
    description: c.description,
    funder_id: c.funder_id,
    budget_fen: c.budget_fen,
    claim_start_at: c.claim_start_at.toISOString(),
    claim_end_at: c.claim_end_at.toISOString(),
    red_packet: c.config.red_packet ?? null,
    coupon: c.config.coupon ?? null,
    limits: c.config.limits,
  };
}

function useEndOf(kind: string, cfg: CampaignConfig, claimEnd: Date): Date | null {
  return kind === 'coupon' && cfg.coupon ? lastUseEnd(cfg.coupon, claimEnd) : null;
}

async function assertFunderExists(sql: Sql, funderId: string) {
  const rows = await sql.query('SELECT id FROM funders WHERE id = ?', [funderId]);
  if (!rows.length) throw refused('FUNDER_NOT_FOUND', `出资方 ${funderId} 不存在`);
}

async function saveVersion(sql: Sql, c: CampaignRow | CampaignVersion, actor: Actor, now: Date) {
  await sql.exec(
    'INSERT INTO campaign_versions (campaign_id, version, snapshot, created_by, created_at) VALUES (?,?,?,?,?)',
    [c.id, c.version, JSON.stringify(editableSnapshot(c)), actor.id, now],
  );
}

/**
 * A campaign settles only once none of its money can still move: no claim held for review, granted
 * (a coupon not yet used or expired, a red packet not yet paid out) or being paid, and no payout
 * short of paid or cancelled (a failed one keeps its money in `granted` until an approver cancels
 * it). Otherwise a later rejection, expiry or cancellation would put money back into the budget of
 * a campaign that has already returned its budget. Read in the transition's transaction, under the
 * campaign's lock, so the budget returned is the one these counts describe.
 */
async function assertNothingOutstanding(sql: Sql, c: CampaignRow) {
  const claims = await sql.query<{ status: string; n: number | string }>(
    `SELECT status, COUNT(*) AS n FROM claims WHERE status IN (${OPEN_CLAIMS.map(() => '?').join(',')})
        AND campaign_id = ? GROUP BY status`,
    [...OPEN_CLAIMS, c.id],
  );
  const payouts = await sql.query<{ status: string; n: number | string }>(
    `SELECT status, COUNT(*) AS n FROM bank_payments WHERE purpose = 'payout' AND campaign_id = ?
        AND status NOT IN (${SETTLED_PAYOUTS.map(() => '?').join(',')}) GROUP BY status`,
    [c.id, ...SETTLED_PAYOUTS],
  );
  const granted = await balanceOf(sql, accounts.granted(c.id));
  if (!claims.length && !payouts.length && granted === 0) return;
  const byStatus = (rows: { status: string; n: number | string }[]) =>
    Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  throw refused('CAMPAIGN_NOT_SETTLEABLE', '仍有待审核、未使用或发放中的领取，暂不能结算', {
    claims: byStatus(claims),
    payouts: byStatus(payouts),
    granted_fen: granted,
  });
}

export function createCampaignService(deps: CampaignDeps, hooks: TransitionHooks = {}) {
  const base = makeCampaignServiceContext(deps, hooks);
  const ctx: CampaignServiceContext = {
    ...base,
    effects: {
      submit: async (sql, c, actor) => {
        await sql.exec('UPDATE campaigns SET submitted_by = ? WHERE id = ?', [actor.id, c.id]);
      },
      approve: async (sql, c, actor, now) => {
        if (actor.type === 'admin' && (actor.id === c.created_by || actor.id === c.submitted_by)) {
          throw forbidden('经办与复核不能是同一人：创建或提交该活动的人不能审批它');
        }
        // Whoever wrote any version of the draft is one of its makers, not a checker.
        const authored = await sql.query(
          'SELECT version FROM campaign_versions WHERE campaign_id = ? AND created_by = ? LIMIT 1',
          [c.id, actor.id],
        );
        if (actor.type === 'admin' && authored.length) {
          throw forbidden('经办与复核不能是同一人：修改过该活动任一版本的人不能审批它');
        }
        if (c.claim_end_at <= now) throw refused('CLAIM_WINDOW_PASSED', '领取时间已结束，无法审批');
        return reserveAndSplit(ctx, sql, c, actor, now);
      },
      // Unused budget goes back at settlement, not at end: until every coupon is used or expired, an
      // in-window refund may still need the budget to restore the coupon's reservation.
      settle: async (sql, c, _a, now) => {
        await assertNothingOutstanding(sql, c);
        return returnUnusedBudget(ctx, sql, c, now);
      },
    },
  };
  return {
    createCampaign: createCampaign.bind(null, ctx),
    updateCampaign: updateCampaign.bind(null, ctx),
    getCampaign: getCampaign.bind(null, ctx),
    listCampaigns: listCampaigns.bind(null, ctx),
    listVersions: listVersions.bind(null, ctx),
    transition: transition.bind(null, ctx),
    transitionIfStill: transitionIfStill.bind(null, ctx),
  };
}

type CampaignServiceContext = ReturnType<typeof makeCampaignServiceContext> & {
  effects: Partial<
    Record<
      CampaignAction,
      (sql: Sql, c: CampaignRow, actor: Actor, now: Date) => Promise<Record<string, unknown> | void>
    >
  >;
};

/** The state and collaborators that createCampaignService's operations share. */
function makeCampaignServiceContext(deps: CampaignDeps, hooks: TransitionHooks = {}) {
  const { db, clock } = deps;
  return { deps, hooks, db, clock };
}

/** One version of a campaign's editable terms, as campaign_versions stores it. */
type CampaignVersion = Parameters<typeof editableSnapshot>[0] & { id: string; version: number };
type CampaignKind = CampaignRow['kind'];

async function createCampaign(
  ctx: CampaignServiceContext,
  actor: Actor,
  input: CreateCampaignInput,
  meta: Meta = {},
) {
  const { clock, db } = ctx;
  const now = clock.now();
  const config: CampaignConfig = {
    red_packet: input.red_packet,
    coupon: input.coupon,
    limits: input.limits,
  };
  const sizing = sizeCampaign(input.kind, input.budget_fen, config);
  if (sizing.stock_total < 1) {
    throw refused('BUDGET_TOO_SMALL', '预算不足以发放一份红包或券', { field: '/budget_fen' });
  }
  const first: CampaignVersion = {
    id: newId('cmp'),
    version: 1,
    name: input.name,
    description: input.description ?? null,
    funder_id: input.funder_id,
    budget_fen: input.budget_fen,
    config,
    claim_start_at: new Date(input.claim_start_at),
    claim_end_at: new Date(input.claim_end_at),
  };
  await db.tx(async (sql) => {
    await assertFunderExists(sql, input.funder_id);
    await insertDraft(sql, input.kind, first, sizing, actor, now);
    await saveVersion(sql, first, actor, now);
    await recordAudit(
      sql,
      {
        actor,
        action: 'campaign.create',
        entity_type: 'campaign',
        entity_id: first.id,
        changes: editableSnapshot(first),
        request_id: meta.requestId,
      },
      now,
    );
  });
  return getCampaign(ctx, first.id);
}

async function insertDraft(
  sql: Sql,
  kind: CampaignKind,
  v: CampaignVersion,
  sizing: Sizing,
  actor: Actor,
  now: Date,
) {
  await sql.exec(
    `INSERT INTO campaigns (id, kind, name, description, funder_id, status, budget_fen, face_fen, reserved_fen, stock_total,
        config, claim_start_at, claim_end_at, use_end_at, created_by, version, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    [
      v.id,
      kind,
      v.name,
      v.description,
      v.funder_id,
      'draft',
      v.budget_fen,
      sizing.face_fen,
      0,
      sizing.stock_total,
      JSON.stringify(v.config),
      v.claim_start_at,
      v.claim_end_at,
      useEndOf(kind, v.config, v.claim_end_at),
      actor.id,
      v.version,
      now,
      now,
    ],
  );
}

async function updateCampaign(
  ctx: CampaignServiceContext,
  actor: Actor,
  id: string,
  input: UpdateCampaignInput,
  meta: Meta = {},
) {
  const { clock, db } = ctx;
  const now = clock.now();
  await db.tx(async (sql) => {
    const c = await findCampaign(sql, id, true);
    if (!c) throw notFound('活动');
    if (c.status !== 'draft')
      throw refused('CAMPAIGN_NOT_EDITABLE', `只有草稿状态的活动可以修改（当前：${c.status}）`);
    const next = editedVersion(c, input);
    if (input.funder_id) await assertFunderExists(sql, input.funder_id);
    const sizing = sizeCampaign(c.kind, next.budget_fen, next.config);
    if (sizing.stock_total < 1) throw refused('BUDGET_TOO_SMALL', '预算不足以发放一份红包或券');
    await updateDraft(sql, c.kind, next, sizing, now);
    await saveVersion(sql, next, actor, now);
    await recordAudit(
      sql,
      {
        actor,
        action: 'campaign.update',
        entity_type: 'campaign',
        entity_id: id,
        changes: diffObjects(editableSnapshot(c), editableSnapshot(next)),
        request_id: meta.requestId,
      },
      now,
    );
  });
  return getCampaign(ctx, id);
}

/** The draft's next version: the edited fields over the stored ones, refused if the whole does not hold. */
function editedVersion(c: CampaignRow, input: UpdateCampaignInput): CampaignVersion {
  const config: CampaignConfig = {
    red_packet: c.kind === 'red_packet' ? (input.red_packet ?? c.config.red_packet) : undefined,
    coupon: c.kind === 'coupon' ? (input.coupon ?? c.config.coupon) : undefined,
    limits: input.limits ?? c.config.limits,
  };
  if (c.kind === 'red_packet' && input.coupon)
    throw refused('VALIDATION_FAILED', 'coupon terms are not allowed on a red_packet campaign');
  if (c.kind === 'coupon' && input.red_packet)
    throw refused('VALIDATION_FAILED', 'red_packet terms are not allowed on a coupon campaign');
  const next = {
    id: c.id,
    version: c.version + 1,
    name: input.name ?? c.name,
    description: input.description ?? c.description,
    funder_id: input.funder_id ?? c.funder_id,
    budget_fen: input.budget_fen ?? c.budget_fen,
    config,
    claim_start_at: input.claim_start_at ? new Date(input.claim_start_at) : c.claim_start_at,
    claim_end_at: input.claim_end_at ? new Date(input.claim_end_at) : c.claim_end_at,
  };
  if (next.claim_end_at <= next.claim_start_at)
    throw refused('VALIDATION_FAILED', 'claim_end_at must be after claim_start_at');
  return next;
}

async function updateDraft(sql: Sql, kind: CampaignKind, next: CampaignVersion, sizing: Sizing, now: Date) {
  await sql.exec(
    `UPDATE campaigns SET name=?, description=?, funder_id=?, budget_fen=?, face_fen=?, stock_total=?, config=?,
         claim_start_at=?, claim_end_at=?, use_end_at=?, version=?, updated_at=? WHERE id=?`,
    [
      next.name,
      next.description,
      next.funder_id,
      next.budget_fen,
      sizing.face_fen,
      sizing.stock_total,
      JSON.stringify(next.config),
      next.claim_start_at,
      next.claim_end_at,
      useEndOf(kind, next.config, next.claim_end_at),
      next.version,
      now,
      next.id,
    ],
  );
}

async function getCampaign(ctx: CampaignServiceContext, id: string) {
  const { db } = ctx;
  const c = await findCampaign(db, id);
  if (!c) throw notFound('活动');
  return { ...campaignDto(c), stock: await stockOf(db, id, c.stock_total) };
}

async function listCampaigns(
  ctx: CampaignServiceContext,
  f: { status?: string; kind?: string; cursor?: string; limit: number },
) {
  const { db } = ctx;
  const page = await pageById<Parameters<typeof mapCampaign>[0]>(
    db,
    'campaigns',
    { status: f.status, kind: f.kind },
    f,
  );
  const items = [];
  for (const c of page.rows.map(mapCampaign))
    items.push({ ...campaignDto(c), stock: await stockOf(db, c.id, c.stock_total) });
  return { items, next_cursor: page.next_cursor };
}

async function listVersions(ctx: CampaignServiceContext, id: string) {
  const { db } = ctx;
  const rows = await db.query<{
    version: number;
    snapshot: string;
    created_by: string;
    created_at: Date | string;
  }>(
    'SELECT version, snapshot, created_by, created_at FROM campaign_versions WHERE campaign_id = ? ORDER BY version',
    [id],
  );
  if (!rows.length) throw notFound('活动');
  let prev: Record<string, unknown> = {};
  return rows.map((r) => {
    const snapshot = JSON.parse(r.snapshot) as Record<string, unknown>;
    const out = {
      version: Number(r.version),
      created_by: r.created_by,
      created_at: new Date(r.created_at).toISOString(),
      snapshot,
      changes: diffObjects(prev, snapshot),
    };
    prev = snapshot;
    return out;
  });
}

async function reserveAndSplit(
  ctx: CampaignServiceContext,
  sql: Sql,
  c: CampaignRow,
  actor: Actor,
  now: Date,
) {
  const sizing = sizeCampaign(c.kind, c.budget_fen, c.config);
  // Lock the funder so two approvals cannot both spend the same deposit.
  await sql.query(`SELECT id FROM funders WHERE id = ?${forUpdate(sql)}`, [c.funder_id]);
  const available = await balanceOf(sql, accounts.funder(c.funder_id));
  if (available < sizing.reserved_fen) {
    throw refused(
      'INSUFFICIENT_FUNDS',
      `出资方余额不足：需要 ${sizing.reserved_fen} 分，可用 ${available} 分`,
      {
        required_fen: sizing.reserved_fen,
        available_fen: available,
      },
    );
  }
  if (sizing.split === 'random') {
    const packets = splitDoubleAverage(sizing.reserved_fen, sizing.stock_total);
    for (let i = 0; i < packets.length; i += 500) {
      const chunk = packets.slice(i, i + 500);
      await sql.exec(
        `INSERT INTO campaign_packets (campaign_id, seq, amount_fen) VALUES ${rowsPlaceholder(chunk.length, 3)}`,
        chunk.flatMap((amount, j) => [c.id, i + j, amount]),
      );
    }
  }
  await createStockBuckets(ctx, sql, c.id, sizing.stock_total);
  await post(
    sql,
    {
      kind: 'reserve',
      campaign_id: c.id,
      ref_id: c.id,
      transfers: [
        {
          source: accounts.funder(c.funder_id),
          destination: accounts.campaignBudget(c.id),
          amount_fen: sizing.reserved_fen,
        },
      ],
    },
    now,
  );
  await sql.exec(
    'UPDATE campaigns SET reserved_fen = ?, face_fen = ?, stock_total = ?, approved_by = ? WHERE id = ?',
    [sizing.reserved_fen, sizing.face_fen, sizing.stock_total, actor.id, c.id],
  );
  return { reserved_fen: sizing.reserved_fen, stock_total: sizing.stock_total };
}

/** Spreads the stock over N rows so concurrent claims rarely wait on the same row lock. */
async function createStockBuckets(ctx: CampaignServiceContext, sql: Sql, campaignId: string, stock: number) {
  const { deps } = ctx;
  const n = Math.max(1, Math.min(deps.stockBuckets, stock));
  const base = Math.floor(stock / n);
  const extra = stock % n;
  const rows: unknown[] = [];
  let first = 0;
  for (let b = 0; b < n; b++) {
    const size = base + (b < extra ? 1 : 0);
    rows.push(campaignId, b, first, size, size, 0);
    first += size;
  }
  await sql.exec(
    `INSERT INTO campaign_stock_buckets (campaign_id, bucket, first_seq, size, remaining, open) VALUES ${rowsPlaceholder(n, 6)}`,
    rows,
  );
}

async function returnUnusedBudget(ctx: CampaignServiceContext, sql: Sql, c: CampaignRow, now: Date) {
  const budget = await balanceOf(sql, accounts.campaignBudget(c.id));
  if (budget > 0) {
    await post(
      sql,
      {
        kind: 'return',
        campaign_id: c.id,
        ref_id: c.id,
        transfers: [
          {
            source: accounts.campaignBudget(c.id),
            destination: accounts.funder(c.funder_id),
            amount_fen: budget,
          },
        ],
      },
      now,
    );
  }
  return { returned_fen: budget };
}

/**
 * The one way a campaign changes status: lock, check the transition table, run the action's guards
 * and effects, write status, open/close stock, audit — all in one transaction.
 */
async function transition(
  ctx: CampaignServiceContext,
  actor: Actor,
  id: string,
  action: CampaignAction,
  meta: Meta = {},
) {
  const { clock, db, effects, hooks } = ctx;
  const now = clock.now();
  const updated = await db.tx(async (sql) => {
    const c = await findCampaign(sql, id, true);
    if (!c) throw notFound('活动');
    if (!canTransition(c.status, action)) {
      throw refused('INVALID_TRANSITION', `活动当前状态为 ${c.status}，不能执行 ${action}`, {
        status: c.status,
        action,
      });
    }
    const to = TRANSITIONS[action].to;
    const details = (await effects[action]?.(sql, c, actor, now)) ?? {};
    await sql.exec('UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ? AND status = ?', [
      to,
      now,
      id,
      c.status,
    ]);
    await sql.exec('UPDATE campaign_stock_buckets SET open = ? WHERE campaign_id = ?', [
      isOpenForClaims(to) ? 1 : 0,
      id,
    ]);
    await recordAudit(
      sql,
      {
        actor,
        action: `campaign.${action}`,
        entity_type: 'campaign',
        entity_id: id,
        changes: { status: { from: c.status, to }, ...details },
        comment: meta.comment,
        request_id: meta.requestId,
      },
      now,
    );
    return { ...c, status: to };
  });
  hooks.afterTransition?.(updated, action);
  return getCampaign(ctx, id);
}

/** Like transition, but a no-op when another process already moved the campaign (scheduler use). */
async function transitionIfStill(
  ctx: CampaignServiceContext,
  actor: Actor,
  id: string,
  action: CampaignAction,
) {
  try {
    return await transition(ctx, actor, id, action);
  } catch (err) {
    if (isRefusal(err, 'INVALID_TRANSITION')) return null;
    throw err;
  }
}

export type CampaignService = ReturnType<typeof createCampaignService>;
