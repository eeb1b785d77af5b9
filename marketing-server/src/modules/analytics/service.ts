import type { Db } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { cstDayBounds, cstDayKey } from '../../shared/time';

export type OverviewFilter = { from: string; to: string; campaignId?: string };

export type DayFigures = {
  day: string;
  views: number;
  claims: number;
  claimed_fen: number;
  redemptions: number;
  subsidy_fen: number;
  order_fen: number;
  risk: { pass: number; review: number; reject: number };
};

const MAX_DAYS = 92;
type Num = number | string | null;
const n = (v: Num) => Number(v ?? 0);

/** yyyyMMdd keys from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = cstDayBounds(from).start.getTime(); t <= cstDayBounds(to).start.getTime(); t += 86400_000) {
    days.push(cstDayKey(new Date(t)));
  }
  return days;
}

/**
 * What the dashboards show, for a date range (CST days) and optionally one campaign: claims and
 * redemptions per day, the funnel viewed → claimed → redeemed, redemptions by merchant and category,
 * consumption driven per fen of subsidy (拉动比 = order amount ÷ subsidy), budget burn-down against a
 * straight-line plan, and risk decisions per day. Amounts are integer fen.
 *
 * Each day is one aggregate query per table over an indexed time range, which keeps SQL portable
 * between MySQL and SQLite (no time-zone functions) and bounded (at most 92 days).
 */
export function createAnalyticsService(db: Db) {
  return { overview: overview.bind(null, db) };
}

async function overview(db: Db, f: OverviewFilter) {
  const days = daysBetween(f.from, f.to);
  if (days.length === 0) throw refused('INVALID_RANGE', '开始日期不能晚于结束日期');
  if (days.length > MAX_DAYS) throw refused('RANGE_TOO_LONG', `一次最多查询 ${MAX_DAYS} 天`);
  const byCampaign = f.campaignId ? ' AND campaign_id = ?' : '';
  const campaignArg = f.campaignId ? [f.campaignId] : [];

  const series = await daySeries(db, days, byCampaign, campaignArg);
  const { byMerchant, categories } = await merchantFigures(db, f, campaignArg);

  const sum = (k: 'views' | 'claims' | 'redemptions' | 'subsidy_fen' | 'order_fen') =>
    series.reduce((t, d) => t + d[k], 0);
  const subsidy = sum('subsidy_fen');
  return {
    range: { from: f.from, to: f.to },
    campaign_id: f.campaignId ?? null,
    days: series,
    funnel: { views: sum('views'), claims: sum('claims'), redemptions: sum('redemptions') },
    by_merchant: byMerchant,
    by_category: [...categories.entries()].map(([category, c]) => ({ category, ...c })),
    leverage: {
      subsidy_fen: subsidy,
      order_fen: sum('order_fen'),
      // Orders per fen of subsidy: a dimensionless ratio (not money), rounded from integer fen to two
      // decimals for display; null until something was redeemed.
      ratio: subsidy > 0 ? Math.round((sum('order_fen') * 100) / subsidy) / 100 : null,
    },
    burn: f.campaignId ? await burnDown(db, f.campaignId, days) : null,
  };
}

/** One row of figures per CST day of the range. */
async function daySeries(db: Db, days: string[], byCampaign: string, campaignArg: string[]) {
  const series: DayFigures[] = [];
  for (const day of days) {
    const { start, end } = cstDayBounds(day);
    const [c] = await db.query<Record<string, Num>>(
      `SELECT COUNT(*) AS claims, SUM(amount_fen) AS claimed_fen,
                SUM(CASE WHEN risk_decision = 'review' THEN 1 ELSE 0 END) AS reviewed,
                SUM(CASE WHEN risk_decision = 'pass' THEN 1 ELSE 0 END) AS passed
           FROM claims WHERE created_at >= ? AND created_at < ?${byCampaign}`,
      [start, end, ...campaignArg],
    );
    const [r] = await db.query<Record<string, Num>>(
      `SELECT COUNT(*) AS redemptions, SUM(discount_fen) AS subsidy_fen, SUM(order_amount_fen) AS order_fen
           FROM coupon_redemptions WHERE status = 'redeemed' AND created_at >= ? AND created_at < ?${byCampaign}`,
      [start, end, ...campaignArg],
    );
    const [s] = await db.query<Record<string, Num>>(
      `SELECT SUM(views) AS views, SUM(risk_rejected) AS risk_rejected FROM campaign_day_stats WHERE day = ?${byCampaign}`,
      [day, ...campaignArg],
    );
    series.push({
      day,
      views: n(s.views),
      claims: n(c.claims),
      claimed_fen: n(c.claimed_fen),
      redemptions: n(r.redemptions),
      subsidy_fen: n(r.subsidy_fen),
      order_fen: n(r.order_fen),
      risk: { pass: n(c.passed), review: n(c.reviewed), reject: n(s.risk_rejected) },
    });
  }
  return series;
}

/** Redemptions by merchant over the range, and the same summed by merchant category. */
async function merchantFigures(db: Db, f: OverviewFilter, campaignArg: string[]) {
  const { start } = cstDayBounds(f.from);
  const { end } = cstDayBounds(f.to);
  const merchants = await db.query<
    Record<string, Num> & { merchant_id: string; name: string; category: string }
  >(
    `SELECT r.merchant_id, m.name, m.category, COUNT(*) AS redemptions, SUM(r.discount_fen) AS subsidy_fen,
              SUM(r.order_amount_fen) AS order_fen
         FROM coupon_redemptions r JOIN merchants m ON m.id = r.merchant_id
        WHERE r.status = 'redeemed' AND r.created_at >= ? AND r.created_at < ?${f.campaignId ? ' AND r.campaign_id = ?' : ''}
        GROUP BY r.merchant_id, m.name, m.category ORDER BY subsidy_fen DESC`,
    [start, end, ...campaignArg],
  );
  const byMerchant = merchants.map((m) => ({
    merchant_id: m.merchant_id,
    name: m.name,
    category: m.category,
    redemptions: n(m.redemptions),
    subsidy_fen: n(m.subsidy_fen),
    order_fen: n(m.order_fen),
  }));
  const categories = new Map<string, { redemptions: number; subsidy_fen: number; order_fen: number }>();
  for (const m of byMerchant) {
    const c = categories.get(m.category) ?? { redemptions: 0, subsidy_fen: 0, order_fen: 0 };
    c.redemptions += m.redemptions;
    c.subsidy_fen += m.subsidy_fen;
    c.order_fen += m.order_fen;
    categories.set(m.category, c);
  }
  return { byMerchant, categories };
}

/** Budget left at the end of each day (actual: granted claims) against a straight line over the claim window. */
async function burnDown(db: Db, campaignId: string, days: string[]) {
  const [c] = await db.query<{
    budget_fen: Num;
    claim_start_at: Date | string;
    claim_end_at: Date | string;
  }>('SELECT budget_fen, claim_start_at, claim_end_at FROM campaigns WHERE id = ?', [campaignId]);
  if (!c) return null;
  const budget = n(c.budget_fen);
  const startMs = new Date(c.claim_start_at).getTime();
  const spanMs = Math.max(1, new Date(c.claim_end_at).getTime() - startMs);
  const points = [];
  for (const day of days) {
    const { end } = cstDayBounds(day);
    const [spent] = await db.query<{ s: Num }>(
      "SELECT SUM(amount_fen) AS s FROM claims WHERE campaign_id = ? AND created_at < ? AND status NOT IN ('cancelled','rejected')",
      [campaignId, end],
    );
    const planned = Math.min(1, Math.max(0, (end.getTime() - startMs) / spanMs));
    points.push({
      day,
      remaining_fen: budget - n(spent.s),
      plan_remaining_fen: Math.round(budget * (1 - planned)),
    });
  }
  return { budget_fen: budget, points };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
