import { DataTypes, type QueryInterface } from 'sequelize';

// The nightly ledger check's results, so every process (and the admin banner) sees the last one.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('ledger_check_runs', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    balanced: { type: DataTypes.BOOLEAN, allowNull: false },
    issues: { type: DataTypes.TEXT, allowNull: false },
    checked_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('ledger_check_runs', ['checked_at'], { name: 'ix_ledger_check_runs_at' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('ledger_check_runs');
}
