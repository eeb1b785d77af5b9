// Campaign windows are Beijing time whatever the phone's zone is: render them in UTC+8.
const CST_OFFSET_MS = 8 * 3600_000;

function cstParts(iso: string) {
  const d = new Date(new Date(iso).getTime() + CST_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
  };
}

/** 2026-12-01 20:00 (Beijing time). */
export function formatCst(iso: string): string {
  const p = cstParts(iso);
  return `${p.date} ${p.time}`;
}

export function formatCstDate(iso: string): string {
  return cstParts(iso).date;
}

/** "2天 03:04:05" / "03:04:05" until a start. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86400);
  const two = (n: number) => String(n).padStart(2, '0');
  const hms = `${two(Math.floor((s % 86400) / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return days > 0 ? `${days}天 ${hms}` : hms;
}
