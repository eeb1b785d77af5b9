// Calendar arithmetic in China Standard Time (Asia/Shanghai: UTC+8, no daylight saving since 1991),
// done by offset so the library stays pure and fast.
const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86400_000;

export function toTime(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    // A bare date means the start of that day in China Standard Time.
    const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00+08:00`) : Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** Minutes since 00:00 CST. */
export const cstMinuteOfDay = (t: number) =>
  Math.floor(((((t + CST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);

/** ISO day of week in CST: Monday = 1 … Sunday = 7. */
export function cstDayOfWeek(t: number): number {
  const d = new Date(t + CST_OFFSET_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Days since the epoch, counted in CST (so two times on the same CST date share a number). */
export const cstDayNumber = (t: number) => Math.floor((t + CST_OFFSET_MS) / DAY_MS);

/** Minutes since midnight of "HH:MM"; "24:00" (the end of the day) only where `endOfDay` allows it. */
export function parseClock(hhmm: unknown, endOfDay = false): number | undefined {
  if (typeof hhmm !== 'string') return undefined;
  if (endOfDay && hhmm === '24:00') return 1440;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export { DAY_MS };
