import { DataTypes, type QueryInterface } from 'sequelize';

const str = (n: number, nullable = false) => ({ type: DataTypes.STRING(n), allowNull: nullable });
const time = (nullable = false) => ({ type: DataTypes.DATE(3), allowNull: nullable });
const big = () => ({ type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 });

// Sub-wallets (子钱包, issue 16 item 2, modules/ecny/sub-wallets.ts): a citizen's personal wallet pushes
// a sub-wallet to one merchant or app with its own balance cap and per-payment limit. `open_key` is
// the merchant while the sub-wallet is not closed (NULL after): one live sub-wallet per parent and
// merchant. `balance_fen` is what it holds less payments in flight, `incoming_fen` the funding in
// flight, `in_flight` how many of its movements are not final (a close waits for none).
// Every movement (fund, pay, close) is a row of ecny_sub_wallet_moves and a bank order of the one
// lifecycle whose out_trade_no is the row's id; (owner_key, idem_key) makes a retry the same one.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('ecny_sub_wallets', {
    id: { ...str(40), primaryKey: true },
    parent_id: str(40), // ecny_wallets.id
    user_id: str(40),
    operator_id: str(32),
    wallet_id: str(32), // the sub-wallet's id at the operator
    merchant_id: str(40),
    name: str(64),
    balance_cap_fen: big(),
    per_payment_fen: big(),
    balance_fen: big(),
    incoming_fen: big(),
    in_flight: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    status: str(16), // open | closing | closed
    open_key: str(40, true),
    created_at: time(),
    updated_at: time(),
    closed_at: time(true),
  });
  await qi.addIndex('ecny_sub_wallets', ['parent_id', 'open_key'], {
    unique: true,
    name: 'uq_ecny_sub_wallets_open',
  });
  await qi.addIndex('ecny_sub_wallets', ['user_id'], { name: 'ix_ecny_sub_wallets_user' });
  await qi.createTable('ecny_sub_wallet_moves', {
    id: { ...str(40), primaryKey: true },
    sub_wallet_id: str(40),
    kind: str(8), // fund | pay | close
    owner_key: str(64),
    idem_key: str(255),
    merchant_id: str(40, true),
    amount_fen: { type: DataTypes.BIGINT, allowNull: false },
    status: str(16), // processing | succeeded | failed
    error_code: str(64, true),
    created_at: time(),
    completed_at: time(true),
  });
  await qi.addIndex('ecny_sub_wallet_moves', ['owner_key', 'idem_key'], {
    unique: true,
    name: 'uq_ecny_sub_wallet_moves_idem',
  });
  await qi.addIndex('ecny_sub_wallet_moves', ['sub_wallet_id'], { name: 'ix_ecny_sub_wallet_moves_sub' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of ['ecny_sub_wallet_moves', 'ecny_sub_wallets']) await qi.dropTable(t);
}
