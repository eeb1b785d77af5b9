import '../hardwallet.css';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { HardWalletCard, HardWalletOrder } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { useRemote } from '../../../lib/use-remote';

// 我的硬钱包: the cards bound to me with the balance the platform has confirmed and what the chip last
// read, their state, recent loads/unloads/refunds, and 挂失 with a confirmation that says what
// happens to the balance. Every state shown is the server's answer, never a guess.

const STATUS: Record<string, string> = {
  issued: '已发卡，未绑定软钱包',
  bound: '正常使用',
  frozen: '已冻结',
  loss_temp: '临时挂失（24 小时内未正式挂失将自动解除）',
  loss_formal: '已挂失，静默期结束后退还余额',
  replaced: '已补卡',
  cancelled: '已注销',
  expired: '已过期',
};
const DIRECTION: Record<string, string> = { load: '圈存', unload: '圈提', refund: '挂失退还' };
const ORDER_STATUS: Record<string, string> = {
  pending: '处理中',
  succeeded: '已完成',
  failed: '未成功',
  unknown: '结果确认中',
};
const LOSABLE = ['bound', 'frozen', 'loss_temp'];

/** Beijing time, minutes precision. */
function cst(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

async function load() {
  const cards = (await api.get<{ items: HardWalletCard[] }>('/me/hard-wallets')).items;
  const orders = await Promise.all(
    cards.map((c) => api.get<{ items: HardWalletOrder[] }>(`/me/hard-wallets/${c.id}/orders`)),
  );
  return cards.map((c, i) => ({ card: c, orders: orders[i].items.slice(0, 5) }));
}

/** What the refund stands at, from the server's orders: a refused refund is said to be refused. */
function refundState(c: HardWalletCard, orders: HardWalletOrder[]): string | null {
  const r = orders.find((o) => o.direction === 'refund');
  if (r?.status === 'succeeded') return `已退还 ${formatYuan(r.amount_fen)} 到绑定的软钱包`;
  if (r?.status === 'failed') return `退还未成功，请联系发卡网点（${formatYuan(r.amount_fen)}）`;
  if (r) return `退还 ${formatYuan(r.amount_fen)} 处理中`;
  if (c.status === 'loss_formal' && c.quiet_until)
    return `静默期至 ${cst(c.quiet_until)}，届时退还已确认余额`;
  return null;
}

function Orders({ orders }: { orders: HardWalletOrder[] }) {
  if (orders.length === 0) return <Text className="hw__hint">暂无圈存、圈提记录</Text>;
  return (
    <View className="hw-orders">
      {orders.map((o) => (
        <View key={o.id} className="hw__row hw-order">
          <Text>
            {DIRECTION[o.direction] ?? o.direction} {cst(o.created_at)}
          </Text>
          <Text>
            {formatYuan(o.amount_fen)} {ORDER_STATUS[o.status] ?? o.status}
          </Text>
        </View>
      ))}
    </View>
  );
}

function LossConfirm({
  c,
  onOk,
  onCancel,
  busy,
}: {
  c: HardWalletCard;
  onOk: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  return (
    <View className="hw__confirm hw-loss-confirm">
      <Text className="hw__title">确认挂失卡片 {c.card_no}？</Text>
      <Text className="hw__hint">挂失后这张卡立即停用，不能再消费、圈存或开门。</Text>
      <Text className="hw__hint">
        已确认余额 {formatYuan(c.confirmed_balance_fen)}
        将在静默期结束后退还到您绑定的软钱包。
      </Text>
      <Text className="hw__hint">
        卡片在挂失前的脱机消费如果还没有上送，上送后会从已确认余额中扣除，实际退还金额以届时为准。
      </Text>
      <View className="hw__actions">
        <Button className="btn hw-loss-ok" disabled={busy} onClick={onOk}>
          确认挂失
        </Button>
        <Button className="btn btn--ghost" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}

export default function HardWalletIndex() {
  const { remote, reload } = useRemote(load, []);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!session.token()) return <LoginPrompt backTo={PAGES.hardwallet} what="硬钱包" />;
  if (remote.state === 'error') return <StateView kind="error" error={remote.error} onRetry={reload} />;
  if (remote.state !== 'ready') return <StateView kind="loading" />;

  async function reportLoss(c: HardWalletCard) {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/me/hard-wallets/${c.id}/loss`, { kind: 'formal' });
      setAsking(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setBusy(false);
      await reload();
    }
  }

  return (
    <View className="hw">
      {remote.data.length === 0 ? (
        <View className="card">
          <Text className="hw__hint">还没有绑定到您名下的硬钱包卡片</Text>
        </View>
      ) : null}
      {error ? <Text className="hw__error hw-error">{error}</Text> : null}
      {remote.data.map(({ card: c, orders }) => (
        <View key={c.id} className="card hw-card">
          <Text className="hw__title">卡号 {c.card_no}</Text>
          <Text className="hw__tag hw-card-status">{STATUS[c.status] ?? c.status}</Text>
          <View className="hw__row">
            <Text>已确认余额</Text>
            <Text className="hw-confirmed">{formatYuan(c.confirmed_balance_fen)}</Text>
          </View>
          {c.pending_offline_count > 0 ? (
            <View className="hw__row hw-pending-offline">
              <Text>待确认脱机消费（{c.pending_offline_count} 笔）</Text>
              <Text>{formatYuan(c.pending_offline_fen)}</Text>
            </View>
          ) : null}
          <Text className="hw__hint">
            刷卡的脱机消费要等终端上送并核对后才从已确认余额中扣除，最近的几笔可能还未上送。
          </Text>
          {refundState(c, orders) ? (
            <Text className="hw__tag hw-refund">{refundState(c, orders)}</Text>
          ) : null}
          <Orders orders={orders} />
          {LOSABLE.includes(c.status) && asking !== c.id ? (
            <Button className="btn btn--ghost hw-loss" onClick={() => setAsking(c.id)}>
              挂失
            </Button>
          ) : null}
          {asking === c.id ? (
            <LossConfirm c={c} busy={busy} onOk={() => void reportLoss(c)} onCancel={() => setAsking(null)} />
          ) : null}
        </View>
      ))}
    </View>
  );
}
