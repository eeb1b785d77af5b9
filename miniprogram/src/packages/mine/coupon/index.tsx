import './index.css';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from '../../../api';
import type { Claim } from '../../../api/types';
import { QrCode } from '../../../components/QrCode';
import { StateView } from '../../../components/StateView';
import { couponHeadline, displayStatus, merchantScopeText, STATUS_LABEL } from '../../../lib/coupon-status';
import { formatYuan } from '../../../lib/money';
import { formatCst } from '../../../lib/time';
import { useRemote } from '../../../lib/use-remote';
import { cachedCoupon, rememberCoupon } from '../../../lib/coupon-cache';
import { session } from '../../../lib/session';

export default function CouponCode() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const userId = session.user()?.id ?? '';
  const { remote, reload } = useRemote(async () => {
    const claim = await api.get<Claim>(`/me/claims/${id}`);
    if (userId) rememberCoupon(userId, claim);
    return claim;
  }, [id]);
  // Without a network, a coupon opened here before is shown from the phone, marked as such.
  const offline =
    !remote.data && remote.state === 'error' && remote.error.code === 'NETWORK_ERROR' && userId
      ? cachedCoupon(userId, id)
      : null;
  // The cashier scans from the citizen's screen: make it as bright as the phone allows.
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') void Taro.setScreenBrightness({ value: 1 }).catch(() => undefined);
  }, []);

  if (!remote.data && !offline) {
    return (
      <View className="page">
        {remote.state === 'error' ? (
          <StateView kind="error" error={remote.error} onRetry={reload} homeLink />
        ) : (
          <StateView kind="loading" />
        )}
      </View>
    );
  }
  const claim = remote.data ?? offline!.claim;
  const coupon = claim.coupon;
  if (!coupon)
    return (
      <StateView
        kind="empty"
        emptyText="这是红包，没有券码"
        action={{ label: '回到券包', onTap: () => void open('coupons') }}
      />
    );
  const status = displayStatus(claim);
  return (
    <View className="page coupon-code">
      {offline ? (
        <View className="banner banner--warn coupon-code__offline" role="status">
          <Text>
            网络不可用，显示的是 {formatCst(offline.saved_at)} 确认过的券码；是否已使用以收银台核销为准
          </Text>
          <Text className="link" role="button" onClick={() => void reload()}>
            重新加载
          </Text>
        </View>
      ) : null}
      <View className="card coupon-code__card">
        <Text className="coupon-code__name">{claim.campaign_name}</Text>
        <Text className="coupon-code__value">
          {coupon.terms ? couponHeadline(coupon.terms) : formatYuan(claim.amount_fen)}
        </Text>
        <Text className={`badge badge--${status}`}>{STATUS_LABEL[status]}</Text>
        <QrCode code={coupon.code} dim={status !== 'usable'} barcode />
        <Text className="coupon-code__hint">
          {status === 'usable' ? '结账时出示二维码，或告知收银员券码' : `此券${STATUS_LABEL[status]}`}
        </Text>
        <View className="coupon-code__terms">
          <Text>面额 {formatYuan(claim.amount_fen)}</Text>
          {coupon.terms?.threshold_fen ? (
            <Text>订单满 {formatYuan(coupon.terms.threshold_fen)} 可用</Text>
          ) : null}
          <Text>
            有效期 {formatCst(coupon.use_start_at)} 至 {formatCst(coupon.use_end_at)}
          </Text>
          <Text>{merchantScopeText(coupon.merchants)}</Text>
        </View>
      </View>
    </View>
  );
}
