import { DataTypes, type QueryInterface } from 'sequelize';

const str = (n: number, nullable = false) => ({ type: DataTypes.STRING(n), allowNull: nullable });
const time = (nullable = false) => ({ type: DataTypes.DATE(3), allowNull: nullable });
const big = () => ({ type: DataTypes.BIGINT, allowNull: false });
const int = () => ({ type: DataTypes.INTEGER, allowNull: false });

// Interest on e-CNY wallets (modules/ecny/interest-job.ts): one accrual row per wallet and CST day
// (the primary key makes a second run, or a second process, unable to accrue a day twice) and one
// payment per wallet and quarter (unique: paid once), whose money moves as an exchange of direction
// 'interest' (a 225 to the operator, a bank order of the one lifecycle).
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('ecny_interest_accruals', {
    ecny_wallet_id: { ...str(40), primaryKey: true },
    day: { ...str(10), primaryKey: true }, // CST yyyy-mm-dd
    closing_balance_fen: big(),
    wallet_level: str(8),
    rate_bp: int(),
    product_fen_days: big(), // this day's contribution to the period's 积数
    created_at: time(),
  });
  await qi.createTable('ecny_interest_payments', {
    id: { ...str(40), primaryKey: true },
    ecny_wallet_id: str(40),
    quarter: str(8), // e.g. 2026Q4
    payment_date: str(10),
    period_from: str(10),
    period_to: str(10),
    product_fen_days: big(),
    amount_fen: big(),
    status: str(16), // processing | paid | failed | nothing_due | held (wallet not linked)
    exchange_id: str(40, true), // the exchange (and bank order) that carries the money
    created_at: time(),
    completed_at: time(true),
  });
  await qi.addIndex('ecny_interest_payments', ['ecny_wallet_id', 'quarter'], {
    unique: true,
    name: 'uq_ecny_interest_payments_quarter',
  });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of ['ecny_interest_payments', 'ecny_interest_accruals']) await qi.dropTable(t);
}
