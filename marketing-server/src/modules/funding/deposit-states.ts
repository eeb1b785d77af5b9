export const DEPOSIT_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];

export type DepositAction = 'confirm' | 'reject';

/**
 * Every allowed move of a deposit, and nothing else. Only `confirm` writes the ledger posting
 * (world → funder); a decided deposit never moves again, so money comes in at most once.
 */
export const DEPOSIT_TRANSITIONS: Record<DepositAction, { from: DepositStatus; to: DepositStatus }> = {
  confirm: { from: 'pending', to: 'confirmed' },
  reject: { from: 'pending', to: 'rejected' },
};
