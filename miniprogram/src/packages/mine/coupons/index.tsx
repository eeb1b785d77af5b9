import './index.css';
import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import type { Claim, Page } from '../../../api/types';
import { BottomNav } from '../../../components/BottomNav';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import {
  couponHeadline,
  displayStatus,
  expiringText,
  merchantScopeText,
  nextStep,
  STATUS_LABEL,
  type DisplayStatus,
} from '../../../lib/coupon-status';
import { formatYuan } from '../../../lib/money';
import { goHome, open } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { formatCstDate } from '../../../lib/time';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';

const FILTERS: { key: 'all' | DisplayStatus; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'usable', label: '可使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
];

function ClaimItem({ claim }: { claim: Claim }) {
  const status = displayStatus(claim);
  const coupon = claim.coupon;
  const dim = status === 'used' || status === 'expired' || status === 'cancelled';
  return (
    <View
      role="button"
      className={`card claim-item ${dim ? 'claim-item--dim' : ''}`}
      data-claim={claim.id}
      onClick={() => (coupon ? void open('coupon', { id: claim.id }) : undefined)}
    >
      <View className="claim-item__amount">
        <Text className="claim-item__value">{formatYuan(claim.amount_fen)}</Text>
        <Text className="claim-item__kind">{coupon?.terms ? couponHeadline(coupon.terms) : '红包'}</Text>
      </View>
      <View className="claim-item__body">
        <Text className="claim-item__name">{claim.campaign_name ?? '活动'}</Text>
        {coupon ? (
          <>
            <Text className="claim-item__line">
              有效期 {formatCstDate(coupon.use_start_at)} 至 {formatCstDate(coupon.use_end_at)}
            </Text>
            <Text className="claim-item__line">{merchantScopeText(coupon.merchants)}</Text>
          </>
        ) : (
          <Text className="claim-item__line">领取于 {formatCstDate(claim.created_at)}</Text>
        )}
      </View>
      <View className="claim-item__state">
        <Text className={`badge badge--${status}`}>{STATUS_LABEL[status]}</Text>
        {expiringText(claim) ? <Text className="badge badge--expiring">{expiringText(claim)}</Text> : null}
        {status === 'awaiting_wallet' ? (
          <Text
            role="link"
            className="link claim-item__next"

            onClick={(e) => {
              e.stopPropagation();
              void open('wallet');
            }}
          >
            去绑定 ›
          </Text>
        ) : nextStep(status, claim.kind) ? (
          <Text className="claim-item__next">{nextStep(status, claim.kind)}</Text>
        ) : null}
      </View>
    </View>
  );
}

export default function MyClaims() {
  const loggedIn = Boolean(session.token());
  const [filter, setFilter] = useState<'all' | DisplayStatus>('all');
  const [more, setMore] = useState<{ items: Claim[]; cursor: string | null; loading: boolean }>({
    items: [],
    cursor: null,
    loading: false,
  });
  const { remote, reload } = useRemote(async () => {
    if (!loggedIn) return { items: [], next_cursor: null } as Page<Claim>;
    const page = await api.get<Page<Claim>>('/me/claims?limit=20');
    setMore({ items: [], cursor: page.next_cursor, loading: false });
    return page;
  });
  useReloadOnReturn(reload);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  async function loadMore() {
    if (!more.cursor || more.loading) return;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await api.get<Page<Claim>>(
        `/me/claims?limit=20&cursor=${encodeURIComponent(more.cursor)}`,
      );
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.next_cursor, loading: false }));
    } catch {
      setMore((m) => ({ ...m, loading: false }));
      void Taro.showToast({ title: '加载失败，请重试', icon: 'none' });
    }
  }

  const all = [...(remote.data?.items ?? []), ...more.items];
  const shown = filter === 'all' ? all : all.filter((c) => displayStatus(c) === filter);
  // Counts on the tabs only once every page is loaded: a count of the first page would be untrue.
  const counts =
    remote.data && !more.cursor
      ? all.reduce<Partial<Record<DisplayStatus, number>>>((n, c) => {
          const s = displayStatus(c);
          n[s] = (n[s] ?? 0) + 1;
          return n;
        }, {})
      : null;

  return (
    <View className="page page--tabbed mine">
      <OfflineBanner />
      <View className="filters">
        {FILTERS.map((f) => (
          <Text
            role="button"
            key={f.key}
            className={`filters__item ${filter === f.key ? 'filters__item--on' : ''}`}
            onClick={() => setFilter(f.key)}
          >
            {f.label}
            {counts && f.key !== 'all' && counts[f.key] ? ` ${counts[f.key]}` : ''}
          </Text>
        ))}
      </View>
      {!loggedIn ? (
        <LoginPrompt backTo="/packages/mine/coupons/index" what="红包和券" />
      ) : !remote.data ? (
        remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )
      ) : shown.length === 0 ? (
        <StateView
          kind="empty"
          emptyText={filter === 'all' ? '还没有领到红包或券' : '没有这类券'}
          action={
            filter === 'all'
              ? { label: '去首页看看', onTap: () => void goHome() }
              : { label: '查看全部', onTap: () => setFilter('all') }
          }
        />
      ) : (
        <View>
          {all.some((c) => displayStatus(c) === 'awaiting_wallet') ? (
            <Text
              role="button"
              className="banner banner--warn awaiting-wallet"

              onClick={() => void open('wallet')}
            >
              {all.filter((c) => displayStatus(c) === 'awaiting_wallet').length}{' '}
              个红包待绑定钱包：绑定数字人民币钱包后自动到账 · 去绑定 ›
            </Text>
          ) : null}
          {shown.map((c) => (
            <ClaimItem key={c.id} claim={c} />
          ))}
          {more.cursor ? (
            <Button role="button" className="btn btn--ghost" loading={more.loading} onClick={loadMore}>
              加载更多
            </Button>
          ) : null}
        </View>
      )}
      <BottomNav current="mine" />
    </View>
  );
}
