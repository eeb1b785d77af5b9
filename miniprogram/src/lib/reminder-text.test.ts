import { describe, expect, it } from 'vitest';
import { reminderText } from './reminder-text';

const base = {
  status: 'pending' as const,
  channel: 'sms' as const,
  remind_at: '2026-12-05T09:55:00+08:00',
  sent_at: null,
  sent_channel: null,
};
const start = '2026-12-05T10:00:00+08:00';

describe('开抢提醒 text', () => {
  it('says by which channel a pending reminder will come', () => {
    expect(reminderText(base, start)).toMatch(/^已设置开抢提醒：.*09:55.* 短信通知您$/);
    expect(reminderText({ ...base, channel: 'wechat' }, start)).toMatch(/微信通知您$/);
  });

  it('says how a sent one went: WeChat, or the SMS it fell back to', () => {
    const sent = { ...base, status: 'sent' as const, sent_at: '2026-12-05T09:55:02+08:00' };
    expect(reminderText({ ...sent, channel: 'wechat', sent_channel: 'wechat' }, start)).toBe(
      '开抢提醒已通过微信发送',
    );
    expect(reminderText({ ...sent, channel: 'wechat', sent_channel: 'sms' }, start)).toBe(
      '开抢提醒短信已发送',
    );
  });

  it('does not claim a failed reminder is set: it gives the start time instead', () => {
    const text = reminderText({ ...base, status: 'failed' }, start);
    expect(text).toContain('未能送达');
    expect(text).toContain('10:00');
    expect(text).not.toContain('已设置');
  });
});
