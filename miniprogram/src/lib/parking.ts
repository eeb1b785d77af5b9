import type {
  BillingDayLine,
  LiveSession,
  ParkingCoupon,
  ParkingPayResult,
  PlateColor,
  SessionStatus,
} from '../api/types';
import { formatYuan } from './money';

// What the parking pages show, as pure functions: plates, durations, the coupon to preselect, what to
// pay, the exit deadline and the words after a payment. Times come from the server (`as_of`,
// `paid_until`), never from the phone's clock, and are shown in Beijing time.

// The server's plate rule (modules/parking/plates.ts): a province, a letter, then 5 characters (6 for a
// new-energy plate); I and O are never used; the last may be 挂/学/警/港/澳.
const PLATE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$/;

/** 粤a·d12345 / 粤A D12345 → 粤AD12345; null for anything that is not a plate. */
export function normalizePlate(input: string): string | null {
  const p = input.replace(/[\s·•.-]/g, '').toUpperCase();
  return PLATE.test(p) ? p : null;
}

/** 粤AD12345 → 粤A·D12345, the way plates are printed (the server sends them like this). */
export function displayPlate(plate: string): string {
  const p = normalizePlate(plate);
  if (!p) return plate;
  const chars = Array.from(p);
  return `${chars.slice(0, 2).join('')}·${chars.slice(2).join('')}`;
}

/** 8-character plates are green (new energy); others blue unless the driver says otherwise. */
export function defaultPlateColor(plate: string): PlateColor {
  return Array.from(normalizePlate(plate) ?? plate).length === 8 ? 'green' : 'blue';
}

export const PLATE_COLOR_LABEL: Record<string, string> = {
  blue: '蓝牌',
  green: '绿牌 · 新能源',
  yellow: '黄牌 · 大型车',
  white: '白牌',
  black: '黑牌',
};

export const SESSION_STATUS_LABEL: Record<SessionStatus, string> = {
  parked: '在场',
  prepaid: '已预付',
  awaiting_payment: '待缴费',
  left_unpaid: '欠费离场',
  completed: '已完成',
};

/** 45 → 45分钟, 125 → 2小时5分钟, 1500 → 1天1小时. */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts = [days ? `${days}天` : '', hours ? `${hours}小时` : '', mins ? `${mins}分钟` : ''];
  return parts.join('') || '0分钟';
}

const CST_OFFSET_MS = 8 * 3600_000;
const two = (n: number) => String(n).padStart(2, '0');
function cst(iso: string) {
  const d = new Date(new Date(iso).getTime() + CST_OFFSET_MS);
  return {
    day: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
    monthDay: `${two(d.getUTCMonth() + 1)}月${two(d.getUTCDate())}日`,
    hm: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
    hms: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
  };
}

/** 14:30:05 (Beijing time): when the server priced the stay. */
export const formatClock = (iso: string) => cst(iso).hms;

/**
 * The time by which a pre-paid car must be out: "14:45", or "12月02日 00:05" when that is not on the
 * same (Beijing) day as `reference` (the server's now).
 */
export function exitDeadline(paidUntil: string, reference: string): string {
  const until = cst(paidUntil);
  return until.day === cst(reference).day ? until.hm : `${until.monthDay} ${until.hm}`;
}

/** "12月01日 07:30–09:35": a billing day's stretch of the stay. */
export function billingDayRange(line: BillingDayLine): string {
  const from = cst(line.from);
  const to = cst(line.to);
  return `${from.monthDay} ${from.hm}–${to.day === from.day ? '' : `${to.monthDay} `}${to.hm}`;
}

/** "白天 4 个计费单元 ¥20.00 · 夜间 16 个计费单元 ¥10.00（夜间封顶）". */
export function billingDayDetail(line: BillingDayLine): string {
  const parts: string[] = [];
  if (line.day_units) parts.push(`白天 ${line.day_units} 个计费单元 ${formatYuan(line.day_fen)}`);
  if (line.night_units)
    parts.push(
      `夜间 ${line.night_units} 个计费单元 ${formatYuan(line.night_fen)}${line.night_capped ? '（夜间封顶）' : ''}`,
    );
  if (line.capped_24h) parts.push('已达 24 小时封顶');
  return parts.join(' · ');
}

/**
 * The coupon that takes the most off; on a tie the one that expires first (the server lists them by
 * expiry), so the citizen's other coupons keep longest.
 */
export function bestCoupon(coupons: ParkingCoupon[]): ParkingCoupon | null {
  let best: ParkingCoupon | null = null;
  for (const c of coupons) if (c.discount_fen > 0 && (!best || c.discount_fen > best.discount_fen)) best = c;
  return best;
}

/** What the citizen picked: nothing yet (the best is preselected), no coupon, or one coupon by code. */
export type CouponChoice = { kind: 'auto' } | { kind: 'none' } | { kind: 'code'; code: string };

/** The coupon to apply now; a picked coupon that is no longer offered (used elsewhere) falls back to the best. */
export function chosenCoupon(coupons: ParkingCoupon[], choice: CouponChoice): ParkingCoupon | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'code') {
    const picked = coupons.find((c) => c.coupon_code === choice.code);
    if (picked) return picked;
  }
  return bestCoupon(coupons);
}

/** What leaves the wallet: the fee due less the coupon, never below zero. */
export function payableFen(dueFen: number, coupon: ParkingCoupon | null): number {
  return Math.max(0, dueFen - (coupon?.discount_fen ?? 0));
}

/** A line under a session saying what the driver can or must do now. */
export function sessionHint(s: LiveSession): string {
  switch (s.status) {
    case 'awaiting_payment':
      return '车辆在出口等候，缴费后道闸自动开启';
    case 'parked':
      return `提前缴费后，请在 ${s.lot.free_exit_minutes} 分钟内离场`;
    case 'prepaid':
      return s.due_fen === 0 && s.paid_until
        ? `已预付，请在 ${exitDeadline(s.paid_until, s.as_of)} 前离场`
        : '已超过免费离场时间，请补缴超时停车费';
    case 'left_unpaid':
      return '车辆已离场，本次停车费尚未缴纳，请补缴';
    default:
      return '本次停车已完成';
  }
}

/** What the pay button says for a session in this state. */
export function payLabel(status: SessionStatus): string {
  if (status === 'parked') return '提前缴费';
  if (status === 'awaiting_payment') return '立即缴费';
  return '补缴';
}

export type PayOutcome = {
  kind: 'prepaid' | 'gate_open' | 'debt_paid' | 'paid';
  title: string;
  detail: string;
};

/** The words after a payment, from the session's state before and after it. */
export function payOutcome(before: SessionStatus, result: ParkingPayResult): PayOutcome {
  const after = result.session;
  if (after.status === 'prepaid' && after.paid_until) {
    const reference = result.payment.completed_at ?? result.payment.priced_until ?? after.paid_until;
    return {
      kind: 'prepaid',
      title: '已预付停车费',
      detail: `请在 ${exitDeadline(after.paid_until, reference)} 前离场，超时将按标准补缴`,
    };
  }
  if (after.status === 'completed' && before === 'awaiting_payment')
    return { kind: 'gate_open', title: '已支付，道闸已开启', detail: '请驾车出场，祝您一路平安' };
  if (after.status === 'completed' && before === 'left_unpaid')
    return { kind: 'debt_paid', title: '补缴成功', detail: '本次停车欠费已结清' };
  return { kind: 'paid', title: '支付成功', detail: '' };
}

/**
 * The lot a scanned QR code names. A lot's QR is a link to the lookup page with `lot_id=…` (so a phone
 * camera opens the H5 page and WeChat's scanner gives the same text); a mini-program code passes
 * `lot=…` as its scene; a bare lot id is accepted too.
 */
export function lotIdFromQr(text: string): string | null {
  const t = text.trim();
  const param = /(?:^|[?&#;\s])lot(?:_id)?=([^&#;\s]+)/.exec(t);
  if (param) {
    try {
      return decodeURIComponent(param[1]);
    } catch {
      return null;
    }
  }
  return /^lot_[0-9a-z]{6,60}$/.test(t) ? t : null;
}

/**
 * A plate's ownership state as the citizen reads it (Simplified Chinese) and what to do next: an
 * unverified plate shows no stays but those the citizen paid and cannot sign seamless payment.
 */
export function plateVerification(p: { verification: 'unverified' | 'verified'; seamless: boolean }): {
  badge: '待验证' | '已验证';
  hint: string;
  action: 'verify' | null;
} {
  if (p.verification === 'verified')
    return {
      badge: '已验证',
      hint: p.seamless ? '车主身份已验证' : '车主身份已验证，可开通无感支付',
      action: null,
    };
  return {
    badge: '待验证',
    hint: '验证车主身份（实名信息与车辆登记核对）后可查看在场记录、开通无感支付；验证前仅显示您本人缴费的记录',
    action: 'verify',
  };
}

/**
 * What one payment of a session settled, in the words of its receipt link. A coupon that covered the
 * whole fee moved no money: it says so instead of 已缴 ¥0.00 under a card that says 已缴停车费 ¥3.00.
 */
export function paymentLine(p: { payable_fen: number; discount_fen: number }): string {
  if (p.payable_fen === 0 && p.discount_fen > 0) return `优惠券抵扣 ${formatYuan(p.discount_fen)}`;
  const coupon = p.discount_fen > 0 ? `（优惠券抵扣 ${formatYuan(p.discount_fen)}）` : '';
  return `已缴 ${formatYuan(p.payable_fen)}${coupon}`;
}
