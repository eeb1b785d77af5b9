import { describe, expect, it } from 'vitest';
import { changesText } from './AuditLog';

describe('audit log changes', () => {
  it('reads as field: from → to in Chinese, amounts in yuan, nested values spelled out', () => {
    expect(changesText({ status: { from: 'pending_approval', to: 'approved' } })).toBe(
      '状态: 待审批 → 已批准',
    );
    expect(changesText({ amount_fen: 123456 })).toBe('金额: ¥1,234.56');
    expect(changesText({ limits: { per_user: { count: 1 } } })).not.toContain('[object Object]');
    expect(changesText({ merchant_ids: ['m1', 'm2'] })).toBe('merchant_ids: m1、m2');
  });
});
