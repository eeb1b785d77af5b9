import type { ChannelTotals, DailyReport, Lot } from './types';

// Labels and the small pure helpers of the parking pages (tested in model.test.ts).

export type Label = { label: string; color: string };

export const SESSION_STATUS: Record<string, Label> = {
  parked: { label: '在场', color: 'blue' },
  prepaid: { label: '已预付', color: 'cyan' },
  awaiting_payment: { label: '待缴费', color: 'gold' },
  left_unpaid: { label: '欠费离场', color: 'red' },
  completed: { label: '已完成', color: 'default' },
};

export const PAYMENT_CHANNEL: Record<string, string> = { app: '扫码支付', seamless: '无感支付' };

export const PAYMENT_STATUS: Record<string, Label> = {
  processing: { label: '处理中', color: 'processing' },
  succeeded: { label: '成功', color: 'green' },
  failed: { label: '失败', color: 'red' },
};

export const EXCEPTION_KIND: Record<string, Label> = {
  no_plate: { label: '无牌车', color: 'orange' },
  low_confidence: { label: '识别存疑', color: 'gold' },
  unmatched_exit: { label: '无入场记录', color: 'magenta' },
  unpaid_exit: { label: '欠费离场', color: 'red' },
  misread_matched: { label: '误识别已匹配', color: 'blue' },
};

export const VEHICLE_CLASS: Record<string, string> = {
  small: '小型车',
  large: '大型车',
  new_energy: '新能源车',
};

/** Only these roles may change lots or resolve exceptions (the server checks it again). */
export const OPERATOR_ROLES = ['campaign_manager'];

export const labelOf = (map: Record<string, Label>, key: string): Label =>
  map[key] ?? { label: key, color: 'default' };

/** A list request's query: filters that are set, the page size, and the cursor of the next page. */
export function listQuery(
  filters: Record<string, string | undefined>,
  limit: number,
  cursor?: string | null,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  q.set('limit', String(limit));
  if (cursor) q.set('cursor', cursor);
  return q.toString();
}

/** The next page appended, without a row twice should the list have moved between the two requests. */
export function mergePage<T extends { id: string }>(shown: T[], next: T[]): T[] {
  const seen = new Set(shown.map((r) => r.id));
  return [...shown, ...next.filter((r) => !seen.has(r.id))];
}

/** Whole minutes between entry and exit, or null while the car is inside. */
export function stayMinutes(entryAt: string, exitAt: string | null): number | null {
  if (!exitAt) return null;
  return Math.max(0, Math.floor((Date.parse(exitAt) - Date.parse(entryAt)) / 60_000));
}

export function durationText(minutes: number | null): string {
  if (minutes === null) return '—';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} 分钟`;
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`;
}

export function lotName(lots: Lot[], lotId: string): string {
  return lots.find((l) => l.id === lotId)?.name ?? lotId;
}

export function laneName(lots: Lot[], laneId: string | null): string {
  if (!laneId) return '—';
  for (const lot of lots) {
    const lane = lot.lanes.find((l) => l.id === laneId);
    if (lane) return lane.name;
  }
  return laneId;
}

/** yyyyMMdd → yyyy-MM-dd, which dayjs parses without plugins. */
export function isoDate(dayKey: string): string {
  return `${dayKey.slice(0, 4)}-${dayKey.slice(4, 6)}-${dayKey.slice(6, 8)}`;
}

export type ChannelRow = ChannelTotals & { channel: string };

/** The report's channels as rows, app first, with the total of each column (integer fen). */
export function channelRows(report: Pick<DailyReport, 'by_channel'>): {
  rows: ChannelRow[];
  total: ChannelTotals;
} {
  const order = (c: string) => (c === 'app' ? 0 : c === 'seamless' ? 1 : 2);
  const rows = Object.entries(report.by_channel)
    .map(([channel, t]) => ({ channel, ...t }))
    .sort((a, b) => order(a.channel) - order(b.channel) || a.channel.localeCompare(b.channel));
  const total = rows.reduce<ChannelTotals>(
    (s, r) => ({
      payments: s.payments + r.payments,
      fee_fen: s.fee_fen + r.fee_fen,
      discount_fen: s.discount_fen + r.discount_fen,
      paid_fen: s.paid_fen + r.paid_fen,
    }),
    { payments: 0, fee_fen: 0, discount_fen: 0, paid_fen: 0 },
  );
  return { rows, total };
}

/**
 * Plates inside free text (an exception's detail can quote what the camera read) masked the way the
 * server masks the plate field: 粤A12345 → 粤A·***45.
 */
export function maskPlatesIn(text: string): string {
  return text.replace(
    /([\u4e00-\u9fff][A-Z])·?([A-Z0-9]{3,4})([A-Z0-9]{2})(?![A-Z0-9])/g,
    (_, head: string, middle: string, tail: string) => `${head}·${'*'.repeat(middle.length)}${tail}`,
  );
}
