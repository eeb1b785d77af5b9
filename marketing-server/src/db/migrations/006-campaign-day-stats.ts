import { DataTypes, type QueryInterface } from 'sequelize';

// Per campaign and CST day, what leaves no row of its own: detail views (the top of the dashboard's
// funnel viewed → claimed → redeemed) and claims refused by the risk policy.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('campaign_day_stats', {
    campaign_id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    day: { type: DataTypes.STRING(8), primaryKey: true, allowNull: false },
    views: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
    risk_rejected: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
  });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('campaign_day_stats');
}
