import { moveClaim } from '../claims';
import schedule from 'node-schedule';
import type { Db } from '../../db/sql';
import { isRefusal } from '../../shared/domain-error';
import { releaseGrant } from '../ledger';
import type { JobQueue } from '../../queue/queue';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import { recordAudit, SYSTEM_ACTOR } from '../audit';
import type { CampaignService } from '../campaigns';
import type { CampaignRow } from '../campaigns';
import type { PayoutService } from '../payouts';

export const LIFECYCLE_JOB = 'campaign.lifecycle';

export type LifecycleDeps = {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  logger: Logger;
  campaigns: CampaignService;
  /** Red packets that waited too long for a wallet go back before settlement looks at a campaign. */
  payouts?: Pick<PayoutService, 'expireWalletWaits'>;
};

/**
 * Time-driven campaign changes. node-schedule timers fire at each campaign's start and end and a
 * sweep runs every minute; both only enqueue a job, and the job derives what is due from the database,
 * so a missed timer (process down, restart) is caught up by the next sweep and several processes firing
 * the same timer change nothing twice (transitions are conditional).
 */
export function createLifecycle(deps: LifecycleDeps) {
  const ctx = makeLifecycleContext(deps);
  return {
    start: start.bind(null, ctx),
    stop: stop.bind(null, ctx),
    arm: arm.bind(null, ctx),
    runDue: runDue.bind(null, ctx),
    expireCoupons: expireCoupons.bind(null, ctx),
  };
}

type LifecycleContext = ReturnType<typeof makeLifecycleContext>;

/** The state and collaborators that createLifecycle's operations share. */
function makeLifecycleContext(deps: LifecycleDeps) {
  const { db, clock, queue, logger, campaigns, payouts } = deps;
  const timers = new Map<string, schedule.Job[]>();
  return { deps, db, clock, queue, logger, campaigns, payouts, timers, sweeper: null as schedule.Job | null };
}

async function startDue(ctx: LifecycleContext, now: Date) {
  const { db, campaigns } = ctx;
  const due = await db.query<{ id: string }>(
    "SELECT id FROM campaigns WHERE status = 'approved' AND claim_start_at <= ? AND claim_end_at > ?",
    [now, now],
  );
  for (const c of due) await campaigns.transitionIfStill(SYSTEM_ACTOR, c.id, 'start');
}

async function endDue(ctx: LifecycleContext, now: Date) {
  const { db, campaigns } = ctx;
  const due = await db.query<{ id: string }>(
    "SELECT id FROM campaigns WHERE status IN ('approved','running','paused') AND claim_end_at <= ?",
    [now],
  );
  for (const c of due) await campaigns.transitionIfStill(SYSTEM_ACTOR, c.id, 'end');
}

/** Unused coupons past their use window go back to the campaign budget. */
async function expireCoupons(ctx: LifecycleContext, now: Date, batch = 500): Promise<number> {
  const { db } = ctx;
  const due = await db.query<{ id: string; campaign_id: string; amount_fen: number }>(
    "SELECT id, campaign_id, amount_fen FROM claims WHERE status = 'granted' AND kind = 'coupon' AND use_end_at <= ? LIMIT ?",
    [now, batch],
  );
  let expired = 0;
  for (const c of due) {
    await db.tx(async (sql) => {
      if (!(await moveClaim(sql, c.id, 'expire', now))) return;
      await releaseGrant(sql, c.campaign_id, c.id, Number(c.amount_fen), now);
      await recordAudit(
        sql,
        {
          actor: SYSTEM_ACTOR,
          action: 'coupon.expire',
          entity_type: 'claim',
          entity_id: c.id,
          changes: { status: { from: 'granted', to: 'expired' } },
        },
        now,
      );
      expired++;
    });
  }
  return expired;
}

/**
 * An ended campaign settles once none of its money can still move (the settle transition checks
 * that under the campaign's lock: nothing held, granted or being paid, no payout in progress);
 * coupons cannot settle before their use window is over.
 */
async function settleDue(ctx: LifecycleContext, now: Date) {
  const { db, campaigns, logger } = ctx;
  const ended = await db.query<{ id: string; kind: string; use_end_at: Date | string | null }>(
    "SELECT id, kind, use_end_at FROM campaigns WHERE status = 'ended'",
  );
  for (const c of ended) {
    if (c.kind === 'coupon' && c.use_end_at && new Date(c.use_end_at) > now) continue;
    try {
      await campaigns.transitionIfStill(SYSTEM_ACTOR, c.id, 'settle');
    } catch (err) {
      if (!isRefusal(err, 'CAMPAIGN_NOT_SETTLEABLE')) throw err;
      logger.debug('campaign ended but not settleable yet', {
        campaign_id: c.id,
        outstanding: err.details,
      });
    }
  }
}

async function runDue(ctx: LifecycleContext) {
  const { clock, payouts } = ctx;
  const now = clock.now();
  await startDue(ctx, now);
  await endDue(ctx, now);
  while ((await expireCoupons(ctx, now)) > 0);
  if (payouts) while ((await payouts.expireWalletWaits()) > 0);
  await settleDue(ctx, now);
}

function enqueueRun(ctx: LifecycleContext, reason: string) {
  const { clock, queue } = ctx;
  // One job per second at most across the fleet: bull drops a second job with the same id.
  const slot = Math.floor(clock.now().getTime() / 1000);
  return queue.add(LIFECYCLE_JOB, { reason }, { jobId: `lifecycle:${slot}:${reason}` });
}

function arm(
  ctx: LifecycleContext,
  c: Pick<CampaignRow, 'id' | 'status' | 'claim_start_at' | 'claim_end_at' | 'use_end_at'>,
) {
  const { timers, clock } = ctx;
  for (const j of timers.get(c.id) ?? []) j.cancel();
  timers.delete(c.id);
  if (!['approved', 'running', 'paused', 'ended'].includes(c.status)) return; // nothing is due before approval
  const jobs: schedule.Job[] = [];
  const now = clock.now().getTime();
  for (const at of [c.claim_start_at, c.claim_end_at, c.use_end_at]) {
    if (!at) continue;
    if (at.getTime() <= now) {
      // The status is part of the job id: a run queued for `pending_approval` must not swallow the
      // one queued a moment later by the approval in the same second.
      void enqueueRun(ctx, `due:${c.id}:${c.status}`);
      continue;
    }
    const job = schedule.scheduleJob(at, () => void enqueueRun(ctx, `timer:${c.id}`));
    if (job) jobs.push(job);
  }
  timers.set(c.id, jobs);
}

async function start(ctx: LifecycleContext) {
  const { queue, db, campaigns, logger } = ctx;
  queue.process(LIFECYCLE_JOB, () => runDue(ctx));
  const active = await db.query<{ id: string }>(
    "SELECT id FROM campaigns WHERE status IN ('approved','running','paused','ended')",
  );
  for (const { id } of active) {
    const c = await campaigns.getCampaign(id);
    arm(ctx, {
      id,
      status: c.status,
      claim_start_at: new Date(c.claim_start_at!),
      claim_end_at: new Date(c.claim_end_at!),
      use_end_at: c.use_end_at ? new Date(c.use_end_at) : null,
    });
  }
  await runDue(ctx).catch((err) => logger.error('lifecycle catch-up failed', { err }));
  ctx.sweeper = schedule.scheduleJob('*/1 * * * *', () => void enqueueRun(ctx, 'sweep'));
}

function stop(ctx: LifecycleContext) {
  const { timers } = ctx;
  ctx.sweeper?.cancel();
  for (const jobs of timers.values()) for (const j of jobs) j.cancel();
  timers.clear();
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
