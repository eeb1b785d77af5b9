import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUANGZHOU_TARIFFS, priceStay, tariffSchema, type VehicleClass } from './tariff';

const central = GUANGZHOU_TARIFFS['gz-central'];
const outer = GUANGZHOU_TARIFFS['gz-outer'];
const at = (s: string) => new Date(`${s}+08:00`);
const fee = (from: string, to: string, vehicle: VehicleClass = 'small', t = central) =>
  priceStay(t, vehicle, at(from), at(to)).fee_fen;

describe('Guangzhou tariffs, table', () => {
  it('grace period: 15 minutes free, the 16th minute bills the stay from entry', () => {
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:15:00')).toBe(0);
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:15:01')).toBe(500);
    const notCounting = tariffSchema.parse({ ...central, grace: { minutes: 15, counts_if_exceeded: false } });
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:45:00', 'small', notCounting)).toBe(500); // 30 billed minutes
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:46:00', 'small', notCounting)).toBe(1000);
  });
  it('rounds a started half hour up, at the day price', () => {
    expect(fee('2026-12-01T10:00:00', '2026-12-01T11:10:00')).toBe(1500);
    expect(fee('2026-12-01T10:00:00', '2026-12-01T11:10:00', 'small', outer)).toBe(900);
  });
  it('caps the night at ¥10 within one billing day', () => {
    const p = priceStay(central, 'small', at('2026-12-01T22:00:00'), at('2026-12-02T06:00:00'));
    expect(p.fee_fen).toBe(1000);
    expect(p.breakdown).toHaveLength(1);
    expect(p.breakdown[0]).toMatchObject({
      billing_day: '2026-12-01',
      night_units: 16,
      night_fen: 1000,
      night_capped: true,
    });
  });
  it('caps each billing day at ¥45 over several days, restarting units at 07:30', () => {
    const p = priceStay(central, 'small', at('2026-12-01T08:00:00'), at('2026-12-03T08:00:00'));
    expect(p.breakdown.map((l) => [l.billing_day, l.fen, l.capped_24h])).toEqual([
      ['2026-12-01', 4500, true],
      ['2026-12-02', 4500, true],
      ['2026-12-03', 500, false],
    ]);
    expect(p.fee_fen).toBe(9500);
    expect(fee('2026-12-01T08:00:00', '2026-12-03T08:00:00', 'small', outer)).toBe(2700 + 2700 + 300);
  });
  it('splits at the billing-day boundary 07:30: the night unit before, a day unit after', () => {
    const p = priceStay(central, 'small', at('2026-12-01T07:00:00'), at('2026-12-01T08:00:00'));
    expect(p.breakdown.map((l) => [l.billing_day, l.night_units, l.day_units])).toEqual([
      ['2026-11-30', 1, 0],
      ['2026-12-01', 0, 1],
    ]);
    expect(p.fee_fen).toBe(600);
  });
  it('gives new-energy vehicles their first hour free', () => {
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:50:00', 'new_energy')).toBe(0);
    expect(fee('2026-12-01T10:00:00', '2026-12-01T11:30:00', 'new_energy')).toBe(500);
    expect(fee('2026-12-01T10:00:00', '2026-12-01T11:30:00', 'small')).toBe(1500);
  });
  it('prices large vehicles at double, caps included', () => {
    expect(fee('2026-12-01T10:00:00', '2026-12-01T10:30:00', 'large')).toBe(1000);
    expect(fee('2026-12-01T08:00:00', '2026-12-02T07:30:00', 'large')).toBe(9000);
  });
  it('uses a first-hour price and a holiday price when the tariff has them', () => {
    const t = tariffSchema.parse({
      ...central,
      day: { ...central.day, first_hour_unit_price_fen: 200, holiday_unit_price_fen: 300 },
      holidays: ['2026-10-01'],
    });
    expect(fee('2026-12-01T10:00:00', '2026-12-01T11:30:00', 'small', t)).toBe(200 + 200 + 500);
    expect(fee('2026-10-01T12:00:00', '2026-10-01T14:00:00', 'small', t)).toBe(200 + 200 + 300 + 300);
  });
  it('refuses an exit before the entry', () => {
    expect(() => fee('2026-12-01T10:00:00', '2026-12-01T09:00:00')).toThrow(RangeError);
  });
});

describe('Guangzhou tariffs, properties', () => {
  const start = Date.parse('2026-11-01T00:00:00+08:00');
  const stay = fc.record({
    entry: fc.integer({ min: 0, max: 30 * 86_400 }),
    minutes: fc.integer({ min: 0, max: 5 * 1440 }),
    extra: fc.integer({ min: 0, max: 2 * 1440 }),
    vehicle: fc.constantFrom<VehicleClass>('small', 'large', 'new_energy'),
    tariff: fc.constantFrom(central, outer),
  });

  it('never charges less for a longer stay', () => {
    fc.assert(
      fc.property(stay, ({ entry, minutes, extra, vehicle, tariff }) => {
        const e = new Date(start + entry * 1000);
        const shorter = priceStay(tariff, vehicle, e, new Date(e.getTime() + minutes * 60_000)).fee_fen;
        const longer = priceStay(
          tariff,
          vehicle,
          e,
          new Date(e.getTime() + (minutes + extra) * 60_000),
        ).fee_fen;
        return longer >= shorter;
      }),
      { numRuns: 300 },
    );
  });

  it('stays within the 24-hour cap of every billing day it touches, in whole fen', () => {
    fc.assert(
      fc.property(stay, ({ entry, minutes, vehicle, tariff }) => {
        const e = new Date(start + entry * 1000);
        const p = priceStay(tariff, vehicle, e, new Date(e.getTime() + minutes * 60_000));
        const pct = vehicle === 'large' ? 2 : 1;
        return (
          Number.isSafeInteger(p.fee_fen) &&
          p.fee_fen >= 0 &&
          p.breakdown.every(
            (l) => l.fen <= tariff.cap_24h_fen! * pct && l.night_fen <= tariff.night.cap_fen! * pct,
          ) &&
          p.fee_fen <= tariff.cap_24h_fen! * pct * Math.max(1, p.breakdown.length)
        );
      }),
      { numRuns: 300 },
    );
  });
});
