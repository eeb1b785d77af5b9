import '../parking.css';
import './index.css';
import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type {
  LiveSession,
  ParkingLot,
  ParkingPayment,
  ParkingPlate,
  ParkingSession,
  PlateColor,
} from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { open, PAGES } from '../../../lib/nav';
import { defaultPlateColor, paymentLine, PLATE_COLOR_LABEL, plateVerification } from '../../../lib/parking';
import { validatePlate, type PlateKind } from '../../../lib/plate';
import { session } from '../../../lib/session';
import { formatCst } from '../../../lib/time';
import { useLiveRefresh } from '../../../lib/use-live-refresh';
import { useReloadOnReturn, useRemote } from '../../../lib/use-remote';
import { AgreementDialog } from '../components/AgreementDialog';
import { Plate } from '../components/Plate';
import { PlateInput } from '../components/PlateInput';
import { SessionCard } from '../components/SessionCard';

/** How often the live fees are priced again while the page is in view. */
const LIVE_REFRESH_MS = 30_000;

type Sessions = { current: LiveSession[]; history: ParkingSession[] };
type Home = Sessions & { plates: ParkingPlate[]; payments: ParkingPayment[]; lots: ParkingLot[] };

async function loadHome(): Promise<Home> {
  const [plates, sessions, payments, lots] = await Promise.all([
    api.get<{ items: ParkingPlate[] }>('/me/parking/plates'),
    api.get<Sessions>('/me/parking/sessions'),
    api.get<{ items: ParkingPayment[] }>('/me/parking/payments'),
    api.get<{ items: ParkingLot[] }>('/parking/lots'),
  ]);
  return { plates: plates.items, ...sessions, payments: payments.items, lots: lots.items };
}

const errText = (err: unknown) => (err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');
const COLORS: PlateColor[] = ['blue', 'green', 'yellow'];

function AddPlateForm({ onAdded }: { onAdded: () => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PlateKind>('blue');
  const [color, setColor] = useState<PlateColor | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownColor = color ?? (kind === 'green' ? 'green' : defaultPlateColor(text));

  async function add() {
    if (busy) return;
    setError(null);
    const check = validatePlate(text, kind);
    if (!check.ok) return setError(check.error);
    const plate = check.plate;
    setBusy(true);
    try {
      await api.post('/me/parking/plates', { plate, ...(color ? { plate_color: color } : {}) });
      setText('');
      setKind('blue');
      setColor(null);
      void Taro.showToast({ title: '已添加', icon: 'success' });
      onAdded();
    } catch (err) {
      setError(errText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="add-plate">
      <PlateInput
        className="add-plate__input"
        value={text}
        kind={kind}
        onChange={(v, k) => {
          setText(v);
          setKind(k);
          setError(null);
        }}
      />
      <View className="color-chips" role="radiogroup" aria-label="车牌颜色">
        {COLORS.map((c) => (
          <View
            key={c}
            className={`color-chip ${shownColor === c ? 'color-chip--on' : ''}`}
            data-color={c}
            role="radio"
            aria-checked={shownColor === c ? 'true' : 'false'}
            onClick={() => setColor(c)}
          >
            {PLATE_COLOR_LABEL[c]}
          </View>
        ))}
      </View>
      {error ? <Text className="form-error plate-error">{error}</Text> : null}
      <Button
        role="button"
        className="btn btn--ghost plate-add"
        loading={busy}
        disabled={busy || undefined}
        onClick={add}
      >
        添加车牌
      </Button>
    </View>
  );
}

function PlatesCard({ plates, onChanged }: { plates: ParkingPlate[]; onChanged: () => void }) {
  const [signing, setSigning] = useState<ParkingPlate | null>(null);
  const [busy, setBusy] = useState(false);
  const [signError, setSignError] = useState<ApiError | null>(null);

  async function sign() {
    if (!signing || busy) return;
    setBusy(true);
    setSignError(null);
    try {
      await api.put(`/me/parking/plates/${signing.id}/seamless`, { enabled: true, agreement_accepted: true });
      setSigning(null);
      void Taro.showToast({ title: '已开通无感支付', icon: 'success' });
      onChanged();
    } catch (err) {
      setSignError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL_ERROR', errText(err)));
    } finally {
      setBusy(false);
    }
  }

  async function verify(p: ParkingPlate) {
    if (busy) return;
    setBusy(true);
    try {
      const v = await api.post<ParkingPlate>(`/me/parking/plates/${p.id}/verification`, {});
      if (v.verification === 'verified') void Taro.showToast({ title: '车主身份已验证', icon: 'success' });
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IDENTITY_NOT_VERIFIED') {
        const { confirm } = await Taro.showModal({
          title: '请先实名认证',
          content: `${err.message}。验证车主时将核对车辆登记的车主姓名与身份证号。`,
          confirmText: '去认证',
        });
        if (confirm) void open('me');
      } else void Taro.showToast({ title: errText(err), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  async function cancelSeamless(p: ParkingPlate) {
    const { confirm } = await Taro.showModal({
      title: '关闭无感支付',
      content: `关闭后，${p.plate} 出场时需扫码或在本页手动缴费。`,
      confirmText: '关闭',
    });
    if (!confirm) return;
    try {
      await api.put(`/me/parking/plates/${p.id}/seamless`, { enabled: false });
      onChanged();
    } catch (err) {
      void Taro.showToast({ title: errText(err), icon: 'none' });
    }
  }

  async function remove(p: ParkingPlate) {
    const { confirm } = await Taro.showModal({
      title: '删除车牌',
      content: `确定删除 ${p.plate} 吗？${p.seamless ? '已开通的无感支付将一并关闭。' : ''}`,
      confirmText: '删除',
    });
    if (!confirm) return;
    try {
      await api.del(`/me/parking/plates/${p.id}`);
      onChanged();
    } catch (err) {
      void Taro.showToast({ title: errText(err), icon: 'none' });
    }
  }

  return (
    <View className="card plates">
      <Text role="heading" aria-level={2} className="card__title">
        我的车牌
      </Text>
      {plates.length === 0 ? (
        <Text className="muted">
          添加车牌后，车辆入场即可在这里查看实时停车费；开通无感支付可出场自动扣费。
        </Text>
      ) : null}
      {plates.map((p) => {
        const v = plateVerification(p);
        return (
          <View key={p.id} className="plate-row" data-plate={p.plate} data-verification={p.verification}>
            <View className="plate-row__info">
              <Plate plate={p.plate} color={p.plate_color} />
              <Text className={`badge plate-verification plate-verification--${p.verification}`}>
                {v.badge}
              </Text>
              <Text className="plate-row__meta">
                {PLATE_COLOR_LABEL[p.plate_color] ?? p.plate_color} ·{' '}
                {p.seamless ? '无感支付已开通' : '无感支付未开通'}
              </Text>
              <Text className="plate-row__hint muted">{v.hint}</Text>
            </View>
            <View className="plate-row__actions">
              {v.action === 'verify' ? (
                <Text role="button" className="toggle plate-verify" onClick={() => void verify(p)}>
                  验证车主
                </Text>
              ) : null}
              {p.verification === 'verified' || p.seamless ? (
                <Text
                  role="button"
                  className={`toggle seamless-toggle ${p.seamless ? 'toggle--on' : ''}`}
                  onClick={() => {
                    if (p.seamless) void cancelSeamless(p);
                    else {
                      setSignError(null);
                      setSigning(p);
                    }
                  }}
                >
                  {p.seamless ? '无感支付 开' : '开通无感支付'}
                </Text>
              ) : null}
              <Text role="button" className="text-btn plate-remove" onClick={() => void remove(p)}>
                删除
              </Text>
            </View>
          </View>
        );
      })}
      <AddPlateForm onAdded={onChanged} />
      {signing ? (
        <AgreementDialog
          plate={signing.plate}
          busy={busy}
          error={signError}
          onAccept={() => void sign()}
          onCancel={() => setSigning(null)}
          onBindWallet={() => {
            setSigning(null);
            void open('wallet');
          }}
        />
      ) : null}
    </View>
  );
}

function History({
  history,
  payments,
  lots,
}: {
  history: ParkingSession[];
  payments: ParkingPayment[];
  lots: ParkingLot[];
}) {
  const lotName = (id: string) => lots.find((l) => l.id === id)?.name ?? '停车场';
  if (history.length === 0) return <StateView kind="empty" icon="P" emptyText="暂无停车记录" />;
  return (
    <View>
      {history.map((s) => (
        <View key={s.id} className="card history-item" data-session={s.id}>
          <View className="history-item__top">
            <Plate plate={s.plate} color={s.plate_color} />
            <Text className="badge badge--completed">已完成</Text>
          </View>
          <Text className="session-card__lot">{lotName(s.lot_id)}</Text>
          <Text className="session-card__line">
            {formatCst(s.entry_at)} 入场{s.exit_at ? ` · ${formatCst(s.exit_at)} 出场` : ''}
          </Text>
          <Text className="session-card__line">
            停车费 {formatYuan(s.fee_fen)}
            {s.discount_fen > 0 ? ` · 优惠券抵扣 ${formatYuan(s.discount_fen)}` : ''}
          </Text>
          {payments
            .filter((p) => p.session_id === s.id)
            .map((p) => (
              <View key={p.id} className="history-item__receipt">
                <Text>
                  {p.channel === 'seamless' ? '无感支付' : '手机缴费'} 实付 {formatYuan(p.payable_fen)}
                </Text>
                <Text
                  role="link"
                  className="link receipt-link"
                  onClick={() => void open('parkingReceipt', { id: p.id })}
                >
                  电子凭证 ›
                </Text>
              </View>
            ))}
        </View>
      ))}
    </View>
  );
}

export default function ParkingHome() {
  const loggedIn = Boolean(session.token());
  const { remote, reload, setRemote } = useRemote(async () => (loggedIn ? loadHome() : null));
  useReloadOnReturn(reload);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  // Only the sessions are priced again; a failed refresh keeps the last figures (and their as_of).
  const data = remote.data;
  const refreshLive = async () => {
    try {
      const [sessions, payments] = await Promise.all([
        api.get<Sessions>('/me/parking/sessions'),
        api.get<{ items: ParkingPayment[] }>('/me/parking/payments'),
      ]);
      setRemote((r) =>
        r.data ? { state: 'ready', data: { ...r.data, ...sessions, payments: payments.items } } : r,
      );
    } catch {
      /* the next tick tries again */
    }
  };
  useLiveRefresh(refreshLive, LIVE_REFRESH_MS, Boolean(data?.current.length));

  const paymentsOf = (sessionId: string) => data?.payments.filter((p) => p.session_id === sessionId) ?? [];

  return (
    <View className="page parking-home">
      <OfflineBanner />
      <View className="parking-hero">
        <Text role="heading" aria-level={1} className="parking-hero__title">
          停车缴费
        </Text>
        <Text className="parking-hero__sub">数字人民币支付 · 停车券抵扣 · 出场免排队</Text>
        <Button
          role="button"
          className="btn parking-hero__btn lookup-entry"
          onClick={() => void open('parkingLookup')}
        >
          输入车牌 / 扫码缴费
        </Button>
      </View>
      {!loggedIn ? (
        <LoginPrompt backTo={PAGES.parking} what="停车记录" />
      ) : !data ? (
        remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )
      ) : (
        <View>
          {remote.state === 'error' ? (
            <Text className="banner banner--warn">{remote.error.message}</Text>
          ) : null}
          <Text role="heading" aria-level={2} className="section-title">
            当前停车
          </Text>
          {data.current.length === 0 ? (
            <StateView
              kind="empty"
              icon="P"
              emptyText="暂无在场车辆"
              action={{ label: '输入车牌查询', onTap: () => void open('parkingLookup') }}
            />
          ) : (
            data.current.map((s) => (
              <View key={s.id}>
                <SessionCard session={s} onOpen={() => void open('parkingPay', { id: s.id })} />
                {paymentsOf(s.id).map((p) => (
                  <Text
                    role="link"
                    key={p.id}
                    className="link receipt-link"
                    onClick={() => void open('parkingReceipt', { id: p.id })}
                  >
                    {paymentLine(p)} · 查看电子凭证 ›
                  </Text>
                ))}
              </View>
            ))
          )}
          <PlatesCard plates={data.plates} onChanged={() => void reload()} />
          <Text role="heading" aria-level={2} className="section-title">
            停车记录
          </Text>
          <History history={data.history} payments={data.payments} lots={data.lots} />
        </View>
      )}
    </View>
  );
}
