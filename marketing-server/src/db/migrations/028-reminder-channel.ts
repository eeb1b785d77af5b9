import { DataTypes, type QueryInterface } from 'sequelize';

// 开抢提醒 by WeChat subscribe message (issue 15 item 3): the channel the citizen asked for, and the one
// the reminder went by (sms when WeChat refused the message). Rows from before were all SMS.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.addColumn('campaign_reminders', 'channel', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'sms',
  });
  await qi.addColumn('campaign_reminders', 'sent_channel', { type: DataTypes.STRING(16), allowNull: true });
  await qi.sequelize.query(
    "UPDATE campaign_reminders SET sent_channel = 'sms' WHERE status = 'sent' AND sent_channel IS NULL",
  );
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('campaign_reminders', 'sent_channel');
  await qi.removeColumn('campaign_reminders', 'channel');
}
