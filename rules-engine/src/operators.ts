import type { FactType } from './types';
import { cstDayNumber, cstDayOfWeek, cstMinuteOfDay, DAY_MS, parseClock, toTime } from './time';

/**
 * Each operator carries its own behaviour: which fact types it takes, how its expected value is
 * checked and prepared once at compile time, and the test run per evaluation. The compiler and the
 * validator never switch on operator names.
 */
export type OperatorDef<P = unknown> = {
  accepts: (factType: FactType) => boolean;
  /** Describes what is wrong with `value` for a fact of this type, or returns null. */
  checkValue: (value: unknown, factType: FactType | undefined) => string | null;
  prepare: (value: unknown) => P;
  test: (actual: unknown, expected: P, now: number) => boolean;
  /** Whether the expected side may be another fact (`fact_ref`). */
  factRef: boolean;
  /**
   * Optional JavaScript for the test, used by the code generator (codegen.ts): `a` is the actual
   * value (never undefined), `k` the prepared expected value, `time` the fact as epoch ms (parsed
   * once per evaluation), `generic` a call of `test` — the fallback for values off the fast path.
   * Only expressions over these names: no rule text ever becomes code. `prepared` lets the
   * emitter specialise on the shape of the expected value.
   */
  emit?: (x: { a: string; k: string; now: string; time: string; generic: string }, prepared: P) => string;
};

const scalarTypes: FactType[] = ['string', 'number', 'boolean', 'date'];
const isScalarType = (t: FactType) => scalarTypes.includes(t);
const orderedType = (t: FactType) => t === 'number' || t === 'date';

function valueMatches(v: unknown, t: FactType | undefined): boolean {
  switch (t) {
    case undefined:
      return v !== undefined && (typeof v !== 'object' || v === null);
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
      return toTime(v) !== undefined && (typeof v === 'string' || typeof v === 'number');
    default:
      return false;
  }
}

const describe = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const mismatch = (v: unknown, t: FactType | undefined) =>
  valueMatches(v, t) ? null : `expected a ${t ?? 'scalar'} value, got ${describe(v)} ${JSON.stringify(v)}`;

/** Numbers compare as numbers, dates as instants; anything else only by equality. */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

function comparable(v: unknown): number | string | boolean | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'string') {
    const t = DATE_PREFIX.test(v) ? toTime(v) : undefined;
    return t ?? v;
  }
  return undefined;
}

function ordered(
  cmp: (a: number, b: number) => boolean,
  symbol: '<' | '<=' | '>' | '>=',
): OperatorDef<number | undefined> {
  return {
    accepts: orderedType,
    checkValue: (v, t) =>
      t === undefined || orderedType(t)
        ? mismatch(v, t ?? (typeof v === 'number' ? 'number' : 'date'))
        : null,
    prepare: (v) => {
      const c = comparable(v);
      return typeof c === 'number' ? c : undefined;
    },
    test: (actual, expected) => {
      if (expected === undefined) return false;
      const a = comparable(actual);
      return typeof a === 'number' && cmp(a, expected);
    },
    factRef: true,
    emit: ({ a, k, generic }, prepared) =>
      prepared === undefined ? 'false' : `(typeof ${a} === "number" ? ${a} ${symbol} ${k} : ${generic})`,
  };
}

const equality = (negate: boolean): OperatorDef<unknown> => ({
  accepts: isScalarType,
  checkValue: mismatch,
  prepare: comparable,
  test: (actual, expected) => {
    const a = comparable(actual);
    if (a === undefined) return false;
    return (a === expected) !== negate;
  },
  factRef: true,
  // Numbers and booleans compare as themselves; strings may be dates, so they take the generic path.
  emit: ({ a, k, generic }) =>
    `(typeof ${a} === "number" || typeof ${a} === "boolean" ? (${a} === ${k}) !== ${negate} : ${generic})`,
});

const membership = (negate: boolean): OperatorDef<Set<unknown>> => ({
  accepts: isScalarType,
  checkValue: (v, t) => {
    if (!Array.isArray(v) || v.length === 0) return 'expected a non-empty array';
    if (v.length > 10_000) return 'at most 10,000 values';
    for (const [i, x] of v.entries()) {
      const m = mismatch(x, t);
      if (m) return `item ${i}: ${m}`;
    }
    return null;
  },
  prepare: (v) => new Set((v as unknown[]).map(comparable)),
  test: (actual, expected) => {
    const a = comparable(actual);
    if (a === undefined) return false;
    return expected.has(a) !== negate;
  },
  factRef: false,
  // A set of plain (non-date) strings: a string fact is looked up as it is. A date-like fact would
  // compare as an instant and can never equal a plain string, so the direct lookup agrees.
  emit: ({ a, k, generic }, prepared) =>
    [...prepared].every((x) => typeof x === 'string' && !DATE_PREFIX.test(x))
      ? `(typeof ${a} === "string" ? ${k}.has(${a}) !== ${negate} : ${generic})`
      : generic,
});

/** A list fact (`string[]`, `number[]`) against a set of values: does it hold any of them? */
const listOverlap = (negate: boolean): OperatorDef<Set<unknown>> => ({
  accepts: (t) => t === 'string[]' || t === 'number[]',
  checkValue: (v, t) => {
    if (!Array.isArray(v) || v.length === 0) return 'expected a non-empty array';
    if (v.length > 10_000) return 'at most 10,000 values';
    const item = t === 'number[]' ? 'number' : t === 'string[]' ? 'string' : undefined;
    for (const [i, x] of v.entries()) {
      const m = mismatch(x, item);
      if (m) return `item ${i}: ${m}`;
    }
    return null;
  },
  prepare: (v) => new Set(v as unknown[]),
  test: (actual, expected) => Array.isArray(actual) && actual.some((x) => expected.has(x)) !== negate,
  factRef: false,
});

const MAX_PATTERN = 200;
const MAX_SUBJECT = 1000;

/**
 * Patterns are limited to what cannot backtrack catastrophically: no backreferences, no lookaround,
 * no quantified group that itself contains a quantifier (the `(a+)+` family), bounded length; the
 * subject is cut at 1,000 characters.
 */
export function unsafePatternReason(p: string): string | null {
  if (p.length > MAX_PATTERN) return `pattern longer than ${MAX_PATTERN} characters`;
  if (/\\[1-9]|\\k</.test(p)) return 'backreferences are not allowed';
  if (/\(\?[=!<]/.test(p)) return 'lookaround is not allowed';
  if (/\([^()]*[+*}?][^()]*\)\s*[+*{]/.test(p)) return 'nested quantifiers are not allowed';
  try {
    new RegExp(p, 'u');
  } catch (e) {
    return `invalid pattern: ${(e as Error).message}`;
  }
  return null;
}

const dateFact = (t: FactType) => t === 'date';

// Each operator prepares its own kind of expected value; the registry is heterogeneous by design.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const OPERATORS: Record<string, OperatorDef<any>> = {
  eq: equality(false),
  ne: equality(true),
  lt: ordered((a, b) => a < b, '<'),
  lte: ordered((a, b) => a <= b, '<='),
  gt: ordered((a, b) => a > b, '>'),
  gte: ordered((a, b) => a >= b, '>='),
  in: membership(false),
  not_in: membership(true),
  between: {
    accepts: orderedType,
    checkValue: (v, t) => {
      if (!Array.isArray(v) || v.length !== 2) return 'expected [min, max]';
      const m =
        mismatch(v[0], t ?? (typeof v[0] === 'number' ? 'number' : 'date')) ??
        mismatch(v[1], t ?? (typeof v[1] === 'number' ? 'number' : 'date'));
      if (m) return m;
      const [a, b] = v.map(comparable) as number[];
      return a > b ? 'min must not exceed max' : null;
    },
    prepare: (v) => (v as unknown[]).map(comparable) as [number, number],
    test: (actual, [min, max]) => {
      const a = comparable(actual);
      return typeof a === 'number' && a >= min && a <= max;
    },
    factRef: false,
    emit: ({ a, k, generic }) =>
      `(typeof ${a} === "number" ? ${a} >= ${k}[0] && ${a} <= ${k}[1] : ${generic})`,
  } satisfies OperatorDef<[number, number]>,
  contains: {
    accepts: (t) => t === 'string' || t === 'string[]' || t === 'number[]',
    checkValue: (v, t) => mismatch(v, t === 'number[]' ? 'number' : 'string'),
    prepare: (v) => v,
    test: (actual, expected) =>
      typeof actual === 'string'
        ? typeof expected === 'string' && actual.includes(expected)
        : Array.isArray(actual) && actual.includes(expected),
    factRef: true,
    emit: ({ a, k, generic }) => `(Array.isArray(${a}) ? ${a}.includes(${k}) : ${generic})`,
  },
  starts_with: {
    accepts: (t) => t === 'string',
    checkValue: (v) => mismatch(v, 'string'),
    prepare: (v) => v as string,
    test: (actual, expected) => typeof actual === 'string' && actual.startsWith(expected as string),
    factRef: true,
  },
  matches: {
    accepts: (t) => t === 'string',
    checkValue: (v) => (typeof v !== 'string' ? 'expected a pattern string' : unsafePatternReason(v)),
    prepare: (v) => new RegExp(v as string, 'u'),
    test: (actual, re: RegExp) => typeof actual === 'string' && re.test(actual.slice(0, MAX_SUBJECT)),
    factRef: false,
  } satisfies OperatorDef<RegExp>,
  /** The list fact holds at least one of the values (`user.tags` any of ["resident", "student"]). */
  any_of: listOverlap(false),
  /** The list fact holds none of the values. */
  none_of: listOverlap(true),
  /** Time-of-day window in Asia/Shanghai, `{from: "20:00", to: "02:00"}` wraps past midnight; `to` is exclusive. */
  time_between: {
    accepts: dateFact,
    checkValue: (v) => {
      const w = v as { from?: unknown; to?: unknown };
      if (!w || typeof w !== 'object' || Array.isArray(w)) return 'expected {from: "HH:MM", to: "HH:MM"}';
      // Always Asia/Shanghai: a `tz` (or any other key) would be silently ignored, so it is refused.
      const extra = Object.keys(w).filter((k) => k !== 'from' && k !== 'to');
      if (extra.length) return `unknown key ${JSON.stringify(extra[0])} (windows are in Asia/Shanghai time)`;
      if (parseClock(w.from) === undefined) return 'from must be HH:MM';
      if (parseClock(w.to, true) === undefined) return 'to must be HH:MM (or 24:00)';
      return null;
    },
    prepare: (v) => {
      const w = v as { from: string; to: string };
      return [parseClock(w.from)!, parseClock(w.to, true)!] as [number, number];
    },
    test: (actual, [from, to]) => {
      const t = toTime(actual);
      if (t === undefined) return false;
      const m = cstMinuteOfDay(t);
      return from <= to ? m >= from && m < to : m >= from || m < to;
    },
    factRef: false,
    emit: ({ k, time }, [from, to]) =>
      from <= to
        ? `(${time} !== undefined && MIN(${time}) >= ${k}[0] && MIN(${time}) < ${k}[1])`
        : `(${time} !== undefined && (MIN(${time}) >= ${k}[0] || MIN(${time}) < ${k}[1]))`,
  } satisfies OperatorDef<[number, number]>,
  /** ISO days of week in Asia/Shanghai: Monday = 1 … Sunday = 7. */
  day_of_week: {
    accepts: dateFact,
    checkValue: (v) =>
      Array.isArray(v) && v.length > 0 && v.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)
        ? null
        : 'expected a non-empty array of days 1 (Monday) … 7 (Sunday)',
    prepare: (v) => new Set(v as number[]),
    test: (actual, days: Set<number>) => {
      const t = toTime(actual);
      return t !== undefined && days.has(cstDayOfWeek(t));
    },
    factRef: false,
    emit: ({ k, time }) => `(${time} !== undefined && ${k}.has(DOW(${time})))`,
  } satisfies OperatorDef<Set<number>>,
  /** Calendar dates in Asia/Shanghai, both ends inclusive: `["2026-12-01", "2026-12-31"]`. */
  date_between: {
    accepts: dateFact,
    checkValue: (v) => {
      if (
        !Array.isArray(v) ||
        v.length !== 2 ||
        !v.every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && toTime(d) !== undefined)
      ) {
        return 'expected ["YYYY-MM-DD", "YYYY-MM-DD"]';
      }
      return toTime(v[0])! > toTime(v[1])! ? 'start date must not be after end date' : null;
    },
    prepare: (v) => (v as string[]).map((d) => cstDayNumber(toTime(d)!)) as [number, number],
    test: (actual, [from, to]) => {
      const t = toTime(actual);
      if (t === undefined) return false;
      const d = cstDayNumber(t);
      return d >= from && d <= to;
    },
    factRef: false,
    emit: ({ k, time }) => `(${time} !== undefined && DAY(${time}) >= ${k}[0] && DAY(${time}) <= ${k}[1])`,
  } satisfies OperatorDef<[number, number]>,
  /** The fact lies in the last N days up to now (e.g. wallet opened within 30 days). */
  within_days: {
    accepts: dateFact,
    checkValue: (v) =>
      Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 36_500
        ? null
        : 'expected a whole number of days, 0–36500',
    prepare: (v) => (v as number) * DAY_MS,
    test: (actual, span: number, now) => {
      const t = toTime(actual);
      return t !== undefined && t <= now && now - t <= span;
    },
    factRef: false,
    emit: ({ k, time, now }) => `(${time} !== undefined && ${time} <= ${now} && ${now} - ${time} <= ${k})`,
  } satisfies OperatorDef<number>,
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);

/** The operators a fact of this type can be compared with (what a rule editor should offer). */
export function operatorsFor(factType: FactType): string[] {
  return OPERATOR_NAMES.filter((name) => OPERATORS[name as keyof typeof OPERATORS].accepts(factType));
}
