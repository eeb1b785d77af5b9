import './index.css';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api';
import type { Campaign } from '../../api/types';
import { BottomNav } from '../../components/BottomNav';
import { CampaignCard, homeSections } from '../../components/CampaignCard';
import { OfflineBanner } from '../../components/OfflineBanner';
import { StateView } from '../../components/StateView';
import { open } from '../../lib/nav';
import { session } from '../../lib/session';
import { useReloadOnReturn, useRemote } from '../../lib/use-remote';

/** Logged in: every campaign with the citizen's own eligibility, in one request. */
async function loadCampaigns(): Promise<Campaign[]> {
  const path = session.token() ? '/me/campaigns' : '/campaigns';
  return (await api.get<{ items: Campaign[] }>(path)).items;
}

const Heading = ({ children }: { children: string }) => (
  <View className="section-title" role="heading" aria-level={2}>
    {children}
  </View>
);

export default function Home() {
  const { remote, reload } = useRemote(loadCampaigns);
  const loggedIn = Boolean(session.token());
  useReloadOnReturn(reload);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const items = remote.data ?? [];
  const sections = homeSections(items);
  const card = (c: Campaign) => (
    <CampaignCard
      key={c.id}
      campaign={c}
      loggedIn={loggedIn}
      onOpen={() => void open('campaign', { id: c.id })}
      onClaim={() => void open('campaign', { id: c.id, claim: '1' })}
      onStarted={c.status === 'upcoming' ? () => void reload() : undefined}
    />
  );

  return (
    <View className="page page--tabbed home">
      <OfflineBanner />
      <View className="hero">
        <Text role="heading" aria-level={1} className="hero__title">
          数字人民币 · 惠民红包
        </Text>
        <Text className="hero__sub">政府补贴，先到先得，领取后直达数字人民币钱包</Text>
        {!loggedIn ? (
          <View
            role="button"
            className="hero__login"
            onClick={() => void open('login', { redirect: '/pages/index/index' })}
          >
            <Text>登录后查看领取资格 ›</Text>
          </View>
        ) : null}
      </View>
      <View role="button" className="home-entry parking-entry" onClick={() => void open('parking')}>
        <Text className="home-entry__icon" aria-hidden="true">
          P
        </Text>
        <View className="home-entry__body">
          <Text className="home-entry__title">停车缴费</Text>
          <Text className="home-entry__sub">查实时停车费，停车券抵扣，数字人民币支付</Text>
        </View>
        <Text className="home-entry__go" aria-hidden="true">
          ›
        </Text>
      </View>
      <View role="button" className="home-entry transit-entry" onClick={() => void open('rideCode')}>
        <Text className="home-entry__icon" aria-hidden="true">
          铁
        </Text>
        <View className="home-entry__body">
          <Text className="home-entry__title">乘车码</Text>
          <Text className="home-entry__sub">地铁、有轨电车扫码过闸，先乘车后付费</Text>
        </View>
        <Text className="home-entry__go" aria-hidden="true">
          ›
        </Text>
      </View>
      {remote.state === 'error' && !remote.data ? (
        <StateView kind="error" error={remote.error} onRetry={reload} />
      ) : remote.state === 'loading' && !remote.data ? (
        <StateView kind="loading" />
      ) : items.length === 0 ? (
        <StateView
          kind="empty"
          emptyText="暂无可领取的活动，敬请期待"
          action={{ label: '刷新看看', onTap: () => void reload() }}
        />
      ) : (
        <View>
          {remote.state === 'error' ? (
            <Text className="banner banner--warn">{remote.error.message}</Text>
          ) : null}
          {sections.open.length ? <Heading>正在进行</Heading> : null}
          {sections.open.map(card)}
          {sections.soon.length ? <Heading>即将开始</Heading> : null}
          {sections.soon.map(card)}
          {sections.gone.length ? <Heading>已抢光</Heading> : null}
          {sections.gone.map(card)}
        </View>
      )}
      <BottomNav current="home" />
    </View>
  );
}
