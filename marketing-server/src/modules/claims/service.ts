import type { Redis } from 'ioredis';
import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { pageById } from '../../db/page';
import { refused, notFound } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, post } from '../ledger';
import { cstDayKey, type Clock } from '../../shared/time';
import { findCampaign, type CampaignRow } from '../campaigns';
import {
  claimDto,
  claimInTwoRoundTrips,
  claimStepByStep,
  CouponCodeCollision,
  deferClaimInOneRoundTrip,
  type Claimant,
  type ClaimRow,
} from './claim-writes';
import { allowAll, type EligibilityCheck, type RiskGate } from '../campaigns';
import { BucketUnavailable, createStockBuckets } from './stock-buckets';
import { createMerchantNames } from './merchant-names';
import { createCampaignViews } from './campaign-views';
import { createGroupCommit, groupable, groupCommitFromEnv, type GroupCommitOptions } from './group-commit';

export { claimDto } from './claim-writes';

export type { ClaimPreview } from './campaign-views';

export type ClaimRequest = {
  campaignId: string;
  userId: string;
  channel?: string;
  deviceId?: string;
  ip?: string;
  idempotency: IdempotencyTicket;
};

export type ClaimsDeps = {
  db: Db;
  redis: Redis | null;
  clock: Clock;
  eligibility?: EligibilityCheck;
  /** The risk policy check (modules/risk); absent, every eligible claim passes. */
  risk?: RiskGate;
  /** Told of every granted red packet after its commit (the payout intake). */
  onRedPacketGranted?: (claimId: string) => void;
  /** Told of every claim the risk policy refused (refusals leave no row; the dashboard counts them). */
  onRiskRejected?: (campaignId: string) => void;
  /** Group commit of concurrent claims (group-commit.ts); null for one transaction per claim. Default: env. */
  groupCommit?: GroupCommitOptions | null;
};

const SOLD_OUT_TTL_S = 7 * 86400;

const notRunning = () => refused('CAMPAIGN_NOT_RUNNING', '活动暂停或未开放领取');

/** Redis flag set once a campaign's stock is gone (stock never comes back). */
export const soldOutKey = (campaignId: string) => `soldout:${campaignId}`;
export const stockExhausted = () => refused('STOCK_EXHAUSTED', '来晚了，已被领完');

export function createClaimsService(deps: ClaimsDeps) {
  const base = makeClaimsServiceContext(deps);
  const ctx: ClaimsServiceContext = {
    ...base,
    group: base.groupOptions
      ? createGroupCommit(
          base.db,
          base.stock,
          base.groupOptions,
          (c, who, now) => claimFromAnyBucket(ctx, c, who, now, null),
          (c, state) => refuseForStock(ctx, c, state),
        )
      : null,
  };
  const { db, clock, eligibility, merchants } = ctx;
  const views = createCampaignViews({
    db,
    clock,
    eligibility,
    loadCampaign: loadCampaign.bind(null, ctx),
    merchants,
  });
  return {
    claim: claim.bind(null, ctx),
    /** Groups committed, the claims in them, and groups that fell back to the per-claim path. */
    groupCommitStats: groupCommitStats.bind(null, ctx),
    assertClaimable: assertClaimable.bind(null, ctx),
    listMyClaims: listMyClaims.bind(null, ctx),
    getMyClaim: getMyClaim.bind(null, ctx),
    ...views,
    forgetCampaign: forgetCampaign.bind(null, ctx),
    claimDto,
  };
}

type ClaimsServiceContext = ReturnType<typeof makeClaimsServiceContext> & {
  group: ReturnType<typeof createGroupCommit> | null;
};

/** The state and collaborators that createClaimsService's operations share. */
function makeClaimsServiceContext(deps: ClaimsDeps) {
  const { db, redis, clock } = deps;
  const eligibility = deps.eligibility ?? allowAll;
  const campaignCache = new Map<string, CampaignRow>();
  const packetCache = new Map<string, Promise<number[]>>();
  const stock = createStockBuckets(db);
  const soldOut = new Set<string>();
  const merchants = createMerchantNames(db);
  const groupOptions = deps.groupCommit === undefined ? groupCommitFromEnv() : deps.groupCommit;
  const isSoldOut = (campaignId: string) => soldOut.has(campaignId);
  return {
    deps,
    db,
    redis,
    clock,
    eligibility,
    campaignCache,
    packetCache,
    stock,
    soldOut,
    merchants,
    groupOptions,
    isSoldOut,
  };
}

async function loadCampaign(ctx: ClaimsServiceContext, id: string): Promise<CampaignRow> {
  const { campaignCache, db } = ctx;
  const cached = campaignCache.get(id);
  if (cached) return cached;
  const c = await findCampaign(db, id);
  if (!c) throw notFound('活动');
  // Terms are frozen from approval on; before that the campaign may still be edited.
  if (['approved', 'running', 'paused', 'ended', 'settled'].includes(c.status)) campaignCache.set(id, c);
  return c;
}

function packetAmounts(ctx: ClaimsServiceContext, c: CampaignRow): Promise<number[]> {
  const { packetCache, db } = ctx;
  let p = packetCache.get(c.id);
  if (!p) {
    p = db
      .query<{ seq: number; amount_fen: number }>(
        'SELECT seq, amount_fen FROM campaign_packets WHERE campaign_id = ? ORDER BY seq',
        [c.id],
      )
      .then((rows) => rows.map((r) => Number(r.amount_fen)));
    packetCache.set(c.id, p);
    p.catch(() => packetCache.delete(c.id));
  }
  return p;
}

async function markSoldOut(ctx: ClaimsServiceContext, campaignId: string) {
  const { soldOut, redis } = ctx;
  soldOut.add(campaignId);
  if (redis) await redis.set(soldOutKey(campaignId), '1', 'EX', SOLD_OUT_TTL_S).catch(() => undefined);
}

function checkWindow(ctx: ClaimsServiceContext, c: CampaignRow, now: Date) {
  if (now < c.claim_start_at) throw refused('CAMPAIGN_NOT_STARTED', '活动尚未开始，请稍后再来');
  if (now >= c.claim_end_at || c.status === 'ended' || c.status === 'settled') {
    throw refused('CAMPAIGN_NOT_RUNNING', '活动已结束');
  }
  if (!['approved', 'running', 'paused'].includes(c.status))
    throw refused('CAMPAIGN_NOT_RUNNING', '活动未开放领取');
}

async function takeDailyQuota(ctx: ClaimsServiceContext, sql: Sql, c: CampaignRow, now: Date) {
  const cap = c.config.limits.max_count_per_day;
  if (!cap) return;
  const day = cstDayKey(now);
  const bump = () =>
    sql.exec(
      'UPDATE campaign_day_counts SET claimed = claimed + 1 WHERE campaign_id = ? AND day = ? AND claimed < ?',
      [c.id, day, cap],
    );
  if ((await bump()).affectedRows === 1) return;
  try {
    await sql.exec('INSERT INTO campaign_day_counts (campaign_id, day, claimed) VALUES (?,?,1)', [c.id, day]);
    return;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  if ((await bump()).affectedRows === 1) return;
  throw refused('DAILY_LIMIT_REACHED', '今日名额已领完，请明天再来');
}

async function personSlot(
  ctx: ClaimsServiceContext,
  sql: Sql,
  c: CampaignRow,
  userId: string,
): Promise<string | null> {
  if (!c.config.limits.natural_person) return null;
  const rows = await sql.query<{ id_hash: string | null }>('SELECT id_hash FROM users WHERE id = ?', [
    userId,
  ]);
  const idHash = rows[0]?.id_hash;
  if (!idHash) throw refused('NOT_ELIGIBLE', '本活动按实名用户限领，请先完成实名认证');
  return idHash;
}

/**
 * Claims one red packet or coupon: window and sold-out checks, eligibility and risk (refusals end
 * here), then one unit from some stock bucket in one transaction (see `claimOnBucket`). Nothing is
 * read-then-written; any refusal rolls everything back.
 */
async function claim(ctx: ClaimsServiceContext, req: ClaimRequest) {
  const { clock, isSoldOut, group, db, deps } = ctx;
  const now = clock.now();
  const c = await loadCampaign(ctx, req.campaignId);
  checkWindow(ctx, c, now);
  if (isSoldOut(c.id)) throw stockExhausted();
  const claimant = await admit(ctx, c, req, now);
  const packets = c.config.red_packet?.mode === 'random' ? await packetAmounts(ctx, c) : null;
  const claimed =
    group && groupable(db, c, packets)
      ? await group.submit(c, claimant, now)
      : await claimFromAnyBucket(ctx, c, claimant, now, packets);
  if (claimed.kind === 'red_packet' && claimed.status === 'granted') deps.onRedPacketGranted?.(claimed.id);
  // Committed: count it towards the user's daily total (best effort; the claim stands regardless).
  if (claimant.risk) await deps.risk!.recordClaimed(req.userId, claimed.amount_fen).catch(() => undefined);
  return claimed;
}

/** Eligibility, then risk: refuses with the reasons, or returns what the claim row must record. */
async function admit(
  ctx: ClaimsServiceContext,
  c: CampaignRow,
  req: ClaimRequest,
  now: Date,
): Promise<ClaimRequest & Claimant> {
  const { eligibility, deps } = ctx;
  const who = { campaign: c, userId: req.userId, channel: req.channel, deviceId: req.deviceId, now };
  const verdict = await eligibility(who);
  if (!verdict.eligible) {
    throw refused('NOT_ELIGIBLE', verdict.reasons.join('；') || '不符合领取条件', {
      reasons: verdict.reasons,
      reason_codes: verdict.codes ?? [],
      rule_version: verdict.rule_version ?? null,
    });
  }
  const risk = deps.risk ? await deps.risk.assess({ ...who, ip: req.ip }) : null;
  if (risk?.decision === 'reject') {
    deps.onRiskRejected?.(c.id);
    throw refused('RISK_REJECTED', '当前账户或设备存在异常，暂无法领取；如有疑问请联系客服', {
      reason_codes: risk.reasons,
    });
  }
  const facts =
    verdict.facts || risk ? { ...(verdict.facts as object), ...(risk ? { risk: risk.facts } : {}) } : null;
  return {
    ...req,
    ruleVersion: verdict.rule_version ?? null,
    facts: facts ? JSON.stringify(facts) : null,
    risk,
  };
}

/** Tries buckets until one gives a unit; refuses once the stock is gone or closed. */
async function claimFromAnyBucket(
  ctx: ClaimsServiceContext,
  c: CampaignRow,
  claimant: ClaimRequest & Claimant,
  now: Date,
  packets: number[] | null,
) {
  const { stock, db } = ctx;
  const refused = new Set<number>();
  for (let collisions = 0; ;) {
    const bucket = await stock.pickBucket(c, refused);
    if (bucket === null) return refuseForStock(ctx, c, await stock.learnBuckets(c));
    try {
      return await db.tx((sql) => claimOnBucket(ctx, sql, c, claimant, now, bucket, packets));
    } catch (err) {
      if (err instanceof CouponCodeCollision && ++collisions < 3) continue;
      if (!(err instanceof BucketUnavailable)) throw err;
      refused.add(bucket);
      const state = await stock.learnBuckets(c);
      if (state !== 'available') return refuseForStock(ctx, c, state);
    }
  }
}

async function refuseForStock(
  ctx: ClaimsServiceContext,
  c: CampaignRow,
  state: 'sold_out' | 'closed' | 'available',
): Promise<never> {
  if (state === 'closed') throw notRunning();
  // 'available' here means every bucket refused us in a race with a pause/resume: say sold out, not stuck.
  if (state === 'sold_out') await markSoldOut(ctx, c.id);
  throw stockExhausted();
}

/**
 * One attempt on one bucket, in one transaction: daily quota → one unit of stock → the claim row
 * (unique per-user slot) → ledger posting budget → granted → idempotency record. A bucket that has
 * nothing to give throws BucketUnavailable and the whole transaction rolls back.
 */
async function claimOnBucket(
  ctx: ClaimsServiceContext,
  sql: Sql,
  c: CampaignRow,
  req: ClaimRequest & Claimant,
  now: Date,
  bucket: number,
  packets: number[] | null,
) {
  const { stock } = ctx;
  const person = await personSlot(ctx, sql, c, req.userId);
  await takeDailyQuota(ctx, sql, c, now);
  const oneClaimPerUser = c.config.limits.per_user.count === 1;
  let row: ClaimRow;
  if (sql.dialect === 'mysql' && oneClaimPerUser && !packets) {
    row = await deferClaimInOneRoundTrip(sql, stock, c, req, now, person, bucket);
  } else if (sql.dialect === 'mysql' && oneClaimPerUser) {
    row = await claimInTwoRoundTrips(sql, stock, c, req, now, person, bucket, packets!);
  } else {
    row = await claimStepByStep(sql, stock, c, req, now, person, bucket, packets);
  }
  const amount = Number(row.amount_fen);
  await post(
    sql,
    {
      kind: 'claim',
      campaign_id: c.id,
      ref_id: row.id,
      transfers: [
        { source: accounts.campaignBudget(c.id), destination: accounts.granted(c.id), amount_fen: amount },
      ],
    },
    now,
  );
  const body = claimDto(row, c);
  await req.idempotency.record(sql, body, now);
  return body;
}

async function listMyClaims(
  ctx: ClaimsServiceContext,
  userId: string,
  f: { kind?: 'red_packet' | 'coupon'; status?: string; cursor?: string; limit: number },
) {
  const { db } = ctx;
  const page = await pageById<ClaimRow>(db, 'claims', { user_id: userId, kind: f.kind, status: f.status }, f);
  const items = [];
  for (const r of page.rows) items.push(await myClaimDto(ctx, r));
  return { items, next_cursor: page.next_cursor };
}

/** One of my claims (a coupon's code page); another citizen's claim is not found, not forbidden. */
async function getMyClaim(ctx: ClaimsServiceContext, userId: string, claimId: string) {
  const { db } = ctx;
  const rows = await db.query<ClaimRow>('SELECT * FROM claims WHERE id = ? AND user_id = ?', [
    claimId,
    userId,
  ]);
  if (!rows[0]) throw notFound('领取记录');
  return myClaimDto(ctx, rows[0]);
}

/**
 * A granted red packet reaches nobody until its citizen binds a wallet: its payout waits
 * (`awaiting_wallet`), or has not been created yet while no wallet is bound. The app must say so
 * and offer the binding instead of promising money on its way.
 */
async function awaitsWallet(ctx: ClaimsServiceContext, r: ClaimRow): Promise<boolean> {
  const { db } = ctx;
  if (r.status !== 'granted') return false;
  const rows = await db.query<{ payout_status: string | null; wallet_id: string | null }>(
    `SELECT p.status AS payout_status, w.wallet_id
         FROM claims c
         LEFT JOIN bank_payments p ON p.purpose = 'payout' AND p.ref_id = c.id
         LEFT JOIN wallet_bindings w ON w.user_id = c.user_id
        WHERE c.id = ?`,
    [r.id],
  );
  const row = rows[0];
  if (!row) return false;
  return row.payout_status === 'awaiting_wallet' || (row.payout_status === null && !row.wallet_id);
}

/** A claim as its owner sees it: a coupon names the merchants where it can be used. */
async function myClaimDto(ctx: ClaimsServiceContext, r: ClaimRow) {
  const { merchants } = ctx;
  const c = await loadCampaign(ctx, r.campaign_id);
  const dto = claimDto(r, c);
  if (r.kind === 'red_packet') return { ...dto, awaiting_wallet: await awaitsWallet(ctx, r) };
  if (!dto.coupon) return dto;
  return {
    ...dto,
    coupon: { ...dto.coupon, merchants: await merchants.scope(c.config.coupon?.merchant_ids) },
  };
}

function forgetCampaign(ctx: ClaimsServiceContext, id: string) {
  const { campaignCache } = ctx;
  campaignCache.delete(id);
}

/** For issuing claim tokens: the campaign exists and its claim window is open. */
async function assertClaimable(ctx: ClaimsServiceContext, campaignId: string) {
  const { clock } = ctx;
  checkWindow(ctx, await loadCampaign(ctx, campaignId), clock.now());
}
/** Groups committed, the claims in them, and groups that fell back to the per-claim path. */
function groupCommitStats(ctx: ClaimsServiceContext) {
  const { group } = ctx;
  return group ? { ...group.stats } : null;
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
