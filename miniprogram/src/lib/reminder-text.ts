import type { CampaignReminder } from '../api/types';
import { formatCst } from './time';

type ReminderState = NonNullable<CampaignReminder['reminder']>;

/** What the citizen is told about their 开抢提醒, true to its state and to the channel it used. */
export function reminderText(r: ReminderState, startAt: string): string {
  const by = (ch: ReminderState['channel']) => (ch === 'wechat' ? '微信' : '短信');
  if (r.status === 'sent')
    return r.sent_channel === 'wechat' ? '开抢提醒已通过微信发送' : '开抢提醒短信已发送';
  if (r.status === 'failed') return `开抢提醒未能送达，活动将于 ${formatCst(startAt)} 开抢`;
  if (r.status === 'sending') return `正在通过${by(r.channel)}发送开抢提醒`;
  return `已设置开抢提醒：${formatCst(r.remind_at)} ${by(r.channel)}通知您`;
}
