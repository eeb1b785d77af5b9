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

export type ClaimStatus =
  'granted' | 'held' | 'rejected' | 'paying' | 'paid' | 'redeemed' | 'expired' | 'cancelled';

export type Claim = {
  id: string;
  campaign_id: string;
  campaign_name?: string;
  kind: 'red_packet' | 'coupon';
  amount_fen: number;
  status: ClaimStatus;
  /** A red packet that reaches nobody until a wallet is bound (from the server's payout state). */
  awaiting_wallet?: boolean;
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
  /** Another account already holds this ID number: under review, the message says so in Chinese. */
  identity_review?: { id: string; status: 'pending'; message: string } | null;
};

// ---- smart parking (marketing-server/src/modules/parking: service.ts, payments.ts) ----

export type ParkingLot = {
  id: string;
  name: string;
  address: string;
  merchant_id: string;
  tariff_id: string;
  free_exit_minutes: number;
};

export type PlateColor = 'blue' | 'green' | 'yellow' | 'white' | 'black';

export type ParkingPlate = {
  id: string;
  /** As printed: 粤A·D12345. */
  plate: string;
  plate_color: PlateColor;
  vehicle_class: 'small' | 'large' | 'new_energy' | string;
  seamless: boolean;
  agreement_no: string | null;
  agreement_signed_at: string | null;
  /** unverified until the vehicle registry names the citizen's verified real name as its owner. */
  verification: 'unverified' | 'verified';
  verified_at: string | null;
};

export type SessionStatus = 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';

/** A session as listed (history): no live fee. */
export type ParkingSession = {
  id: string;
  lot_id: string;
  plate: string;
  plate_color: string;
  vehicle_class: string;
  status: SessionStatus;
  entry_at: string;
  exit_at: string | null;
  exit_offline: boolean;
  fee_fen: number;
  covered_fen: number;
  discount_fen: number;
  paid_until: string | null;
};

/** One billing day (07:30 to 07:30 in Guangzhou) of a stay's price. */
export type BillingDayLine = {
  billing_day: string;
  from: string;
  to: string;
  day_units: number;
  day_fen: number;
  night_units: number;
  night_fen: number;
  night_capped: boolean;
  capped_24h: boolean;
  fen: number;
};

/** A coupon of the driver's usable on this stay, with what it takes off what is due now. */
export type ParkingCoupon = {
  coupon_code: string;
  claim_id: string;
  campaign_name: string;
  discount_fen: number;
  use_end_at: string | null;
};

/** A session priced now by the server (`as_of`): what the pay page and current sessions show. */
export type LiveSession = ParkingSession & {
  lot: { id: string; name: string; address: string; free_exit_minutes: number };
  tariff_name: string;
  as_of: string;
  minutes: number;
  live_fee_fen: number;
  due_fen: number;
  breakdown: BillingDayLine[];
  coupons: ParkingCoupon[];
};

export type ParkingPayment = {
  id: string;
  session_id: string;
  lot_id: string;
  channel: 'app' | 'seamless';
  due_fen: number;
  discount_fen: number;
  payable_fen: number;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  priced_until: string | null;
  created_at: string | null;
  completed_at: string | null;
};

export type ParkingPayResult = {
  payment: ParkingPayment;
  session: { id: string; status: SessionStatus; paid_until: string | null; covered_fen: number };
};

/** 停车缴费电子凭证. */
export type ParkingReceipt = ParkingPayment & {
  receipt_no: string;
  title: string;
  seller: string;
  lot: { name: string; address: string };
  plate: string;
  entry_at: string;
  exit_at: string | null;
  /** Set for a pre-payment: leave by then without paying more. */
  free_exit_until: string | null;
  /** The campaign whose coupon paid part of the fee. */
  coupon_campaign: string | null;
  minutes: number;
  tariff_name: string;
  breakdown: BillingDayLine[];
  bank_trade_no: string | null;
  note: string;
};
