// The citizen API's shapes as this app reads them (marketing-server's /api/v1 OpenAPI is the source).

export type MerchantRef = { id: string; name: string };

export type CouponTerms = {
  type: 'threshold' | 'instant' | 'percent';
  threshold_fen?: number;
  discount_fen?: number;
  percent_off?: number;
  cap_fen?: number;
  merchant_ids: string[];
  merchants?: MerchantRef[];
};

export type ClaimPreview = {
  eligible: boolean;
  code: string | null;
  reasons: string[];
  claimed_in_period: number;
  limit: number;
  period: string;
};

export type Campaign = {
  id: string;
  kind: 'red_packet' | 'coupon';
  name: string;
  description: string | null;
  status: 'upcoming' | 'running' | 'paused' | 'ended' | 'settled';
  face_fen: number;
  red_packet: {
    mode: 'fixed' | 'random';
    amount_fen?: number;
    count?: number;
    min_fen?: number;
    max_fen?: number;
  } | null;
  coupon: (CouponTerms & { use_window?: unknown }) | null;
  per_user?: { count: number; period: 'day' | 'week' | 'month' | 'lifetime' };
  claim_start_at: string;
  claim_end_at: string;
  starts_in_s: number;
  remaining: number;
  stock_total: number;
  mine?: ClaimPreview;
};

export type ClaimStatus = 'granted' | 'held' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';

export type Claim = {
  id: string;
  campaign_id: string;
  campaign_name?: string;
  kind: 'red_packet' | 'coupon';
  amount_fen: number;
  status: ClaimStatus;
  coupon: {
    code: string;
    terms?: CouponTerms;
    merchants?: MerchantRef[];
    use_start_at: string;
    use_end_at: string;
  } | null;
  created_at: string;
};

export type Page<T> = { items: T[]; next_cursor: string | null };

export type Wallet =
  | { bound: false }
  | {
      bound: true;
      wallet_id_masked: string;
      wallet_type: string;
      wallet_level: string;
      status: 'normal' | 'frozen' | 'closed' | string;
      phone_masked: string;
      card_no_masked: string | null;
      balance_fen: number;
      restricted_balance_fen: number;
      total_balance_fen: number;
      limits: { balance_fen: number; per_payment_fen: number; daily_fen: number; yearly_fen: number };
      usage: { daily_paid_fen: number; yearly_paid_fen: number };
      headroom: {
        balance_fen: number;
        daily_payment_fen: number;
        yearly_payment_fen: number;
        per_payment_fen: number;
      };
      as_of: string;
    };

export type BoundWallet = Extract<Wallet, { bound: true }>;

export type Topup = {
  id: string;
  amount_fen: number;
  status: 'pending' | 'succeeded' | 'failed' | 'unknown' | string;
  error_code: string | null;
  created_at: string;
  completed_at: string | null;
  wallet?: Wallet;
};

export type Me = {
  id: string;
  phone: string | null;
  wechat_bound: boolean;
  verified: boolean;
  real_name: string | null;
  id_number: string | null;
  created_at: string;
};
