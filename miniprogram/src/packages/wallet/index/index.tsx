import './index.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type { BoundWallet, Page, Topup, Wallet } from '../../../api/types';
import { BottomNav } from '../../../components/BottomNav';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { topupTaps } from '../../../lib/app-services';
import { formatYuan, parseYuanInput } from '../../../lib/money';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';
import { checkTopup, walletLevelName } from '../../../lib/wallet-limits';
import { shiftMonth } from '../../../lib/wallet-bill';
import type { ResponseOf } from '../../../api/types';
import { PinSheet } from '../../../components/PinSheet';
import { usePinConfirm } from '../../../lib/use-pin-confirm';

const errText = (err: unknown) => (err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');

function BindWallet({ onBound }: { onBound: () => void }) {
  const [phone, setPhone] = useState('');
  const [otp, setOtp] = useState('');
  const [bindingId, setBindingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setError(null);
    if (!/^1[3-9]\d{9}$/.test(phone)) return setError('请输入钱包预留的 11 位手机号');
    setBusy(true);
    try {
      const r = await api.post<{ binding_id: string }>('/me/wallet/bindings', { phone }, { attempts: 1 });
      setBindingId(r.binding_id);
    } catch (err) {
      setError(errText(err));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setError(null);
    if (!/^\d{6}$/.test(otp)) return setError('请输入 6 位验证码');
    setBusy(true);
    try {
      await api.post(`/me/wallet/bindings/${bindingId}/confirm`, { otp }, { attempts: 1 });
      void Taro.showToast({ title: '绑定成功', icon: 'success' });
      onBound();
    } catch (err) {
      setError(errText(err));
      setBusy(false);
    }
  }

  return (
    <View className="card bind">
      <Text role="heading" aria-level={2} className="card__title">
        绑定数字人民币钱包
      </Text>
      <Text className="muted">红包将发放到您绑定的钱包；银行会向钱包预留手机号发送验证码。</Text>
      <View className="field">
        <Input
          className="field__input bind-phone"
          type="number"
          maxlength={11}
          placeholder="钱包预留手机号"
          nativeProps={{ 'aria-label': '钱包预留手机号' }}
          value={phone}
          disabled={Boolean(bindingId)}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </View>
      {bindingId ? (
        <View className="field">
          <Input
            className="field__input bind-otp"
            type="number"
            maxlength={6}
            placeholder="银行短信验证码"
            nativeProps={{ 'aria-label': '银行短信验证码' }}
            value={otp}
            onInput={(e) => setOtp(e.detail.value)}
          />
        </View>
      ) : null}
      {error ? <Text className="form-error">{error}</Text> : null}
      {bindingId ? (
        <Text
          role="button"
          className="link"
          onClick={() => {
            setBindingId(null);
            setOtp('');
            setError(null);
          }}
        >
          更换手机号 / 重新获取验证码
        </Text>
      ) : null}
      <Button
        role="button"
        className="btn btn--primary bind-submit"
        loading={busy}
        disabled={busy || undefined}
        onClick={bindingId ? confirm : start}
      >
        {bindingId ? '确认绑定' : '获取验证码'}
      </Button>
    </View>
  );
}

const QUICK_AMOUNTS = [5000, 10000, 20000];

function TopupForm({ wallet, onDone }: { wallet: BoundWallet; onDone: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Money moves only after the citizen has seen the amount and the card and confirmed them.
  const [confirming, setConfirming] = useState<number | null>(null);

  function change(next: string) {
    setText(next);
    setError(null); // an error about the old amount is not about this one
    setConfirming(null);
  }

  function review() {
    setError(null);
    const fen = parseYuanInput(text);
    if (fen === null) return setError('请输入正确的金额（最多两位小数）');
    const refusal = checkTopup(wallet, fen);
    if (refusal) return setError(refusal);
    setConfirming(fen);
  }

  // The PIN buys a token for exactly this amount; the top-up spends it (retries resend the same body).
  const pin = usePinConfirm(
    'topup',
    (paymentToken) => submit(paymentToken),
    (msg) => {
      setError(msg);
      setConfirming(null);
    },
  );

  async function submit(paymentToken: string | undefined) {
    const fen = confirming;
    if (fen === null) return;
    setError(null);
    setBusy(true);
    try {
      const r = await topupTaps.run(`topup:${fen}`, (key) =>
        api.post<Topup>(
          '/me/wallet/topups',
          { amount_fen: fen, payment_token: paymentToken },
          { idempotencyKey: key },
        ),
      );
      if (r.status === 'succeeded') {
        void Taro.showToast({ title: `已充值 ${formatYuan(fen)}`, icon: 'success' });
        setText('');
      } else {
        setError('充值结果确认中，请稍后在充值记录中查看');
      }
      onDone();
    } catch (err) {
      setError(errText(err));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <View className="card topup">
      <Text role="heading" aria-level={2} className="card__title">
        从银行卡充值
      </Text>
      <Text className="muted">
        银行卡 {wallet.card_no_masked ?? '未绑定'} · 最多还可充值{' '}
        {wallet.headroom ? formatYuan(wallet.headroom.balance_fen) : '以银行为准'}
      </Text>
      <View className="chips">
        {QUICK_AMOUNTS.map((fen) => (
          <Text role="button" key={fen} className="chip" onClick={() => change(String(fen / 100))}>
            {formatYuan(fen)}
          </Text>
        ))}
      </View>
      <View className="field field--row">
        <Text className="field__prefix">¥</Text>
        <Input
          className="field__input topup-amount"
          type="digit"
          placeholder="充值金额"
          nativeProps={{ 'aria-label': '充值金额' }}
          value={text}
          onInput={(e) => change(e.detail.value)}
        />
      </View>
      {error ? <Text className="form-error topup-error">{error}</Text> : null}
      {confirming !== null ? (
        <View className="topup-confirm">
          <Text className="topup-confirm__text">
            从银行卡 {wallet.card_no_masked ?? ''} 充值 {formatYuan(confirming)} 到数字人民币钱包{' '}
            {wallet.wallet_id_masked}
          </Text>
          <Button
            role="button"
            className="btn btn--primary topup-confirm__ok"
            loading={busy}
            disabled={busy || undefined}
            onClick={() => void pin.open(confirming)}
          >
            确认充值 {formatYuan(confirming)}
          </Button>
          <Text role="button" className="link topup-confirm__cancel" onClick={() => setConfirming(null)}>
            取消
          </Text>
        </View>
      ) : (
        <Button role="button" className="btn btn--primary topup-submit" onClick={review}>
          充值
        </Button>
      )}
      {pin.sheet ? <PinSheet {...pin.sheet} /> : null}
    </View>
  );
}

const TOPUP_STATUS: Record<string, string> = {
  succeeded: '成功',
  failed: '失败',
  pending: '处理中',
  unknown: '确认中',
};

type Bill = ResponseOf<'getMeWalletBill'>;
type BillKind = Bill['items'][number]['kind'];
const BILL_KINDS: { key: BillKind | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'red_packet', label: '红包' },
  { key: 'topup', label: '充值' },
  { key: 'parking', label: '停车' },
];

/** 交易明细: where the balance came from and went, one month at a time. */
function WalletBill({ version }: { version: number }) {
  const thisMonth = shiftMonth(null, 0);
  const [month, setMonth] = useState(thisMonth);
  const [kind, setKind] = useState<BillKind | 'all'>('all');
  const { remote, reload } = useRemote(
    () => api.get<Bill>(`/me/wallet/bill?month=${month}${kind === 'all' ? '' : `&kind=${kind}`}`),
    [month, kind, version],
  );
  return (
    <View className="card bill">
      <Text role="heading" aria-level={2} className="card__title">
        交易明细
      </Text>
      <View className="bill__month">
        <Text role="button" className="link bill__prev" onClick={() => setMonth(shiftMonth(month, -1))}>
          ‹ 上月
        </Text>
        <Text className="bill__month-label">
          {month.slice(0, 4)}年{Number(month.slice(4))}月
        </Text>
        {month < thisMonth ? (
          <Text role="button" className="link bill__next" onClick={() => setMonth(shiftMonth(month, 1))}>
            下月 ›
          </Text>
        ) : (
          <Text className="bill__next bill__next--off">下月 ›</Text>
        )}
      </View>
      <View className="chips">
        {BILL_KINDS.map((k) => (
          <Text
            role="button"
            key={k.key}
            className={`chip bill__kind ${kind === k.key ? 'chip--on' : ''}`}
            onClick={() => setKind(k.key)}
          >
            {k.label}
          </Text>
        ))}
      </View>
      {!remote.data ? (
        remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )
      ) : (
        <View>
          <Text className="muted bill__totals">
            收入 {formatYuan(remote.data.in_fen)} · 支出 {formatYuan(remote.data.out_fen)}
          </Text>
          {remote.data.items.length === 0 ? <Text className="muted">本月暂无交易</Text> : null}
          {remote.data.items.map((i) => (
            <View key={i.id} className={`bill__row bill__row--${i.kind}`} data-bill={i.id}>
              <View className="bill__what">
                <Text className="bill__title">{i.title}</Text>
                <Text className="muted">{i.at ? formatCst(i.at) : '—'}</Text>
              </View>
              <Text className={`bill__amount bill__amount--${i.direction}`}>
                {i.direction === 'in' ? '+' : '−'}
                {formatYuan(i.amount_fen)}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function WalletView({
  wallet,
  topups,
  onChanged,
}: {
  wallet: BoundWallet;
  topups: Topup[];
  onChanged: () => void;
}) {
  const [version, setVersion] = useState(0);
  return (
    <View>
      <View className="card wallet-card">
        <Text className="wallet-card__label">钱包余额</Text>
        <Text className="wallet-card__balance">{formatYuan(wallet.total_balance_fen)}</Text>
        {wallet.restricted_balance_fen > 0 ? (
          <Text className="wallet-card__sub">
            其中限定用途红包 {formatYuan(wallet.restricted_balance_fen)}
          </Text>
        ) : null}
        <Text className="wallet-card__sub">
          {walletLevelName(wallet.wallet_level)} · {wallet.wallet_id_masked} · {wallet.phone_masked}
        </Text>
        {wallet.status !== 'normal' ? (
          <Text className="banner banner--warn">
            钱包
            {({ frozen: '已冻结', closed: '已注销' } as Record<string, string>)[wallet.status] ?? '状态异常'}
            ，暂不能充值和收款，请联系开户银行
          </Text>
        ) : null}
      </View>
      <View className="card limits">
        <Text role="heading" aria-level={2} className="card__title">
          钱包额度
        </Text>
        <View className="limits__grid">
          {wallet.limits ? (
            <>
              <Text>余额上限 {formatYuan(wallet.limits.balance_fen)}</Text>
              <Text>单笔支付 {formatYuan(wallet.limits.per_payment_fen)}</Text>
              <Text>日累计支付 {formatYuan(wallet.limits.daily_fen)}</Text>
              <Text>年累计支付 {formatYuan(wallet.limits.yearly_fen)}</Text>
            </>
          ) : (
            <Text>额度以开户银行为准</Text>
          )}
          <Text>今日已付 {formatYuan(wallet.usage.daily_paid_fen)}</Text>
          <Text>今年已付 {formatYuan(wallet.usage.yearly_paid_fen)}</Text>
        </View>
      </View>
      <TopupForm
        wallet={wallet}
        onDone={() => {
          setVersion((v) => v + 1);
          onChanged();
        }}
      />
      <WalletBill version={version} />
      <View className="card history">
        <Text role="heading" aria-level={2} className="card__title">
          充值记录
        </Text>
        {topups.length === 0 ? <Text className="muted">暂无充值记录</Text> : null}
        {topups.map((t) => (
          <View key={t.id} className="history__row" data-topup={t.id}>
            <Text>{formatCst(t.created_at)}</Text>
            <Text className="history__amount">{formatYuan(t.amount_fen)}</Text>
            <Text className={`badge badge--${t.status}`}>{TOPUP_STATUS[t.status] ?? t.status}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export default function WalletPage() {
  const loggedIn = Boolean(session.token());
  const { remote, reload } = useRemote(async () => {
    if (!loggedIn) return { wallet: { bound: false } as Wallet, topups: [] as Topup[] };
    const wallet = await api.get<Wallet>('/me/wallet');
    const topups = wallet.bound ? (await api.get<Page<Topup>>('/me/wallet/topups?limit=10')).items : [];
    return { wallet, topups };
  });
  useReloadOnReturn(reload);

  return (
    <View className="page page--tabbed wallet">
      <OfflineBanner />
      {!loggedIn ? (
        <LoginPrompt backTo="/packages/wallet/index/index" what="钱包" />
      ) : !remote.data ? (
        remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )
      ) : remote.data.wallet.bound ? (
        <WalletView wallet={remote.data.wallet} topups={remote.data.topups} onChanged={() => void reload()} />
      ) : (
        <BindWallet onBound={() => void reload()} />
      )}
      <BottomNav current="wallet" />
    </View>
  );
}
