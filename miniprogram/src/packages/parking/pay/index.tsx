import '../parking.css';
import './index.css';
import { useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { LiveSession, ParkingPayResult, Wallet } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { PinSheet } from '../../../components/PinSheet';
import { StateView } from '../../../components/StateView';
import { parkingPay } from '../../../lib/app-services';
import type { ParkingPayBody } from '../../../lib/parking-pay';
import { formatYuan } from '../../../lib/money';
import { ensureLoggedIn, open, PAGES } from '../../../lib/nav';
import {
  chosenCoupon,
  formatClock,
  formatDuration,
  payableFen,
  payLabel,
  payOutcome,
  sessionHint,
  SESSION_STATUS_LABEL,
  type CouponChoice,
  type PayOutcome,
} from '../../../lib/parking';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import { useLiveRefresh } from '../../../lib/use-live-refresh';
import { usePinConfirm } from '../../../lib/use-pin-confirm';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';
import { CouponPicker } from '../components/CouponPicker';
import { FeeBreakdown } from '../components/FeeBreakdown';
import { Plate } from '../components/Plate';

/** The fee is priced again by the server this often while the driver looks at it. */
const LIVE_REFRESH_MS = 30_000;

/** Codes after which the driver's next step is in the wallet (bind it, top it up). */
const WALLET_CODES = new Set(['WALLET_NOT_BOUND', 'WALLET_INSUFFICIENT_BALANCE']);

type PayPage = { session: LiveSession; wallet: Wallet | null };

async function loadPayPage(id: string): Promise<PayPage> {
  const [s, wallet] = await Promise.all([
    api.get<LiveSession>(`/me/parking/sessions/${id}`),
    // The wallet line is a help, not a condition: the server decides at payment.
    api.get<Wallet>('/me/wallet').catch(() => null),
  ]);
  return { session: s, wallet };
}

const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'INTERNAL_ERROR', messageFor('INTERNAL_ERROR'));

function Kv({ label, value, total }: { label: string; value: string; total?: boolean }) {
  return (
    <View className={`kv ${total ? 'kv--total' : ''}`}>
      <Text className="kv__label">{label}</Text>
      <Text className="kv__value">{value}</Text>
    </View>
  );
}

function PaidView({ result, outcome }: { result: ParkingPayResult; outcome: PayOutcome }) {
  const p = result.payment;
  return (
    <View className={`card pay-result pay-result--${outcome.kind}`}>
      <Text className="pay-result__icon">✓</Text>
      <Text className="pay-result__title">{outcome.title}</Text>
      {outcome.detail ? <Text className="pay-result__detail">{outcome.detail}</Text> : null}
      <Kv label="停车费" value={formatYuan(p.due_fen)} />
      {p.discount_fen > 0 ? <Kv label="优惠券抵扣" value={`-${formatYuan(p.discount_fen)}`} /> : null}
      <Kv label="实付" value={formatYuan(p.payable_fen)} total />
      <Button
        role="button"
        className="btn btn--primary receipt-btn"
        onClick={() => void open('parkingReceipt', { id: p.id })}
      >
        查看电子凭证
      </Button>
      <Button
        role="button"
        className="btn btn--ghost"
        onClick={() => void Taro.redirectTo({ url: PAGES.parking })}
      >
        完成
      </Button>
    </View>
  );
}

function WalletLine({ wallet, payable }: { wallet: Wallet | null; payable: number }) {
  if (!wallet) return <Kv label="支付方式" value="数字人民币钱包" />;
  if (!wallet.bound)
    return (
      <View className="kv">
        <Text className="kv__label">支付方式</Text>
        <Text role="link" className="link wallet-bind" onClick={() => void open('wallet')}>
          未绑定数字人民币钱包，去绑定 ›
        </Text>
      </View>
    );
  const short = payable > wallet.total_balance_fen;
  return (
    <View className="kv">
      <Text className="kv__label">支付方式</Text>
      <Text className={short ? 'wallet-short' : ''}>
        数字人民币钱包（余额 {formatYuan(wallet.total_balance_fen)}
        {short ? '，余额不足' : ''}）
      </Text>
    </View>
  );
}

export default function ParkingPay() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const here = `${PAGES.parkingPay}?id=${id}`;
  const { remote, reload, setRemote } = useRemote(() => loadPayPage(id), [id]);
  const [choice, setChoice] = useState<CouponChoice>({ kind: 'auto' });
  const [paying, setPaying] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [paid, setPaid] = useState<{ result: ParkingPayResult; outcome: PayOutcome } | null>(null);

  // Only the session is priced again (the wallet is read once); a failed refresh keeps the last figures.
  const refresh = async () => {
    try {
      const s = await api.get<LiveSession>(`/me/parking/sessions/${id}`);
      setRemote((r) => (r.data ? { state: 'ready', data: { ...r.data, session: s } } : r));
    } catch {
      /* the next tick tries again */
    }
  };
  // Back from binding or topping up the wallet: read both again.
  useReloadOnReturn(reload);
  const s = remote.data?.session;
  useLiveRefresh(refresh, LIVE_REFRESH_MS, Boolean(s) && !paying && !paid && s?.status !== 'completed');

  // What the driver confirmed, waiting for the PIN step (which may run after a re-render).
  const confirmed = useRef<ParkingPayBody | null>(null);
  const pin = usePinConfirm(
    'parking',
    (paymentToken) =>
      send({ ...confirmed.current!, ...(paymentToken ? { payment_token: paymentToken } : {}) }),
    (msg) => setRefusal(new ApiError(0, 'PIN_STEP_FAILED', msg)),
  );

  async function tapPay() {
    if (!ensureLoggedIn(here) || !s || s.due_fen <= 0 || paying) return;
    const coupon = chosenCoupon(s.coupons, choice);
    const payable = payableFen(s.due_fen, coupon);
    const wallet = remote.data?.wallet;
    if (payable > 0 && wallet && !wallet.bound) {
      return setRefusal(new ApiError(409, 'WALLET_NOT_BOUND', messageFor('WALLET_NOT_BOUND')));
    }
    // A payment whose outcome is still unknown is asked about again with what was sent then (its
    // PIN token included: the server finds that payment by its key and needs no new one).
    const undecided = parkingPay.undecided(id);
    if (undecided) return send(undecided);
    confirmed.current = {
      expected_due_fen: s.due_fen,
      ...(coupon ? { coupon_code: coupon.coupon_code } : {}),
    };
    if (payable === 0) return send(confirmed.current);
    setRefusal(null);
    // Above ¥200 with a PIN set, the PIN sheet first; otherwise straight on.
    await pin.open(payable);
  }

  async function send(body: ParkingPayBody) {
    if (!s) return;
    setPaying(true);
    setRefusal(null);
    setNotice(null);
    try {
      const result = await parkingPay.pay(id, body);
      setPaid({ result, outcome: payOutcome(s.status, result) });
    } catch (err) {
      const e = asApiError(err);
      // The fee moved on (a new unit started): show the new figure and let the driver confirm it.
      if (e.code === 'FEE_CHANGED') setNotice(e.message);
      else setRefusal(e);
      void refresh();
    } finally {
      setPaying(false);
    }
  }

  if (!session.token()) {
    return (
      <View className="page parking-pay">
        <LoginPrompt backTo={here} what="停车费用" />
      </View>
    );
  }
  if (!s) {
    return (
      <View className="page parking-pay">
        {remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} homeLink />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
    );
  }
  if (paid) {
    return (
      <View className="page parking-pay">
        <PaidView result={paid.result} outcome={paid.outcome} />
      </View>
    );
  }

  const undecided = parkingPay.undecided(id);
  const coupon = undecided
    ? (s.coupons.find((c) => c.coupon_code === undecided.coupon_code) ?? null)
    : chosenCoupon(s.coupons, choice);
  const payable = payableFen(s.due_fen, coupon);
  const canPay = s.due_fen > 0;
  // The label stays while paying (the button spins): what is being paid is what the driver confirmed.
  const label = payable === 0 ? '优惠券全额抵扣，确认缴费' : `${payLabel(s.status)} ${formatYuan(payable)}`;

  return (
    <View className="page parking-pay">
      <OfflineBanner />
      <View className="card pay-head">
        <View className="session-card__top">
          <Plate plate={s.plate} color={s.plate_color} />
          <Text className={`badge badge--${s.status}`}>{SESSION_STATUS_LABEL[s.status]}</Text>
        </View>
        <Text className="session-card__lot">{s.lot.name}</Text>
        <Text className="session-card__line">{s.lot.address}</Text>
        <View className="pay-head__due">
          <Text className="muted">{canPay ? '待缴停车费' : '当前无需缴费'}</Text>
          <Text className="pay-head__amount live-due">{formatYuan(s.due_fen)}</Text>
          <Text className="as-of live-as-of">
            {s.exit_at
              ? `按出场时间 ${formatClock(s.exit_at)} 计费`
              : `计费截至 ${formatClock(s.as_of)} · 每 30 秒更新`}
          </Text>
        </View>
        <Text className="session-card__hint">{sessionHint(s)}</Text>
      </View>
      {remote.state === 'error' ? <Text className="banner banner--warn">{remote.error.message}</Text> : null}
      <View className="card">
        <Kv label="入场时间" value={formatCst(s.entry_at)} />
        {s.exit_at ? <Kv label="出场时间" value={formatCst(s.exit_at)} /> : null}
        <Kv label="停车时长" value={formatDuration(s.minutes)} />
        <Kv label="收费标准" value={s.tariff_name} />
        <Kv label="停车费" value={formatYuan(s.live_fee_fen)} />
        {s.covered_fen > 0 ? <Kv label="已缴" value={formatYuan(s.covered_fen)} /> : null}
      </View>
      <View className="card breakdown">
        <Text role="heading" aria-level={2} className="card__title">
          计费明细
        </Text>
        <FeeBreakdown lines={s.breakdown} />
      </View>
      {canPay ? (
        <View className="card coupon-card">
          <Text role="heading" aria-level={2} className="card__title">
            优惠券
          </Text>
          <CouponPicker
            coupons={s.coupons}
            selected={coupon}
            locked={Boolean(undecided) || paying}
            onChoose={setChoice}
          />
        </View>
      ) : null}
      {canPay ? (
        <View className="card pay-summary">
          <Kv label="应缴" value={formatYuan(s.due_fen)} />
          {coupon ? <Kv label="优惠券抵扣" value={`-${formatYuan(coupon.discount_fen)}`} /> : null}
          <Kv label="实付" value={formatYuan(payable)} total />
          <WalletLine wallet={remote.data?.wallet ?? null} payable={payable} />
        </View>
      ) : null}
      {notice ? <Text className="banner banner--warn fee-changed">{notice}</Text> : null}
      {undecided && !paying ? (
        <Text className="banner banner--warn pay-undecided">
          上一笔支付结果确认中，再次点击将继续确认该笔支付，不会重复扣款
        </Text>
      ) : null}
      {refusal ? (
        <View className="banner banner--refusal pay-refusal">
          <Text>{refusal.message}</Text>
          {WALLET_CODES.has(refusal.code) ? (
            <Text role="link" className="link" onClick={() => void open('wallet')}>
              {refusal.code === 'WALLET_NOT_BOUND' ? '去绑定钱包 ›' : '去充值 ›'}
            </Text>
          ) : null}
        </View>
      ) : null}
      {canPay ? (
        <View className="pay-bar">
          <Button
            role="button"
            className="btn btn--primary btn--big pay-btn"
            loading={paying}
            disabled={paying || undefined}
            onClick={tapPay}
          >
            {label}
          </Button>
        </View>
      ) : null}
      {pin.sheet ? <PinSheet {...pin.sheet} /> : null}
    </View>
  );
}
