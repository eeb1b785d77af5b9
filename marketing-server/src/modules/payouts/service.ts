import { moveClaim, moveClaims, type ClaimTransition } from '../claims';
import type { Db, Sql } from '../../db/sql';
import { accounts, bookedAmount, post, type Transfer } from '../ledger';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import { recordAudit, SYSTEM_ACTOR } from '../audit';
import type { CampaignConfig } from '../campaigns';
import {
  insertPayments,
  type NewPayment,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from '../bank-orders';

// Red-packet payouts: a granted red packet becomes a bank payment from the platform's institutional
// wallet to the citizen's e-CNY wallet, with the claim id as out_trade_no. The claims table is the
// outbox: a payout row is created for every granted red packet without one, right after the claim
// (batched) and by the sweeper, so a crash between the claim's commit and the payout's creation
// loses nothing.

const DEFAULT_USE_DAYS = 7;
const DEFAULT_WALLET_WAIT_DAYS = 30;
const FLUSH_DELAY_MS = 20;

/**
 * The cancel reason (`last_error`) of a payout whose citizen bound no wallet in time: its claim
 * becomes `expired`, not `cancelled` (an approver's decision).
 */
export const WALLET_WAIT_EXPIRED = 'WALLET_WAIT_EXPIRED';

export type PayoutDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  payments: PaymentService;
  /** How long a payout waits for a wallet (`awaiting_wallet`) before it is cancelled. */
  walletWaitDays?: number;
};

/** The payout's claim must be where the payout's own state says it is: anything else is a bug. */
async function moveClaimOrThrow(sql: Sql, claimId: string, t: ClaimTransition, now: Date) {
  if (!(await moveClaim(sql, claimId, t, now)))
    throw new Error(`claim ${claimId} cannot ${t}; payout state is inconsistent`);
}

function move(kind: Parameters<typeof post>[1]['kind'], p: PaymentRow, transfers: Transfer[]) {
  return { kind, campaign_id: p.campaign_id, ref_id: p.ref_id, transfers };
}

/** Ledger and claim status at each step of a payout (run inside the payment's transition). */
export const payoutPurpose: PaymentPurpose = {
  bookedFen: (sql, p) =>
    bookedAmount(sql, { kind: 'payout_confirm', account: 'wallet_out', ref_id: p.ref_id }),
  async onDispatchMany(sql, rows, now) {
    const moved = await moveClaims(
      sql,
      rows.map((p) => p.ref_id),
      'dispatch_payout',
      now,
    );
    if (moved !== rows.length)
      throw new Error('a claim of the batch is not granted; payout state is inconsistent');
    for (const p of rows) {
      const t = { source: accounts.granted(p.campaign_id!), destination: accounts.payoutPending };
      await post(sql, move('payout_dispatch', p, [{ ...t, amount_fen: p.amount_fen }]), now);
    }
  },
  async onConfirmMany(sql, rows, now) {
    const moved = await moveClaims(
      sql,
      rows.map((p) => p.ref_id),
      'confirm_payout',
      now,
    );
    if (moved !== rows.length)
      throw new Error('a claim of the batch is not paying; payout state is inconsistent');
    for (const p of rows) {
      const t = { source: accounts.payoutPending, destination: accounts.walletOut };
      await post(sql, move('payout_confirm', p, [{ ...t, amount_fen: p.amount_fen }]), now);
    }
  },
  async onDispatch(sql, p, now) {
    await moveClaimOrThrow(sql, p.ref_id, 'dispatch_payout', now);
    const t = { source: accounts.granted(p.campaign_id!), destination: accounts.payoutPending };
    await post(sql, move('payout_dispatch', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onConfirm(sql, p, now) {
    await moveClaimOrThrow(sql, p.ref_id, 'confirm_payout', now);
    const t = { source: accounts.payoutPending, destination: accounts.walletOut };
    await post(sql, move('payout_confirm', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onRefuse(sql, p, now) {
    await moveClaimOrThrow(sql, p.ref_id, 'refuse_payout', now);
    const t = { source: accounts.payoutPending, destination: accounts.granted(p.campaign_id!) };
    await post(sql, move('payout_refuse', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onCancel(sql, p, now) {
    // The red packet will not be paid: its money goes back to the campaign, or to the funder if the
    // campaign has already settled.
    const expired = p.last_error?.startsWith(WALLET_WAIT_EXPIRED) ?? false;
    await moveClaimOrThrow(sql, p.ref_id, expired ? 'expire' : 'cancel_payout', now);
    if (expired) {
      const changes = { status: { from: 'granted', to: 'expired' }, reason: WALLET_WAIT_EXPIRED };
      const audit = { action: 'red_packet.expire', entity_type: 'claim', entity_id: p.ref_id, changes };
      await recordAudit(sql, { actor: SYSTEM_ACTOR, ...audit }, now);
    }
    const c = (
      await sql.query<{ status: string; funder_id: string }>(
        'SELECT status, funder_id FROM campaigns WHERE id = ?',
        [p.campaign_id],
      )
    )[0];
    const budget = accounts.campaignBudget(p.campaign_id!);
    const transfers: Transfer[] = [
      { source: accounts.granted(p.campaign_id!), destination: budget, amount_fen: p.amount_fen },
    ];
    await post(sql, move('payout_cancel', p, transfers), now);
    if (c?.status === 'settled') {
      const back = [{ source: budget, destination: accounts.funder(c.funder_id), amount_fen: p.amount_fen }];
      await post(sql, move('return', p, back), now);
    }
  },
};

type Candidate = {
  id: string;
  campaign_id: string;
  user_id: string;
  amount_fen: number;
  wallet_id: string | null;
};

export function createPayoutService(deps: PayoutDeps) {
  const ctx = makePayoutServiceContext(deps);
  return {
    createPayouts: createPayouts.bind(null, ctx),
    notifyClaimed: notifyClaimed.bind(null, ctx),
    releaseForUser: releaseForUser.bind(null, ctx),
    expireWalletWaits: expireWalletWaits.bind(null, ctx),
    sweep: sweep.bind(null, ctx),
    drain: drain.bind(null, ctx),
  };
}

type PayoutServiceContext = ReturnType<typeof makePayoutServiceContext>;

/** The state and collaborators that createPayoutService's operations share. */
function makePayoutServiceContext(deps: PayoutDeps) {
  const { db, clock, logger, payments } = deps;
  const termsCache = new Map<string, CampaignConfig['red_packet']>();
  payments.register('payout', payoutPurpose);
  return {
    deps,
    db,
    clock,
    logger,
    payments,
    termsCache,
    queued: new Set<string>(),
    timer: null as NodeJS.Timeout | null,
    flushing: Promise.resolve() as Promise<void>,
  };
}

async function redPacketTerms(ctx: PayoutServiceContext, campaignId: string) {
  const { termsCache, db } = ctx;
  if (!termsCache.has(campaignId)) {
    const rows = await db.query<{ config: string }>('SELECT config FROM campaigns WHERE id = ?', [
      campaignId,
    ]);
    termsCache.set(campaignId, (JSON.parse(rows[0]?.config ?? '{}') as CampaignConfig).red_packet);
  }
  return termsCache.get(campaignId);
}

/** Payout terms fixed when the payout becomes sendable (the bank keys its idempotency on them). */
async function sendableTerms(ctx: PayoutServiceContext, campaignId: string, walletId: string, now: Date) {
  const terms = await redPacketTerms(ctx, campaignId);
  if (!terms?.merchant_ids?.length) return { payee_wallet_id: walletId, kind: 'standard' as const };
  const days = terms.use_days ?? DEFAULT_USE_DAYS;
  return {
    payee_wallet_id: walletId,
    kind: 'red_packet' as const,
    expires_at: new Date(now.getTime() + days * 86400_000),
    merchant_scope: JSON.stringify([...terms.merchant_ids].sort()),
  };
}

/**
 * Creates payout rows for granted red packets that have none (all of them, or the given claims),
 * then queues the sendable ones. Safe to run from several processes at once.
 */
async function createPayouts(
  ctx: PayoutServiceContext,
  claimIds: string[] | null,
  limit = 1000,
): Promise<number> {
  const { clock, db, payments } = ctx;
  const now = clock.now();
  const filter = claimIds ? `AND c.id IN (${claimIds.map(() => '?').join(',')})` : '';
  const candidates = await db.query<Candidate>(
    `SELECT c.id, c.campaign_id, c.user_id, c.amount_fen, w.wallet_id
         FROM claims c
         LEFT JOIN bank_payments p ON p.purpose = 'payout' AND p.ref_id = c.id
         LEFT JOIN wallet_bindings w ON w.user_id = c.user_id
        WHERE c.kind = 'red_packet' AND c.status = 'granted' AND p.ref_id IS NULL ${filter}
        LIMIT ?`,
    [...(claimIds ?? []), limit],
  );
  if (!candidates.length) return 0;
  const rows: NewPayment[] = [];
  for (const c of candidates) {
    const base = {
      out_trade_no: c.id,
      purpose: 'payout' as const,
      ref_id: c.id,
      generation: 1,
      campaign_id: c.campaign_id,
      user_id: c.user_id,
      amount_fen: Number(c.amount_fen),
    };
    rows.push(
      c.wallet_id
        ? { ...base, ...(await sendableTerms(ctx, c.campaign_id, c.wallet_id, now)), status: 'pending' }
        : { ...base, status: 'awaiting_wallet' },
    );
  }
  await insertPayments(db, rows, now);
  await payments.submit(rows.filter((r) => r.status === 'pending').map((r) => r.out_trade_no));
  return rows.length;
}

/** Called after a red packet claim commits; payouts are created in small batches. */
function notifyClaimed(ctx: PayoutServiceContext, claimId: string) {
  const { logger } = ctx;
  ctx.queued.add(claimId);
  if (ctx.timer) return;
  ctx.timer = setTimeout(() => {
    ctx.timer = null;
    const ids = [...ctx.queued];
    ctx.queued = new Set();
    ctx.flushing = ctx.flushing
      .then(() => createPayouts(ctx, ids))
      .then(
        () => undefined,
        // The sweeper creates whatever this batch did not.
        (err) => logger.warn('payout intake failed; the sweeper will retry', { err }),
      );
  }, FLUSH_DELAY_MS);
}

/** The citizen bound a wallet: their waiting payouts become sendable. */
async function releaseForUser(ctx: PayoutServiceContext, userId: string, walletId: string) {
  const { db, clock, payments } = ctx;
  const waiting = await db.query<PaymentRow>(
    "SELECT * FROM bank_payments WHERE user_id = ? AND purpose = 'payout' AND status = 'awaiting_wallet'",
    [userId],
  );
  const now = clock.now();
  const released: string[] = [];
  for (const p of waiting) {
    const terms = await sendableTerms(ctx, p.campaign_id!, walletId, now);
    if (await payments.transition(p, 'release', terms)) released.push(p.out_trade_no);
  }
  await payments.submit(released);
  return released.length;
}

/**
 * Payouts that waited longer than the wallet wait for their citizen to bind a wallet are cancelled
 * as the system: in the cancel's transaction the claim becomes `expired` and its money goes back to
 * the campaign budget (or to the funder once settled). The wait counts from the payout's creation.
 */
async function expireWalletWaits(ctx: PayoutServiceContext, batch = 500): Promise<number> {
  const { clock, deps, db, payments, logger } = ctx;
  const now = clock.now();
  const days = deps.walletWaitDays ?? DEFAULT_WALLET_WAIT_DAYS;
  const due = await db.query<{ out_trade_no: string }>(
    `SELECT out_trade_no FROM bank_payments
        WHERE purpose = 'payout' AND status = 'awaiting_wallet' AND created_at <= ? ORDER BY created_at LIMIT ?`,
    [new Date(now.getTime() - days * 86400_000), batch],
  );
  let expired = 0;
  for (const { out_trade_no } of due) {
    const p = await payments.find(out_trade_no);
    if (p?.status !== 'awaiting_wallet') continue;
    const reason = { last_error: `${WALLET_WAIT_EXPIRED}: ${days} 天内未绑定钱包` };
    const comment = `红包等待绑定钱包超过 ${days} 天，已过期退回`;
    try {
      if (await payments.transition(p, 'cancel', reason, { actor: SYSTEM_ACTOR, comment })) expired++;
    } catch (err) {
      // One inconsistent payout must not hold up the others (nor the lifecycle run that calls this).
      logger.error('expiring a payout that waits for a wallet failed', { out_trade_no, err });
    }
  }
  return expired;
}

/** Sweeper: red packets granted without a payout (crash after commit, risk review approved). */
async function sweep(ctx: PayoutServiceContext) {
  while ((await createPayouts(ctx, null)) === 1000);
}

async function drain(ctx: PayoutServiceContext) {
  if (ctx.timer) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
    const ids = [...ctx.queued];
    ctx.queued = new Set();
    ctx.flushing = ctx.flushing.then(() => createPayouts(ctx, ids).then(() => undefined));
  }
  await ctx.flushing;
}

export type PayoutService = ReturnType<typeof createPayoutService>;
