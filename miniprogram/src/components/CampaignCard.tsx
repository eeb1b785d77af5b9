import { Button, Text, View } from '@tarojs/components';
import type { Campaign } from '../api/types';
import { formatYuanShort } from '../lib/money';
import { couponHeadline, merchantScopeText } from '../lib/coupon-status';
import { formatCst } from '../lib/time';
import { Countdown } from './Countdown';

export function campaignHeadline(c: Campaign): string {
  if (c.kind === 'coupon' && c.coupon) return couponHeadline(c.coupon);
  if (c.red_packet?.mode === 'random') return '随机金额';
  return formatYuanShort(c.face_fen);
}

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

/**
 * The claimed share of the stock, rounded down: 999 of 1,000 claimed reads 99 %, and 100 % only when
 * nothing is left (rounding would announce a sold-out campaign that still has a packet).
 */
export function claimedPercent(c: Pick<Campaign, 'remaining' | 'stock_total'>): number {
  if (c.stock_total <= 0 || c.remaining <= 0) return 100;
  const claimed = Math.max(0, c.stock_total - c.remaining);
  return Math.min(99, Math.floor((claimed * 100) / c.stock_total));
}

export const isSoldOut = (c: Pick<Campaign, 'remaining'>) => c.remaining <= 0;

/**
 * The home list in the order a citizen can act on it: campaigns open now (running before paused),
 * then those about to start, then the sold-out ones, greyed, at the bottom.
 */
export function homeSections(items: Campaign[]): { open: Campaign[]; soon: Campaign[]; gone: Campaign[] } {
  const live = items.filter((c) => c.status === 'running' || c.status === 'paused');
  return {
    open: live
      .filter((c) => !isSoldOut(c))
      .sort((a, b) => Number(a.status === 'paused') - Number(b.status === 'paused')),
    soon: items.filter((c) => c.status === 'upcoming' && !isSoldOut(c)),
    gone: live.filter(isSoldOut),
  };
}

/** The button on a card: what tapping it would do now, and whether it can. */
export function cardAction(c: Campaign, loggedIn: boolean): { label: string; enabled: boolean } {
  if (isSoldOut(c)) return { label: '已抢光', enabled: false };
  if (c.status === 'upcoming') return { label: '未开始', enabled: false };
  if (c.status === 'paused') return { label: '暂停中', enabled: false };
  if (c.mine?.code === 'USER_LIMIT_REACHED') return { label: '已领取', enabled: false };
  if (loggedIn && c.mine && !c.mine.eligible) return { label: '看详情', enabled: true };
  return { label: '领取', enabled: true };
}

/** Eligibility in words before any tap: what would happen if the citizen tapped now. */
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
  onClaim,
  onStarted,
}: {
  campaign: Campaign;
  loggedIn: boolean;
  onOpen: () => void;
  /** The card's 领取 button; without it the button opens the campaign like the card. */
  onClaim?: () => void;
  onStarted?: () => void;
}) {
  const eligibility = eligibilityLine(c, loggedIn);
  const action = cardAction(c, loggedIn);
  const soldOut = isSoldOut(c);
  const upcoming = c.status === 'upcoming';
  const state = soldOut ? 'soldout' : upcoming ? 'upcoming' : c.status;
  const pct = claimedPercent(c);
  // The whole card opens the campaign for a pointer; for a keyboard or screen reader the name is the
  // link (a card with role=button could not also hold the 领取 button: nested interactive controls).
  // The link has no handler of its own: its click bubbles to the card's.
  return (
    <View
      className={`card campaign-card campaign-card--${c.kind} campaign-card--${state}`}
      data-campaign={c.id}
      data-state={state}
      onClick={onOpen}
    >
      <View className="campaign-card__amount">
        <Text className="campaign-card__headline">{campaignHeadline(c)}</Text>
        <Text className="tag">{c.kind === 'coupon' ? '消费券' : '数字人民币红包'}</Text>
      </View>
      <View className="campaign-card__body">
        <View className="campaign-card__name" role="heading" aria-level={3}>
          <View role="link" className="campaign-card__link">
            {c.name}
          </View>
        </View>
        {c.description ? <Text className="campaign-card__desc">{c.description}</Text> : null}
        {c.coupon ? (
          <Text className="campaign-card__desc">{merchantScopeText(c.coupon.merchants)}</Text>
        ) : null}
        {upcoming ? (
          <View className="campaign-card__meta">
            <Text className="campaign-card__start">{formatCst(c.claim_start_at)} 开抢</Text>
            <Countdown seconds={c.starts_in_s} onDone={onStarted} />
          </View>
        ) : (
          <View className="campaign-card__progress">
            <View className="progress" aria-hidden="true">
              <View className="progress__bar" style={{ width: `${pct}%` }} />
            </View>
            <Text className="stock">
              {soldOut ? '已抢光' : `已抢 ${pct}% · 剩余 ${c.remaining}/${c.stock_total}`}
            </Text>
          </View>
        )}
        <View className="campaign-card__meta">
          {eligibility.text && !soldOut ? (
            <Text className={`eligibility ${eligibility.ok ? 'eligibility--ok' : 'eligibility--no'}`}>
              {eligibility.text}
            </Text>
          ) : (
            <View />
          )}
          <Button
            role="button"
            className={`btn btn--small card-claim ${action.enabled ? 'btn--primary' : 'card-claim--off'}`}
            aria-label={`${action.label} ${c.name}`}
            aria-disabled={action.enabled ? undefined : 'true'}
            onClick={(e) => {
              e.stopPropagation();
              if (!action.enabled) return;
              (onClaim ?? onOpen)();
            }}
          >
            {action.label}
          </Button>
        </View>
      </View>
    </View>
  );
}
