import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BillingDayLine, LiveSession, ParkingCoupon } from '../../api/types';
import { session } from '../../lib/session';
import { CouponPicker } from './components/CouponPicker';
import { FeeBreakdown } from './components/FeeBreakdown';
import { SessionCard } from './components/SessionCard';
import ParkingPay from './pay/index';

// The parking pay page and its parts with the real Taro H5 components under jsdom, against a scripted
// API behind Taro.request (the app's real client, Idempotency-Key and all).

const coupons: ParkingCoupon[] = [
  {
    coupon_code: '111122223333',
    claim_id: 'clm_1',
    campaign_name: '停车券 ¥3',
    discount_fen: 300,
    use_end_at: '2026-12-08T00:00:00+08:00',
  },
  {
    coupon_code: '444455556666',
    claim_id: 'clm_2',
    campaign_name: '停车券 ¥5',
    discount_fen: 500,
    use_end_at: '2026-12-08T00:00:00+08:00',
  },
];
const line: BillingDayLine = {
  billing_day: '2026-12-01',
  from: '2026-12-01T10:00:00+08:00',
  to: '2026-12-01T12:05:00+08:00',
  day_units: 5,
  day_fen: 2500,
  night_units: 0,
  night_fen: 0,
  night_capped: false,
  capped_24h: false,
  fen: 2500,
};
const live = (over: Partial<LiveSession> = {}): LiveSession => ({
  id: 'pss_1',
  lot_id: 'lot_1',
  plate: '粤A·12345',
  plate_color: 'blue',
  vehicle_class: 'small',
  status: 'awaiting_payment',
  entry_at: '2026-12-01T10:00:00+08:00',
  exit_at: '2026-12-01T12:05:00+08:00',
  exit_offline: false,
  fee_fen: 2500,
  covered_fen: 0,
  discount_fen: 0,
  paid_until: null,
  lot: { id: 'lot_1', name: '测试停车场', address: '天河路 1 号', free_exit_minutes: 15 },
  tariff_name: '广州中心城区（路内）',
  as_of: '2026-12-01T12:06:30+08:00',
  minutes: 125,
  live_fee_fen: 2500,
  due_fen: 2500,
  breakdown: [line],
  coupons,
  ...over,
});

type Call = { url: string; method: string; header: Record<string, string>; data: unknown };
type Answer = { status: number; body: unknown };

/** Answers by route; `payments` answers POSTs in order, each after a little while (as a bank does). */
function fakeApi(opts: { sessions: LiveSession[]; payments: Answer[]; pinSet?: boolean }) {
  const calls: Call[] = [];
  let gets = 0;
  vi.spyOn(Taro, 'request').mockImplementation(((o: Call) => {
    calls.push(o);
    const path = new URL(o.url, 'http://x').pathname;
    const ok = (status: number, body: unknown) =>
      new Promise((r) => setTimeout(() => r({ statusCode: status, data: body, header: {} }), 20));
    // Without pinSet the PIN status cannot be read: a payment goes on (the server would ask for it).
    if (path === '/api/v1/me/payment-pin' && opts.pinSet !== undefined)
      return ok(200, {
        set: opts.pinSet,
        locked_until: null,
        remaining_attempts: 5,
        pin_free_limit_fen: 20_000,
      });
    if (path === '/api/v1/me/wallet')
      return ok(200, { bound: true, total_balance_fen: 10_000, balance_fen: 10_000 });
    if (path === '/api/v1/me/parking/sessions/pss_1')
      return ok(200, opts.sessions[Math.min(gets++, opts.sessions.length - 1)]);
    if (path === '/api/v1/me/parking/sessions/pss_1/payments' && o.method === 'POST') {
      const next = opts.payments.shift()!;
      return ok(next.status, next.body);
    }
    return ok(404, { code: 'ROUTE_NOT_FOUND' });
  }) as never);
  return {
    calls,
    posts: () => calls.filter((c) => c.method === 'POST'),
  };
}

const paid = (payable: number, discount: number) => ({
  status: 201,
  body: {
    payment: {
      id: 'ppay_1',
      session_id: 'pss_1',
      lot_id: 'lot_1',
      channel: 'app',
      due_fen: payable + discount,
      discount_fen: discount,
      payable_fen: payable,
      status: 'succeeded',
      error_code: null,
      priced_until: '2026-12-01T12:05:00+08:00',
      created_at: '2026-12-01T12:06:31+08:00',
      completed_at: '2026-12-01T12:06:31+08:00',
    },
    session: { id: 'pss_1', status: 'completed', paid_until: null, covered_fen: payable + discount },
  },
});

const payButton = () => document.querySelector('.pay-btn') as HTMLElement;

beforeEach(() => {
  // Stencil (Taro's H5 button) logs a NotFoundError under jsdom when a spinning button leaves the
  // page (React removed the node before Stencil's queued re-render); browsers do not. Other errors pass.
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if ((args[0] as Error | undefined)?.name !== 'NotFoundError') error(...args);
  });
  session.save({
    token: 'tok',
    expires_at: '2099-01-01T00:00:00+08:00',
    user: { id: 'usr_1', phone: null, wechat_bound: false, verified: false },
  });
  Current.router = { params: { id: 'pss_1' }, path: '/packages/parking/pay/index' } as never;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  session.clear();
});

describe('parking parts', () => {
  it('shows each billing day with its price', () => {
    const { container } = render(<FeeBreakdown lines={[line]} />);
    expect(container.textContent).toContain('12月01日 10:00–12:05');
    expect(container.textContent).toContain('白天 5 个计费单元 ¥25.00');
    expect(render(<FeeBreakdown lines={[]} />).container.textContent).toContain('免费时段内');
  });

  it('offers the coupons and 不使用优惠券, and says which one applies', () => {
    const onChoose = vi.fn();
    const { container } = render(
      <CouponPicker coupons={coupons} selected={coupons[1]} onChoose={onChoose} />,
    );
    const on = container.querySelector('.coupon-option--on');
    expect(on?.textContent).toContain('停车券 ¥5');
    expect(on?.textContent).toContain('-¥5.00');
    fireEvent.click(screen.getByText('不使用优惠券'));
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'none' });
    fireEvent.click(screen.getByText('停车券 ¥3'));
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'code', code: '111122223333' });
  });

  it('does not change the coupon of a payment still awaiting its outcome', () => {
    const onChoose = vi.fn();
    render(<CouponPicker coupons={coupons} selected={coupons[1]} onChoose={onChoose} locked />);
    fireEvent.click(screen.getByText('不使用优惠券'));
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('shows a current session with its live fee and the server time it was priced at', () => {
    const { container } = render(<SessionCard session={live()} onOpen={() => {}} />);
    expect(container.textContent).toContain('粤A·12345');
    expect(container.textContent).toContain('待缴费');
    expect(container.textContent).toContain('¥25.00');
    expect(container.textContent).toContain('停车 2小时5分钟');
    expect(container.textContent).toContain('费用更新于 12:06:30');
    expect(container.textContent).toContain('缴费后道闸自动开启');
  });
});

describe('parking pay page', () => {
  it('preselects the best coupon, can go without, and pays once on a double tap', async () => {
    const server = fakeApi({ sessions: [live()], payments: [paid(2000, 500)] });
    const { container } = render(<ParkingPay />);
    await waitFor(() => expect(payButton()?.textContent).toContain('立即缴费 ¥20.00'));
    expect(container.querySelector('.coupon-option--on')?.textContent).toContain('停车券 ¥5');
    // At the barrier the stay is priced to the exit; inside the lot to the server's now (as_of).
    expect(container.querySelector('.live-as-of')?.textContent).toBe('按出场时间 12:05:00 计费');

    fireEvent.click(screen.getByText('不使用优惠券'));
    await waitFor(() => expect(payButton().textContent).toContain('立即缴费 ¥25.00'));
    fireEvent.click(screen.getByText('停车券 ¥5'));
    await waitFor(() => expect(payButton().textContent).toContain('立即缴费 ¥20.00'));

    await act(async () => {
      fireEvent.click(payButton());
      fireEvent.click(payButton());
    });
    await waitFor(() => expect(container.textContent).toContain('已支付，道闸已开启'));
    expect(server.posts()).toHaveLength(1);
    const post = server.posts()[0];
    expect(post.header['idempotency-key']).toMatch(/^park-/);
    expect(post.data).toEqual({ expected_due_fen: 2500, coupon_code: '444455556666' });
    expect(container.textContent).toContain('查看电子凭证');
  });

  it('above ¥200 with a PIN set, the tap opens the PIN sheet for that amount and sends nothing yet', async () => {
    const big = live({ due_fen: 30_000, live_fee_fen: 30_000, coupons: [] });
    const server = fakeApi({ sessions: [big], payments: [], pinSet: true });
    const { container } = render(<ParkingPay />);
    await waitFor(() => expect(payButton()?.textContent).toContain('立即缴费 ¥300.00'));
    await act(async () => {
      fireEvent.click(payButton());
    });
    await waitFor(() => expect(container.querySelector('.pin-sheet')).not.toBeNull());
    expect(container.querySelector('.pin-sheet__title')?.textContent).toBe('请输入支付密码');
    expect(container.querySelector('.pin-sheet__amount')?.textContent).toBe('停车缴费 ¥300.00');
    expect(server.posts()).toHaveLength(0);
  });

  it('at ¥200 or without a PIN set, the tap pays at once', async () => {
    const server = fakeApi({ sessions: [live()], payments: [paid(2000, 500)], pinSet: false });
    const { container } = render(<ParkingPay />);
    await waitFor(() => expect(payButton()?.textContent).toContain('立即缴费 ¥20.00'));
    await act(async () => {
      fireEvent.click(payButton());
    });
    await waitFor(() => expect(container.textContent).toContain('已支付，道闸已开启'));
    expect(container.querySelector('.pin-sheet')).toBeNull();
    expect(server.posts()).toHaveLength(1);
  });

  it('shows the new fee when it changed, and the next tap confirms that one', async () => {
    const newer = live({ status: 'parked', exit_at: null, due_fen: 3000, live_fee_fen: 3000 });
    const server = fakeApi({
      sessions: [live({ status: 'parked', exit_at: null }), newer],
      payments: [
        {
          status: 409,
          body: {
            code: 'FEE_CHANGED',
            message: '停车费已更新为 ¥30.00，请确认后再支付',
            details: { due_fen: 3000 },
          },
        },
        {
          status: 201,
          body: {
            ...paid(2500, 500).body,
            session: {
              id: 'pss_1',
              status: 'prepaid',
              paid_until: '2026-12-01T12:21:31+08:00',
              covered_fen: 3000,
            },
          },
        },
      ],
    });
    const { container } = render(<ParkingPay />);
    await waitFor(() => expect(payButton()?.textContent).toContain('提前缴费 ¥20.00'));
    expect(container.querySelector('.live-as-of')?.textContent).toBe('计费截至 12:06:30 · 每 30 秒更新');
    await act(async () => {
      fireEvent.click(payButton());
    });
    await waitFor(() =>
      expect(container.querySelector('.fee-changed')?.textContent).toBe(
        '停车费已更新为 ¥30.00，请确认后再支付',
      ),
    );
    await waitFor(() => expect(payButton().textContent).toContain('提前缴费 ¥25.00'));
    await act(async () => {
      fireEvent.click(payButton());
    });
    await waitFor(() => expect(container.textContent).toContain('请在 12:21 前离场'));
    const [first, second] = server.posts();
    expect(first.data).toMatchObject({ expected_due_fen: 2500 });
    expect(second.data).toMatchObject({ expected_due_fen: 3000 });
    expect(first.header['idempotency-key']).not.toBe(second.header['idempotency-key']);
  });
});
