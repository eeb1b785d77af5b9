import type { Sql } from '../../db/sql';
import { refused } from '../../shared/domain-error';

// A parking session's life. The car is inside in the first three states (the session holds the
// lot+plate `open_key`); it has left in the last two.
//   parked            inside, nothing paid (or a pre-payment's free-exit window has passed)
//   prepaid           inside, paid up to `paid_until` (pre-pay before exit: free-exit window)
//   awaiting_payment  at the exit barrier with a fee due; the barrier opens when it is paid
//   left_unpaid       gone with a fee due (offline gate, or an attendant let the car out): charge later
//   completed         gone, nothing due
export type SessionStatus = 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';

export const SESSION_TRANSITIONS: Record<SessionStatus, readonly SessionStatus[]> = {
  parked: ['prepaid', 'awaiting_payment', 'left_unpaid', 'completed'],
  prepaid: ['prepaid', 'awaiting_payment', 'left_unpaid', 'completed'],
  awaiting_payment: ['left_unpaid', 'completed'],
  left_unpaid: ['completed'],
  completed: [],
};

export const INSIDE: readonly SessionStatus[] = ['parked', 'prepaid', 'awaiting_payment'];

export function canMove(from: SessionStatus, to: SessionStatus): boolean {
  return SESSION_TRANSITIONS[from].includes(to);
}

/**
 * Moves a session from `from` to `to` with a conditional update (the row's status is the lock), so
 * two processes handling the same car cannot both move it. Leaving the lot frees the lot+plate key.
 */
export async function moveSession(
  sql: Sql,
  sessionId: string,
  from: SessionStatus,
  to: SessionStatus,
  set: Record<string, unknown>,
  now: Date,
): Promise<void> {
  if (!canMove(from, to)) throw refused('SESSION_STATE', `停车记录不能从 ${from} 变为 ${to}`);
  const fields = { ...set, status: to, updated_at: now, ...(INSIDE.includes(to) ? {} : { open_key: null }) };
  const names = Object.keys(fields);
  const r = await sql.exec(
    `UPDATE parking_sessions SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ? AND status = ?`,
    [...Object.values(fields), sessionId, from],
  );
  if (r.affectedRows !== 1) throw refused('SESSION_CHANGED', '停车记录已变化，请刷新后重试');
}
