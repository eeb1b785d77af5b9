import type { Db } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import { findCampaign, type CampaignRow } from '../campaigns';
import { periodKey } from './claim-writes';
import type { EligibilityCheck } from '../campaigns';
import type { createMerchantNames } from './merchant-names';

export type ClaimPreview = {
  eligible: boolean;
  /** The refusal code a claim would get now (the same codes as POST …/claims), or null. */
  code: string | null;
  reasons: string[];
  claimed_in_period: number;
  limit: number;
  period: string;
};

type ViewDeps = {
  db: Db;
  clock: Clock;
  eligibility: EligibilityCheck;
  loadCampaign: (id: string) => Promise<CampaignRow>;
  merchants: ReturnType<typeof createMerchantNames>;
};

/** Campaigns as citizens see them before they tap: terms, stock left, and what a tap would meet. */
export function createCampaignViews(deps: ViewDeps) {
  return {
    listClaimable: listClaimable.bind(null, deps),
    getClaimable: getClaimable.bind(null, deps),
    previewClaim: previewClaim.bind(null, deps),
    listClaimableFor: listClaimableFor.bind(null, deps),
  };
}

/** Campaigns a citizen can claim now or soon (with countdown), soonest first. */
async function listClaimable(deps: ViewDeps, now = deps.clock.now()) {
  const { db } = deps;
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM campaigns WHERE status IN ('approved','running','paused') AND claim_end_at > ? ORDER BY claim_start_at, id LIMIT 100",
    [now],
  );
  const items = [];
  for (const { id } of rows) {
    const c = await findCampaign(db, id);
    if (c) items.push(await claimableView(deps, c, now));
  }
  return { items };
}

/** One campaign as a citizen sees it (detail page); campaigns never opened to citizens are not found. */
async function getClaimable(deps: ViewDeps, campaignId: string, now = deps.clock.now()) {
  const { db } = deps;
  const c = await findCampaign(db, campaignId);
  if (!c || !['approved', 'running', 'paused', 'ended', 'settled'].includes(c.status)) throw notFound('活动');
  return claimableView(deps, c, now);
}

async function claimableView(deps: ViewDeps, c: CampaignRow, now: Date) {
  const { db, merchants } = deps;
  const stockRows = await db.query<{ r: number | string | null }>(
    'SELECT SUM(remaining) AS r FROM campaign_stock_buckets WHERE campaign_id = ?',
    [c.id],
  );
  const coupon = c.config.coupon;
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    description: c.description,
    organizer: await merchants.funderName(c.funder_id),
    status: c.status === 'approved' ? 'upcoming' : c.status,
    face_fen: c.face_fen,
    red_packet: c.config.red_packet ?? null,
    coupon: coupon ? { ...coupon, merchants: await merchants.scope(coupon.merchant_ids) } : null,
    per_user: c.config.limits.per_user,
    claim_start_at: toRfc3339(c.claim_start_at),
    claim_end_at: toRfc3339(c.claim_end_at),
    starts_in_s: Math.max(0, Math.ceil((c.claim_start_at.getTime() - now.getTime()) / 1000)),
    remaining: Number(stockRows[0]?.r ?? 0),
    stock_total: c.stock_total,
  };
}

/**
 * What a tap would meet right now for this citizen, without claiming: the window, their own limit,
 * real-name and the eligibility rules (risk is left to the claim itself: its counters move per tap).
 */
async function previewClaim(
  deps: ViewDeps,
  campaignId: string,
  userId: string,
  now = deps.clock.now(),
): Promise<ClaimPreview> {
  const { loadCampaign, db, eligibility } = deps;
  const c = await loadCampaign(campaignId);
  const limit = c.config.limits.per_user;
  const rows = await db.query<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ? AND user_id = ? AND user_slot LIKE ?',
    [c.id, userId, `${periodKey(limit, now)}#%`],
  );
  const claimed = Number(rows[0]?.n ?? 0);
  const mine = { claimed_in_period: claimed, limit: limit.count, period: limit.period };
  const refusal = (code: string, reason: string): ClaimPreview => ({
    eligible: false,
    code,
    reasons: [reason],
    ...mine,
  });
  if (claimed >= limit.count) {
    return refusal(
      'USER_LIMIT_REACHED',
      limit.period === 'lifetime' ? '您已领取过本活动' : '本周期领取次数已用完',
    );
  }
  if (c.config.limits.natural_person) {
    const u = await db.query<{ id_hash: string | null }>('SELECT id_hash FROM users WHERE id = ?', [userId]);
    if (!u[0]?.id_hash) return refusal('NOT_ELIGIBLE', '本活动需先完成实名认证');
  }
  const verdict = await eligibility({ campaign: c, userId, now });
  if (!verdict.eligible) {
    return { eligible: false, code: 'NOT_ELIGIBLE', reasons: verdict.reasons, ...mine };
  }
  return { eligible: true, code: null, reasons: [], ...mine };
}

/** The citizen's home page in one request: every claimable campaign with their own preview. */
async function listClaimableFor(deps: ViewDeps, userId: string, now = deps.clock.now()) {
  const { items } = await listClaimable(deps, now);
  const withMine = [];
  for (const item of items) withMine.push({ ...item, mine: await previewClaim(deps, item.id, userId, now) });
  return { items: withMine };
}
