import { DataTypes, type QueryInterface } from 'sequelize';

// Block/allow lists for risk policies, and on each claim the risk decision that let it through (or
// held it for review) plus what a policy in shadow mode would have decided.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('risk_lists', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    list: { type: DataTypes.STRING(8), allowNull: false },
    subject_type: { type: DataTypes.STRING(16), allowNull: false },
    value: { type: DataTypes.STRING(128), allowNull: false },
    reason: { type: DataTypes.STRING(255), allowNull: true },
    created_by: { type: DataTypes.STRING(40), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('risk_lists', ['subject_type', 'value', 'list'], {
    unique: true,
    name: 'uq_risk_lists_subject',
  });
  await qi.addColumn('claims', 'ip', { type: DataTypes.STRING(64), allowNull: true });
  await qi.addColumn('claims', 'risk_version', { type: DataTypes.INTEGER, allowNull: true });
  await qi.addColumn('claims', 'risk_decision', { type: DataTypes.STRING(16), allowNull: true });
  await qi.addColumn('claims', 'risk_reasons', { type: DataTypes.STRING(255), allowNull: true });
  await qi.addColumn('claims', 'risk_shadow', { type: DataTypes.STRING(64), allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const c of ['risk_shadow', 'risk_reasons', 'risk_decision', 'risk_version', 'ip'])
    await qi.removeColumn('claims', c);
  await qi.dropTable('risk_lists');
}
