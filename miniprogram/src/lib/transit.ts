// The ride-code and journey pages' rules (pure, tested): what a journey's status reads as and
// what the rider can do about it, and which screen the ride-code page shows. The server decides
// every state; these only put it in words.

import type { DayTicket, JourneyStatus, RideCode, TransitJourney } from '../api/types';

/** A journey's payment state as the rider reads it; an owed fare is 待补缴 whatever caused it. */
export const JOURNEY_STATUS: Record<JourneyStatus, string> = {
  charging: '扣款中',
  paid: '已支付',
  debt: '待补缴',
  settled: '无需支付',
  waived: '已核销',
};

export const FARE_RULE: Record<string, string> = {
  distance: '按里程计费',
  flat: '单一票价',
  overtime: '超时（按线网最高票价）',
  unpaired_entry: '缺出站记录（按最低票价）',
  unpaired_exit: '缺进站记录（按最低票价）',
  onboard: '有轨电车车上刷码',
  area_mismatch: '跨区域',
};

export const journeyStatusLabel = (s: string) => JOURNEY_STATUS[s as JourneyStatus] ?? s;
export const fareRuleLabel = (r: string) => FARE_RULE[r] ?? r;

/** A journey the rider still owes: shown with 去补缴. */
export const owes = (j: TransitJourney) => j.status === 'debt' && j.owed_fen > 0;

/** 西朗 → 体育西路, or the one station a tram ride or an unpaired record has. */
export function journeyRoute(j: TransitJourney): string {
  const from = j.entry_station_name;
  const to = j.exit_station_name;
  if (j.kind === 'tram' || (!to && j.rule === 'onboard')) return `${from ?? to ?? ''}（有轨电车）`;
  return `${from ?? '未记录进站'} → ${to ?? '未记录出站'}`;
}

/** What the ride-code page shows, from the rider's status and the last code answer. */
export type CodeScreen =
  | { kind: 'no_wallet' }
  | { kind: 'sign' }
  | { kind: 'blocked'; debt_fen: number }
  | { kind: 'code'; code: string; expires_in_s: number };

export function codeScreen(walletBound: boolean, enrolled: boolean, code: RideCode | null): CodeScreen {
  if (!walletBound) return { kind: 'no_wallet' };
  if (!enrolled) return { kind: 'sign' };
  if (code && code.status === 'blocked') return { kind: 'blocked', debt_fen: code.debt_fen };
  if (code?.code) return { kind: 'code', code: code.code, expires_in_s: code.expires_in_s ?? 60 };
  return { kind: 'sign' };
}

/** Refresh this many seconds before the code expires, so the one on screen is never stale at a gate. */
export const REFRESH_BEFORE_S = 10;

export const DAY_TICKET_STATE: Record<string, string> = {
  awaiting_payment: '待支付',
  unused: '未启用（首次进站起计时）',
  in_use: '使用中',
  expired: '已过期',
  closed: '已关闭',
};

/** The ticket that covers rides now: valid and not expired (in use first, then unused). */
export function activeDayTicket(items: DayTicket[]): DayTicket | null {
  const valid = items.filter((d) => d.status === 'valid' && d.state !== 'expired');
  return valid.find((d) => d.state === 'in_use') ?? valid[0] ?? null;
}
