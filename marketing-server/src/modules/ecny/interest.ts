// Interest on e-CNY wallets (the 2026 Action Plan, SPECS.md §E1): real-name wallets (tiers 1–3) earn
// the demand-deposit rate from 2026-01-01, accrued daily and paid quarterly on the 21st of the
// quarter's last month; tier 4 earns nothing. Computed the way banks compute demand-deposit interest
// (积数计息): each day adds that day's closing balance to the period's 计息积数 (fen-days), and at the
// payment date interest = 积数 × annual rate / 360, rounded half up to the fen once — so no fen is
// lost or made up by rounding every day. Integer (BigInt) arithmetic throughout.
//
// The pure rules only; the daily accrual job, the payment and its ledger posting are in
// interest-job.ts.

/** Interest-bearing from this CST day (yyyy-mm-dd). */
export const INTEREST_FROM = '2026-01-01';

export function earnsInterest(walletLevel: string, day: string): boolean {
  return day >= INTEREST_FROM && ['WL01', 'WL02', 'WL03'].includes(walletLevel);
}

/** Adds one day's closing balance (fen) to the period's 积数 (fen-days). */
export function accrue(productFenDays: bigint, closingBalanceFen: number): bigint {
  if (!Number.isSafeInteger(closingBalanceFen) || closingBalanceFen < 0)
    throw new Error('closing balance must be a non-negative integer of fen');
  return productFenDays + BigInt(closingBalanceFen);
}

/**
 * Interest for a period's 积数 at an annual rate in basis points (0.05 % = 5 bp): 积数 × bp / 10000 /
 * 360, rounded half up to the fen.
 */
export function interestFen(productFenDays: bigint, annualRateBp: number): number {
  if (!Number.isInteger(annualRateBp) || annualRateBp < 0) throw new Error('rate must be whole basis points');
  const den = 10_000n * 360n;
  const num = productFenDays * BigInt(annualRateBp);
  return Number((num * 2n + den) / (den * 2n));
}

const QUARTER_END_MONTHS = [3, 6, 9, 12];
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The payment date (the 21st of a quarter's last month) on or after a CST day. */
export function paymentDateFor(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  for (const qm of QUARTER_END_MONTHS) if (m < qm || (m === qm && d <= 21)) return iso(y, qm, 21);
  return iso(y + 1, 3, 21);
}

/**
 * The days whose balances a payment date pays: from the previous payment date up to the day before
 * this one (the 21st of the previous quarter's last month through the 20th), as inclusive bounds.
 */
export function accrualPeriod(paymentDate: string): { from: string; to: string } {
  const [y, m] = paymentDate.split('-').map(Number);
  if (!QUARTER_END_MONTHS.includes(m) || !paymentDate.endsWith('-21'))
    throw new Error(`${paymentDate} is not a payment date`);
  const prev = m === 3 ? iso(y - 1, 12, 21) : iso(y, m - 3, 21);
  return { from: prev, to: iso(y, m, 20) };
}
