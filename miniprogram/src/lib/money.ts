/** ¥1,234.56 from integer fen; amounts never pass through floating point. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new TypeError(`amount must be an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥20 or ¥20.50: for headlines where trailing .00 is noise. */
export function formatYuanShort(fen: number): string {
  const full = formatYuan(fen);
  return full.endsWith('.00') ? full.slice(0, -3) : full;
}

/**
 * Parses what a citizen typed ("100", "99.5", "0.01") into fen; null if it is not a positive amount
 * with at most two decimals. Done on the digits, not with parseFloat, so 0.29 stays 29 fen.
 */
export function parseYuanInput(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}
