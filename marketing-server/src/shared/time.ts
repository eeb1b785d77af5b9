// The platform works in China Standard Time (UTC+8, no daylight saving): days, weeks and months
// for limits are counted there, and every timestamp leaves the API as RFC 3339 with +08:00.
const CST_OFFSET_MS = 8 * 3600_000;

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

export function toRfc3339(d: Date | string | number | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  const date = d instanceof Date ? d : new Date(d);
  const shifted = new Date(date.getTime() + CST_OFFSET_MS);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

function cstParts(d: Date) {
  const s = new Date(d.getTime() + CST_OFFSET_MS);
  return { y: s.getUTCFullYear(), m: s.getUTCMonth() + 1, day: s.getUTCDate(), dow: s.getUTCDay() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function cstDayKey(d: Date): string {
  const p = cstParts(d);
  return `${p.y}${pad(p.m)}${pad(p.day)}`;
}

export function cstMonthKey(d: Date): string {
  const p = cstParts(d);
  return `${p.y}${pad(p.m)}`;
}

/** The Monday (CST) that starts the ISO-like week containing d, as yyyyMMdd. */
export function cstWeekKey(d: Date): string {
  const p = cstParts(d);
  const sinceMonday = (p.dow + 6) % 7;
  return cstDayKey(new Date(d.getTime() - sinceMonday * 86400_000));
}

/** The instant a CST day (yyyyMMdd) begins, and the one after it ends. */
export function cstDayBounds(day: string): { start: Date; end: Date } {
  const start = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8))) - CST_OFFSET_MS,
  );
  return { start, end: new Date(start.getTime() + 86400_000) };
}

/** The CST day before the one containing d, as yyyyMMdd. */
export function previousCstDay(d: Date): string {
  return cstDayKey(new Date(d.getTime() - 86400_000));
}

export const isDayKey = (s: string) => /^\d{8}$/.test(s) && cstDayKey(cstDayBounds(s).start) === s;
