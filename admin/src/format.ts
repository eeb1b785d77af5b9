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

export const STATUS_LABEL: Record<string, string> = {
  draft: '草稿',
  pending_approval: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  running: '进行中',
  paused: '已暂停',
  ended: '已结束',
  settled: '已结算',
};
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
export const ROLE_LABEL: Record<string, string> = {
  admin: '用户与角色管理员',
  registrar: '商户与资金方登记',
  campaign_manager: '活动经办',
  approver: '活动审批',
  funder: '出资方',
  auditor: '审计',
  risk_analyst: '风控',
  merchant_operator: '商户收银',
};

/** Risk reason codes a policy's rules emit, in words a reviewer acts on; an unknown code is shown as is. */
export const RISK_REASON_LABEL: Record<string, string> = {
  BLOCKLISTED: '命中黑名单',
  DEVICE_SHARED: '同一设备多个账户',
  SUBNET_BURST: '同一网段短时间内大量领取',
  IP_BURST: '同一 IP 短时间内大量领取',
  HIGH_VELOCITY: '领取过于频繁',
  BURST: '短时间内集中领取',
  DAILY_AMOUNT: '当日领取金额超限',
  NOT_VERIFIED: '未实名认证',
  NO_DEVICE: '缺少设备标识',
  NEW_ACCOUNT: '新注册账户',
};

export function riskReasonLabel(code: string): string {
  return RISK_REASON_LABEL[code] ?? code;
}
