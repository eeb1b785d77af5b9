import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

const TABS = [
  { key: 'home', label: '领券', url: '/pages/index/index' },
  { key: 'mine', label: '券包', url: '/packages/mine/coupons/index' },
  { key: 'wallet', label: '钱包', url: '/packages/wallet/index/index' },
  { key: 'me', label: '我的', url: '/packages/me/index/index' },
] as const;

export type TabKey = (typeof TABS)[number]['key'];

// A bar drawn by the app rather than WeChat's tabBar: tab pages must sit in the main package, and
// only home belongs there (the rest load on first use).
export function BottomNav({ current }: { current: TabKey }) {
  return (
    <View className="bottom-nav" role="navigation">
      {TABS.map((t) => (
        <View
          role="button"
          key={t.key}
          className={`bottom-nav__item ${t.key === current ? 'bottom-nav__item--on' : ''}`}
          data-tab={t.key}
          onClick={() => {
            if (t.key !== current) void Taro.redirectTo({ url: t.url });
          }}
        >
          <Text>{t.label}</Text>
        </View>
      ))}
    </View>
  );
}
