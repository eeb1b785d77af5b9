import '../parking.css';
import './index.css';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { platform } from '@platform';
import { api } from '../../../api';
import { ApiError } from '../../../api/errors';
import type { LiveSession, ParkingLot, ParkingPlate } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { OfflineBanner } from '../../../components/OfflineBanner';
import { StateView } from '../../../components/StateView';
import { open, PAGES } from '../../../lib/nav';
import { lotIdFromQr, normalizePlate } from '../../../lib/parking';
import { validatePlate, type PlateKind } from '../../../lib/plate';
import { session } from '../../../lib/session';
import { useRemote } from '../../../lib/use-remote';
import { Plate } from '../components/Plate';
import { PlateInput } from '../components/PlateInput';

const errText = (err: unknown) => (err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');

async function loadChoices() {
  const [lots, plates] = await Promise.all([
    api.get<{ items: ParkingLot[] }>('/parking/lots'),
    api.get<{ items: ParkingPlate[] }>('/me/parking/plates'),
  ]);
  return { lots: lots.items, plates: plates.items };
}

/** The lot a link or a mini-program code opened this page with (`lot_id=…`, or `scene=lot%3D…`). */
function lotFromParams(params: Record<string, string | undefined>): string | null {
  if (params.lot_id) return lotIdFromQr(`lot_id=${params.lot_id}`);
  if (params.scene) {
    try {
      return lotIdFromQr(decodeURIComponent(params.scene));
    } catch {
      return null;
    }
  }
  return null;
}

/** "Which car, in which lot": pick (or scan) the lot, type or tap the plate, then on to paying. */
export default function ParkingLookup() {
  const { params } = useRouter();
  const linkedLot = lotFromParams(params);
  const here = linkedLot ? `${PAGES.parkingLookup}?lot_id=${linkedLot}` : PAGES.parkingLookup;
  const loggedIn = Boolean(session.token());
  const { remote, reload } = useRemote(async () => (loggedIn ? loadChoices() : null));
  const [picked, setPicked] = useState<string | null>(linkedLot);
  const [plate, setPlate] = useState('');
  const [kind, setKind] = useState<PlateKind>('blue');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const lots = remote.data?.lots ?? [];
  // A link or code naming a lot that does not exist (any more) chooses nothing.
  const lotId =
    (picked && lots.some((l) => l.id === picked) ? picked : null) ?? (lots.length === 1 ? lots[0].id : null);

  /** One of my plates: filled in whole, as green when it has 8 characters. */
  function pick(shown: string) {
    const p = normalizePlate(shown) ?? shown.replace('·', '');
    setPlate(p);
    setKind(Array.from(p).length === 8 ? 'green' : 'blue');
    setError(null);
  }

  async function scan() {
    if (!platform.scanQr) return;
    setError(null);
    try {
      const text = await platform.scanQr();
      if (text === null) return;
      const id = lotIdFromQr(text);
      if (!id || !lots.some((l) => l.id === id)) return setError('无法识别该二维码，请扫描停车场的缴费码');
      setPicked(id);
    } catch {
      setError('扫码失败，请重试或手动选择停车场');
    }
  }

  async function find() {
    if (busy) return;
    setError(null);
    if (!lotId) return setError('请选择停车场');
    const check = validatePlate(plate, kind);
    if (!check.ok) return setError(check.error);
    const normalized = check.plate;
    setBusy(true);
    try {
      const s = await api.get<LiveSession>(
        `/parking/lots/${lotId}/session?plate=${encodeURIComponent(normalized)}`,
      );
      void open('parkingPay', { id: s.id });
    } catch (err) {
      setError(errText(err));
    } finally {
      setBusy(false);
    }
  }

  if (!loggedIn) {
    return (
      <View className="page parking-lookup">
        <LoginPrompt backTo={here} what="停车费用" />
      </View>
    );
  }
  if (!remote.data) {
    return (
      <View className="page parking-lookup">
        {remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
    );
  }
  const { plates } = remote.data;
  return (
    <View className="page parking-lookup">
      <OfflineBanner />
      {platform.scanQr ? (
        <Button role="button" className="btn btn--primary scan-btn" onClick={() => void scan()}>
          扫描停车场缴费码
        </Button>
      ) : null}
      <View className="card lots">
        <Text role="heading" aria-level={2} className="card__title">
          选择停车场
        </Text>
        {lots.length === 0 ? <Text className="muted">暂无合作停车场</Text> : null}
        {lots.map((l) => (
          <View
            role="button"
            key={l.id}
            className={`lot-option ${l.id === lotId ? 'lot-option--on' : ''}`}
            data-lot={l.id}
            onClick={() => setPicked(l.id)}
          >
            <View className="coupon-option__radio" />
            <View className="lot-option__body">
              <Text className="lot-option__name">{l.name}</Text>
              <Text className="lot-option__addr">{l.address}</Text>
            </View>
          </View>
        ))}
      </View>
      <View className="card">
        <Text role="heading" aria-level={2} className="card__title">
          车牌号
        </Text>
        {plates.length ? (
          <View className="plate-chips">
            {plates.map((p) => (
              <View
                key={p.id}
                className="plate-chip"
                role="button"
                aria-label={`选择车牌 ${p.plate}`}
                onClick={() => pick(p.plate)}
              >
                <Plate plate={p.plate} color={p.plate_color} />
              </View>
            ))}
          </View>
        ) : null}
        <PlateInput
          className="lookup-plate"
          value={plate}
          kind={kind}
          onChange={(v, k) => {
            setPlate(v);
            setKind(k);
            setError(null);
          }}
        />
        {error ? <Text className="form-error lookup-error">{error}</Text> : null}
        <Button
          role="button"
          className="btn btn--primary lookup-submit"
          loading={busy}
          disabled={busy || undefined}
          onClick={find}
        >
          查询停车费
        </Button>
      </View>
    </View>
  );
}
