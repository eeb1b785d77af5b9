import { DataTypes, type QueryInterface } from 'sequelize';

// The bank wallet backend: citizens' bound wallets, top-ups, outbound bank payments (red-packet
// payouts and merchant settlements share one table and one state machine), received callbacks, and
// reconciliation reports.
const str = (len: number, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const fen = () => ({ type: DataTypes.BIGINT, allowNull: false });
const int = () => ({ type: DataTypes.INTEGER, allowNull: false });
const key = (len = 64) => ({ type: DataTypes.STRING(len), primaryKey: true, allowNull: false });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createWalletBindingsTables(qi);
  await createSettlementAndReconciliationTables(qi);
}

async function createWalletBindingsTables(qi: QueryInterface) {
  await qi.createTable('wallet_bindings', {
    user_id: key(40),
    wallet_id: str(32),
    wallet_id_masked: str(32),
    wallet_level: str(8),
    phone_masked: str(20),
    card_no_masked: str(32, true),
    bound_at: time(),
    updated_at: time(),
  });
  await qi.createTable('wallet_binding_requests', {
    binding_id: key(64),
    user_id: str(40),
    phone_masked: str(20),
    expires_at: time(),
    created_at: time(),
  });
  await qi.createTable('wallet_topups', {
    id: key(40),
    user_id: str(40),
    idem_key: str(255),
    wallet_id: str(32),
    amount_fen: fen(),
    status: str(16),
    error_code: str(48, true),
    bank_trade_no: str(64, true),
    created_at: time(),
    completed_at: time(true),
  });
  await qi.addIndex('wallet_topups', ['user_id', 'idem_key'], { unique: true, name: 'uq_topups_idem' });
  await qi.addIndex('wallet_topups', ['status', 'completed_at'], { name: 'ix_topups_status' });
  await qi.createTable('bank_payments', {
    out_trade_no: key(64),
    purpose: str(16),
    ref_id: str(64),
    generation: int(),
    campaign_id: str(40, true),
    user_id: str(40, true),
    payee_wallet_id: str(32, true),
    amount_fen: fen(),
    kind: str(16),
    expires_at: time(true),
    merchant_scope: { type: DataTypes.TEXT, allowNull: true },
    status: str(16),
    attempts: int(),
    next_attempt_at: time(),
    last_error: str(255, true),
    bank_trade_no: str(64, true),
    created_at: time(),
    updated_at: time(),
    completed_at: time(true),
  });
}

async function createSettlementAndReconciliationTables(qi: QueryInterface) {
  await qi.addIndex('bank_payments', ['purpose', 'ref_id', 'generation'], {
    unique: true,
    name: 'uq_bank_payments_ref',
  });
  await qi.addIndex('bank_payments', ['status', 'next_attempt_at'], { name: 'ix_bank_payments_due' });
  await qi.addIndex('bank_payments', ['user_id', 'status'], { name: 'ix_bank_payments_user' });
  await qi.addIndex('bank_payments', ['completed_at'], { name: 'ix_bank_payments_completed' });
  await qi.createTable('settlements', {
    id: key(40),
    merchant_id: str(40),
    bill_date: str(8),
    amount_fen: fen(),
    line_items: { type: DataTypes.TEXT, allowNull: false },
    status: str(16),
    out_trade_no: str(64, true),
    note: str(255, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('settlements', ['merchant_id', 'bill_date'], {
    unique: true,
    name: 'uq_settlements_merchant_day',
  });
  await qi.addColumn('merchants', 'wallet_id', { type: DataTypes.STRING(32), allowNull: true });
  await qi.createTable('bank_callback_events', {
    event_id: key(64),
    event_type: str(48),
    out_trade_no: str(64, true),
    received_at: time(),
  });
  await qi.createTable('bank_callback_nonces', { nonce: key(64), seen_at: time() });
  await qi.addIndex('bank_callback_nonces', ['seen_at'], { name: 'ix_callback_nonces_seen' });
  await qi.createTable('recon_reports', {
    id: key(40),
    bill_date: str(8),
    status: str(16),
    summary: { type: DataTypes.TEXT, allowNull: false },
    created_by: str(40),
    created_at: time(),
  });
  await qi.addIndex('recon_reports', ['bill_date'], { name: 'ix_recon_reports_date' });
  await qi.createTable('recon_items', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    report_id: str(40),
    out_trade_no: str(64),
    type: str(24),
    class: str(24),
    platform_amount_fen: { type: DataTypes.BIGINT, allowNull: true },
    bank_amount_fen: { type: DataTypes.BIGINT, allowNull: true },
    resolution: str(24),
    note: str(255, true),
  });
  await qi.addIndex('recon_items', ['report_id'], { name: 'ix_recon_items_report' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('merchants', 'wallet_id');
  for (const t of [
    'recon_items',
    'recon_reports',
    'bank_callback_nonces',
    'bank_callback_events',
    'settlements',
    'bank_payments',
    'wallet_topups',
    'wallet_binding_requests',
    'wallet_bindings',
  ])
    await qi.dropTable(t);
}
