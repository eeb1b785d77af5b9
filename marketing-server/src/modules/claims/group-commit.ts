import type { Db } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, postMany } from '../ledger';
import type { CampaignRow } from '../campaigns';
import { claimDto, deferClaimsInOneRoundTrip, type Claimant } from './claim-writes';
import { BucketUnavailable, type StockBuckets } from './stock-buckets';

// Group commit (TigerBeetle-style, in the application): claims of one campaign that arrive within a
// millisecond or two share one transaction — one decrement of one bucket, one multi-row INSERT of the
// claims, one INSERT of their ledger entries, their idempotency records and one COMMIT, all in one round
// trip. Each claim still gets its own result, and nothing is answered before the COMMIT. When the
// group's transaction fails for any reason (a duplicate user, a bucket that cannot give the whole
// group, a lost connection), every claim of the group runs again alone on the per-claim path, which
// gives each one its own answer: a duplicate fails only its own row. That retry is safe even after an
// ambiguous COMMIT: the database's unique keys decide, and the route replays what did commit.

export type GroupCommitOptions = {
  /** How long the first claim of a group waits for others (the group's latency cost). */
  windowMs: number;
  /** A group is sent at once when it reaches this size. */
  maxClaims: number;
};

/**
 * The switch: CLAIM_GROUP_COMMIT=off keeps every claim on the per-claim path (one transaction each,
 * e.g. for a database that takes no multi-statement batches); CLAIM_GROUP_COMMIT_WINDOW_MS (default 1)
 * and CLAIM_GROUP_COMMIT_MAX (default 64) size the groups.
 */
export function groupCommitFromEnv(env: NodeJS.ProcessEnv = process.env): GroupCommitOptions | null {
  const v = (env.CLAIM_GROUP_COMMIT ?? 'on').toLowerCase();
  if (['off', '0', 'false', 'no'].includes(v)) return null;
  const num = (s: string | undefined, def: number) => (s && Number(s) > 0 ? Number(s) : def);
  return {
    windowMs: num(env.CLAIM_GROUP_COMMIT_WINDOW_MS, 1),
    maxClaims: Math.floor(num(env.CLAIM_GROUP_COMMIT_MAX, 64)),
  };
}

export type GroupClaimant = Claimant & { campaignId: string; idempotency: IdempotencyTicket };
type ClaimBody = ReturnType<typeof claimDto>;
type Waiting = {
  who: GroupClaimant;
  now: Date;
  resolve: (body: ClaimBody) => void;
  reject: (err: unknown) => void;
};

/** Whether a claim of this campaign can join a group (the shapes deferClaimsInOneRoundTrip writes). */
export function groupable(db: Db, c: CampaignRow, packets: number[] | null): boolean {
  const limits = c.config.limits;
  return (
    db.dialect === 'mysql' &&
    !packets &&
    limits.per_user.count === 1 &&
    !limits.natural_person &&
    !limits.max_count_per_day
  );
}

export function createGroupCommit(
  db: Db,
  stock: StockBuckets,
  opts: GroupCommitOptions,
  /** The per-claim path: used for a group of one and for every claim of a group that failed. */
  alone: (c: CampaignRow, who: GroupClaimant, now: Date) => Promise<ClaimBody>,
  /** Refuses a claim once the buckets are known to be empty or closed (and marks a sell-out). */
  refuseForStock: (c: CampaignRow, state: 'sold_out' | 'closed') => Promise<never>,
) {
  const ctx = makeGroupCommitContext(db, stock, opts, alone, refuseForStock);
  const { stats } = ctx;
  return { submit: submit.bind(null, ctx), stats };
}

type GroupCommitContext = ReturnType<typeof makeGroupCommitContext>;

/** The state and collaborators that createGroupCommit's operations share. */
function makeGroupCommitContext(
  db: Db,
  stock: StockBuckets,
  opts: GroupCommitOptions,
  alone: (c: CampaignRow, who: GroupClaimant, now: Date) => Promise<ClaimBody>,
  refuseForStock: (c: CampaignRow, state: 'sold_out' | 'closed') => Promise<never>,
) {
  const open = new Map<string, { c: CampaignRow; waiting: Waiting[]; timer: NodeJS.Timeout }>();
  const stats = { groups: 0, claims: 0, fallbacks: 0, alone: 0 };
  if (process.env.CLAIM_GROUP_COMMIT_STATS === '1') {
    let last = { ...stats };
    setInterval(() => {
      if (stats.groups === last.groups && stats.fallbacks === last.fallbacks && stats.alone === last.alone)
        return;
      const groups = stats.groups - last.groups;
      const claims = stats.claims - last.claims;
      process.stderr.write(
        `group commit: ${groups} groups, ${claims} claims (${(claims / Math.max(1, groups)).toFixed(1)} per group), ${stats.alone - last.alone} alone, ${stats.fallbacks - last.fallbacks} groups fell back\n`,
      );
      last = { ...stats };
    }, 5000).unref();
  }
  return { db, stock, opts, alone, refuseForStock, open, stats };
}

function submit(ctx: GroupCommitContext, c: CampaignRow, who: GroupClaimant, now: Date): Promise<ClaimBody> {
  const { open, opts } = ctx;
  return new Promise<ClaimBody>((resolve, reject) => {
    let group = open.get(c.id);
    if (!group) {
      group = { c, waiting: [], timer: setTimeout(() => send(ctx, c.id), opts.windowMs) };
      open.set(c.id, group);
    }
    group.waiting.push({ who, now, resolve, reject });
    if (group.waiting.length >= opts.maxClaims) send(ctx, c.id);
  });
}

function send(ctx: GroupCommitContext, campaignId: string) {
  const { open } = ctx;
  const group = open.get(campaignId);
  if (!group) return;
  open.delete(campaignId);
  clearTimeout(group.timer);
  void commitGroup(ctx, group.c, group.waiting);
}

async function commitGroup(ctx: GroupCommitContext, c: CampaignRow, waiting: Waiting[]) {
  const { stats, db, stock, refuseForStock } = ctx;
  if (waiting.length === 1) {
    stats.alone++;
    return runAlone(ctx, c, waiting[0]);
  }
  let bodies: ClaimBody[];
  try {
    bodies = await db.tx(async (sql) => {
      const bucket = await stock.pickBucket(c, new Set());
      if (bucket === null) throw new BucketUnavailable();
      const rows = await deferClaimsInOneRoundTrip(sql, stock, c, waiting, bucket);
      await postMany(
        sql,
        rows.map(({ row }) => ({
          kind: 'claim' as const,
          campaign_id: c.id,
          ref_id: row.id,
          transfers: [
            {
              source: accounts.campaignBudget(c.id),
              destination: accounts.granted(c.id),
              amount_fen: Number(row.amount_fen),
            },
          ],
        })),
        waiting[0].now,
      );
      const out: ClaimBody[] = [];
      for (const [i, { row }] of rows.entries()) {
        const body = claimDto(row, c);
        await waiting[i].who.idempotency.record(sql, body, waiting[i].now);
        out.push(body);
      }
      return out;
    });
  } catch (err) {
    // The bucket could not give the whole group: learn every bucket's state once for the group, so
    // at a sell-out its claims are refused here instead of each trying the buckets on its own.
    const state = err instanceof BucketUnavailable ? await stock.learnBuckets(c).catch(() => null) : null;
    if (state === 'sold_out' || state === 'closed') {
      for (const w of waiting) refuseForStock(c, state).catch(w.reject);
      return;
    }
    // Each claim alone now; the group's attempt wrote nothing (rolled back) or committed everything,
    // and in the second case the per-claim path finds the rows and the route replays them.
    stats.fallbacks++;
    for (const w of waiting) {
      w.who.idempotency.saved = null;
      void runAlone(ctx, c, w);
    }
    return;
  }
  stats.groups++;
  stats.claims += waiting.length;
  for (const [i, w] of waiting.entries()) w.resolve(bodies[i]);
}

function runAlone(ctx: GroupCommitContext, c: CampaignRow, w: Waiting) {
  const { alone } = ctx;
  return alone(c, w.who, w.now).then(w.resolve, w.reject);
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
