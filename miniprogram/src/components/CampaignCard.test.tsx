import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Campaign } from '../api/types';
import {
  CampaignCard,
  campaignHeadline,
  cardAction,
  claimedPercent,
  eligibilityLine,
  homeSections,
} from './CampaignCard';
import { StateView } from './StateView';
import { ApiError } from '../api/errors';

const base: Campaign = {
  id: 'c1',
  kind: 'coupon',
  name: '满 80 减 20 商超券',
  description: null,
  organizer: '海珠区商务局',
  status: 'running',
  face_fen: 2000,
  red_packet: null,
  coupon: {
    type: 'threshold',
    threshold_fen: 8000,
    discount_fen: 2000,
    merchant_ids: ['m1'],
    merchants: [{ id: 'm1', name: '天河城超市' }],
    use_window: { days: 30 },
  },
  per_user: { count: 1, period: 'lifetime' },
  claim_start_at: '2026-12-01T20:00:00+08:00',
  claim_end_at: '2026-12-08T20:00:00+08:00',
  starts_in_s: 0,
  remaining: 40,
  stock_total: 100,
};
const mine = (over: Partial<NonNullable<Campaign['mine']>>) => ({
  eligible: true,
  code: null,
  reasons: [],
  claimed_in_period: 0,
  limit: 1,
  period: 'lifetime',
  ...over,
});

describe('campaign card', () => {
  it('shows eligibility before any tap', () => {
    expect(eligibilityLine(base, false)).toEqual({ ok: true, text: '登录后查看领取资格' });
    expect(eligibilityLine({ ...base, mine: mine({}) }, true)).toEqual({ ok: true, text: '可领取' });
    expect(
      eligibilityLine({ ...base, mine: mine({ eligible: false, code: 'USER_LIMIT_REACHED' }) }, true).text,
    ).toBe('已领取');
    expect(
      eligibilityLine(
        { ...base, mine: mine({ eligible: false, code: 'USER_LIMIT_REACHED', period: 'day' }) },
        true,
      ).text,
    ).toBe('今日已领取，明天再来');
    expect(
      eligibilityLine(
        { ...base, mine: mine({ eligible: false, code: 'NOT_ELIGIBLE', reasons: ['仅限广州市民'] }) },
        true,
      ),
    ).toEqual({ ok: false, text: '仅限广州市民' });
    expect(eligibilityLine({ ...base, remaining: 0, mine: mine({}) }, true)).toEqual({
      ok: false,
      text: '已领完',
    });
  });

  it('renders terms, merchant scope and stock', () => {
    const onOpen = vi.fn();
    const { container } = render(
      <CampaignCard campaign={{ ...base, mine: mine({}) }} loggedIn onOpen={onOpen} />,
    );
    expect(container.textContent).toContain('满80减20');
    expect(container.textContent).toContain('限 天河城超市 使用');
    expect(container.textContent).toContain('已抢 60% · 剩余 40/100');
    expect(container.textContent).toContain('可领取');
  });

  it('never shows 100 % claimed while a packet is left', () => {
    expect(claimedPercent({ remaining: 1, stock_total: 1000 })).toBe(99);
    expect(claimedPercent({ remaining: 999, stock_total: 1000 })).toBe(0);
    expect(claimedPercent({ remaining: 1, stock_total: 3 })).toBe(66);
    expect(claimedPercent({ remaining: 0, stock_total: 1000 })).toBe(100);
    const { container } = render(
      <CampaignCard campaign={{ ...base, remaining: 1, stock_total: 1000 }} loggedIn onOpen={() => {}} />,
    );
    expect(container.textContent).toContain('已抢 99%');
  });

  it('lists open campaigns first, then upcoming, then the sold-out ones', () => {
    const items: Campaign[] = [
      { ...base, id: 'gone', remaining: 0 },
      { ...base, id: 'paused', status: 'paused' },
      { ...base, id: 'soon', status: 'upcoming', starts_in_s: 60 },
      { ...base, id: 'open' },
      { ...base, id: 'ended', status: 'ended', remaining: 0 },
    ];
    const s = homeSections(items);
    expect(s.open.map((c) => c.id)).toEqual(['open', 'paused']);
    expect(s.soon.map((c) => c.id)).toEqual(['soon']);
    expect(s.gone.map((c) => c.id)).toEqual(['gone']);
  });

  it('has a 领取 button that claims, and a disabled one when nothing can be claimed', () => {
    expect(cardAction({ ...base, remaining: 0 }, true)).toEqual({ label: '已抢光', enabled: false });
    expect(cardAction({ ...base, status: 'upcoming' }, true)).toEqual({ label: '未开始', enabled: false });
    expect(
      cardAction({ ...base, mine: mine({ eligible: false, code: 'USER_LIMIT_REACHED' }) }, true),
    ).toEqual({ label: '已领取', enabled: false });
    const onOpen = vi.fn();
    const onClaim = vi.fn();
    const { container } = render(
      <CampaignCard campaign={base} loggedIn={false} onOpen={onOpen} onClaim={onClaim} />,
    );
    fireEvent.click(within(container).getByText('领取'));
    expect(onClaim).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('shows a not-started card with its start time and a disabled button', () => {
    const { container } = render(
      <CampaignCard
        campaign={{ ...base, status: 'upcoming', starts_in_s: 600 }}
        loggedIn={false}
        onOpen={() => {}}
      />,
    );
    expect(container.querySelector('.campaign-card--upcoming')).toBeTruthy();
    expect(container.textContent).toContain('2026-12-01 20:00 开抢');
    const button = container.querySelector('.card-claim');
    expect(button?.textContent).toBe('未开始');
    expect(button?.getAttribute('aria-disabled')).toBe('true');
  });

  it('counts down to an upcoming campaign instead of showing stock', () => {
    const soon = {
      ...base,
      status: 'upcoming' as const,
      starts_in_s: 90_061,
    };
    const { container } = render(<CampaignCard campaign={soon} loggedIn={false} onOpen={() => {}} />);
    expect(container.textContent).toContain('距开抢 1天 01:01:01');
    expect(container.textContent).not.toContain('剩余');
  });

  it('names random red packets without a made-up amount', () => {
    expect(
      campaignHeadline({
        ...base,
        kind: 'red_packet',
        coupon: null,
        red_packet: { mode: 'random', count: 10 },
      }),
    ).toBe('随机金额');
    expect(
      campaignHeadline({
        ...base,
        kind: 'red_packet',
        coupon: null,
        face_fen: 5000,
        red_packet: { mode: 'fixed', amount_fen: 5000 },
      }),
    ).toBe('¥50');
  });
});

describe('state view', () => {
  it('tells offline apart from a server error and offers a retry', () => {
    const retry = vi.fn();
    const { container, rerender } = render(
      <StateView
        kind="error"
        error={new ApiError(0, 'NETWORK_ERROR', '网络不给力，请检查网络后重试')}
        onRetry={retry}
      />,
    );
    expect(container.textContent).toContain('网络连接不可用');
    rerender(
      <StateView
        kind="error"
        error={new ApiError(500, 'INTERNAL_ERROR', '系统开小差了', 'abcdef1234')}
        onRetry={retry}
      />,
    );
    expect(container.textContent).toContain('加载失败');
    expect(container.textContent).toContain('编号 abcdef12');
    expect(screen.getByText('重试')).toBeTruthy();
  });

  it('offers 返回首页 beside 重试 on a dead end, and a way on from an empty list', () => {
    const dead = render(
      <StateView
        kind="error"
        error={new ApiError(404, 'NOT_FOUND', '活动不存在')}
        onRetry={() => {}}
        homeLink
      />,
    );
    expect(within(dead.container).getByText('重试')).toBeTruthy();
    expect(within(dead.container).getByText('返回首页')).toBeTruthy();
    const onTap = vi.fn();
    const { container } = render(
      <StateView kind="empty" emptyText="还没有领到红包或券" action={{ label: '去首页看看', onTap }} />,
    );
    expect(container.querySelector('.state__art')).toBeTruthy();
    fireEvent.click(within(container).getByText('去首页看看'));
    expect(onTap).toHaveBeenCalledTimes(1);
  });
});
