import type { Db, Sql } from '../../db/sql';
import { accounts } from '../../ledger/accounts';
import { post, type Transfer } from '../../ledger/ledger';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { CampaignConfig } from '../campaigns/schemas';
import {
  insertPayments,
  type NewPayment,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from '../payments/service';

// Red-packet payouts: a granted red packet becomes a bank payment from the platform's institutional
// wallet to the citizen's e-CNY wallet, with the claim id as out_trade_no. The claims table is the
// outbox: a payout row is created for every granted red packet without one, right after the claim
// (batched) and by the sweeper, so a crash between the claim's commit and the payout's creation
// loses nothing.

const DEFAULT_USE_DAYS = 7;
const FLUSH_DELAY_MS = 20;

export type PayoutDeps = { db: Db; clock: Clock; logger: Logger; payments: PaymentService };

async function setClaimStatus(sql: Sql, claimId: string, from: string, to: string, now: Date) {
  const res = await sql.exec('UPDATE claims SET status = ?, updated_at = ? WHERE id = ? AND status = ?', [
    to,
    now,
    claimId,
    from,
  ]);
  if (res.affectedRows !== 1)
    throw new Error(`claim ${claimId} is not ${from}; payout state is inconsistent`);
}

function move(kind: Parameters<typeof post>[1]['kind'], p: PaymentRow, transfers: Transfer[]) {
  return { kind, campaign_id: p.campaign_id, ref_id: p.ref_id, transfers };
}

/** Ledger and claim status at each step of a payout (run inside the payment's transition). */
export const payoutPurpose: PaymentPurpose = {
  async onDispatch(sql, p, now) {
    await setClaimStatus(sql, p.ref_id, 'granted', 'paying', now);
    const t = { source: accounts.granted(p.campaign_id!), destination: accounts.payoutPending };
    await post(sql, move('payout_dispatch', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onConfirm(sql, p, now) {
    await setClaimStatus(sql, p.ref_id, 'paying', 'paid', now);
    const t = { source: accounts.payoutPending, destination: accounts.walletOut };
    await post(sql, move('payout_confirm', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onRefuse(sql, p, now) {
    await setClaimStatus(sql, p.ref_id, 'paying', 'granted', now);
    const t = { source: accounts.payoutPending, destination: accounts.granted(p.campaign_id!) };
    await post(sql, move('payout_refuse', p, [{ ...t, amount_fen: p.amount_fen }]), now);
  },
  async onCancel(sql, p, now) {
    // The red packet will not be paid: its money goes back to the campaign, or to the funder if the
    // campaign has already settled.
    await setClaimStatus(sql, p.ref_id, 'granted', 'cancelled', now);
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
  const { db, clock, logger, payments } = deps;
  const termsCache = new Map<string, CampaignConfig['red_packet']>();
  let queued = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  async function redPacketTerms(campaignId: string) {
    if (!termsCache.has(campaignId)) {
      const rows = await db.query<{ config: string }>('SELECT config FROM campaigns WHERE id = ?', [
        campaignId,
      ]);
      termsCache.set(campaignId, (JSON.parse(rows[0]?.config ?? '{}') as CampaignConfig).red_packet);
    }
    return termsCache.get(campaignId);
  }

  /** Payout terms fixed when the payout becomes sendable (the bank keys its idempotency on them). */
  async function sendableTerms(campaignId: string, walletId: string, now: Date) {
    const terms = await redPacketTerms(campaignId);
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
  async function createPayouts(claimIds: string[] | null, limit = 1000): Promise<number> {
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
          ? { ...base, ...(await sendableTerms(c.campaign_id, c.wallet_id, now)), status: 'pending' }
          : { ...base, status: 'awaiting_wallet' },
      );
    }
    await insertPayments(db, rows, now);
    await payments.submit(rows.filter((r) => r.status === 'pending').map((r) => r.out_trade_no));
    return rows.length;
  }

  /** Called after a red packet claim commits; payouts are created in small batches. */
  function notifyClaimed(claimId: string) {
    queued.add(claimId);
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      const ids = [...queued];
      queued = new Set();
      flushing = flushing
        .then(() => createPayouts(ids))
        .then(
          () => undefined,
          // The sweeper creates whatever this batch did not.
          (err) => logger.warn('payout intake failed; the sweeper will retry', { err }),
        );
    }, FLUSH_DELAY_MS);
  }

  /** The citizen bound a wallet: their waiting payouts become sendable. */
  async function releaseForUser(userId: string, walletId: string) {
    const waiting = await db.query<PaymentRow>(
      "SELECT * FROM bank_payments WHERE user_id = ? AND purpose = 'payout' AND status = 'awaiting_wallet'",
      [userId],
    );
    const now = clock.now();
    const released: string[] = [];
    for (const p of waiting) {
      const terms = await sendableTerms(p.campaign_id!, walletId, now);
      if (await payments.transition(p, 'release', terms)) released.push(p.out_trade_no);
    }
    await payments.submit(released);
    return released.length;
  }

  /** Sweeper: red packets granted without a payout (crash after commit, risk review approved). */
  async function sweep() {
    while ((await createPayouts(null)) === 1000);
  }

  async function drain() {
    if (timer) {
      clearTimeout(timer);
      timer = null;
      const ids = [...queued];
      queued = new Set();
      flushing = flushing.then(() => createPayouts(ids).then(() => undefined));
    }
    await flushing;
  }

  payments.register('payout', payoutPurpose);
  return { createPayouts, notifyClaimed, releaseForUser, sweep, drain };
}

export type PayoutService = ReturnType<typeof createPayoutService>;
