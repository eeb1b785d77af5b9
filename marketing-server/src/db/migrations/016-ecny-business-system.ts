import { DataTypes, type QueryInterface } from 'sequelize';

const str = (n: number, nullable = false) => ({ type: DataTypes.STRING(n), allowNull: nullable });
const time = (nullable = false) => ({ type: DataTypes.DATE(3), allowNull: nullable });
const fen = () => ({ type: DataTypes.BIGINT, allowNull: false });

// The 2.5-layer institution's e-CNY business system (modules/ecny): wallets its customers hold at an
// operator (routed per wallet), exchanges (兑出/兑回, each also a bank order of the one lifecycle), the
// interconnection messages received (dedup by msg_id, like dcwlt's pay_comm_idempotent), and the
// built-in role of the officers who run it.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('ecny_wallets', {
    id: { ...str(40), primaryKey: true },
    kind: str(16), // personal | corporate
    user_id: str(40, true),
    name: str(128),
    operator_id: str(32),
    wallet_id: str(32),
    wallet_type: str(8),
    wallet_level: str(8),
    status: str(16),
    account_no: str(32, true),
    protocol_no: str(40, true),
    linked_at: time(true),
    created_by: str(40, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('ecny_wallets', ['wallet_id'], { unique: true, name: 'uq_ecny_wallets_wallet' });
  // One personal wallet per citizen at this institution (NULL user ids of corporate wallets never clash).
  await qi.addIndex('ecny_wallets', ['user_id'], { unique: true, name: 'uq_ecny_wallets_user' });
  await qi.createTable('ecny_exchanges', {
    id: { ...str(40), primaryKey: true },
    direction: str(8), // out = 兑出 (deposit → wallet) | back = 兑回 (wallet → deposit)
    owner_key: str(48), // citizen id, or "wallet:<id>" for an officer's request
    idem_key: str(255),
    ecny_wallet_id: str(40),
    wallet_id: str(32),
    operator_id: str(32),
    account_no: str(32),
    protocol_no: str(40),
    amount_fen: fen(),
    status: str(16), // processing | succeeded | failed
    core_status: str(16), // none | debited | credited | reversed | failed
    error_code: str(64, true),
    created_at: time(),
    completed_at: time(true),
  });
  await qi.addIndex('ecny_exchanges', ['owner_key', 'idem_key'], {
    unique: true,
    name: 'uq_ecny_exchanges_idem',
  });
  await qi.addIndex('ecny_exchanges', ['status', 'core_status'], { name: 'ix_ecny_exchanges_core' });
  await qi.createTable('ecny_messages', {
    msg_id: { ...str(40), primaryKey: true },
    msg_tp: str(24),
    sender: str(16),
    trade_no: str(64, true),
    received_at: time(),
  });
  const now = new Date();
  await qi.bulkInsert('roles', [
    {
      id: 'ecny_officer',
      display_name: '数字人民币业务经办',
      builtin: true,
      permissions: '[]',
      created_by: null,
      created_at: now,
      updated_at: now,
    },
  ]);
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.bulkDelete('roles', { id: 'ecny_officer' });
  for (const t of ['ecny_messages', 'ecny_exchanges', 'ecny_wallets']) await qi.dropTable(t);
}
