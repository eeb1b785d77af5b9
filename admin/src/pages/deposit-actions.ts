import type { ItemOf } from '../api-types';

export type Deposit = ItemOf<'getAdminFundersByIdDeposits'>;
export type DepositStatus = Deposit['status'];

export const DEPOSIT_STATUS: Record<DepositStatus, { label: string; color: string }> = {
  pending: { label: '待确认', color: 'orange' },
  confirmed: { label: '已入账', color: 'green' },
  rejected: { label: '已驳回', color: 'red' },
};

type User = { id: string; roles: string[]; funder_id: string | null };

/**
 * Why the user may not confirm or reject this pending deposit, in words, or null when they may. The
 * server checks the same again (SAME_PERSON, FORBIDDEN, DEPOSIT_BY_BANK_ORDER).
 */
export function depositWhyNot(d: Deposit, user: User): string | null {
  if (d.source === 'merchant_wallet') return '该入金由商户钱包转账的银行结果自动确认或驳回';
  if (!user.roles.includes('funder')) return '您的角色不能确认入金';
  if (user.funder_id && user.funder_id !== d.funder_id) return '只能处理本出资方的入金';
  if (d.recorded_by === user.id) return '登记人不能确认或驳回自己登记的入金（双人复核）';
  return null;
}
