import { DataTypes, type QueryInterface } from 'sequelize';

// Deposits are pending until a second person confirms them (issue 13, item 4): only a confirmed deposit
// has a ledger posting. Deposits recorded before this migration were posted when recorded, so they are
// confirmed. admin_users.funder_id (001) already says which funder a funder user acts for.
const str = (len: number) => ({ type: DataTypes.STRING(len), allowNull: true });
const time = () => ({ type: DataTypes.DATE(3), allowNull: true });

export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.addColumn('deposits', 'status', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'confirmed',
  });
  await qi.addColumn('deposits', 'decided_by', str(40));
  await qi.addColumn('deposits', 'decided_at', time());
  await qi.addColumn('deposits', 'decision_comment', str(256));
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('deposits', 'decision_comment');
  await qi.removeColumn('deposits', 'decided_at');
  await qi.removeColumn('deposits', 'decided_by');
  await qi.removeColumn('deposits', 'status');
}
