import { Text, View } from '@tarojs/components';
import type { Campaign } from '../api/types';
import { formatYuanShort } from '../lib/money';
import { couponHeadline, merchantScopeText } from '../lib/coupon-status';
import { Countdown } from './Countdown';

export function campaignHeadline(c: Campaign): string {
  if (c.kind === 'coupon' && c.coupon) return couponHeadline(c.coupon);
  if (c.red_packet?.mode === 'random') return '随机金额';
  return formatYuanShort(c.face_fen);
}

/** Eligibility in words before any tap: what would happen if the citizen tapped now. */
/** What a citizen who used up their claims reads: when they may claim again, per the server's period. */
export function limitReachedText(period: string | undefined): string {
  switch (period) {
    case 'day':
      return '今日已领取，明天再来';
    case 'week':
      return '本周已领取，下周再来';
    case 'month':
      return '本月已领取，下月再来';
    default:
      return '已领取';
  }
}

export function eligibilityLine(c: Campaign, loggedIn: boolean): { ok: boolean; text: string } {
  if (c.remaining <= 0) return { ok: false, text: '已领完' };
  if (!loggedIn) return { ok: true, text: '登录后查看领取资格' };
  const mine = c.mine;
  if (!mine) return { ok: true, text: '' };
  if (mine.eligible)
    return { ok: true, text: c.status === 'upcoming' ? '符合领取条件，开抢后可领' : '可领取' };
  if (mine.code === 'USER_LIMIT_REACHED') return { ok: false, text: limitReachedText(mine.period) };
  return { ok: false, text: mine.reasons[0] ?? '暂不符合领取条件' };
}

export function CampaignCard({
  campaign: c,
  loggedIn,
  onOpen,
  onStarted,
}: {
  campaign: Campaign;
  loggedIn: boolean;
  onOpen: () => void;
  onStarted?: () => void;
}) {
  const eligibility = eligibilityLine(c, loggedIn);
  const leftPct = c.stock_total > 0 ? Math.round((c.remaining / c.stock_total) * 100) : 0;
  return (
    <View className={`card campaign-card campaign-card--${c.kind}`} data-campaign={c.id} onClick={onOpen}>
      <View className="campaign-card__amount">
        <Text className="campaign-card__headline">{campaignHeadline(c)}</Text>
        <Text className="tag">{c.kind === 'coupon' ? '消费券' : '数字人民币红包'}</Text>
      </View>
      <View className="campaign-card__body">
        <Text className="campaign-card__name">{c.name}</Text>
        {c.description ? <Text className="campaign-card__desc">{c.description}</Text> : null}
        {c.coupon ? (
          <Text className="campaign-card__desc">{merchantScopeText(c.coupon.merchants)}</Text>
        ) : null}
        <View className="campaign-card__meta">
          {c.status === 'upcoming' ? (
            <Countdown seconds={c.starts_in_s} onDone={onStarted} />
          ) : (
            <Text className="stock">
              剩余 {c.remaining}/{c.stock_total}（{leftPct}%）
            </Text>
          )}
          {eligibility.text ? (
            <Text className={`eligibility ${eligibility.ok ? 'eligibility--ok' : 'eligibility--no'}`}>
              {eligibility.text}
            </Text>
          ) : null}
        </View>
      </View>
    </View>
  );
}
