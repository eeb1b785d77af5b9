// Labels and the small pure helpers of the bank-order exceptions page and the alerts banner
// (tested in bank-exceptions.test.ts).

import type { ItemOf, ResponseOf } from '../api-types';

export type Label = { label: string; color: string };

/** A bank answer that contradicts an order the platform has already closed (GET /admin/bank-orders/exceptions). */
export type BankOrderException = ItemOf<'getAdminBankOrdersExceptions'>;

/** GET /admin/ledger/alerts: the last nightly ledger check and the open bank-order exceptions. */
export type LedgerAlerts = ResponseOf<'getAdminLedgerAlerts'>;

/** Who may read the alerts (GET /admin/ledger/alerts; admin passes every check). */
export const ALERT_ROLES = ['auditor', 'funder', 'approver'];
/** Who may resolve an exception (POST /admin/bank-orders/exceptions/:id/resolve). */
export const RESOLVER_ROLES = ['approver'];

/** What a bank order was for (the purposes of GET /admin/payments too). */
export const ORDER_PURPOSE: Record<string, string> = {
  payout: '红包发放',
  settlement: '商户结算',
  parking: '停车缴费',
  topup: '钱包充值',
};

export const EXCEPTION_STATUS: Record<string, Label> = {
  open: { label: '待处理', color: 'red' },
  resolved: { label: '已处理', color: 'green' },
};

export const BANK_STATUS: Record<string, Label> = {
  SUCCESS: { label: '银行已成功', color: 'green' },
  FAILED: { label: '银行已失败', color: 'red' },
  PROCESSING: { label: '银行处理中', color: 'processing' },
};

export const PLATFORM_STATUS: Record<string, Label> = {
  awaiting_wallet: { label: '待开通钱包', color: 'default' },
  pending: { label: '待发送', color: 'default' },
  in_flight: { label: '处理中', color: 'processing' },
  paid: { label: '已支付', color: 'green' },
  failed: { label: '失败', color: 'red' },
  dead: { label: '死信', color: 'volcano' },
  cancelled: { label: '已取消', color: 'default' },
};

export const labelOf = (map: Record<string, Label>, key: string): Label =>
  map[key] ?? { label: key, color: 'default' };

/** The list request: a status filter (none means both), newest first, at most `limit`. */
export function exceptionsPath(status: 'open' | 'resolved' | undefined, limit = 100): string {
  const q = new URLSearchParams();
  if (status) q.set('status', status);
  q.set('limit', String(limit));
  return `/admin/bank-orders/exceptions?${q.toString()}`;
}

/** A resolution as the server takes it (1..255 characters once trimmed); the error to show, or null. */
export function resolutionError(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  if (!t) return '请填写处理说明';
  if (t.length > 255) return '处理说明不能超过 255 个字';
  return null;
}

export const MAX_BANNER_ISSUES = 5;

export type Banner = {
  /** The last ledger check failed: when, its first issues, how many more were left out. */
  ledger: { checked_at: string; issues: string[]; more: number } | null;
  /** Open bank-order exceptions, when there are any. */
  exceptions: number | null;
};

/** What the banner shows for the alerts; both null when all is fine (or nothing has been checked yet). */
export function bannerOf(a: LedgerAlerts | undefined | null): Banner {
  const check = a?.last_check;
  const ledger =
    check && !check.balanced
      ? {
          checked_at: check.checked_at,
          issues: check.issues.slice(0, MAX_BANNER_ISSUES),
          more: Math.max(0, check.issues.length - MAX_BANNER_ISSUES),
        }
      : null;
  const n = a?.open_bank_order_exceptions ?? 0;
  return { ledger, exceptions: n > 0 ? n : null };
}
