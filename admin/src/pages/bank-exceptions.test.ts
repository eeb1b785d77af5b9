import { describe, expect, it } from 'vitest';
import {
  bannerOf,
  exceptionsPath,
  labelOf,
  ORDER_PURPOSE,
  PLATFORM_STATUS,
  resolutionError,
} from './bank-exceptions';

const at = '2026-12-01T02:30:00+08:00';

describe('the alerts banner', () => {
  it('shows nothing before the first check and when all is fine', () => {
    expect(bannerOf(undefined)).toEqual({ ledger: null, exceptions: null });
    expect(bannerOf({ last_check: null, open_bank_order_exceptions: 0 })).toEqual({
      ledger: null,
      exceptions: null,
    });
    expect(
      bannerOf({ last_check: { balanced: true, issues: [], checked_at: at }, open_bank_order_exceptions: 0 }),
    ).toEqual({ ledger: null, exceptions: null });
  });

  it('shows a failed check with at most five issues and how many were left out', () => {
    const issues = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(
      bannerOf({ last_check: { balanced: false, issues, checked_at: at }, open_bank_order_exceptions: 0 }),
    ).toEqual({ ledger: { checked_at: at, issues: ['a', 'b', 'c', 'd', 'e'], more: 2 }, exceptions: null });
    expect(
      bannerOf({
        last_check: { balanced: false, issues: ['x'], checked_at: at },
        open_bank_order_exceptions: 0,
      }).ledger,
    ).toEqual({ checked_at: at, issues: ['x'], more: 0 });
  });

  it('counts open exceptions, alone or with a failed check', () => {
    expect(bannerOf({ last_check: null, open_bank_order_exceptions: 3 })).toEqual({
      ledger: null,
      exceptions: 3,
    });
    const both = bannerOf({
      last_check: { balanced: false, issues: [], checked_at: at },
      open_bank_order_exceptions: 1,
    });
    expect(both.ledger).not.toBeNull();
    expect(both.exceptions).toBe(1);
  });
});

describe('the exceptions page', () => {
  it('asks for a status, or both, with a limit', () => {
    expect(exceptionsPath('open')).toBe('/admin/bank-orders/exceptions?status=open&limit=100');
    expect(exceptionsPath(undefined, 20)).toBe('/admin/bank-orders/exceptions?limit=20');
  });

  it('wants a resolution of 1 to 255 characters once trimmed', () => {
    expect(resolutionError(undefined)).toBe('请填写处理说明');
    expect(resolutionError('   ')).toBe('请填写处理说明');
    expect(resolutionError('已向市民退款')).toBeNull();
    expect(resolutionError('字'.repeat(255))).toBeNull();
    expect(resolutionError('字'.repeat(256))).toMatch(/255/);
  });

  it('names every purpose in Chinese and keeps an unknown status as it is', () => {
    expect(Object.keys(ORDER_PURPOSE)).toEqual(['payout', 'settlement', 'parking', 'topup']);
    expect(labelOf(PLATFORM_STATUS, 'failed').label).toBe('失败');
    expect(labelOf(PLATFORM_STATUS, 'weird')).toEqual({ label: 'weird', color: 'default' });
  });
});
