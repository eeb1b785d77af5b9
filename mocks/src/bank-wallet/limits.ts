// Wallet codes, level limits and the China Standard Time calendar the limits are counted in.

export const WALLET_TYPES = ['WT01', 'WT02', 'WT03', 'WT09', 'WT10'] as const;
export type WalletType = (typeof WALLET_TYPES)[number];
export const WALLET_LEVELS = ['WL01', 'WL02', 'WL03', 'WL04'] as const;
export type WalletLevel = (typeof WALLET_LEVELS)[number];

/** Corporate wallets (WT09 corporate, WT10 corporate sub-wallet) are not bound by the personal tiers. */
export const isCorporate = (type: WalletType) => type === 'WT09' || type === 'WT10';

/** All amounts in fen. Per payment / daily / yearly count money paid out of the wallet. */
export type LevelLimits = {
  balance_fen: number;
  per_payment_fen: number;
  daily_fen: number;
  yearly_fen: number;
};
export type LimitTable = Record<WalletLevel, LevelLimits>;

/** One bank's 2020 agreement (see DOMAIN.md), yuan × 100. */
export const DEFAULT_LIMITS: LimitTable = {
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

const CST_OFFSET_MS = 8 * 3_600_000;

/** `yyyyMMdd` of the instant's calendar day in Asia/Shanghai (UTC+8, no daylight saving). */
export function cstDay(at: Date | number): string {
  const d = new Date(new Date(at).getTime() + CST_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
}

export const cstYear = (at: Date | number) => cstDay(at).slice(0, 4);

/** `2026-03-01 09:30:00` in CST, the format Chinese bank statements use. */
export function cstDateTime(at: Date | number): string {
  return new Date(new Date(at).getTime() + CST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Validates `yyyyMMdd` as a real calendar date. */
export function isBillDate(s: string): boolean {
  if (!/^\d{8}$/.test(s)) return false;
  const d = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replaceAll('-', '') === s;
}

export const maskWalletId = (id: string) => `${id.slice(0, 6)}******${id.slice(-4)}`;
export const maskCard = (no: string) => `${no.slice(0, 6)}******${no.slice(-4)}`;
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
