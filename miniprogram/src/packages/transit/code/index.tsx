import '../transit.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { RideCode, TransitStatus, Wallet } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { open, PAGES } from '../../../lib/nav';
import { qrDataUri } from '../../../lib/qr';
import { session } from '../../../lib/session';
import { codeScreen, REFRESH_BEFORE_S } from '../../../lib/transit';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';

// 乘车码: a rider signs the pay-after agreement (先乘车后付费, 免密支付 from the bound e-CNY wallet)
// once, then shows a signed code at the gate. A code is valid for the seconds the server says; the
// page counts down by that (not by the phone's clock) and fetches a new one before it runs out.
// A rider blacklisted for an unpaid fare sees why and goes to pay it.

type Loaded = { walletBound: boolean; status: TransitStatus; code: RideCode | null };

async function load(): Promise<Loaded> {
  const [wallet, status] = await Promise.all([
    api.get<Wallet>('/me/wallet'),
    api.get<TransitStatus>('/me/transit'),
  ]);
  const code = status.enrolled ? await api.get<RideCode>('/me/transit/ride-code') : null;
  return { walletBound: Boolean(wallet.bound), status, code };
}

/** Seconds left on the code on screen, ticking; `onDue` once when it is time to fetch a new one. */
function useCodeClock(code: string | null, validS: number, onDue: () => void) {
  const [left, setLeft] = useState(validS);
  const visible = useRef(true);
  const due = useRef(onDue);
  due.current = onDue;
  useDidShow(() => {
    visible.current = true;
  });
  useDidHide(() => {
    visible.current = false;
  });
  useEffect(() => {
    if (!code) return;
    const deadline = Date.now() + validS * 1000;
    let asked = false;
    setLeft(validS);
    const timer = setInterval(() => {
      const s = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(s);
      if (!asked && visible.current && s <= REFRESH_BEFORE_S) {
        asked = true;
        due.current();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [code, validS]);
  return left;
}

function CodeCard({ code, validS, onRefresh }: { code: string; validS: number; onRefresh: () => void }) {
  const uri = useMemo(() => qrDataUri(code), [code]);
  const left = useCodeClock(code, validS, onRefresh);
  return (
    <View className="card ride-code" role="region" aria-label="乘车码">
      <Text className="transit__title">请将乘车码对准闸机扫码口</Text>
      <Image
        className="ride-code__img"
        src={uri}
        mode="scaleToFill"
        nativeProps={{ alt: '乘车二维码', 'data-code': code }}
      />
      <Text className="ride-code__countdown" role="timer" aria-live="off">
        {left > REFRESH_BEFORE_S ? `有效期剩余 ${left} 秒，到期前自动刷新` : '正在刷新…'}
      </Text>
      <Button role="button" className="btn btn--ghost ride-code-refresh" onClick={onRefresh}>
        手动刷新
      </Button>
    </View>
  );
}

function SignAgreement({ onSigned }: { onSigned: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function sign() {
    setBusy(true);
    setError(null);
    try {
      await api.post('/me/transit/agreement', { agreement_accepted: true });
      onSigned();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="card transit-agreement" role="region" aria-label="免密支付协议">
      <Text className="transit__title" role="heading" aria-level={2}>
        开通乘车码 · 免密支付协议
      </Text>
      <Text className="transit__hint">
        先乘车后付费：出站后按公布的票价，从您绑定的数字人民币钱包免密扣款，每笔行程可在“我的行程”查看票价明细和扣款结果。
      </Text>
      <Text className="transit__hint">
        扣款失败的车费记为待补缴；超过宽限期未补缴的，乘车码将暂停使用，补缴后几分钟内恢复。有待补缴车费时不能关闭乘车码。
      </Text>
      {error ? (
        <Text className="transit__error" role="alert">
          {error}
        </Text>
      ) : null}
      <Button
        role="button"
        className="btn btn--primary transit-sign"
        disabled={busy}
        onClick={() => void sign()}
      >
        {busy ? '开通中…' : '同意协议并开通'}
      </Button>
    </View>
  );
}

export default function RideCodePage() {
  const { remote, reload } = useRemote(load, []);
  // Back from paying an owed fare (or binding a wallet): the status and the code are asked again.
  useReloadOnReturn(reload);
  const [code, setCode] = useState<RideCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCode(remote.data?.code ?? null), [remote.data]);
  if (!session.token()) return <LoginPrompt backTo={PAGES.rideCode} what="乘车码" />;
  if (remote.state === 'error' && !remote.data)
    return <StateView kind="error" error={remote.error} onRetry={reload} />;
  if (!remote.data) return <StateView kind="loading" />;
  const { walletBound, status } = remote.data;
  const screen = codeScreen(walletBound, status.enrolled, code);

  async function refresh() {
    try {
      setCode(await api.get<RideCode>('/me/transit/ride-code'));
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    }
  }

  return (
    <View className="transit page">
      {error ? (
        <Text className="banner banner--warn" role="alert">
          {error}
        </Text>
      ) : null}
      {screen.kind === 'no_wallet' ? (
        <View className="card transit-no-wallet" role="region" aria-label="未绑定钱包">
          <Text className="transit__title">请先绑定数字人民币钱包</Text>
          <Text className="transit__hint">乘车码的车费从您绑定的钱包扣款。</Text>
          <Button role="button" className="btn btn--primary transit-bind" onClick={() => void open('wallet')}>
            去绑定钱包
          </Button>
        </View>
      ) : screen.kind === 'sign' ? (
        <SignAgreement onSigned={() => void reload()} />
      ) : screen.kind === 'blocked' ? (
        <View className="card transit-blocked" role="alert">
          <Text className="transit__title">乘车码已暂停使用</Text>
          <Text className="transit__hint">
            您有未支付的车费 {formatYuan(screen.debt_fen)}，补缴后几分钟内即可恢复使用乘车码。
          </Text>
          <Button
            role="button"
            className="btn btn--primary transit-pay-debt"
            onClick={() => void open('journeys')}
          >
            去补缴
          </Button>
        </View>
      ) : (
        <CodeCard code={screen.code} validS={screen.expires_in_s} onRefresh={() => void refresh()} />
      )}
      {status.enrolled && screen.kind === 'code' && status.debt_fen > 0 ? (
        <Text className="banner banner--warn">有待补缴车费 {formatYuan(status.debt_fen)}，请尽快补缴</Text>
      ) : null}
      <View className="card">
        <Text
          role="button"
          className="menu__item transit-journeys-link"
          onClick={() => void open('journeys')}
        >
          我的行程与日票 ›
        </Text>
      </View>
    </View>
  );
}
