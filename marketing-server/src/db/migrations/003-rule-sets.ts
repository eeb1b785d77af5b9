import { DataTypes, type QueryInterface } from 'sequelize';

// Versioned rule sets per campaign (eligibility now; risk policies later), the version that decided
// each claim, the facts it was decided on (so a draft can be simulated against real claims), and the
// user profile facts partners provide (wallet type and level, region, tags).
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('rule_sets', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    campaign_id: { type: DataTypes.STRING(40), allowNull: false },
    kind: { type: DataTypes.STRING(16), allowNull: false },
    version: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.STRING(24), allowNull: false },
    definition: { type: DataTypes.TEXT, allowNull: false },
    created_by: { type: DataTypes.STRING(40), allowNull: false },
    submitted_by: { type: DataTypes.STRING(40), allowNull: true },
    approved_by: { type: DataTypes.STRING(40), allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
    updated_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('rule_sets', ['campaign_id', 'kind', 'version'], {
    unique: true,
    name: 'uq_rule_sets_version',
  });
  await qi.addColumn('claims', 'rule_version', { type: DataTypes.INTEGER, allowNull: true });
  await qi.addColumn('claims', 'facts', { type: DataTypes.TEXT, allowNull: true });
  await qi.addColumn('users', 'profile', { type: DataTypes.TEXT, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('users', 'profile');
  await qi.removeColumn('claims', 'facts');
  await qi.removeColumn('claims', 'rule_version');
  await qi.dropTable('rule_sets');
}
