import { Button, Text, View } from '@tarojs/components';
import type { Claim } from '../api/types';
import { formatYuan } from '../lib/money';
import { couponHeadline } from '../lib/coupon-status';

/** The moment after a successful tap: the packet opens and shows what was won. */
export function RedPacketOpening({
  claim,
  onClose,
  onView,
}: {
  claim: Claim;
  onClose: () => void;
  onView: () => void;
}) {
  const isCoupon = claim.kind === 'coupon';
  return (
    <View className="opening" role="dialog" aria-label="领取成功">
      <View className="opening__packet">
        <View className="opening__flap" />
        <Text className="opening__title">{isCoupon ? '领券成功' : '恭喜发财'}</Text>
        <Text className="opening__amount">{formatYuan(claim.amount_fen)}</Text>
        <Text className="opening__sub">
          {isCoupon && claim.coupon?.terms
            ? `${couponHeadline(claim.coupon.terms)} · 已放入券包`
            : claim.status === 'held'
              ? '领取成功，审核通过后发放到钱包'
              : '数字人民币红包，将发放到您的钱包'}
        </Text>
        <Button className="btn btn--gold opening__btn" onClick={onView}>
          {isCoupon ? '查看券码' : '查看我的红包'}
        </Button>
        <Text className="opening__close" onClick={onClose}>
          关闭
        </Text>
      </View>
    </View>
  );
}
