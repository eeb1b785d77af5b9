import { DataTypes, type QueryInterface } from 'sequelize';

// Smart parking: tariffs (as JSON data priced by modules/parking/tariff.ts), lots with their lanes and
// gate endpoint, drivers' plates and seamless-payment agreements, the gates' plate events (kept for
// idempotency and audit), parking sessions, payments, open-gate commands and exceptions for attendants.
const str = (len: number, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const fen = () => ({ type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 });
const int = (defaultValue = 0) => ({ type: DataTypes.INTEGER, allowNull: false, defaultValue });
const key = (len = 40) => ({ type: DataTypes.STRING(len), primaryKey: true, allowNull: false });
const text = (allowNull = false) => ({ type: DataTypes.TEXT, allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createParkingTariffsTables(qi);
  await createParkingSessionsTables(qi);
  await createParkingEventsTables(qi);
}

async function createParkingTariffsTables(qi: QueryInterface) {
  await qi.createTable('parking_tariffs', {
    id: key(40),
    name: str(64),
    definition: text(),
    created_at: time(),
    updated_at: time(),
  });
  await qi.createTable('parking_lots', {
    id: key(40),
    name: str(64),
    address: str(128),
    /** The operator's merchant: drivers pay its wallet, parking coupons are scoped to it. */
    merchant_id: str(40),
    tariff_id: str(40),
    free_exit_minutes: int(15),
    gate_url: str(255, true),
    gate_secret: str(128),
    created_at: time(),
    updated_at: time(),
  });
  await qi.createTable('parking_lanes', {
    id: key(40),
    lot_id: str(40),
    name: str(32),
    direction: str(8),
  });
  await qi.addIndex('parking_lanes', ['lot_id'], { name: 'ix_lanes_lot' });
  await qi.createTable('parking_plates', {
    id: key(40),
    user_id: str(40),
    plate: str(16),
    plate_color: str(8),
    vehicle_class: str(16),
    /** Set while the plate has a signed seamless-payment agreement (one driver per plate). */
    seamless_plate: str(16, true),
    agreement_no: str(40, true),
    agreement_signed_at: time(true),
    created_at: time(),
  });
  await qi.addIndex('parking_plates', ['user_id', 'plate'], { unique: true, name: 'uq_plates_user' });
  await qi.addIndex('parking_plates', ['plate'], { name: 'ix_plates_plate' });
  await qi.addIndex('parking_plates', ['seamless_plate'], { unique: true, name: 'uq_plates_seamless' });
}

async function createParkingSessionsTables(qi: QueryInterface) {
  await qi.createTable('parking_sessions', {
    id: key(40),
    lot_id: str(40),
    plate: str(16),
    plate_color: str(8),
    vehicle_class: str(16),
    /** The lot's tariff when the car came in: a later tariff change does not reprice this stay. */
    tariff_id: str(40),
    status: str(20),
    /** `${lot}|${plate}` while the car is inside: at most one open session per plate and lot. */
    open_key: str(64, true),
    entry_at: time(),
    entry_lane_id: str(40, true),
    exit_at: time(true),
    exit_lane_id: str(40, true),
    exit_offline: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    /** Fee of the whole stay once it is known (at exit); while parked, the live fee is computed. */
    fee_fen: fen(),
    /** Covered by succeeded payments: what the driver paid plus coupon discounts. */
    covered_fen: fen(),
    discount_fen: fen(),
    paid_until: time(true),
    last_payer_id: str(40, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('parking_sessions', ['open_key'], { unique: true, name: 'uq_sessions_open' });
  await qi.addIndex('parking_sessions', ['lot_id', 'entry_at'], { name: 'ix_sessions_lot' });
  await qi.addIndex('parking_sessions', ['plate', 'entry_at'], { name: 'ix_sessions_plate' });
  await qi.addIndex('parking_sessions', ['status'], { name: 'ix_sessions_status' });
  await qi.createTable('parking_payments', {
    /** Also the bank's out_trade_no. */
    id: key(40),
    session_id: str(40),
    lot_id: str(40),
    user_id: str(40),
    channel: str(16),
    /** (user, key): the app's Idempotency-Key, or a derived key for seamless charges. */
    idem_key: str(255),
    /** Set while processing: one payment in flight per session. */
    inflight_key: str(40, true),
    due_fen: fen(),
    discount_fen: fen(),
    payable_fen: fen(),
    coupon_claim_id: str(40, true),
    redemption_id: str(40, true),
    wallet_id: str(32, true),
    priced_until: time(),
    status: str(16),
    error_code: str(48, true),
    bank_trade_no: str(64, true),
    created_at: time(),
    completed_at: time(true),
  });
  await qi.addIndex('parking_payments', ['user_id', 'idem_key'], { unique: true, name: 'uq_ppay_idem' });
  await qi.addIndex('parking_payments', ['inflight_key'], { unique: true, name: 'uq_ppay_inflight' });
  await qi.addIndex('parking_payments', ['session_id'], { name: 'ix_ppay_session' });
  await qi.addIndex('parking_payments', ['lot_id', 'completed_at'], { name: 'ix_ppay_lot' });
  await qi.addIndex('parking_payments', ['status'], { name: 'ix_ppay_status' });
}

async function createParkingEventsTables(qi: QueryInterface) {
  await qi.createTable('parking_events', {
    id: key(40),
    lot_id: str(40),
    event_id: str(64),
    lane_id: str(40),
    direction: str(8),
    plate: str(16, true),
    plate_color: str(8, true),
    confidence_permille: int(),
    captured_at: time(),
    received_at: time(),
    offline: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    session_id: str(40, true),
    decision: text(true),
  });
  await qi.addIndex('parking_events', ['lot_id', 'event_id'], { unique: true, name: 'uq_pevents' });
  await qi.createTable('parking_gate_commands', {
    id: key(40),
    lot_id: str(40),
    lane_id: str(40),
    session_id: str(40, true),
    reason: str(32),
    status: str(16),
    attempts: int(),
    last_error: str(255, true),
    created_at: time(),
    delivered_at: time(true),
  });
  await qi.addIndex('parking_gate_commands', ['status', 'created_at'], { name: 'ix_pcmd_status' });
  await qi.createTable('parking_exceptions', {
    id: key(40),
    lot_id: str(40),
    lane_id: str(40, true),
    kind: str(24),
    plate: str(16, true),
    session_id: str(40, true),
    event_id: str(64, true),
    detail: str(255),
    status: str(16),
    resolved_by: str(40, true),
    resolution_note: str(255, true),
    created_at: time(),
    resolved_at: time(true),
  });
  await qi.addIndex('parking_exceptions', ['status', 'created_at'], { name: 'ix_pexc_status' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'parking_exceptions',
    'parking_gate_commands',
    'parking_events',
    'parking_payments',
    'parking_sessions',
    'parking_plates',
    'parking_lanes',
    'parking_lots',
    'parking_tariffs',
  ])
    await qi.dropTable(t);
}
