import type { ResponseOf } from '../../api-types';

export type Campaign = ResponseOf<'getAdminCampaignsById'>;

export const KIND_LABEL = { red_packet: '红包', coupon: '消费券' } as const;

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
