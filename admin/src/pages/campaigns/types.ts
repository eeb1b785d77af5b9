export type Campaign = {
  id: string;
  kind: 'red_packet' | 'coupon';
  name: string;
  description: string | null;
  status: string;
  funder_id: string;
  budget_fen: number;
  reserved_fen: number;
  face_fen: number;
  stock_total: number;
  claim_start_at: string;
  claim_end_at: string;
  use_end_at: string | null;
  red_packet: { mode: 'fixed' | 'random'; amount_fen?: number; count?: number } | null;
  coupon: {
    type: 'threshold' | 'instant' | 'percent';
    threshold_fen?: number;
    discount_fen?: number;
    percent_off?: number;
    cap_fen?: number;
    use_window: { days?: number; end_at?: string };
    merchant_ids: string[];
  } | null;
  limits: {
    per_user: { count: number; period: string };
    natural_person: boolean;
    max_count_per_day?: number;
  };
  version: number;
  created_by: string;
  submitted_by: string | null;
  approved_by: string | null;
  created_at: string;
  updated_at: string;
  stock: { total: number; remaining: number; claimed: number };
};

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
