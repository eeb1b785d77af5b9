import { describe, expect, it } from 'vitest';
import { cst } from '../../format';
import { valuesFromCampaign } from './from-campaign';
import { toCampaignBody } from './CampaignWizard';
import { limitsText, stockText, useWindowText, type Campaign } from './types';

const coupon = {
  id: 'cmp_1',
  kind: 'coupon',
  name: '满 80 减 20',
  description: null,
  status: 'rejected',
  funder_id: 'fnd_1',
  budget_fen: 100_000_00,
  claim_start_at: '2026-12-01T10:00:00+08:00',
  claim_end_at: '2026-12-08T10:00:00+08:00',
  use_end_at: null,
  red_packet: null,
  coupon: {
    type: 'threshold',
    threshold_fen: 80_00,
    discount_fen: 20_00,
    use_window: { start_at: '2026-12-01T00:00:00+08:00', end_at: '2026-12-31T23:59:59+08:00' },
    merchant_ids: ['mch_1'],
  },
  limits: {
    per_user: { count: 1, period: 'day' },
    natural_person: true,
    max_count: 5000,
    max_count_per_day: 500,
  },
  stock: { total: 5000, remaining: 4990, claimed: 10 },
} as unknown as Campaign;

describe('campaign terms for the approver', () => {
  it('words limits, stock and the use window in Beijing time', () => {
    expect(limitsText(coupon)).toBe('每天每人限领 1 次；同一实名限领一次；每日最多发放 500 个');
    expect(stockText(coupon)).toBe('共 5000 个，剩余 4990 个；最多发放 5000 个');
    expect(useWindowText(coupon, cst)).toBe('2026-12-01 00:00:00 至 2026-12-31 23:59:59（北京时间）');
  });
});

describe('editing and copying a campaign in the wizard', () => {
  it('sends back every term, including those the wizard has no field for', () => {
    const body = toCampaignBody(valuesFromCampaign(coupon));
    expect(body).toMatchObject({
      name: '满 80 减 20',
      budget_fen: 100_000_00,
      coupon: {
        type: 'threshold',
        threshold_fen: 80_00,
        discount_fen: 20_00,
        use_window: coupon.coupon!.use_window,
        merchant_ids: ['mch_1'],
      },
      limits: {
        per_user: { count: 1, period: 'day' },
        natural_person: true,
        max_count: 5000,
        max_count_per_day: 500,
      },
    });
    expect(body.claim_start_at).toBe(new Date(coupon.claim_start_at).toISOString());
  });

  it('a copy is named as one and a window already begun moves ahead, keeping its length', () => {
    const v = valuesFromCampaign(coupon, { copy: true, now: new Date('2026-12-05T12:00:00+08:00') });
    expect(v.name).toBe('满 80 减 20（副本）');
    expect(v.claim_window[0].toISOString()).toBe('2026-12-05T04:10:00.000Z');
    expect(v.claim_window[1].diff(v.claim_window[0], 'day')).toBe(7);
  });
});
