import { describe, expect, it } from 'vitest';
import type { Claim } from '../api/types';
import {
  couponHeadline,
  displayStatus,
  expiringText,
  groupCode,
  merchantScopeText,
  nextStep,
  perUserLimitText,
} from './coupon-status';
import { checkTopup } from './wallet-limits';
import type { BoundWallet } from '../api/types';

const coupon = (over: Partial<Claim> = {}): Claim => ({
  id: 'clm1',
  campaign_id: 'c1',
  kind: 'coupon',
  amount_fen: 2000,
  status: 'granted',
  coupon: {
    code: '615530915677',
    use_start_at: '2026-12-01T00:00:00+08:00',
    use_end_at: '2026-12-08T00:00:00+08:00',
  },
  created_at: '2026-12-01T00:00:00+08:00',
  ...over,
});

describe('coupon display', () => {
  it('marks a usable coupon ending within 3 days 即将过期, with the days left', () => {
    const at = (t: string) => expiringText(coupon(), new Date(t));
    expect(at('2026-12-02T00:00:00+08:00')).toBeNull(); // 6 days left
    expect(at('2026-12-05T12:00:00+08:00')).toBe('即将过期 · 还剩 3 天');
    expect(at('2026-12-06T23:00:00+08:00')).toBe('即将过期 · 还剩 2 天');
    expect(at('2026-12-07T09:00:00+08:00')).toBe('即将过期 · 今天到期'); // valid until 00:00 on the 8th
    expect(at('2026-12-08T00:00:00+08:00')).toBeNull(); // expired, not expiring
    expect(expiringText(coupon({ status: 'redeemed' }), new Date('2026-12-07T09:00:00+08:00'))).toBeNull();
  });

  it('reads usable, not yet, used and expired from status and use window', () => {
    expect(displayStatus(coupon(), new Date('2026-12-02T00:00:00+08:00'))).toBe('usable');
    expect(displayStatus(coupon(), new Date('2026-11-30T00:00:00+08:00'))).toBe('not_yet');
    expect(displayStatus(coupon(), new Date('2026-12-08T00:00:00+08:00'))).toBe('expired');
    expect(displayStatus(coupon({ status: 'redeemed' }))).toBe('used');
    expect(displayStatus(coupon({ status: 'expired' }), new Date('2026-12-02T00:00:00+08:00'))).toBe(
      'expired',
    );
  });
  it('shows a red packet as on its way until the bank paid it', () => {
    const rp = coupon({ kind: 'red_packet', coupon: null });
    expect(displayStatus(rp)).toBe('paying');
    expect(displayStatus({ ...rp, status: 'paid' })).toBe('paid');
    expect(displayStatus({ ...rp, status: 'held' })).toBe('held');
  });
  it('says a red packet awaits a wallet, with the way to bind one, until one is bound', () => {
    const rp = coupon({ kind: 'red_packet', coupon: null, awaiting_wallet: true });
    expect(displayStatus(rp)).toBe('awaiting_wallet');
    expect(nextStep('awaiting_wallet', 'red_packet')).toBe('去绑定');
    expect(displayStatus({ ...rp, awaiting_wallet: false })).toBe('paying');
    expect(displayStatus({ ...rp, status: 'paying' })).toBe('paying');
  });
  it('shows a held claim as under review with what happens next, and a rejected one as such', () => {
    expect(displayStatus(coupon({ status: 'held' }))).toBe('held');
    expect(nextStep('held', 'coupon')).toBe('审核通过后放入券包');
    expect(displayStatus(coupon({ status: 'rejected' }))).toBe('rejected');
  });
  it('words the per-user limit by its period', () => {
    expect(perUserLimitText({ count: 1, period: 'day' })).toBe('每人每天限领 1 次');
    expect(perUserLimitText({ count: 2, period: 'week' })).toBe('每人每周限领 2 次');
    expect(perUserLimitText({ count: 3, period: 'month' })).toBe('每人每月限领 3 次');
    expect(perUserLimitText({ count: 1, period: 'lifetime' })).toBe('每人限领 1 次');
    expect(perUserLimitText(undefined)).toBe('每人限领 1 次');
  });
  it('writes the terms the way a shop poster does', () => {
    expect(couponHeadline({ type: 'threshold', threshold_fen: 8000, discount_fen: 2000 })).toBe('满80减20');
    expect(couponHeadline({ type: 'instant', discount_fen: 500 })).toBe('立减¥5');
    expect(couponHeadline({ type: 'percent', percent_off: 10, cap_fen: 1000 })).toBe('9折（最高减¥10）');
  });
  it('groups the code for reading aloud and names the merchant scope', () => {
    expect(groupCode('615530915677')).toBe('6155 3091 5677');
    expect(merchantScopeText([])).toBe('全部合作商户可用');
    expect(merchantScopeText([{ name: '天河城超市' }])).toBe('限 天河城超市 使用');
    expect(merchantScopeText(['a', 'b', 'c', 'd'].map((name) => ({ name })))).toBe(
      '限 a、b、c 等 4 家商户使用',
    );
  });
});

const wallet = (over: Partial<BoundWallet> = {}): BoundWallet => ({
  bound: true,
  wallet_id_masked: '002250******0138',
  wallet_type: 'WT01',
  wallet_level: 'WL04',
  status: 'normal',
  phone_masked: '138****1235',
  card_no_masked: '621700******7476',
  balance_fen: 10000,
  restricted_balance_fen: 0,
  total_balance_fen: 10000,
  limits: { balance_fen: 100000, per_payment_fen: 50000, daily_fen: 100000, yearly_fen: 1000000 },
  usage: { daily_paid_fen: 0, yearly_paid_fen: 0 },
  headroom: {
    balance_fen: 90000,
    daily_payment_fen: 100000,
    yearly_payment_fen: 1000000,
    per_payment_fen: 50000,
  },
  as_of: '2026-12-01T17:34:24+08:00',
  day: '20261201',
  ...over,
});

describe('top-up limits before the request', () => {
  it('lets a top-up within the balance headroom through', () => {
    expect(checkTopup(wallet(), 90000)).toBeNull();
  });
  it('says how much is still allowed above it', () => {
    expect(checkTopup(wallet(), 90001)).toBe('超出钱包余额上限：当前最多还可充值 ¥900.00');
  });
  it('refuses when the wallet is full, frozen or has no card', () => {
    const full = wallet({ headroom: { ...wallet().headroom!, balance_fen: 0 } });
    expect(checkTopup(full, 1)).toBe('钱包余额已达上限 ¥1,000.00，暂不能充值');
    expect(checkTopup(wallet({ status: 'frozen' }), 100)).toContain('不可用');
    expect(checkTopup(wallet({ card_no_masked: null }), 100)).toContain('未绑定银行卡');
  });
});
