// Wallet tier limits as a parameter table keyed by (operator, level), all in fen (DOMAIN.md: one
// bank's 2020 agreement; the 2021 PBOC statement for anonymous tier 4). An operator without its own
// row uses the default table. Corporate wallets (WT09) are not bound by the personal tiers; they have
// a per-exchange ceiling of their own.

export type TierLimits = {
  balance_fen: number;
  per_payment_fen: number;
  daily_fen: number;
  yearly_fen: number;
};
export type LimitTable = Record<'WL01' | 'WL02' | 'WL03' | 'WL04', TierLimits>;

export const DEFAULT_TIER_LIMITS: LimitTable = {
  WL01: {
    balance_fen: 50_000_000,
    per_payment_fen: 5_000_000,
    daily_fen: 10_000_000,
    yearly_fen: 50_000_000,
  },
  WL02: { balance_fen: 1_000_000, per_payment_fen: 500_000, daily_fen: 1_000_000, yearly_fen: 30_000_000 },
  WL03: { balance_fen: 200_000, per_payment_fen: 200_000, daily_fen: 200_000, yearly_fen: 5_000_000 },
  WL04: { balance_fen: 100_000, per_payment_fen: 50_000, daily_fen: 100_000, yearly_fen: 1_000_000 },
};

/** A corporate wallet's ceiling for one exchange (¥5,000,000). */
export const CORPORATE_EXCHANGE_MAX_FEN = 500_000_000;

export type TierTable = { byOperator?: Record<string, LimitTable>; fallback: LimitTable };

export function tierLimits(t: TierTable, operatorId: string, level: string): TierLimits | null {
  const table = t.byOperator?.[operatorId] ?? t.fallback;
  return (table as Record<string, TierLimits>)[level] ?? null;
}

/**
 * The tier a personal wallet opens at, by what the institution verified: a phone only → WL04; a
 * verified real name → WL03; a verified real name and a deposit account of the holder here → WL02.
 * WL01 is opened in person at a branch, never online.
 */
export function tierFor(v: { realName: boolean; ownAccount: boolean }): 'WL02' | 'WL03' | 'WL04' {
  if (v.realName && v.ownAccount) return 'WL02';
  return v.realName ? 'WL03' : 'WL04';
}
