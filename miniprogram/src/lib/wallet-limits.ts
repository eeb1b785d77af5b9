import type { BoundWallet } from '../api/types';
import { formatYuan } from './money';

const LEVEL_NAME: Record<string, string> = {
  WL01: '一类钱包',
  WL02: '二类钱包',
  WL03: '三类钱包',
  WL04: '四类钱包',
};

export const walletLevelName = (level: string) => LEVEL_NAME[level] ?? level;

/**
 * Checks a top-up against what the wallet level still allows before asking the bank, so the citizen
 * reads why at once (the bank checks again; its answer wins). A top-up raises the balance, so the
 * balance ceiling is what binds.
 */
export function checkTopup(wallet: BoundWallet, amountFen: number): string | null {
  if (wallet.status !== 'normal') return '钱包当前不可用，请联系开户银行';
  if (!wallet.card_no_masked) return '钱包未绑定银行卡，无法充值';
  // A level the bank reports no limits for: nothing to check here, the bank's answer decides.
  if (!wallet.headroom || !wallet.limits) return null;
  const room = wallet.headroom.balance_fen;
  if (amountFen > room) {
    return room > 0
      ? `超出钱包余额上限：当前最多还可充值 ${formatYuan(room)}`
      : `钱包余额已达上限 ${formatYuan(wallet.limits.balance_fen)}，暂不能充值`;
  }
  return null;
}
