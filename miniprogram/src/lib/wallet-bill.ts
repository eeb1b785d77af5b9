/** yyyyMM of the Beijing-time month `delta` months from `month` (or from the month of `now`). */
export function shiftMonth(month: string | null, delta: number, now: Date = new Date()): string {
  const cst = new Date(now.getTime() + 8 * 3600_000);
  const y = month ? Number(month.slice(0, 4)) : cst.getUTCFullYear();
  const m = month ? Number(month.slice(4, 6)) - 1 : cst.getUTCMonth();
  const t = y * 12 + m + delta;
  return `${Math.floor(t / 12)}${String((t % 12) + 1).padStart(2, '0')}`;
}
