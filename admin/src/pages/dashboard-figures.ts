import type { ResponseOf } from '../api-types';

type Funnel = ResponseOf<'getAdminAnalyticsOverview'>['funnel'];

/** Each step of the funnel as a share of the step before it: 浏览 → 领取 → 核销. */
export function funnelSteps(f: Funnel): { name: string; value: number; rate: string | null }[] {
  const pct = (n: number, of: number) => (of > 0 ? `${((n * 100) / of).toFixed(1)}%` : null);
  return [
    { name: '浏览', value: f.views, rate: null },
    { name: '领取', value: f.claims, rate: pct(f.claims, f.views) },
    { name: '核销', value: f.redemptions, rate: pct(f.redemptions, f.claims) },
  ];
}
