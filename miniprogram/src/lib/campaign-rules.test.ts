import { describe, expect, it } from 'vitest';
import type { Campaign } from '../api/types';
import { campaignRules } from './campaign-rules';

const base = {
  id: 'cmp_1',
  name: '满 50 减 10',
  description: null,
  organizer: '海珠区商务局',
  status: 'running',
  face_fen: 1000,
  red_packet: null,
  coupon: null,
  per_user: { count: 1, period: 'day' },
  claim_start_at: '2026-12-01T10:00:00+08:00',
  claim_end_at: '2026-12-07T22:00:00+08:00',
  starts_in_s: 0,
  remaining: 10,
  stock_total: 10,
} as const;

describe('活动规则', () => {
  it('lists a coupon’s window, limit, discount, use period, merchants and organizer', () => {
    const rules = campaignRules({
      ...base,
      kind: 'coupon',
      coupon: {
        type: 'threshold',
        threshold_fen: 5000,
        discount_fen: 1000,
        use_window: { days: 7 },
        merchant_ids: ['m1'],
        merchants: [{ id: 'm1', name: '北京路百货' }],
      },
    } as Campaign);
    expect(rules[0]).toBe('领取时间：2026-12-01 10:00 至 2026-12-07 22:00（北京时间），先到先得，领完即止');
    expect(rules).toContain('领取次数：每人每天限领 1 次');
    expect(rules).toContain('优惠内容：满50减10，使用数字人民币支付时抵扣');
    expect(rules).toContain('使用期限：领取后 7 天内有效，过期作废');
    expect(rules.find((r) => r.startsWith('适用商户'))).toContain('北京路百货');
    expect(rules.at(-1)).toBe('主办方：海珠区商务局，活动最终解释权归主办方所有');
  });

  it('says where a red packet goes and leaves out an unknown organizer', () => {
    const rules = campaignRules({
      ...base,
      organizer: null,
      kind: 'red_packet',
      red_packet: { mode: 'random', count: 500, use_days: 30 },
    } as Campaign);
    expect(rules).toContain('红包金额：共 500 个，金额随机');
    expect(rules).toContain('发放方式：发放到您绑定的数字人民币钱包；尚未绑定钱包的，绑定后到账');
    expect(rules).toContain('使用期限：到账后 30 天内使用');
    expect(rules.some((r) => r.startsWith('主办方'))).toBe(false);
  });
});
