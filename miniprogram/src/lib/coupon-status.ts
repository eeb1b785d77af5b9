import type { Claim } from '../api/types';
import { formatYuanShort } from './money';
import { formatCstDate } from './time';

export type DisplayStatus =
  | 'usable'
  | 'not_yet'
  | 'used'
  | 'expired'
  | 'awaiting_wallet'
  | 'paying'
  | 'paid'
  | 'held'
  | 'rejected'
  | 'cancelled';

export const STATUS_LABEL: Record<DisplayStatus, string> = {
  usable: '可使用',
  not_yet: '未到使用时间',
  used: '已使用',
  expired: '已过期',
  awaiting_wallet: '待绑定钱包',
  paying: '到账中',
  paid: '已到账',
  held: '审核中',
  rejected: '未通过审核',
  cancelled: '已取消',
};

/** What the citizen should read on a coupon or red packet now (a coupon past its window is expired). */
export function displayStatus(c: Claim, now: Date = new Date()): DisplayStatus {
  if (c.status === 'cancelled') return 'cancelled';
  if (c.status === 'held') return 'held';
  if (c.status === 'rejected') return 'rejected';
  if (c.kind === 'red_packet') {
    if (c.status === 'paid') return 'paid';
    if (c.status === 'expired') return 'expired';
    // Nothing moves until a wallet is bound: say so rather than 到账中.
    if (c.status === 'granted' && c.awaiting_wallet) return 'awaiting_wallet';
    return 'paying';
  }
  if (c.status === 'redeemed') return 'used';
  if (c.status === 'expired') return 'expired';
  if (c.coupon && now >= new Date(c.coupon.use_end_at)) return 'expired';
  if (c.coupon && now < new Date(c.coupon.use_start_at)) return 'not_yet';
  return 'usable';
}

/** "满80减20", "立减¥5", "9折（最高减¥10）". */
export function couponHeadline(terms: {
  type: string;
  threshold_fen?: number;
  discount_fen?: number;
  percent_off?: number;
  cap_fen?: number;
}): string {
  if (terms.type === 'threshold' && terms.threshold_fen && terms.discount_fen) {
    return `满${formatYuanShort(terms.threshold_fen).slice(1)}减${formatYuanShort(terms.discount_fen).slice(1)}`;
  }
  if (terms.type === 'percent' && terms.percent_off) {
    const rate = (100 - terms.percent_off) / 10;
    return `${rate}折${terms.cap_fen ? `（最高减${formatYuanShort(terms.cap_fen)}）` : ''}`;
  }
  return `立减${formatYuanShort(terms.discount_fen ?? 0)}`;
}

/** "6155 3091 5677": easier to read aloud at a till. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

export function merchantScopeText(merchants: { name: string }[] | undefined): string {
  if (!merchants || merchants.length === 0) return '全部合作商户可用';
  if (merchants.length <= 3) return `限 ${merchants.map((m) => m.name).join('、')} 使用`;
  return `限 ${merchants
    .slice(0, 3)
    .map((m) => m.name)
    .join('、')} 等 ${merchants.length} 家商户使用`;
}

/** The next step a citizen can take on a claim in this state (null: nothing to do). */
export function nextStep(status: DisplayStatus, kind: Claim['kind']): string | null {
  switch (status) {
    case 'awaiting_wallet':
      return '去绑定';
    case 'held':
      return kind === 'coupon' ? '审核通过后放入券包' : '审核通过后发放到钱包';
    case 'rejected':
      return '如有疑问请联系活动主办方';
    default:
      return null;
  }
}

/** 每人限领 1 次 / 每人每天限领 2 次: the per-user limit as the server enforces it. */
export function perUserLimitText(limit: { count: number; period: string } | undefined): string {
  const count = limit?.count ?? 1;
  const per = { day: '每天', week: '每周', month: '每月' }[limit?.period ?? 'lifetime'] ?? '';
  return `每人${per}限领 ${count} 次`;
}

const EXPIRING_WITHIN_MS = 3 * 86_400_000;

/**
 * 即将过期: a usable coupon that ends within 3 days, in words (今天到期 / 还剩 N 天), or null. Days are
 * counted up to the end time itself, rounded up: 25 hours left is 还剩 2 天.
 */
export function expiringText(c: Claim, now: Date = new Date()): string | null {
  if (!c.coupon || displayStatus(c, now) !== 'usable') return null;
  const left = new Date(c.coupon.use_end_at).getTime() - now.getTime();
  if (left > EXPIRING_WITHIN_MS) return null;
  // A coupon valid until 00:00 ends on the day before: its last usable moment names the day.
  const endDay = formatCstDate(new Date(new Date(c.coupon.use_end_at).getTime() - 1).toISOString());
  if (endDay === formatCstDate(now.toISOString())) return '即将过期 · 今天到期';
  return `即将过期 · 还剩 ${Math.ceil(left / 86_400_000)} 天`;
}
