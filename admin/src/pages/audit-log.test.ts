import { describe, expect, it } from 'vitest';
import { actionLabel } from '../i18n/labels';
import { changesText } from '../i18n/values';
import { rangeQuery } from './AuditLog';

describe('audit log changes', () => {
  it('reads as field: from → to in Chinese, amounts in yuan, nested values spelled out', () => {
    expect(changesText({ status: { from: 'pending_approval', to: 'approved' } })).toBe(
      '状态: 待审批 → 已批准',
    );
    expect(changesText({ amount_fen: 123456 })).toBe('金额: ¥1,234.56');
    expect(changesText({ status: { from: 'pending', to: 'confirmed' } })).toBe('状态: 待确认 → 已确认');
    expect(changesText({ coupon: { type: 'instant', use_window: { days: 7 } } })).toBe(
      '券面: 类型 立减，使用期限 天数 7',
    );
    expect(changesText({ limits: { per_user: { count: 1 } } })).not.toContain('[object Object]');
    expect(changesText({ merchant_ids: ['m1', 'm2'] })).toBe('适用商户: m1、m2');
  });
});

describe('audit log words and days', () => {
  it('names every action code, whole or as object + verbs, and leaves an unknown one as it is', () => {
    expect(actionLabel('funder.deposit')).toBe('登记入金');
    expect(actionLabel('hw_card.bind')).toBe('硬钱包卡绑定');
    expect(actionLabel('prepaid.contract.freeze.propose')).toBe('预付合同冻结申请');
    expect(actionLabel('something.new')).toBe('something.new');
  });

  it('turns Beijing days into a range from the first midnight to the one after the last day', () => {
    expect(rangeQuery('2026-12-01', '2026-12-31')).toEqual({
      from: '2026-12-01T00:00:00+08:00',
      to: '2027-01-01T00:00:00+08:00',
    });
  });
});
