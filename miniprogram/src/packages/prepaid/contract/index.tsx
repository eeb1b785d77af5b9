import '../prepaid.css';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api, newIdempotencyKey } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { PrepaidContractDetail, PrepaidRefundQuote, PrepaidWriteOff } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { StateView } from '../../../components/StateView';
import { formatYuan } from '../../../lib/money';
import { PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { useRemote } from '../../../lib/use-remote';

// One prepaid contract: its terms (shown before paying), paid / consumed / remaining, the cooling-off
// countdown, each write-off to confirm or dispute, each release, and ending it for a refund whose
// amount is computed and shown before the citizen confirms it.

const UNIT = { class_pack: '节', membership: '天', stored_value: '分' } as const;
const WO: Record<PrepaidWriteOff['status'], string> = {
  pending_confirm: '待您确认',
  confirmed: '已确认，拨付中',
  released: '已拨付商户',
  rejected: '您已拒绝',
  release_failed: '未拨付（合约冻结）',
  voided: '已作废',
};
const days = (s: number) =>
  s >= 86_400
    ? `${Math.floor(s / 86_400)} 天 ${Math.floor((s % 86_400) / 3600)} 小时`
    : `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`;

export default function PrepaidContractPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { remote, reload } = useRemote(
    () => api.get<PrepaidContractDetail>(`/me/prepaid/contracts/${id}`),
    [id],
  );
  const [quote, setQuote] = useState<PrepaidRefundQuote | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [payKey] = useState(() => newIdempotencyKey('prepaid-pay'));
  if (!session.token()) return <LoginPrompt backTo={`${PAGES.prepaidContract}?id=${id}`} what="预付合约" />;
  if (remote.state === 'error')
    return <StateView kind="error" error={remote.error} onRetry={reload} homeLink />;
  if (remote.state !== 'ready') return <StateView kind="loading" />;
  const { contract: c, write_offs } = remote.data;

  async function run(fn: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
      // A refused refund (the amount changed) must not leave the old amount on screen to confirm.
      setQuote(null);
      void reload();
    } finally {
      setBusy(false);
    }
  }
  const pay = () => run(() => api.post(`/me/prepaid/contracts/${id}/pay`, {}, { idempotencyKey: payKey }));
  const confirm = (w: PrepaidWriteOff) =>
    run(() => api.post(`/me/prepaid/contracts/${id}/write-offs/${w.id}/confirm`, {}));
  const reject = (w: PrepaidWriteOff) =>
    run(() =>
      api.post(`/me/prepaid/contracts/${id}/write-offs/${w.id}/reject`, { reason: '未提供该次服务' }),
    );
  const askQuote = () =>
    run(async () => setQuote(await api.get<PrepaidRefundQuote>(`/me/prepaid/contracts/${id}/refund-quote`)));
  const refund = (q: PrepaidRefundQuote) =>
    run(async () => {
      await api.post(`/me/prepaid/contracts/${id}/refund`, {
        expected_refund_fen: q.refund_fen,
        cooling_off: q.kind === 'cooling_off',
      });
      setQuote(null);
    });

  return (
    <View className="prepaid">
      <View className="card">
        <Text className="prepaid__title">
          {c.merchant_name} · {c.product_name}
        </Text>
        <Text className="prepaid__tag prepaid-status">{c.status_label}</Text>
        <View className="prepaid__row">
          <Text>实付</Text>
          <Text>{formatYuan(c.paid_fen)}</Text>
        </View>
        <View className="prepaid__row">
          <Text>已消费</Text>
          <Text className="prepaid-consumed">{formatYuan(c.released_fen + c.releasing_fen)}</Text>
        </View>
        <View className="prepaid__row">
          <Text>已退款</Text>
          <Text>{formatYuan(c.refunded_fen + c.refunding_fen)}</Text>
        </View>
        <View className="prepaid__row">
          <Text>合约钱包剩余</Text>
          <Text className="prepaid-remaining">{formatYuan(c.remaining_value_fen)}</Text>
        </View>
        <View className="prepaid__row">
          <Text>剩余数量</Text>
          <Text>
            {c.remaining_units} / {c.total_units} {UNIT[c.kind]}
          </Text>
        </View>
        {c.cooling_off_seconds_left > 0 ? (
          <Text className="prepaid__hint prepaid-cooling">
            冷静期剩余 {days(c.cooling_off_seconds_left)}：未消费可全额退款
          </Text>
        ) : null}
        {c.status === 'frozen' ? (
          <Text className="prepaid__hint">
            该商户已被监管冻结，暂停核销；如未解冻，剩余资金将于 {c.auto_refund_at?.slice(0, 10)}{' '}
            前全额退回您的钱包。
          </Text>
        ) : null}
      </View>
      {c.status === 'awaiting_payment' ? (
        <View className="card">
          <Text className="prepaid__title">合约条款</Text>
          <Text className="prepaid__hint prepaid-terms">{c.terms}</Text>
          <Button
            role="button"
            className="btn btn--primary prepaid-pay"
            disabled={busy}
            onClick={() => void pay()}
          >
            {busy ? '支付中…' : `同意条款并用数字人民币支付 ${formatYuan(c.paid_fen)}`}
          </Button>
        </View>
      ) : null}
      <View className="card">
        <Text className="prepaid__title">核销与拨付</Text>
        {write_offs.length === 0 ? <Text className="prepaid__hint">暂无核销记录</Text> : null}
        {write_offs.map((w) => (
          <View key={w.id} className="prepaid-writeoff">
            <View className="prepaid__row">
              <Text>
                第 {w.seq} 次 · {w.units} {UNIT[c.kind]} · {formatYuan(w.amount_fen)}
              </Text>
              <Text>{WO[w.status]}</Text>
            </View>
            {w.status === 'pending_confirm' ? (
              <View className="prepaid__actions">
                <Button
                  role="button"
                  size="mini"
                  className="btn btn--primary prepaid-confirm"
                  disabled={busy}
                  onClick={() => void confirm(w)}
                >
                  确认消费
                </Button>
                <Button
                  role="button"
                  size="mini"
                  className="btn"
                  disabled={busy}
                  onClick={() => void reject(w)}
                >
                  不是我本人消费
                </Button>
                <Text className="prepaid__hint">
                  未处理将于 {w.confirm_due_at?.slice(0, 16).replace('T', ' ')} 自动确认
                </Text>
              </View>
            ) : null}
          </View>
        ))}
      </View>
      {['active', 'partially_released', 'frozen'].includes(c.status) ? (
        <View className="card">
          {quote ? (
            <View className="prepaid-quote">
              <Text className="prepaid__title">
                {quote.kind === 'cooling_off' ? '冷静期全额退款' : '按剩余部分退款'}
              </Text>
              <View className="prepaid__row">
                <Text>实付</Text>
                <Text>{formatYuan(quote.paid_fen)}</Text>
              </View>
              <View className="prepaid__row">
                <Text>已消费（含赠送折算）</Text>
                <Text>{formatYuan(quote.consumed_fen)}</Text>
              </View>
              <View className="prepaid__row">
                <Text>退回您的钱包</Text>
                <Text className="prepaid-refund-amount">{formatYuan(quote.refund_fen)}</Text>
              </View>
              {quote.refundable ? (
                <Button
                  role="button"
                  className="btn btn--primary prepaid-refund-confirm"
                  disabled={busy}
                  onClick={() => void refund(quote)}
                >
                  确认退款 {formatYuan(quote.refund_fen)}
                </Button>
              ) : (
                <Text className="prepaid__error">{messageFor(quote.blocked_by ?? 'NOTHING_TO_REFUND')}</Text>
              )}
            </View>
          ) : (
            <Button
              role="button"
              className="btn prepaid-refund"
              disabled={busy}
              onClick={() => void askQuote()}
            >
              申请退款（先看退款金额）
            </Button>
          )}
        </View>
      ) : null}
      {error ? (
        <View className="card">
          <Text className="prepaid__error prepaid-error">{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
