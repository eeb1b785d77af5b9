// What the parking admin API answers (marketing-server/src/modules/parking/service.ts). Amounts are
// integer fen; times are RFC 3339; plates arrive masked.

export type Lane = { id: string; lot_id: string; name: string; direction: 'entry' | 'exit' };

export type Lot = {
  id: string;
  name: string;
  address: string;
  merchant_id: string;
  tariff_id: string;
  tariff_name: string;
  free_exit_minutes: number;
  gate_url: string | null;
  lanes: Lane[];
  cars_inside: number;
};

export type Tariff = {
  id: string;
  name: string;
  unit_minutes: number;
  day: { start: string; end: string; unit_price_fen: number };
  night: { unit_price_fen: number; cap_fen?: number };
  cap_24h_fen?: number;
};

export type SessionStatus = 'parked' | 'prepaid' | 'awaiting_payment' | 'left_unpaid' | 'completed';

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

export type ParkingPayment = {
  id: string;
  session_id: string;
  lot_id: string;
  plate: string;
  channel: 'app' | 'seamless';
  due_fen: number;
  discount_fen: number;
  payable_fen: number;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  priced_until: string;
  created_at: string;
  completed_at: string | null;
};

export type ExceptionKind =
  'no_plate' | 'low_confidence' | 'unmatched_exit' | 'unpaid_exit' | 'misread_matched';

export type ParkingException = {
  id: string;
  lot_id: string;
  lane_id: string | null;
  kind: ExceptionKind;
  plate: string | null;
  session_id: string | null;
  event_id: string | null;
  detail: string;
  status: 'open' | 'resolved';
  resolved_by: string | null;
  /** The resolver's display name (系统 for a debt closed by its payment). */
  resolved_by_name: string | null;
  resolution_note: string | null;
  created_at: string;
  resolved_at: string | null;
};

export type ChannelTotals = { payments: number; fee_fen: number; discount_fen: number; paid_fen: number };

export type DailyReport = {
  lot: { id: string; name: string; address: string; tariff_id: string; free_exit_minutes: number };
  day: string;
  entries: number;
  exits: number;
  offline_exits: number;
  payments: number;
  fee_collected_fen: number;
  coupon_discount_fen: number;
  paid_by_drivers_fen: number;
  by_channel: Record<string, ChannelTotals>;
  unpaid_sessions: number;
  unpaid_fen: number;
  exceptions: number;
};
