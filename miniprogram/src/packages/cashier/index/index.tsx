import './index.css';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api, newIdempotencyKey } from '../../../api';
import { ApiError, messageFor } from '../../../api/errors';
import type { Claim, Page } from '../../../api/types';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { PinSheet } from '../../../components/PinSheet';
import { StateView } from '../../../components/StateView';
import {
  estimate,
  RESULT_TITLE,
  type CashierChannel,
  type CashierPage,
  type CouponOption,
  type PayAnswer,
} from '../../../lib/cashier';
import { formatYuan } from '../../../lib/money';
import { ensureLoggedIn, PAGES } from '../../../lib/nav';
import { session } from '../../../lib/session';
import { usePinConfirm } from '../../../lib/use-pin-confirm';
import { useRemote } from '../../../lib/use-remote';

// The aggregated cashier (聚合收银台): the order scanned from a till's dynamic QR, the ways to pay,
// the subsidy e-CNY gets (a coupon), pay, and the result.

async function load(id: string) {
  const page = await api.get<CashierPage>(`/me/cashier/orders/${id}`);
  const claims = await api
    .get<Page<Claim>>('/me/claims?limit=50')
    .catch(() => ({ items: [] as Claim[], next_cursor: null }));
  const coupons: CouponOption[] = claims.items
    .filter((c) => c.kind === 'coupon' && c.status === 'granted' && c.coupon)
    .map((c) => ({
      code: c.coupon!.code,
      campaign_name: c.campaign_name ?? '优惠券',
      amount_fen: c.amount_fen,
    }));
  return { page, coupons };
}

export default function Cashier() {
  const { params } = useRouter();
  const id = params.order_id ?? '';
  const here = `${PAGES.cashier}?order_id=${id}`;
  const { remote, reload } = useRemote(() => load(id), [id]);
  const [channel, setChannel] = useState<CashierChannel>('ecny');
  const [coupon, setCoupon] = useState<CouponOption | null>(null);
  const [paying, setPaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<PayAnswer | null>(null);
  const [key] = useState(() => newIdempotencyKey('cashier'));
  // e-CNY from the citizen's wallet: the PIN sheet first above ¥200 once a PIN is set.
  const pin = usePinConfirm(
    'cashier',
    (paymentToken) => send(paymentToken),
    (msg) => setError(msg),
  );

  if (!session.token()) return <LoginPrompt backTo={here} what="收银台订单" />;
  if (remote.state === 'error') return <StateView kind="error" error={remote.error} onRetry={reload} />;
  if (remote.state !== 'ready') return <StateView kind="loading" />;
  const { page, coupons } = remote.data;
  const o = page.order;
  const est = estimate(o.amount_fen, channel, coupon);

  async function pay() {
    if (!ensureLoggedIn(here) || paying) return;
    setError(null);
    if (channel === 'ecny' && est.payable_fen > 0) await pin.open(est.payable_fen);
    else await send(undefined);
  }

  async function send(paymentToken: string | undefined) {
    setPaying(true);
    setError(null);
    try {
      const body = {
        channel,
        ...(channel === 'ecny' && coupon ? { coupon_code: coupon.code } : {}),
        ...(channel === 'card' ? { card_token: 'tok_demo4242' } : {}),
        ...(paymentToken ? { payment_token: paymentToken } : {}),
      };
      setResult(
        await api.post<PayAnswer>(`/me/cashier/orders/${id}/pay`, body, {
          idempotencyKey: `${key}-${channel}-${coupon?.code ?? ''}`,
        }),
      );
    } catch (err) {
      setError(err instanceof ApiError ? err.message : messageFor('INTERNAL_ERROR'));
    } finally {
      setPaying(false);
    }
  }

  if (result)
    return (
      <View className="cashier">
        <View className="card cashier__result">
          <Text className="cashier__result-title">
            {RESULT_TITLE[result.payment.status] ?? result.payment.status}
          </Text>
          <View className="cashier__total">
            <Text>订单金额</Text>
            <Text>{formatYuan(result.order.amount_fen)}</Text>
          </View>
          {result.payment.discount_fen > 0 ? (
            <View className="cashier__total">
              <Text>活动补贴</Text>
              <Text>-{formatYuan(result.payment.discount_fen)}</Text>
            </View>
          ) : null}
          <View className="cashier__total">
            <Text>实付</Text>
            <Text className="cashier-paid">{formatYuan(result.payment.amount_fen)}</Text>
          </View>
        </View>
      </View>
    );

  return (
    <View className="cashier">
      <View className="card">
        <Text className="cashier__merchant">{page.merchant_name}</Text>
        <Text className="cashier__amount">{formatYuan(o.amount_fen)}</Text>
        <Text className="cashier__hint">{o.description}</Text>
      </View>
      <View className="card">
        {page.channels.map((c) => (
          <View
            role="button"
            key={c.channel}
            className={`cashier__channel ${channel === c.channel ? 'cashier__channel--on' : ''}`}
            onClick={() => setChannel(c.channel)}
          >
            <View>
              <Text className="cashier__name">{c.label}</Text>
              {c.subsidy_eligible ? <Text className="cashier__tag">可享活动补贴</Text> : null}
            </View>
            <Text>{channel === c.channel ? '●' : '○'}</Text>
          </View>
        ))}
      </View>
      {channel === 'ecny' ? (
        <View className="card">
          <Text>活动补贴</Text>
          {coupons.length === 0 ? <Text className="cashier__hint">暂无可用优惠券</Text> : null}
          {coupons.map((c) => (
            <View
              role="button"
              key={c.code}
              className={`cashier__coupon ${coupon?.code === c.code ? 'cashier__coupon--on' : ''}`}
              onClick={() => setCoupon(coupon?.code === c.code ? null : c)}
            >
              <Text>{c.campaign_name}</Text>
              <Text>最高减 {formatYuan(c.amount_fen)}</Text>
            </View>
          ))}
        </View>
      ) : (
        <View className="card">
          <Text className="cashier__hint">活动补贴仅限数字人民币支付</Text>
        </View>
      )}
      <View className="card">
        {est.discount_fen > 0 ? (
          <View className="cashier__total">
            <Text>补贴</Text>
            <Text>-{formatYuan(est.discount_fen)}</Text>
          </View>
        ) : null}
        <View className="cashier__total">
          <Text>应付</Text>
          <Text className="cashier-payable">{formatYuan(est.payable_fen)}</Text>
        </View>
        {error ? <Text className="cashier__error">{error}</Text> : null}
        <Button
          role="button"
          className="btn btn--primary cashier-pay"
          disabled={paying || o.status !== 'created'}
          onClick={() => void pay()}
        >
          {o.status === 'created' ? (paying ? '支付中…' : '确认支付') : '订单已处理'}
        </Button>
      </View>
      {pin.sheet ? <PinSheet {...pin.sheet} /> : null}
    </View>
  );
}
