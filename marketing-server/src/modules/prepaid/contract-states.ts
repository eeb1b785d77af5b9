import type { Sql } from '../../db/sql';

// A prepaid contract's one state machine (SPECS.md §A4). Bought → the cashier order is paid → the
// money is handed to the escrow (`locking`) → locked in the contract wallet (`active`, 定向留存) →
// releases per write-off (`partially_released`) → all consumed (`completed`). Side branches: the
// consumer ends it (cooling-off or termination: `refunding` → `refunded`), the regulator or a closure
// freezes it (`frozen`: no releases; back with unfreeze, or refunded after the configured period or at
// once for a closure). A lock the escrow refuses for good (`lock_failed`) is refunded to the consumer
// through the cashier's refund of the order (`lock_refunding` → `lock_refunded`; a refused refund
// goes back to `lock_failed` for a person). `moveContract` is the only UPDATE of a contract's status.

export type ContractStatus =
  | 'awaiting_payment'
  | 'locking'
  | 'active'
  | 'partially_released'
  | 'completed'
  | 'refunding'
  | 'refunded'
  | 'frozen'
  | 'cancelled'
  | 'lock_failed'
  | 'lock_refunding'
  | 'lock_refunded'
  | 'refund_failed';

const LIVE = ['active', 'partially_released'] as const;

export const CONTRACT_TRANSITIONS = {
  paid: { from: ['awaiting_payment'], to: 'locking' },
  locked: { from: ['locking'], to: 'active' },
  lock_refused: { from: ['locking'], to: 'lock_failed' },
  lock_refund: { from: ['lock_failed'], to: 'lock_refunding' },
  lock_refunded: { from: ['lock_refunding'], to: 'lock_refunded' },
  lock_refund_refused: { from: ['lock_refunding'], to: 'lock_failed' },
  first_release: { from: ['active'], to: 'partially_released' },
  complete: { from: ['partially_released', 'active'], to: 'completed' },
  refund: { from: [...LIVE], to: 'refunding' },
  refund_frozen: { from: ['frozen'], to: 'refunding' },
  refunded: { from: ['refunding'], to: 'refunded' },
  refund_refused: { from: ['refunding'], to: 'refund_failed' },
  freeze: { from: [...LIVE], to: 'frozen' },
  unfreeze_unused: { from: ['frozen'], to: 'active' },
  unfreeze_used: { from: ['frozen'], to: 'partially_released' },
  expire: { from: ['awaiting_payment'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly ContractStatus[]; to: ContractStatus }>;

export type ContractTransition = keyof typeof CONTRACT_TRANSITIONS;

/** Statuses in which releases may be made (the merchant may write off and be paid). */
export const RELEASABLE: readonly ContractStatus[] = LIVE;

export const STATUS_LABEL: Record<ContractStatus, string> = {
  awaiting_payment: '待支付',
  locking: '资金存入合约钱包中',
  active: '资金已锁定（定向留存）',
  partially_released: '履约中',
  completed: '已履约完毕',
  refunding: '退款处理中',
  refunded: '已退款',
  frozen: '已冻结（监管）',
  cancelled: '已取消',
  lock_failed: '资金锁定异常（人工处理中）',
  lock_refunding: '资金未能存入合约钱包，正在原路退款',
  lock_refunded: '资金未能存入合约钱包，已原路退款',
  refund_failed: '退款异常（人工处理中）',
};

const PATCHABLE = new Set([
  'refund_reason',
  'frozen_at',
  'auto_refund_at',
  'starts_at',
  'ends_at',
  'cooling_off_until',
  'cashier_order_id',
  'wallet_id',
]);

/**
 * Moves a contract if it is still in one of the transition's `from` statuses (a conditional UPDATE
 * in the caller's transaction). False: it was not there (someone else moved it first).
 */
export async function moveContract(
  sql: Sql,
  id: string,
  t: ContractTransition,
  patch: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  const { from, to } = CONTRACT_TRANSITIONS[t];
  const fields = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  const res = await sql.exec(
    `UPDATE prepaid_contracts SET status = ?, updated_at = ?${fields.map((f) => `, ${f} = ?`).join('')}
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, ...fields.map((f) => patch[f]), id, ...from],
  );
  return res.affectedRows === 1;
}
