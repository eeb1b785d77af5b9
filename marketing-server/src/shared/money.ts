/** ¥1,234.56 from integer fen, for messages shown to people; never used for arithmetic. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${digits.slice(-2)}`;
}

/**
 * 1234.56 from integer fen: yuan as a plain decimal with two places, no currency sign and no
 * grouping, for files and APIs that carry amounts as decimal numbers (GTFS `amount`).
 */
export function decimalYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new TypeError(`decimalYuan needs integer fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * `pct` percent of an integer amount of fen, as whole fen: rounded down (a discount the platform
 * grants) or up (a price scaled by a vehicle class). Integer in, integer out; the one place where
 * percentages of money are taken.
 */
export function percentOfFen(fen: number, pct: number, rounding: 'down' | 'up'): number {
  if (!Number.isSafeInteger(fen) || !Number.isSafeInteger(pct)) {
    throw new TypeError(`percentOfFen needs integers, got ${fen} and ${pct}`);
  }
  const product = fen * pct;
  const whole = Math.trunc(product / 100);
  const exact = whole * 100 === product;
  return rounding === 'down' || exact ? whole : whole + 1;
}
