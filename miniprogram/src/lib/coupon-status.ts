import type { Claim } from '../api/types';
import { formatYuanShort } from './money';

export type DisplayStatus =
  'usable' | 'not_yet' | 'used' | 'expired' | 'paying' | 'paid' | 'held' | 'cancelled';

export const STATUS_LABEL: Record<DisplayStatus, string> = {
  usable: '可使用',
  not_yet: '未到使用时间',
  used: '已使用',
  expired: '已过期',
  paying: '到账中',
  paid: '已到账',
  held: '审核中',
  cancelled: '已取消',
};

/** What the citizen should read on a coupon or red packet now (a coupon past its window is expired). */
export function displayStatus(c: Claim, now: Date = new Date()): DisplayStatus {
  if (c.status === 'cancelled') return 'cancelled';
  if (c.status === 'held') return 'held';
  if (c.kind === 'red_packet') {
    if (c.status === 'paid') return 'paid';
    return 'paying'; // granted or paying: on its way to the wallet (or waiting for one to be bound)
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
