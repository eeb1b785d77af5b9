import { Button, Text, View } from '@tarojs/components';
import type { Claim } from '../api/types';
import { formatYuan } from '../lib/money';
import { couponHeadline } from '../lib/coupon-status';

/**
 * The moment after a successful tap: the packet opens and shows what was won, as it really stands. A
 * claim held for review is not a win yet, and a red packet without a wallet goes nowhere until one is
 * bound: each says so and offers its next step.
 */
export function RedPacketOpening({
  claim,
  onClose,
  onView,
  onBindWallet,
}: {
  claim: Claim;
  onClose: () => void;
  onView: () => void;
  onBindWallet?: () => void;
}) {
  const isCoupon = claim.kind === 'coupon';
  const held = claim.status === 'held';
  const awaitingWallet = !isCoupon && !held && Boolean(claim.awaiting_wallet);
  const title = held ? '审核中' : isCoupon ? '领券成功' : '恭喜发财';
  const sub = held
    ? `领取已提交，正在进行安全审核；审核通过后${isCoupon ? '放入券包' : '发放到您的钱包'}，可在“我的”查看结果`
    : isCoupon && claim.coupon?.terms
      ? `${couponHeadline(claim.coupon.terms)} · 已放入券包`
      : awaitingWallet
        ? '待绑定钱包：绑定数字人民币钱包后自动到账'
        : '数字人民币红包，正在发放到您的钱包';
  return (
    <View className="opening" role="dialog" aria-label={title}>
      <View className="opening__packet">
        <View className="opening__flap" />
        <Text className="opening__title">{title}</Text>
        <Text className="opening__amount">{formatYuan(claim.amount_fen)}</Text>
        <Text className="opening__sub">{sub}</Text>
        {awaitingWallet && onBindWallet ? (
          <Button role="button" className="btn btn--gold opening__btn opening__bind" onClick={onBindWallet}>
            去绑定钱包
          </Button>
        ) : (
          <Button role="button" className="btn btn--gold opening__btn" onClick={onView}>
            {held ? '查看审核进度' : isCoupon ? '查看券码' : '查看我的红包'}
          </Button>
        )}
        <Text className="opening__close" role="button" aria-label="关闭" onClick={onClose}>
          关闭
        </Text>
      </View>
    </View>
  );
}
