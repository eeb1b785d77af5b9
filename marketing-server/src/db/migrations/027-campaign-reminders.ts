import { DataTypes, type QueryInterface } from 'sequelize';

// 开抢提醒 (issue 15 item 3): a citizen asks to be told when a campaign opens; one row per citizen and
// campaign, sent once by SMS shortly before the start (modules/reminders).
export async function up({ context: qi }: { context: QueryInterface }) {
  const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
  const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
  await qi.createTable('campaign_reminders', {
    id: { ...str(40), primaryKey: true },
    campaign_id: str(40),
    user_id: str(40),
    /** pending → sending → sent | failed; pending ⇄ cancelled (modules/reminders/service.ts). */
    status: str(16),
    remind_at: at(),
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    created_at: at(),
    updated_at: at(),
    sent_at: at(true),
  });
  await qi.addIndex('campaign_reminders', ['campaign_id', 'user_id'], {
    name: 'ux_campaign_reminders_user',
    unique: true,
  });
  await qi.addIndex('campaign_reminders', ['status', 'remind_at'], { name: 'ix_campaign_reminders_due' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('campaign_reminders');
}
