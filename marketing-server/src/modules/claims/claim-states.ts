import type { Sql } from '../../db/sql';

// A claim's life, as one table. Every change of a claim's status after it was written goes through
// `moveClaim`: a conditional UPDATE on the transition's `from` list, so two actors racing on one
// claim (a cashier and the expiry job, a reviewer and a payout) change it once.
export type ClaimStatus =
  'granted' | 'held' | 'rejected' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';

export type ClaimTransition =
  /** A reviewer released a claim held by risk control. */
  | 'approve_hold'
  /** A reviewer rejected it: its money goes back to the campaign. */
  | 'reject_hold'
  /** A coupon used at a merchant. */
  | 'redeem'
  /** The order was refunded while the coupon's use window is still open: usable again. */
  | 'refund'
  /** Refunded after its use window (or its campaign) ended. */
  | 'refund_expired'
  /** Unused past its use window; or a red packet that waited too long for a wallet. */
  | 'expire'
  /** A red packet handed to the bank. */
  | 'dispatch_payout'
  /** The bank confirmed it. */
  | 'confirm_payout'
  /** The bank refused it: granted again, to be sent again or cancelled. */
  | 'refuse_payout'
  /** An approver gave up on the payout: the money goes back. */
  | 'cancel_payout';

export const CLAIM_TRANSITIONS: Record<ClaimTransition, { from: ClaimStatus[]; to: ClaimStatus }> = {
  approve_hold: { from: ['held'], to: 'granted' },
  reject_hold: { from: ['held'], to: 'rejected' },
  redeem: { from: ['granted'], to: 'redeemed' },
  refund: { from: ['redeemed'], to: 'granted' },
  refund_expired: { from: ['redeemed'], to: 'expired' },
  expire: { from: ['granted'], to: 'expired' },
  dispatch_payout: { from: ['granted'], to: 'paying' },
  confirm_payout: { from: ['paying'], to: 'paid' },
  refuse_payout: { from: ['paying'], to: 'granted' },
  cancel_payout: { from: ['granted'], to: 'cancelled' },
};

/** Moves many claims along the table in one statement; returns how many moved. */
export async function moveClaims(
  sql: Sql,
  claimIds: string[],
  t: ClaimTransition,
  now: Date,
): Promise<number> {
  if (!claimIds.length) return 0;
  const { from, to } = CLAIM_TRANSITIONS[t];
  const res = await sql.exec(
    `UPDATE claims SET status = ?, updated_at = ? WHERE id IN (${claimIds.map(() => '?').join(',')})
        AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, ...claimIds, ...from],
  );
  return res.affectedRows;
}

/** Moves one claim along the table; false when it was not in a `from` status (someone else moved it). */
export async function moveClaim(sql: Sql, claimId: string, t: ClaimTransition, now: Date): Promise<boolean> {
  const { from, to } = CLAIM_TRANSITIONS[t];
  const res = await sql.exec(
    `UPDATE claims SET status = ?, updated_at = ? WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, claimId, ...from],
  );
  return res.affectedRows === 1;
}
