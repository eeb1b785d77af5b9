import { describe, expect, it } from 'vitest';
import type { BillingDayLine, LiveSession, ParkingCoupon, ParkingPayResult } from '../api/types';
import {
  bestCoupon,
  billingDayDetail,
  billingDayRange,
  chosenCoupon,
  defaultPlateColor,
  displayPlate,
  exitDeadline,
  formatClock,
  formatDuration,
  lotIdFromQr,
  normalizePlate,
  payableFen,
  payLabel,
  paymentLine,
  payOutcome,
  plateVerification,
  sessionHint,
} from './parking';

const coupon = (
  code: string,
  discount_fen: number,
  use_end_at = '2026-12-08T00:00:00+08:00',
): ParkingCoupon => ({
  coupon_code: code,
  claim_id: `clm_${code}`,
  campaign_name: `停车券 ${code}`,
  discount_fen,
  use_end_at,
});

const live = (over: Partial<LiveSession> = {}): LiveSession => ({
  id: 'pss_1',
  lot_id: 'lot_1',
  plate: '粤A·12345',
  plate_color: 'blue',
  vehicle_class: 'small',
  status: 'parked',
  entry_at: '2026-12-01T10:00:00+08:00',
  exit_at: null,
  exit_offline: false,
  fee_fen: 0,
  covered_fen: 0,
  discount_fen: 0,
  paid_until: null,
  lot: { id: 'lot_1', name: '测试停车场', address: '天河路 1 号', free_exit_minutes: 15 },
  tariff_name: '广州中心城区（路内）',
  as_of: '2026-12-01T12:05:00+08:00',
  minutes: 125,
  live_fee_fen: 2500,
  due_fen: 2500,
  breakdown: [],
  coupons: [],
  ...over,
});

describe('plates', () => {
  it('accepts what drivers type and normalises it the way the server does', () => {
    expect(normalizePlate('粤a·d12345')).toBe('粤AD12345');
    expect(normalizePlate(' 粤A 12345 ')).toBe('粤A12345');
    expect(normalizePlate('粤A-1234挂')).toBe('粤A1234挂');
    expect(displayPlate('粤AD12345')).toBe('粤A·D12345');
    expect(displayPlate('粤A·12345')).toBe('粤A·12345');
  });
  it('refuses what is not a plate (no province, I/O letters, wrong length)', () => {
    expect(normalizePlate('A12345')).toBeNull();
    expect(normalizePlate('粤I12345')).toBeNull();
    expect(normalizePlate('粤A1234')).toBeNull();
    expect(normalizePlate('粤A1234567')).toBeNull();
    expect(normalizePlate('')).toBeNull();
  });
  it('takes an 8-character plate for a green new-energy plate', () => {
    expect(defaultPlateColor('粤AD12345')).toBe('green');
    expect(defaultPlateColor('粤A12345')).toBe('blue');
  });
});

describe('times and durations (Beijing time, from the server)', () => {
  it('writes a stay as days, hours and minutes', () => {
    expect(formatDuration(0)).toBe('0分钟');
    expect(formatDuration(45)).toBe('45分钟');
    expect(formatDuration(120)).toBe('2小时');
    expect(formatDuration(125)).toBe('2小时5分钟');
    expect(formatDuration(1500)).toBe('1天1小时');
  });
  it('shows the pricing time and the exit deadline in Beijing time whatever the zone of the input', () => {
    expect(formatClock('2026-12-01T04:05:06Z')).toBe('12:05:06');
    expect(exitDeadline('2026-12-01T14:45:00+08:00', '2026-12-01T14:30:00+08:00')).toBe('14:45');
    // A window that ends after midnight names the day.
    expect(exitDeadline('2026-12-02T00:05:00+08:00', '2026-12-01T23:50:00+08:00')).toBe('12月02日 00:05');
  });
});

describe('fee breakdown lines', () => {
  const line: BillingDayLine = {
    billing_day: '2026-12-01',
    from: '2026-12-01T22:00:00+08:00',
    to: '2026-12-02T07:30:00+08:00',
    day_units: 0,
    day_fen: 0,
    night_units: 19,
    night_fen: 1000,
    night_capped: true,
    capped_24h: false,
    fen: 1000,
  };
  it('says when each billing day ran and how it was priced, caps included', () => {
    expect(billingDayRange(line)).toBe('12月01日 22:00–12月02日 07:30');
    expect(billingDayDetail(line)).toBe('夜间 19 个计费单元 ¥10.00（夜间封顶）');
    const day = { ...line, from: '2026-12-02T07:30:00+08:00', to: '2026-12-02T09:35:00+08:00' };
    expect(billingDayRange(day)).toBe('12月02日 07:30–09:35');
    expect(
      billingDayDetail({
        ...day,
        day_units: 30,
        day_fen: 15000,
        night_units: 0,
        night_fen: 0,
        night_capped: false,
        capped_24h: true,
      }),
    ).toBe('白天 30 个计费单元 ¥150.00 · 已达 24 小时封顶');
  });
});

describe('coupon choice and amount to pay', () => {
  const coupons = [coupon('a', 300), coupon('b', 500, '2026-12-05T00:00:00+08:00'), coupon('c', 500)];
  it('preselects the coupon that takes most off, the earlier-expiring one on a tie', () => {
    expect(bestCoupon(coupons)?.coupon_code).toBe('b');
    expect(chosenCoupon(coupons, { kind: 'auto' })?.coupon_code).toBe('b');
    expect(bestCoupon([])).toBeNull();
    expect(bestCoupon([coupon('zero', 0)])).toBeNull();
  });
  it('keeps what the driver picked, including no coupon at all', () => {
    expect(chosenCoupon(coupons, { kind: 'code', code: 'a' })?.coupon_code).toBe('a');
    expect(chosenCoupon(coupons, { kind: 'none' })).toBeNull();
  });
  it('falls back to the best when the picked coupon is no longer offered', () => {
    expect(chosenCoupon(coupons, { kind: 'code', code: 'gone' })?.coupon_code).toBe('b');
  });
  it('pays the fee less the coupon, never less than nothing', () => {
    expect(payableFen(2500, coupon('x', 500))).toBe(2000);
    expect(payableFen(2500, null)).toBe(2500);
    expect(payableFen(300, coupon('x', 500))).toBe(0);
  });
});

describe('what the page says about a session', () => {
  it('tells the driver what to do in each state', () => {
    expect(sessionHint(live())).toBe('提前缴费后，请在 15 分钟内离场');
    expect(sessionHint(live({ status: 'awaiting_payment' }))).toBe('车辆在出口等候，缴费后道闸自动开启');
    expect(
      sessionHint(live({ status: 'prepaid', due_fen: 0, paid_until: '2026-12-01T12:20:00+08:00' })),
    ).toBe('已预付，请在 12:20 前离场');
    expect(
      sessionHint(live({ status: 'prepaid', due_fen: 500, paid_until: '2026-12-01T11:00:00+08:00' })),
    ).toBe('已超过免费离场时间，请补缴超时停车费');
    expect(sessionHint(live({ status: 'left_unpaid' }))).toContain('请补缴');
    expect(payLabel('parked')).toBe('提前缴费');
    expect(payLabel('awaiting_payment')).toBe('立即缴费');
    expect(payLabel('left_unpaid')).toBe('补缴');
  });

  const result = (status: ParkingPayResult['session']['status'], paid_until: string | null = null) =>
    ({
      payment: {
        id: 'ppay_1',
        session_id: 'pss_1',
        lot_id: 'lot_1',
        channel: 'app',
        due_fen: 2500,
        discount_fen: 500,
        payable_fen: 2000,
        status: 'succeeded',
        error_code: null,
        priced_until: '2026-12-01T12:05:00+08:00',
        created_at: '2026-12-01T12:05:00+08:00',
        completed_at: '2026-12-01T12:05:01+08:00',
      },
      session: { id: 'pss_1', status, paid_until, covered_fen: 2500 },
    }) satisfies ParkingPayResult;

  it('after paying inside the lot: leave before the end of the free-exit window', () => {
    expect(payOutcome('parked', result('prepaid', '2026-12-01T12:20:00+08:00'))).toMatchObject({
      kind: 'prepaid',
      detail: expect.stringContaining('请在 12:20 前离场'),
    });
  });
  it('at the barrier: it opens; after an offline exit: the debt is settled', () => {
    expect(payOutcome('awaiting_payment', result('completed'))).toMatchObject({
      kind: 'gate_open',
      title: '已支付，道闸已开启',
    });
    expect(payOutcome('left_unpaid', result('completed'))).toMatchObject({ kind: 'debt_paid' });
  });
});

describe('lot QR codes', () => {
  it('finds the lot in a link, a mini-program scene or a bare id', () => {
    expect(lotIdFromQr('https://sy.example/h5/#/packages/parking/lookup/index?lot_id=lot_abc123def')).toBe(
      'lot_abc123def',
    );
    expect(lotIdFromQr('packages/parking/lookup/index?scene=x&lot=lot_abc123def')).toBe('lot_abc123def');
    expect(lotIdFromQr('lot=lot_abc123def')).toBe('lot_abc123def');
    expect(lotIdFromQr('lot_abc123def')).toBe('lot_abc123def');
  });
  it('ignores codes that name no lot', () => {
    expect(lotIdFromQr('https://example.com/pay?plot=1')).toBeNull();
    expect(lotIdFromQr('615530915677')).toBeNull();
    expect(lotIdFromQr('')).toBeNull();
  });
});

describe('plateVerification', () => {
  it('shows 待验证 with the next step until the registry confirms the owner, then 已验证', () => {
    const pending = plateVerification({ verification: 'unverified', seamless: false });
    expect(pending).toMatchObject({ badge: '待验证', action: 'verify' });
    expect(pending.hint).toContain('验证车主身份');
    expect(pending.hint).toContain('无感支付');
    expect(plateVerification({ verification: 'verified', seamless: false })).toEqual({
      badge: '已验证',
      hint: '车主身份已验证，可开通无感支付',
      action: null,
    });
  });
});

describe('paymentLine', () => {
  it('says a coupon covered the fee instead of 已缴 ¥0.00, and names the coupon part of a payment', () => {
    expect(paymentLine({ payable_fen: 0, discount_fen: 300 })).toBe('优惠券抵扣 ¥3.00');
    expect(paymentLine({ payable_fen: 500, discount_fen: 300 })).toBe('已缴 ¥5.00（优惠券抵扣 ¥3.00）');
    expect(paymentLine({ payable_fen: 800, discount_fen: 0 })).toBe('已缴 ¥8.00');
  });
});
