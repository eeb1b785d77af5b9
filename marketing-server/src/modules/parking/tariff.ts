import { z } from 'zod';
import { percentOfFen } from '../../shared/money';

// Parking tariffs as data, and the one pure function that prices a stay. No I/O: the gate flow, the
// admin preview and the tests all call `priceStay`.

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (Beijing time)');
const fen = z.number().int().min(0).max(100_000_000);
const pct = z.number().int().min(0).max(100);

export const tariffSchema = z.strictObject({
  name: z.string().min(1).max(64),
  /** Billing unit, e.g. 30 minutes; a started unit is a whole unit. */
  unit_minutes: z.number().int().min(1).max(1440),
  /** Free minutes; if the stay is longer, `counts_if_exceeded` says whether those minutes are billed too. */
  grace: z.strictObject({ minutes: z.number().int().min(0).max(1440), counts_if_exceeded: z.boolean() }),
  /** The day period [start, end) in Beijing time; the rest of the clock is night. */
  day: z.strictObject({
    start: hhmm,
    end: hhmm,
    unit_price_fen: fen,
    /** Price of each unit within the stay's first hour, when the first hour is priced differently. */
    first_hour_unit_price_fen: fen.optional(),
    holiday_unit_price_fen: fen.optional(),
  }),
  night: z.strictObject({ unit_price_fen: fen, cap_fen: fen.optional() }),
  /** Cap per billing day (24 hours from `billing_day_start`). */
  cap_24h_fen: fen.optional(),
  billing_day_start: hhmm,
  vehicle_classes: z
    .strictObject({
      small: z.strictObject({ price_pct: pct.default(100) }).default({ price_pct: 100 }),
      large: z
        .strictObject({ price_pct: z.number().int().min(0).max(1000).default(200) })
        .default({ price_pct: 200 }),
      new_energy: z
        .strictObject({
          free_minutes: z.number().int().min(0).max(1440).default(0),
          discount_pct: pct.default(0),
        })
        .default({ free_minutes: 0, discount_pct: 0 }),
    })
    .default({
      small: { price_pct: 100 },
      large: { price_pct: 200 },
      new_energy: { free_minutes: 0, discount_pct: 0 },
    }),
  /** Public holidays (yyyy-MM-dd, Beijing time) priced at `day.holiday_unit_price_fen`. */
  holidays: z
    .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
    .max(400)
    .default([]),
});

export type Tariff = z.infer<typeof tariffSchema>;
export type VehicleClass = 'small' | 'large' | 'new_energy';

export type BillingDayLine = {
  billing_day: string;
  from: string;
  to: string;
  day_units: number;
  day_fen: number;
  night_units: number;
  night_fen: number;
  night_capped: boolean;
  capped_24h: boolean;
  fen: number;
};

export type StayPrice = {
  fee_fen: number;
  minutes: number;
  billed_from: string | null;
  breakdown: BillingDayLine[];
  adjustments: {
    kind: 'grace' | 'new_energy_free' | 'new_energy_discount' | 'vehicle_class';
    detail: string;
    fen?: number;
  }[];
};

const MIN = 60_000;
const CST = 8 * 60 * MIN;
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const cstMinuteOfDay = (ms: number) => Math.floor(((ms + CST) % 86_400_000) / MIN);
const cstDate = (ms: number) => new Date(ms + CST).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms + CST).toISOString().replace('Z', '+08:00').replace('.000', '');

/** Whether a Beijing minute-of-day lies in [start, end) (a window may wrap midnight). */
function inWindow(minute: number, start: number, end: number): boolean {
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The start (epoch ms) of the billing day containing t. */
function billingDayStart(t: number, startMinute: number): number {
  const local = t + CST;
  const midnight = Math.floor(local / 86_400_000) * 86_400_000;
  let start = midnight + startMinute * MIN;
  if (start > local) start -= 86_400_000;
  return start - CST;
}

/**
 * Prices a stay. Units start at the (possibly grace- or free-shifted) billing start and restart at each
 * billing-day boundary; a unit is priced by the period in which it starts (day, night, first hour,
 * holiday); night charges are capped per billing day, then the whole day is capped. Integer fen all
 * the way; percentages round in the driver's favour.
 */
export function priceStay(tariff: Tariff, vehicle: VehicleClass, entryAt: Date, exitAt: Date): StayPrice {
  const entry = entryAt.getTime();
  const exit = exitAt.getTime();
  if (!(exit >= entry)) throw new RangeError('exit must not be before entry');
  const minutes = Math.ceil((exit - entry) / MIN);
  const adjustments: StayPrice['adjustments'] = [];
  const from = billingStart(tariff, vehicle, entry, exit, minutes, adjustments);
  if (from === null) return { fee_fen: 0, minutes, billed_from: null, breakdown: [], adjustments };
  const pricePct = vehicleClassPct(tariff, vehicle, adjustments);
  const scaled = (p: number) => percentOfFen(p, pricePct, 'up');
  const unitPriceAt = unitPricer(tariff, entry, scaled);
  const bdStartMinute = minutesOf(tariff.billing_day_start);
  const breakdown: BillingDayLine[] = [];
  for (let bd = billingDayStart(from, bdStartMinute); bd < exit; bd += 86_400_000) {
    const segFrom = Math.max(from, bd);
    const segTo = Math.min(exit, bd + 86_400_000);
    if (segTo > segFrom) breakdown.push(priceBillingDay(tariff, bd, segFrom, segTo, unitPriceAt, scaled));
  }
  let fee = breakdown.reduce((s, l) => s + l.fen, 0);
  const ev = tariff.vehicle_classes.new_energy;
  if (vehicle === 'new_energy' && ev.discount_pct > 0) {
    const off = percentOfFen(fee, ev.discount_pct, 'up');
    adjustments.push({ kind: 'new_energy_discount', detail: `新能源车优惠 ${ev.discount_pct}%`, fen: -off });
    fee -= off;
  }
  return { fee_fen: fee, minutes, billed_from: iso(from), breakdown, adjustments };
}

/**
 * Where billing starts (epoch ms) once grace and a new-energy car's free minutes are taken off, or
 * null when they cover the whole stay. Records each as an adjustment.
 */
function billingStart(
  tariff: Tariff,
  vehicle: VehicleClass,
  entry: number,
  exit: number,
  minutes: number,
  adjustments: StayPrice['adjustments'],
): number | null {
  if (minutes <= tariff.grace.minutes) {
    adjustments.push({ kind: 'grace', detail: `${tariff.grace.minutes} 分钟内免费` });
    return null;
  }
  let from = entry;
  if (!tariff.grace.counts_if_exceeded && tariff.grace.minutes > 0) {
    from += tariff.grace.minutes * MIN;
    adjustments.push({ kind: 'grace', detail: `前 ${tariff.grace.minutes} 分钟不计费` });
  }
  const ev = tariff.vehicle_classes.new_energy;
  if (vehicle === 'new_energy' && ev.free_minutes > 0) {
    from = Math.max(from, entry + ev.free_minutes * MIN);
    adjustments.push({ kind: 'new_energy_free', detail: `新能源车前 ${ev.free_minutes} 分钟免费` });
    if (from >= exit) return null;
  }
  return from;
}

/** The vehicle class's percentage of the listed prices (a new-energy car pays the small car's). */
function vehicleClassPct(tariff: Tariff, vehicle: VehicleClass, adjustments: StayPrice['adjustments']) {
  const pricePct =
    vehicle === 'large' ? tariff.vehicle_classes.large.price_pct : tariff.vehicle_classes.small.price_pct;
  if (pricePct !== 100)
    adjustments.push({
      kind: 'vehicle_class',
      detail: `${vehicle === 'large' ? '大型车' : '小型车'}按 ${pricePct}% 计价`,
    });
  return pricePct;
}

/** A unit's period and price, by when it starts. */
type UnitPrice = { period: 'day' | 'night'; fen: number };

/** Prices the unit starting at t: first hour, holiday or plain day price by day, else the night price. */
function unitPricer(tariff: Tariff, entry: number, scaled: (fen: number) => number) {
  const dayStart = minutesOf(tariff.day.start);
  const dayEnd = minutesOf(tariff.day.end);
  const firstHourEnd = entry + 60 * MIN;
  const holidays = new Set(tariff.holidays);
  return (t: number): UnitPrice => {
    if (!inWindow(cstMinuteOfDay(t), dayStart, dayEnd))
      return { period: 'night', fen: scaled(tariff.night.unit_price_fen) };
    const holiday = holidays.has(cstDate(t)) && tariff.day.holiday_unit_price_fen !== undefined;
    const base =
      t < firstHourEnd && tariff.day.first_hour_unit_price_fen !== undefined
        ? tariff.day.first_hour_unit_price_fen
        : holiday
          ? tariff.day.holiday_unit_price_fen!
          : tariff.day.unit_price_fen;
    return { period: 'day', fen: scaled(base) };
  };
}

/** One billing day's part of the stay [segFrom, segTo): its units summed, then the night and 24-hour caps. */
function priceBillingDay(
  tariff: Tariff,
  bd: number,
  segFrom: number,
  segTo: number,
  unitPriceAt: (t: number) => UnitPrice,
  scaled: (fen: number) => number,
): BillingDayLine {
  const line: BillingDayLine = {
    billing_day: cstDate(bd),
    from: iso(segFrom),
    to: iso(segTo),
    day_units: 0,
    day_fen: 0,
    night_units: 0,
    night_fen: 0,
    night_capped: false,
    capped_24h: false,
    fen: 0,
  };
  for (let t = segFrom; t < segTo; t += tariff.unit_minutes * MIN) {
    const unit = unitPriceAt(t);
    if (unit.period === 'day') {
      line.day_units++;
      line.day_fen += unit.fen;
    } else {
      line.night_units++;
      line.night_fen += unit.fen;
    }
  }
  if (tariff.night.cap_fen !== undefined && line.night_fen > scaled(tariff.night.cap_fen)) {
    line.night_fen = scaled(tariff.night.cap_fen);
    line.night_capped = true;
  }
  line.fen = line.day_fen + line.night_fen;
  if (tariff.cap_24h_fen !== undefined && line.fen > scaled(tariff.cap_24h_fen)) {
    line.fen = scaled(tariff.cap_24h_fen);
    line.capped_24h = true;
  }
  return line;
}

/** The examples of shared/docs/DOMAIN.md: Guangzhou central and outer districts (on-street rules). */
const GZ_CENTRAL = tariffSchema.parse({
  name: '广州中心城区（路内）',
  unit_minutes: 30,
  grace: { minutes: 15, counts_if_exceeded: true },
  day: { start: '07:30', end: '21:30', unit_price_fen: 500 },
  night: { unit_price_fen: 100, cap_fen: 1000 },
  cap_24h_fen: 4500,
  billing_day_start: '07:30',
  vehicle_classes: {
    small: { price_pct: 100 },
    large: { price_pct: 200 },
    new_energy: { free_minutes: 60, discount_pct: 0 },
  },
});

// Outer districts: the same rules at a lower day price and 24-hour cap.
const GZ_OUTER: Tariff = {
  ...GZ_CENTRAL,
  name: '广州外围城区（路内）',
  day: { ...GZ_CENTRAL.day, unit_price_fen: 300 },
  cap_24h_fen: 2700,
};

export const GUANGZHOU_TARIFFS: Record<string, Tariff> = {
  'gz-central': GZ_CENTRAL,
  'gz-outer': GZ_OUTER,
};
