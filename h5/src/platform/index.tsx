import { useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { api } from '../../../miniprogram/src/api';
import { ApiError } from '../../../miniprogram/src/api/errors';
import type { LoginResult } from '../../../miniprogram/src/lib/session';
import type { LoginPanelProps, Platform } from '../../../miniprogram/src/platform/types';
import { installKeyboardAccess } from './keyboard';

// Web-only: outside WeChat there is no Taro.login, so the citizen logs in with phone + SMS code.

const PHONE = /^1[3-9]\d{9}$/;

function useResendTimer() {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const t = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(t);
  }, [left]);
  return [left, setLeft] as const;
}

function PhoneOtpLoginPanel({ onLoggedIn }: LoginPanelProps) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [sending, setSending] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resendLeft, setResendLeft] = useResendTimer();

  const say = (err: unknown) => setError(err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');

  async function sendCode() {
    setError(null);
    if (!PHONE.test(phone)) return setError('请输入正确的 11 位手机号');
    setSending(true);
    try {
      const r = await api.post<{ resend_after_s: number }>('/auth/otp', { phone }, { attempts: 1 });
      setSent(true);
      setResendLeft(r.resend_after_s);
    } catch (err) {
      say(err);
    } finally {
      setSending(false);
    }
  }

  async function verify() {
    setError(null);
    if (!PHONE.test(phone)) return setError('请输入正确的 11 位手机号');
    if (!/^\d{6}$/.test(code)) return setError('请输入 6 位短信验证码');
    if (!agreed) return setError('请先阅读并同意《隐私政策》');
    setVerifying(true);
    try {
      onLoggedIn(await api.post<LoginResult>('/auth/otp/verify', { phone, code }, { attempts: 1 }));
    } catch (err) {
      say(err);
      setVerifying(false);
    }
  }

  return (
    <View className="login-panel">
      <Text className="login-panel__hint">手机号验证码登录</Text>
      <View className="field">
        <Input
          className="field__input login-phone"
          type="number"
          maxlength={11}
          placeholder="手机号"
          nativeProps={{ 'aria-label': '手机号' }}
          value={phone}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </View>
      <View className="field field--row">
        <Input
          className="field__input login-code"
          type="number"
          maxlength={6}
          placeholder="短信验证码"
          nativeProps={{ 'aria-label': '短信验证码' }}
          value={code}
          onInput={(e) => setCode(e.detail.value)}
        />
        <Button
          className="btn btn--small btn--ghost login-send"
          disabled={sending || resendLeft > 0 || undefined}
          onClick={sendCode}
        >
          {resendLeft > 0 ? `${resendLeft}秒后重发` : sent ? '重新获取' : '获取验证码'}
        </Button>
      </View>
      <View className="agree" onClick={() => setAgreed((a) => !a)}>
        <View className={`checkbox ${agreed ? 'checkbox--on' : ''} login-agree`} />
        <Text>我已阅读并同意《隐私政策》，同意以手机号登录</Text>
      </View>
      {error ? <Text className="form-error">{error}</Text> : null}
      <Button
        className="btn btn--primary login-submit"
        loading={verifying}
        disabled={verifying || undefined}
        onClick={verify}
      >
        登录
      </Button>
    </View>
  );
}

// Taro's H5 network API only follows navigator.connection's type; the browser's online/offline events
// are what actually change when the phone loses its signal.
function watchNetwork(onChange: (online: boolean) => void) {
  const on = () => onChange(true);
  const off = () => onChange(false);
  onChange(navigator.onLine);
  window.addEventListener('online', on);
  window.addEventListener('offline', off);
  return () => {
    window.removeEventListener('online', on);
    window.removeEventListener('offline', off);
  };
}

// No scanQr: a browser page cannot open a scanner, and needs none. A lot's QR code is a link to
// #/packages/parking/lookup/index?lot_id=…, which the phone's camera opens with the lot chosen.
export const platform: Platform = {
  channel: 'h5',
  LoginPanel: PhoneOtpLoginPanel,
  watchNetwork,
  onAppMount: () => installKeyboardAccess(),
};
