import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFareTable, distanceFare, fareFor, singleFare, type JourneyInput } from './fares';
import { GUANGZHOU_NETWORK, GUANGZHOU_RULES } from './guangzhou';
import { shortestDistances } from './network';

const table = buildFareTable(1, GUANGZHOU_NETWORK, GUANGZHOU_RULES);
const t0 = new Date('2026-12-01T08:00:00+08:00');
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const ride = (from: string, to: string, minutes = 30, rider_category = 'adult'): JourneyInput => ({
  entry: { station: from, at: t0 },
  exit: { station: to, at: later(minutes) },
  rider_category,
});
const fare = (from: string, to: string, minutes = 30, cat = 'adult') =>
  fareFor(table, ride(from, to, minutes, cat)).fare_fen;

describe('Guangzhou distance bands (published table: ≤4 → 2, ≤8 → 3, ≤12 → 4, ≤18 → 5, ≤24 → 6, ≤32 → 7, ≤40 → 8, ≤48 → 9 yuan)', () => {
  it.each([
    [0, 200],
    [4000, 200],
    [4001, 300],
    [8000, 300],
    [8001, 400],
    [12_000, 400],
    [12_001, 500],
    [18_000, 500],
    [18_001, 600],
    [24_000, 600],
    [24_001, 700],
    [32_000, 700],
    [32_001, 800],
    [40_000, 800],
    [48_000, 900],
    [48_001, 1000],
    [61_500, 1100],
  ])('%i m → %i fen', (m, fen) => {
    expect(distanceFare(GUANGZHOU_RULES, m).fare_fen).toBe(fen);
  });
});

describe('the OD table of the demo network', () => {
  it('prices station pairs by the shortest track distance', () => {
    expect(fare('xilang', 'kengkou')).toBe(200); // 1.6 km
    expect(fare('xilang', 'fangcun')).toBe(300); // 4.5 km
    expect(fare('xilang', 'gongyuanqian')).toBe(400); // 10.9 km
    expect(fare('gongyuanqian', 'tiyuxilu')).toBe(300); // 6.2 km
    expect(fare('xilang', 'tiyuxilu')).toBe(500); // 17.1 km
    // Two ways round the 体育西路 triangle: via 林和西 (19.5 km) is shorter than via 体育中心 (20.0 km).
    expect(table.od.xilang.guangzhoudongzhan[0]).toBe(19_500);
    expect(fare('xilang', 'guangzhoudongzhan')).toBe(600);
    expect(fare('jichangnan', 'panyuguangchang')).toBe(1100); // 61.5 km
    expect(table.area_max_fen.metro).toBe(1100);
    expect(table.area_min_fen.metro).toBe(200);
  });
  it('is symmetric and the same fare both ways', () => {
    const d = shortestDistances(GUANGZHOU_NETWORK);
    for (const [a, row] of Object.entries(d))
      for (const [b, m] of Object.entries(row)) expect(d[b][a]).toBe(m);
  });
  it('breaks a fare down into parts that add up', () => {
    const r = fareFor(table, ride('xilang', 'tiyuxilu'));
    expect(r.breakdown.map((b) => b.amount_fen)).toEqual([200, 200, 100]);
    expect(r.rule).toBe('distance');
    expect(r.distance_m).toBe(17_100);
  });
  it('APM and tram are flat; areas never mix', () => {
    expect(fare('apm-linhexi', 'apm-guangzhouta')).toBe(200);
    const tram = fareFor(table, {
      entry: null,
      exit: null,
      onboard: { station: 'thz1-pazhou', at: t0 },
      rider_category: 'adult',
    });
    expect(tram).toMatchObject({ fare_fen: 200, rule: 'onboard' });
    expect(table.od.linhexi['apm-linhexi']).toBeUndefined();
    const mixed = fareFor(table, ride('linhexi', 'apm-guangzhouta'));
    expect(mixed).toMatchObject({ rule: 'area_mismatch', fare_fen: 400 });
    expect(() => singleFare(table, 'linhexi', 'apm-linhexi')).toThrow();
  });
});

describe('time, pairing and rider rules', () => {
  it('four hours inside is fine; a minute more pays the highest single fare', () => {
    expect(fare('xilang', 'kengkou', 240)).toBe(200);
    const over = fareFor(table, ride('xilang', 'kengkou', 241));
    expect(over).toMatchObject({ rule: 'overtime', fare_fen: 1100 });
    expect(over.breakdown.reduce((s, b) => s + b.amount_fen, 0)).toBe(1100);
  });
  it('a record without its pair pays the lowest single fare', () => {
    const e = fareFor(table, {
      entry: { station: 'jichangnan', at: t0 },
      exit: null,
      rider_category: 'adult',
    });
    const x = fareFor(table, {
      entry: null,
      exit: { station: 'panyuguangchang', at: t0 },
      rider_category: 'adult',
    });
    expect(e).toMatchObject({ rule: 'unpaired_entry', fare_fen: 200 });
    expect(x).toMatchObject({ rule: 'unpaired_exit', fare_fen: 200 });
  });
  it('students pay half (rounded half up to the fen), seniors ride free', () => {
    expect(fare('xilang', 'fangcun', 30, 'student')).toBe(150);
    expect(fare('xilang', 'fangcun', 30, 'senior')).toBe(0);
    expect(() => fare('xilang', 'fangcun', 30, 'pilot')).toThrow(/未知乘客类别/);
  });
  it('a 1-day ticket covers rides starting within 24 h of the first entry that end within 27 h', () => {
    const cover = { product_id: 'day1', valid_from: t0 };
    const at = (startMin: number, endMin: number): JourneyInput => ({
      entry: { station: 'xilang', at: later(startMin) },
      exit: { station: 'jichangnan', at: later(endMin) },
      rider_category: 'adult',
      day_ticket: cover,
    });
    expect(fareFor(table, at(0, 60))).toMatchObject({
      fare_fen: 0,
      day_ticket_applied: true,
      full_fare_fen: 1000,
    });
    expect(fareFor(table, at(23 * 60 + 59, 24 * 60 + 80)).fare_fen).toBe(0); // starts in the last minute
    expect(fareFor(table, at(24 * 60 - 30, 27 * 60 - 1)).day_ticket_applied).toBe(true); // overtime but inside 27 h
    expect(fareFor(table, at(24 * 60, 24 * 60 + 30)).day_ticket_applied).toBe(false); // starts after 24 h
    expect(fareFor(table, at(24 * 60 - 10, 27 * 60 + 1)).day_ticket_applied).toBe(false); // ends after 27 h
    const tram = fareFor(table, {
      entry: null,
      exit: null,
      onboard: { station: 'thz1-pazhou', at: t0 },
      rider_category: 'adult',
      day_ticket: cover,
    });
    expect(tram.fare_fen).toBe(200); // the metro day ticket does not cover the tram
  });
});

const stations = Object.keys(table.station_area);
const metro = stations.filter((s) => table.station_area[s] === 'metro');

describe('fare properties', () => {
  it('never negative, monotone in distance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 50_000 }), (m, more) => {
        const a = distanceFare(GUANGZHOU_RULES, m).fare_fen;
        const b = distanceFare(GUANGZHOU_RULES, m + more).fare_fen;
        return a >= 0 && b >= a;
      }),
    );
  });
  it('any journey: 0 ≤ fare ≤ the highest fare of its area (×2 across areas), parts add up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stations),
        fc.constantFrom(...stations),
        fc.integer({ min: 0, max: 600 }),
        fc.constantFrom('adult', 'student', 'senior'),
        fc.boolean(),
        fc.boolean(),
        (a, b, minutes, cat, hasEntry, hasExit) => {
          const j: JourneyInput = {
            entry: hasEntry || !hasExit ? { station: a, at: t0 } : null,
            exit: hasExit ? { station: b, at: later(minutes) } : null,
            rider_category: cat,
          };
          const r = fareFor(table, j);
          const cap = table.area_max_fen[table.station_area[a]] + table.area_max_fen[table.station_area[b]];
          const sum = r.breakdown.reduce((s, p) => s + p.amount_fen, 0);
          return r.fare_fen >= 0 && r.fare_fen <= cap && sum === r.fare_fen && r.fare_fen <= r.full_fare_fen;
        },
      ),
    );
  });
  it('a day ticket caps the day: every ride inside its validity costs nothing more', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...metro),
            fc.constantFrom(...metro),
            fc.integer({ min: 0, max: 23 * 60 }),
            fc.integer({ min: 1, max: 180 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rides) => {
          const total = rides
            .map(([a, b, start, len]) =>
              fareFor(table, {
                entry: { station: a, at: later(start) },
                exit: { station: b, at: later(start + len) },
                rider_category: 'adult',
                day_ticket: { product_id: 'day1', valid_from: t0 },
              }),
            )
            .reduce((s, r) => s + r.fare_fen, 0);
          return total === 0;
        },
      ),
    );
  });
});
