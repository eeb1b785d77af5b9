import { createHash } from 'node:crypto';
import { z } from 'zod';
import { networkSchema, shortestDistances, stationIndex, type Network } from './network';

// Fares as data and the one fare function (pure: no I/O, no clock). The published Guangzhou rules
// (shared/docs/SPECS.md §D1): 2 yuan up to 4 km, +1 yuan per 4 km to 12 km, +1 per 6 km to 24 km,
// +1 per 8 km beyond; APM flat 2; trams flat 2; entry → exit within 4 h, else the area's highest
// single fare; a record without its pair pays the lowest; day tickets cover what they cover.
// A band step that has started is paid (4.001 km is the 4–8 km band).

const areaId = z.string().regex(/^[a-z0-9-]{1,24}$/);

export const fareRulesSchema = z.strictObject({
  currency: z.literal('CNY'),
  /** Distance-priced areas: base fare up to base_m, then each started step of a band adds step_fen. */
  distance_areas: z.array(areaId).min(1),
  base_fen: z.number().int().min(0).max(10_000),
  base_m: z.number().int().min(0).max(100_000),
  bands: z
    .array(
      z.strictObject({
        from_m: z.number().int().min(0),
        to_m: z.number().int().positive().nullable(),
        step_m: z.number().int().positive(),
        step_fen: z.number().int().min(0).max(10_000),
      }),
    )
    .max(20),
  /** An optional ceiling on a single distance fare (null: none). */
  max_single_fen: z.number().int().positive().nullable(),
  /** Flat-fare areas (APM, trams): one price whatever the distance. */
  flat_areas: z.record(areaId, z.number().int().min(0).max(10_000)),
  /** Entry → exit limit; beyond it the journey pays the area's highest single fare. */
  max_minutes: z
    .number()
    .int()
    .min(30)
    .max(24 * 60),
  rider_categories: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]{1,24}$/),
        name: z.string().min(1).max(20),
        /** Percent of the adult fare (0 = free, 50 = half), rounded half up to the fen. */
        percent: z.number().int().min(0).max(100),
      }),
    )
    .min(1),
  day_tickets: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9_]{1,24}$/),
        name: z.string().min(1).max(20),
        price_fen: z.number().int().positive().max(100_000),
        /** Rides may start this long after the first entry… */
        valid_hours: z
          .number()
          .int()
          .positive()
          .max(24 * 31),
        /** …and the last exit must be this long after it at the latest. */
        last_exit_hours: z
          .number()
          .int()
          .positive()
          .max(24 * 31),
        areas: z.array(areaId).min(1),
      }),
    )
    .max(10),
});
export type FareRules = z.infer<typeof fareRulesSchema>;

export const fareTableInputSchema = z.strictObject({ network: networkSchema, rules: fareRulesSchema });

/** A versioned OD table: the network, the rules and every station pair's distance and adult fare. */
export type FareTable = {
  version: number;
  hash: string;
  network: Network;
  rules: FareRules;
  /** od[from][to] = [distance_m, adult fare_fen]; only pairs inside one fare area. */
  od: Record<string, Record<string, [number, number]>>;
  /** The highest and lowest single adult fare per area (overtime / unpaired records). */
  area_max_fen: Record<string, number>;
  area_min_fen: Record<string, number>;
  /** The fare area of every station. */
  station_area: Record<string, string>;
};

export type BreakdownItem = { code: string; label: string; amount_fen: number };

/** The adult distance fare for a distance in metres, with its parts. */
export function distanceFare(
  rules: FareRules,
  distance_m: number,
): { fare_fen: number; parts: BreakdownItem[] } {
  const parts: BreakdownItem[] = [
    { code: 'base', label: `起步价（${rules.base_m / 1000} 公里内）`, amount_fen: rules.base_fen },
  ];
  for (const b of rules.bands) {
    const upper = b.to_m === null ? distance_m : Math.min(distance_m, b.to_m);
    if (upper <= b.from_m) continue;
    const steps = Math.ceil((upper - b.from_m) / b.step_m);
    parts.push({
      code: `band_${b.from_m}`,
      label: `${b.from_m / 1000}–${b.to_m === null ? '' : b.to_m / 1000} 公里，每 ${b.step_m / 1000} 公里加价`,
      amount_fen: steps * b.step_fen,
    });
  }
  let fare = parts.reduce((s, p) => s + p.amount_fen, 0);
  if (rules.max_single_fen !== null && fare > rules.max_single_fen) {
    parts.push({ code: 'cap', label: '单程票价封顶', amount_fen: rules.max_single_fen - fare });
    fare = rules.max_single_fen;
  }
  return { fare_fen: fare, parts };
}

/** Builds the OD table once for a network and its rules (the `pjver` of the table is `version`). */
export function buildFareTable(version: number, network: Network, rules: FareRules): FareTable {
  const dist = shortestDistances(network);
  const stations = stationIndex(network);
  const od: FareTable['od'] = {};
  const area_max_fen: Record<string, number> = {};
  const area_min_fen: Record<string, number> = {};
  for (const [from, row] of Object.entries(dist)) {
    const area = stations.get(from)!.area;
    od[from] = {};
    for (const [to, m] of Object.entries(row)) {
      const fare = adultFare(rules, area, m);
      od[from][to] = [m, fare];
      if (from === to) continue;
      area_max_fen[area] = Math.max(area_max_fen[area] ?? 0, fare);
      area_min_fen[area] = Math.min(area_min_fen[area] ?? Infinity, fare);
    }
  }
  for (const [area, flat] of Object.entries(rules.flat_areas)) {
    area_max_fen[area] = flat;
    area_min_fen[area] = flat;
  }
  const station_area = Object.fromEntries([...stations.values()].map((s) => [s.id, s.area]));
  const hash = createHash('sha256').update(JSON.stringify({ network, rules })).digest('hex').slice(0, 16);
  return { version, hash, network, rules, od, area_max_fen, area_min_fen, station_area };
}

function adultFare(rules: FareRules, area: string, distance_m: number): number {
  const flat = rules.flat_areas[area];
  if (flat !== undefined) return flat;
  return distanceFare(rules, distance_m).fare_fen;
}

export type DayTicketCover = {
  product_id: string;
  /** First entry (activation); null while the ticket has not been used yet. */
  valid_from: Date | null;
};

export type JourneyInput = {
  entry: { station: string; at: Date } | null;
  exit: { station: string; at: Date } | null;
  /** A tram tap on board (or a TVM paper ticket validated there): one record, the flat fare. */
  onboard?: { station: string; at: Date } | null;
  rider_category: string;
  day_ticket?: DayTicketCover | null;
};

export type FareResult = {
  fare_fen: number;
  /** What an adult without a ticket would pay for the same records. */
  full_fare_fen: number;
  rule: 'distance' | 'flat' | 'overtime' | 'unpaired_entry' | 'unpaired_exit' | 'onboard' | 'area_mismatch';
  distance_m: number | null;
  day_ticket_applied: boolean;
  breakdown: BreakdownItem[];
};

export class FareInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function areaOf(t: FareTable, station: string): string {
  const a = t.station_area[station];
  if (!a) throw new FareInputError('UNKNOWN_STATION', `车站 ${station} 不在线网中`);
  return a;
}

const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

/** The adult fare and its parts for the records alone (no ticket, no rider category). */
function recordsFare(
  t: FareTable,
  j: JourneyInput,
): Omit<FareResult, 'full_fare_fen' | 'day_ticket_applied'> {
  const one = (rule: FareResult['rule'], code: string, label: string, fen: number) => ({
    fare_fen: fen,
    rule,
    distance_m: null,
    breakdown: [{ code, label, amount_fen: fen }],
  });
  if (j.onboard) {
    const area = areaOf(t, j.onboard.station);
    return one('onboard', 'flat', '单一票价（车上验票）', t.rules.flat_areas[area] ?? t.area_min_fen[area]);
  }
  if (j.entry && j.exit) {
    const [ae, ax] = [areaOf(t, j.entry.station), areaOf(t, j.exit.station)];
    if (ae !== ax) {
      const fen = t.area_min_fen[ae] + t.area_min_fen[ax];
      return one('area_mismatch', 'unpaired', '进出站不在同一票价区：各按最低票价', fen);
    }
    const [m, fare] = t.od[j.entry.station][j.exit.station];
    const flat = t.rules.flat_areas[ae];
    const parts: BreakdownItem[] =
      flat !== undefined
        ? [{ code: 'flat', label: '单一票价', amount_fen: flat }]
        : distanceFare(t.rules, m).parts;
    if (minutesBetween(j.entry.at, j.exit.at) > t.rules.max_minutes) {
      const max = t.area_max_fen[ae];
      parts.push({
        code: 'overtime',
        label: `超时（超过 ${t.rules.max_minutes} 分钟）按线网最高票价`,
        amount_fen: max - fare,
      });
      return { fare_fen: max, rule: 'overtime', distance_m: m, breakdown: parts };
    }
    return {
      fare_fen: fare,
      rule: flat !== undefined ? 'flat' : 'distance',
      distance_m: m,
      breakdown: parts,
    };
  }
  const lone = j.entry ?? j.exit;
  if (!lone) throw new FareInputError('NO_RECORDS', '行程没有任何进出站记录');
  const rule = j.entry ? 'unpaired_entry' : 'unpaired_exit';
  const label = j.entry ? '有进站无出站记录：按最低票价' : '有出站无进站记录：按最低票价';
  return one(rule, 'unpaired', label, t.area_min_fen[areaOf(t, lone.station)]);
}

/** Whether the day ticket covers these records (validity counted from its first entry). */
export function dayTicketCovers(t: FareTable, cover: DayTicketCover, j: JourneyInput): boolean {
  const product = t.rules.day_tickets.find((p) => p.id === cover.product_id);
  if (!product) return false;
  const first = j.onboard ?? j.entry ?? j.exit;
  if (!first) return false;
  const last = j.exit ?? first;
  const stations = [j.onboard, j.entry, j.exit].filter((r) => r !== null && r !== undefined);
  if (!stations.every((r) => product.areas.includes(areaOf(t, r!.station)))) return false;
  const from = cover.valid_from ?? first.at;
  const h = 3_600_000;
  return (
    first.at >= from &&
    first.at.getTime() < from.getTime() + product.valid_hours * h &&
    last.at.getTime() <= from.getTime() + product.last_exit_hours * h
  );
}

/**
 * The fare of one journey by the table: the records' adult fare (distance, flat, overtime or an
 * unpaired record), then a day ticket that covers it, then the rider category. Never negative; the
 * breakdown's items add up to `fare_fen`.
 */
export function fareFor(t: FareTable, j: JourneyInput): FareResult {
  const category = t.rules.rider_categories.find((c) => c.id === j.rider_category);
  if (!category) throw new FareInputError('UNKNOWN_RIDER_CATEGORY', `未知乘客类别 ${j.rider_category}`);
  const base = recordsFare(t, j);
  const breakdown = [...base.breakdown];
  let fare = base.fare_fen;
  const covered = j.day_ticket ? dayTicketCovers(t, j.day_ticket, j) : false;
  if (covered && fare > 0) {
    breakdown.push({ code: 'day_ticket', label: '电子日票已包含', amount_fen: -fare });
    fare = 0;
  }
  // Half up to the fen: 50 % of ¥3 is ¥1.50, of ¥2.01 is ¥1.01.
  const scaled = Math.floor((fare * category.percent + 50) / 100);
  if (scaled !== fare) {
    breakdown.push({ code: 'rider_category', label: `${category.name}优惠`, amount_fen: scaled - fare });
    fare = scaled;
  }
  return {
    fare_fen: fare,
    full_fare_fen: base.fare_fen,
    rule: base.rule,
    distance_m: base.distance_m,
    day_ticket_applied: covered,
    breakdown,
  };
}

/** The adult single fare between two stations of one area (what a TVM charges). */
export function singleFare(t: FareTable, from: string, to: string): { fare_fen: number; distance_m: number } {
  const [af, at] = [areaOf(t, from), areaOf(t, to)];
  if (af !== at || from === to)
    throw new FareInputError('NO_SUCH_TRIP', '起点与终点不能相同，且须在同一票价区');
  const [distance_m, fare_fen] = t.od[from][to];
  return { fare_fen, distance_m };
}
