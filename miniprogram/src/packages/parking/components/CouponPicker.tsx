import { Text, View } from '@tarojs/components';
import type { ParkingCoupon } from '../../../api/types';
import { formatYuan } from '../../../lib/money';
import type { CouponChoice } from '../../../lib/parking';
import { formatCstDate } from '../../../lib/time';

/** The driver's coupons usable on this stay, and "不使用优惠券"; `selected` is the one applied now. */
export function CouponPicker({
  coupons,
  selected,
  onChoose,
  locked,
}: {
  coupons: ParkingCoupon[];
  selected: ParkingCoupon | null;
  onChoose: (choice: CouponChoice) => void;
  /** A payment awaiting its outcome keeps its coupon: the choice cannot change until it is known. */
  locked?: boolean;
}) {
  if (coupons.length === 0) return <Text className="muted">暂无可用于本次停车的优惠券</Text>;
  const choose = (choice: CouponChoice) => {
    if (!locked) onChoose(choice);
  };
  return (
    <View className="coupons">
      {coupons.map((c) => (
        <View
          role="button"
          key={c.coupon_code}
          className={`coupon-option ${selected?.coupon_code === c.coupon_code ? 'coupon-option--on' : ''}`}
          data-coupon={c.coupon_code}
          onClick={() => choose({ kind: 'code', code: c.coupon_code })}
        >
          <View className="coupon-option__radio" />
          <View className="coupon-option__body">
            <Text className="coupon-option__name">{c.campaign_name}</Text>
            {c.use_end_at ? (
              <Text className="coupon-option__meta">有效期至 {formatCstDate(c.use_end_at)}</Text>
            ) : null}
          </View>
          <Text className="coupon-option__off">-{formatYuan(c.discount_fen)}</Text>
        </View>
      ))}
      <View
        role="button"
        className={`coupon-option coupon-option--none ${selected ? '' : 'coupon-option--on'}`}
        onClick={() => choose({ kind: 'none' })}
      >
        <View className="coupon-option__radio" />
        <View className="coupon-option__body">
          <Text className="coupon-option__name">不使用优惠券</Text>
        </View>
      </View>
    </View>
  );
}
