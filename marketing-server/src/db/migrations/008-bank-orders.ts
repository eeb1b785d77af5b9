import { DataTypes, type QueryInterface } from 'sequelize';

// One outbound bank-order lifecycle: parking transfers and wallet top-ups join payouts and
// settlements in `bank_payments` (one state machine, one worker, one sweep). A channel says which bank
// API an order uses; an attempt holds a lease so the sweep never touches an order still being sent.
// Late bank answers that contradict a closed order become exceptions for a person.
const str = (len: number, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.addColumn('bank_payments', 'channel', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'payment',
  });
  await qi.addColumn('bank_payments', 'payer_wallet_id', str(32, true));
  await qi.addColumn('bank_payments', 'payee_merchant_id', str(40, true));
  await qi.addColumn('bank_payments', 'lease_until', time(true));

  await qi.createTable('bank_order_exceptions', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    out_trade_no: str(64),
    purpose: str(16),
    bank_status: str(16),
    platform_status: str(16),
    amount_fen: { type: DataTypes.BIGINT, allowNull: false },
    bank_trade_no: str(64, true),
    note: str(255),
    status: str(16),
    resolved_by: str(40, true),
    resolution: str(255, true),
    created_at: time(),
    resolved_at: time(true),
  });
  await qi.addIndex('bank_order_exceptions', ['out_trade_no', 'bank_status'], {
    unique: true,
    name: 'uq_bank_order_exceptions',
  });
  await qi.addIndex('bank_order_exceptions', ['status'], { name: 'ix_bank_order_exceptions_status' });

  // Orders that were still waiting for the bank when this ran: the lifecycle asks the bank about them.
  const now = new Date();
  const q = qi.sequelize;
  await q.query(
    `INSERT INTO bank_payments (out_trade_no, purpose, ref_id, generation, campaign_id, user_id, payee_wallet_id,
       amount_fen, kind, status, attempts, next_attempt_at, created_at, updated_at, channel, payer_wallet_id, payee_merchant_id)
     SELECT p.id, 'parking', p.id, 1, NULL, p.user_id, NULL, p.payable_fen, 'standard', 'in_flight', 1, ?, p.created_at, ?,
            'transfer', p.wallet_id, l.merchant_id
       FROM parking_payments p JOIN parking_lots l ON l.id = p.lot_id
      WHERE p.status = 'processing' AND p.payable_fen > 0`,
    { replacements: [now, now] },
  );
  await q.query(
    `INSERT INTO bank_payments (out_trade_no, purpose, ref_id, generation, campaign_id, user_id, payee_wallet_id,
       amount_fen, kind, status, attempts, next_attempt_at, created_at, updated_at, channel)
     SELECT t.id, 'topup', t.id, 1, NULL, t.user_id, t.wallet_id, t.amount_fen, 'standard', 'in_flight', 1, ?, t.created_at, ?, 'topup'
       FROM wallet_topups t WHERE t.status = 'processing'`,
    { replacements: [now, now] },
  );
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('bank_order_exceptions');
  await qi.sequelize.query("DELETE FROM bank_payments WHERE purpose IN ('parking','topup')");
  for (const c of ['channel', 'payer_wallet_id', 'payee_merchant_id', 'lease_until'])
    await qi.removeColumn('bank_payments', c);
}
