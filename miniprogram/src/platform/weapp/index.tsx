import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../api';
import { ApiError } from '../../api/errors';
import type { LoginResult } from '../../lib/session';
import type { LoginPanelProps, Platform } from '../types';

/** Taro.login → code → our server, which trades it at WeChat (code2session) for the citizen's openid. */
async function loginWithWechat(): Promise<LoginResult> {
  const { code } = await Taro.login();
  if (!code) throw new ApiError(0, 'WECHAT_CODE_INVALID', '微信登录失败，请重试');
  return api.post<LoginResult>('/auth/wechat', { code }, { attempts: 1 });
}

function WechatLoginPanel({ onLoggedIn }: LoginPanelProps) {
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const run = () => {
    setBusy(true);
    setError(null);
    loginWithWechat().then(onLoggedIn, (err: unknown) => {
      setBusy(false);
      setError(err instanceof ApiError ? err.message : '微信登录失败，请重试');
    });
  };
  // In WeChat the login is silent: try once on open, offer the button if that fails.
  useEffect(run, []);

  return (
    <View className="login-panel">
      <Text className="login-panel__hint">使用微信身份登录，领取数字人民币红包和消费券</Text>
      {error ? <Text className="form-error">{error}</Text> : null}
      <Button className="btn btn--primary" loading={busy} disabled={busy || undefined} onClick={run}>
        微信一键登录
      </Button>
    </View>
  );
}

function watchNetwork(onChange: (online: boolean) => void) {
  const listener = (r: { isConnected: boolean }) => onChange(r.isConnected);
  // Present since base library 1.1; a banner is not worth crashing a page on an odd runtime.
  if (typeof Taro.onNetworkStatusChange !== 'function') return () => undefined;
  Taro.getNetworkType()
    .then((r) => onChange(r.networkType !== 'none'))
    .catch(() => undefined);
  Taro.onNetworkStatusChange(listener);
  return () => Taro.offNetworkStatusChange(listener);
}

/** WeChat's scanner; a cancel is not an error (the citizen changed their mind). */
async function scanQr(): Promise<string | null> {
  try {
    const r = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
    // A mini-program code of ours gives the page path (with its scene) rather than a text.
    return r.result || r.path || null;
  } catch (err) {
    if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err))) return null;
    throw err;
  }
}

/**
 * WeChat's 订阅消息 dialog for one template. 拒绝, a dialog the citizen switched off (ban, or 总是保持以上
 * 选择 with 拒绝) or one WeChat filtered all mean no: the reminder then goes by SMS.
 */
async function requestSubscribe(templateId: string): Promise<boolean> {
  try {
    const r = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] });
    const answer = (r as Record<string, unknown>)[templateId];
    return answer === 'accept' || answer === 'acceptWithAudio';
  } catch {
    return false; // an old base library or the dialog failed to open: no grant
  }
}

export const platform: Platform = {
  channel: 'weapp',
  LoginPanel: WechatLoginPanel,
  watchNetwork,
  scanQr,
  requestSubscribe,
};
