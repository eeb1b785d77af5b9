import { DataTypes, type QueryInterface } from 'sequelize';

// The aggregated cashier (issue 16 item 5): merchants' stores and tills, orders keyed by the
// merchant's out_trade_no, one payment attempt per channel try (its id is the channel's
// out_trade_no), refunds (their id is the channel's out_refund_no / the bank's out_request_no), and
// the per-channel reconciliation reports.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const fen = (allowNull = false) => ({ type: DataTypes.BIGINT, allowNull, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createCashierStoresTables(qi);
  await createCashierPaymentsTables(qi);
  await createCashierReconIndexes(qi);
}

async function createCashierStoresTables(qi: QueryInterface) {
  await qi.createTable('cashier_stores', {
    id: { ...str(40), primaryKey: true },
    merchant_id: str(40),
    name: str(80),
    created_at: at(),
  });
  await qi.createTable('cashier_tills', {
    id: { ...str(40), primaryKey: true },
    store_id: str(40),
    merchant_id: str(40),
    name: str(80),
    created_at: at(),
  });
  await qi.createTable('cashier_orders', {
    id: { ...str(40), primaryKey: true },
    merchant_id: str(40),
    till_id: str(40, true),
    out_trade_no: str(64),
    request_hash: str(64),
    description: str(128),
    amount_fen: fen(),
    status: str(24),
    channel: str(16, true),
    payment_id: str(40, true),
    user_id: str(40, true),
    discount_fen: fen(),
    paid_fen: fen(),
    refunded_fen: fen(),
    expires_at: at(),
    created_at: at(),
    updated_at: at(),
    paid_at: at(true),
  });
  await qi.addIndex('cashier_orders', ['merchant_id', 'out_trade_no'], {
    unique: true,
    name: 'ux_cashier_orders_key',
  });
  await qi.addIndex('cashier_orders', ['status', 'expires_at'], { name: 'ix_cashier_orders_status' });
  await qi.addIndex('cashier_orders', ['created_at'], { name: 'ix_cashier_orders_created' });
}

async function createCashierPaymentsTables(qi: QueryInterface) {
  await qi.createTable('cashier_payments', {
    id: { ...str(40), primaryKey: true },
    order_id: str(40),
    /** The order id while this attempt is open: one attempt in flight per order. */
    inflight_key: str(40, true),
    channel: str(16),
    mode: str(16),
    user_id: str(40, true),
    idem_key: str(255, true),
    wallet_id: str(40, true),
    order_amount_fen: fen(),
    discount_fen: fen(),
    amount_fen: fen(),
    coupon_claim_id: str(40, true),
    redemption_id: str(40, true),
    status: str(16),
    channel_trade_no: str(64, true),
    error_code: str(64, true),
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    next_query_at: at(),
    expires_at: at(),
    created_at: at(),
    completed_at: at(true),
  });
  await qi.addIndex('cashier_payments', ['inflight_key'], { unique: true, name: 'ux_cashier_pay_inflight' });
  await qi.addIndex('cashier_payments', ['status', 'next_query_at'], { name: 'ix_cashier_pay_due' });
  await qi.addIndex('cashier_payments', ['order_id'], { name: 'ix_cashier_pay_order' });
  await qi.createTable('cashier_refunds', {
    id: { ...str(40), primaryKey: true },
    order_id: str(40),
    payment_id: str(40),
    channel: str(16),
    out_refund_no: str(64),
    amount_fen: fen(),
    /** The subsidy taken back with this refund (a full refund reverses the coupon). */
    discount_fen: fen(),
    status: str(16),
    error_code: str(64, true),
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    next_query_at: at(),
    created_at: at(),
    completed_at: at(true),
  });
  await qi.addIndex('cashier_refunds', ['order_id', 'out_refund_no'], {
    unique: true,
    name: 'ux_cashier_refunds_key',
  });
  await qi.addIndex('cashier_refunds', ['status', 'next_query_at'], { name: 'ix_cashier_refunds_due' });
  await qi.createTable('cashier_recon_reports', {
    id: { ...str(40), primaryKey: true },
    channel: str(16),
    bill_date: str(8),
    status: str(16),
    summary: { type: DataTypes.TEXT, allowNull: false },
    items: { type: DataTypes.TEXT, allowNull: false },
    created_at: at(),
  });
}

async function createCashierReconIndexes(qi: QueryInterface) {
  await qi.addIndex('cashier_recon_reports', ['channel', 'bill_date'], { name: 'ix_cashier_recon' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'cashier_recon_reports',
    'cashier_refunds',
    'cashier_payments',
    'cashier_orders',
    'cashier_tills',
    'cashier_stores',
  ])
    await qi.dropTable(t);
}
