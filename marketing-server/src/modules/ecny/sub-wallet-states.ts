import type { Sql } from '../../db/sql';

// The sub-wallet's one state machine. A sub-wallet pushed to a merchant is `open` (funded, paying
// there); a close takes it to `closing` while the bank order returning its balance is in flight; the
// operator's SUCCESS closes it for good, a final failure opens it again (nothing left it). Its
// movements (fund, pay, close) are `processing` until their bank order's final state.
// `moveSubWallet` is the only UPDATE of a sub-wallet's status anywhere.

export type SubWalletStatus = 'open' | 'closing' | 'closed';
export type MoveStatus = 'processing' | 'succeeded' | 'failed';

export const SUB_WALLET_TRANSITIONS = {
  close: { from: ['open'], to: 'closing' },
  closed: { from: ['closing'], to: 'closed' },
  close_failed: { from: ['closing'], to: 'open' },
} as const satisfies Record<string, { from: readonly SubWalletStatus[]; to: SubWalletStatus }>;

export const MOVE_TRANSITIONS = {
  succeed: { from: ['processing'], to: 'succeeded' },
  fail: { from: ['processing'], to: 'failed' },
} as const satisfies Record<string, { from: readonly MoveStatus[]; to: MoveStatus }>;

export type SubWalletTransition = keyof typeof SUB_WALLET_TRANSITIONS;
export type MoveTransition = keyof typeof MOVE_TRANSITIONS;

/** Extra SET and WHERE of one conditional UPDATE (the money columns move with the status). */
export type RowChange = { set?: string; setParams?: unknown[]; guard?: string; guardParams?: unknown[] };

/**
 * Moves a sub-wallet if it is still in one of the transition's `from` statuses (and the guard holds),
 * inside the caller's transaction. False: it was not there (someone else moved it first).
 */
export async function moveSubWallet(
  sql: Sql,
  id: string,
  t: SubWalletTransition,
  now: Date,
  change: RowChange = {},
): Promise<boolean> {
  const { from, to } = SUB_WALLET_TRANSITIONS[t];
  const closedAt = to === 'closed' ? ', open_key = NULL, closed_at = ?' : '';
  const res = await sql.exec(
    `UPDATE ecny_sub_wallets SET status = ?, updated_at = ?${closedAt}${change.set ? `, ${change.set}` : ''}
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})${change.guard ? ` AND ${change.guard}` : ''}`,
    [
      to,
      now,
      ...(to === 'closed' ? [now] : []),
      ...(change.setParams ?? []),
      id,
      ...from,
      ...(change.guardParams ?? []),
    ],
  );
  return res.affectedRows === 1;
}

/** Ends a movement once (first final state wins). */
export async function moveMove(
  sql: Sql,
  id: string,
  t: MoveTransition,
  error: string | null,
  now: Date,
): Promise<boolean> {
  const { from, to } = MOVE_TRANSITIONS[t];
  const res = await sql.exec(
    `UPDATE ecny_sub_wallet_moves SET status = ?, error_code = ?, completed_at = ?
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, error, now, id, ...from],
  );
  return res.affectedRows === 1;
}
