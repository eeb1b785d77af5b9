/** ¥1,234.56 from integer fen (never through floating point). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** "123.45" typed by an operator → 12345 fen; null if not a non-negative amount with ≤ 2 decimals. */
export function parseYuan(text: string): number | null {
  const m = /^\s*(\d{1,12})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Beijing time, whatever the browser's zone: 2026-12-01 20:00:05. */
export function cst(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** yyyyMMdd (CST) for a date, as the API's day parameters want. */
export function dayKey(d: Date): string {
  const c = new Date(d.getTime() + 8 * 3600_000);
  return `${c.getUTCFullYear()}${String(c.getUTCMonth() + 1).padStart(2, '0')}${String(c.getUTCDate()).padStart(2, '0')}`;
}

export const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  pending_approval: 'gold',
  approved: 'blue',
  rejected: 'red',
  running: 'green',
  paused: 'orange',
  ended: 'default',
  settled: 'purple',
};
