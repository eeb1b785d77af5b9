import { describe, expect, it } from 'vitest';
import type { DayTicket, TransitJourney } from '../api/types';
import { activeDayTicket, codeScreen, journeyRoute, journeyStatusLabel, owes } from './transit';

const journey = (over: Partial<TransitJourney>): TransitJourney => ({
  id: 'tj1',
  kind: 'metro',
  entry_station: 'xilang',
  entry_station_name: '西朗',
  exit_station: 'tiyuxilu',
  exit_station_name: '体育西路',
  entered_at: '2026-12-01T08:00:00+08:00',
  exited_at: '2026-12-01T08:40:00+08:00',
  status: 'paid',
  rule: 'distance',
  fare_fen: 500,
  full_fare_fen: 500,
  paid_fen: 500,
  owed_fen: 0,
  breakdown: [],
  fare_version: 1,
  rider_category: 'adult',
  day_ticket_id: null,
  debt_since: null,
  created_at: '2026-12-01T08:40:00+08:00',
  ...over,
});

describe('transit page rules', () => {
  it('names each payment state in Chinese; a debt is owed with an action', () => {
    expect(journeyStatusLabel('charging')).toBe('扣款中');
    expect(journeyStatusLabel('paid')).toBe('已支付');
    expect(journeyStatusLabel('debt')).toBe('待补缴');
    expect(owes(journey({ status: 'debt', owed_fen: 200, paid_fen: 0 }))).toBe(true);
    expect(owes(journey({ status: 'paid' }))).toBe(false);
  });

  it('shows the route with names, and a missing record as such', () => {
    expect(journeyRoute(journey({}))).toBe('西朗 → 体育西路');
    expect(
      journeyRoute(journey({ entry_station: null, entry_station_name: null, rule: 'unpaired_exit' })),
    ).toBe('未记录进站 → 体育西路');
  });

  it('picks the screen: wallet first, then agreement, then blocked or the code', () => {
    expect(codeScreen(false, false, null)).toEqual({ kind: 'no_wallet' });
    expect(codeScreen(true, false, null)).toEqual({ kind: 'sign' });
    const blocked = {
      status: 'blocked' as const,
      reason: 'DEBT_BLACKLISTED',
      debt_fen: 1000,
      code: null,
      expires_at: null,
      expires_in_s: null,
    };
    expect(codeScreen(true, true, blocked)).toEqual({ kind: 'blocked', debt_fen: 1000 });
    const ok = {
      status: 'ok' as const,
      reason: null,
      debt_fen: 0,
      code: 'TR1.k.t.s.1.61.sig',
      expires_at: '2026-12-01T08:01:01+08:00',
      expires_in_s: 60,
    };
    expect(codeScreen(true, true, ok)).toEqual({ kind: 'code', code: ok.code, expires_in_s: 60 });
  });

  it('the active day ticket is the one in use, else an unused valid one', () => {
    const t = (id: string, status: DayTicket['status'], state: string) =>
      ({ id, status, state }) as DayTicket;
    expect(
      activeDayTicket([t('a', 'valid', 'expired'), t('b', 'valid', 'unused'), t('c', 'valid', 'in_use')])?.id,
    ).toBe('c');
    expect(activeDayTicket([t('a', 'awaiting_payment', 'awaiting_payment')])).toBeNull();
  });
});
