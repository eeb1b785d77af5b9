import type { ResponseOf } from '../../api-types';
import { PERIOD_LABEL } from '../../i18n/labels';
export { KIND_LABEL } from '../../i18n/labels';

export type Campaign = ResponseOf<'getAdminCampaignsById'>;

export function termsText(
  c: Pick<Campaign, 'kind' | 'red_packet' | 'coupon' | 'face_fen'>,
  yuan: (f: number) => string,
) {
  if (c.kind === 'red_packet') {
    return c.red_packet?.mode === 'random' ? `随机金额 ${c.red_packet.count} 个` : `固定 ${yuan(c.face_fen)}`;
  }
  const k = c.coupon;
  if (!k) return '—';
  if (k.type === 'threshold') return `满 ${yuan(k.threshold_fen ?? 0)} 减 ${yuan(k.discount_fen ?? 0)}`;
  if (k.type === 'percent') return `${(100 - (k.percent_off ?? 0)) / 10} 折，最高减 ${yuan(k.cap_fen ?? 0)}`;
  return `立减 ${yuan(k.discount_fen ?? 0)}`;
}

/** The per-user limit as WeChat Pay words it: 每天限领 1 次 rather than "1 次 / 天". */
export function limitsText(c: Pick<Campaign, 'limits'>): string {
  const l = c.limits;
  const parts = [`${PERIOD_LABEL[l.per_user.period] ?? l.per_user.period}每人限领 ${l.per_user.count} 次`];
  if (l.natural_person) parts.push('同一实名限领一次');
  if (l.max_count_per_day) parts.push(`每日最多发放 ${l.max_count_per_day} 个`);
  return parts.join('；');
}

/** How many can be given out, and the caps beside the budget. */
export function stockText(c: Pick<Campaign, 'stock' | 'limits'>): string {
  const parts = [`共 ${c.stock.total} 个，剩余 ${c.stock.remaining} 个`];
  if (c.limits.max_count) parts.push(`最多发放 ${c.limits.max_count} 个`);
  return parts.join('；');
}

/** When a coupon or restricted red packet can be spent, in Beijing time. */
export function useWindowText(
  c: Pick<Campaign, 'coupon' | 'red_packet' | 'use_end_at'>,
  cst: (iso: string) => string,
): string {
  const w = c.coupon?.use_window;
  if (w && 'days' in w) return `领取后 ${w.days} 天内`;
  if (w && 'end_at' in w) return `${w.start_at ? cst(w.start_at) : '领取后'} 至 ${cst(w.end_at)}（北京时间）`;
  if (c.red_packet?.use_days) return `到账后 ${c.red_packet.use_days} 天内`;
  return c.use_end_at ? `至 ${cst(c.use_end_at)}（北京时间）` : '不限';
}
