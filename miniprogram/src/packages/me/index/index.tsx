import './index.css';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import type { Me } from '../../../api/types';
import { BottomNav } from '../../../components/BottomNav';
import { StateView } from '../../../components/StateView';
import { open, PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';

export default function MePage() {
  const loggedIn = Boolean(session.token());
  const { remote, reload } = useRemote(async () => (loggedIn ? api.get<Me>('/me') : null));
  useReloadOnReturn(reload);

  async function logOut() {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定退出当前账号吗？' });
    if (!confirm) return;
    session.clear();
    void Taro.reLaunch({ url: PAGES.home });
  }

  return (
    <View className="page page--tabbed me">
      <View className="card me__profile">
        {!loggedIn ? (
          <View>
            <Text className="me__name">未登录</Text>
            <Button className="btn btn--primary" onClick={() => void open('login', { redirect: PAGES.me })}>
              登录 / 注册
            </Button>
          </View>
        ) : remote.data ? (
          <View>
            <Text className="me__name">{remote.data.phone ?? '微信用户'}</Text>
            <Text className="muted">
              {remote.data.verified ? `已实名 · ${remote.data.real_name ?? ''}` : '未实名认证'}
              {remote.data.wechat_bound ? ' · 已关联微信' : ''}
            </Text>
          </View>
        ) : remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
      <View className="card menu">
        <Text className="menu__item" onClick={() => void open('coupons')}>
          我的红包和券 ›
        </Text>
        <Text className="menu__item" onClick={() => void open('wallet')}>
          数字人民币钱包 ›
        </Text>
        <Text className="menu__item" onClick={() => void open('privacy')}>
          隐私政策 ›
        </Text>
      </View>
      {loggedIn ? (
        <Button className="btn btn--ghost logout-btn" onClick={logOut}>
          退出登录
        </Button>
      ) : null}
      <BottomNav current="me" />
    </View>
  );
}
