import dayjs from 'dayjs';
import type { Values } from './CampaignWizard';
import type { Campaign } from './types';

const yuanOf = (f: number | undefined) => (f === undefined ? undefined : f / 100);

/**
 * A campaign as the wizard's values: to edit it (same window), or to copy it into a new draft (a copy
 * is named as one, and a window already begun moves to start in ten minutes, keeping its length).
 */
export function valuesFromCampaign(c: Campaign, opts: { copy?: boolean; now?: Date } = {}): Values {
  const rp = c.red_packet;
  const k = c.coupon;
  const w = k?.use_window;
  let start = dayjs(c.claim_start_at);
  let end = dayjs(c.claim_end_at);
  const now = dayjs(opts.now ?? new Date());
  if (opts.copy && start.isBefore(now)) {
    const length = end.diff(start);
    start = now.add(10, 'minute').startOf('minute');
    end = start.add(length, 'millisecond');
  }
  return {
    kind: c.kind,
    name: opts.copy ? `${c.name}（副本）` : c.name,
    description: c.description ?? undefined,
    funder_id: c.funder_id,
    budget_yuan: c.budget_fen / 100,
    rp_mode: rp?.mode ?? 'fixed',
    rp_amount_yuan: rp?.mode === 'fixed' ? rp.amount_fen / 100 : undefined,
    rp_count: rp?.mode === 'random' ? rp.count : undefined,
    coupon_type: k?.type ?? 'threshold',
    threshold_yuan: yuanOf(k?.threshold_fen),
    discount_yuan: yuanOf(k?.discount_fen),
    percent_off: k?.percent_off,
    cap_yuan: yuanOf(k?.cap_fen),
    use_days: w && 'days' in w ? w.days : 7,
    merchant_ids: k?.merchant_ids ?? [],
    claim_window: [start, end],
    per_user_count: c.limits.per_user.count,
    per_user_period: c.limits.per_user.period,
    natural_person: c.limits.natural_person,
    max_count_per_day: c.limits.max_count_per_day,
    carried: {
      use_window: w && 'end_at' in w ? w : undefined,
      rp_merchant_ids: rp?.merchant_ids,
      rp_use_days: rp?.use_days,
      max_count: c.limits.max_count,
      max_amount_fen: c.limits.max_amount_fen,
    },
  };
}
