import './index.css';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type { Me } from '../../../api/types';
import { BottomNav } from '../../../components/BottomNav';
import { StateView } from '../../../components/StateView';
import { open, PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';

/** Real-name verification: some campaigns are one per natural person, checked by ID number. */
function VerifyIdentity({ onVerified }: { onVerified: () => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    setError(null);
    if (name.trim().length < 2) return setError('请输入身份证上的姓名');
    if (!/^\d{17}[\dXx]$/.test(idNumber)) return setError('请输入 18 位身份证号');
    setBusy(true);
    try {
      const me = await api.post<Me>(
        '/me/identity',
        { real_name: name.trim(), id_number: idNumber.toUpperCase() },
        { attempts: 1 },
      );
      if (me.verified) void Taro.showToast({ title: '实名认证成功', icon: 'success' });
      else if (me.identity_review)
        void Taro.showModal({
          title: '实名认证审核中',
          content: me.identity_review.message,
          showCancel: false,
        });
      onVerified();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '认证失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="card verify">
      <Text role="heading" aria-level={2} className="card__title">
        实名认证
      </Text>
      <Text className="muted">
        部分活动每位实名用户限领一次。身份证号只保存不可逆摘要，页面和后台均脱敏显示。
      </Text>
      <View className="field">
        <Input
          className="field__input verify-name"
          placeholder="姓名"
          nativeProps={{ 'aria-label': '姓名' }}
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
      </View>
      <View className="field">
        <Input
          className="field__input verify-id"
          type="idcard"
          maxlength={18}
          placeholder="身份证号"
          nativeProps={{ 'aria-label': '身份证号' }}
          value={idNumber}
          onInput={(e) => setIdNumber(e.detail.value)}
        />
      </View>
      {error ? <Text className="form-error">{error}</Text> : null}
      <Button
        role="button"
        className="btn btn--primary verify-submit"
        loading={busy}
        disabled={busy || undefined}
        onClick={submit}
      >
        提交认证
      </Button>
    </View>
  );
}

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
            <Button
              role="button"
              className="btn btn--primary"
              onClick={() => void open('login', { redirect: PAGES.me })}
            >
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
      {loggedIn && remote.data && !remote.data.verified ? (
        <VerifyIdentity onVerified={() => void reload()} />
      ) : null}
      <View className="card menu">
        <Text role="button" className="menu__item" onClick={() => void open('coupons')}>
          我的红包和券 ›
        </Text>
        <Text role="button" className="menu__item" onClick={() => void open('wallet')}>
          数字人民币钱包 ›
        </Text>
        <Text role="button" className="menu__item" onClick={() => void open('parking')}>
          停车缴费 ›
        </Text>
        <Text role="button" className="menu__item hw-menu" onClick={() => void open('hardwallet')}>
          我的硬钱包 ›
        </Text>
        <Text role="button" className="menu__item transit-entry" onClick={() => void open('rideCode')}>
          乘车码 ›
        </Text>
        <Text role="button" className="menu__item" onClick={() => void open('journeys')}>
          乘车行程与日票 ›
        </Text>
        <Text role="button" className="menu__item" onClick={() => void open('privacy')}>
          隐私政策 ›
        </Text>
      </View>
      {loggedIn ? (
        <Button role="button" className="btn btn--ghost logout-btn" onClick={logOut}>
          退出登录
        </Button>
      ) : null}
      <BottomNav current="me" />
    </View>
  );
}
