import type { Facts } from './facts';
import { OPERATORS } from './operators';
import { cstDayNumber, cstDayOfWeek, cstMinuteOfDay, toTime } from './time';
import type { Comparison, Condition, RuleTrace } from './types';

// Compiles the conditions of a validated rule set to JavaScript source, once per rule set, and runs
// it through `new Function`. What becomes code is only structure: `&&`, `||`, `!`, the operators' own
// emitters and property reads whose keys are JSON string literals. Every value of the rule set (and
// every fact path name) reaches the generated code as data — an index into the constant table `K`, or
// a JSON-escaped literal — so no rule text can ever run as code.
//
// Each fact path is read at most once per evaluation (lazily, into a local), and a date fact is
// parsed to epoch ms at most once however many time operators look at it.

/** Which rules hold, in the order given: the index of the first (policy `first`) or all of them. */
export type GeneratedMatcher = {
  first(facts: Facts, now: number): number;
  all(facts: Facts, now: number): number[];
  /**
   * Explain mode: every rule in order (up to the first match when `stopAtFirst`) with each
   * comparison it evaluated — the fact, actual and expected values and the result.
   */
  traced(facts: Facts, now: number, stopAtFirst: boolean): { matched: number[]; trace: RuleTrace[] };
  /** The generated source, for tests and for anyone curious. */
  source: string;
};

const isComparison = (c: Condition): c is Comparison => 'fact' in c;

class Emitter {
  constructor(readonly named: Record<string, Condition> = {}) {}
  readonly constants: unknown[] = [];
  readonly tests: ((a: unknown, k: unknown, now: number) => boolean)[] = [];
  private readonly factSlots = new Map<string, number>();

  constant(v: unknown): string {
    this.constants.push(v);
    return `K[${this.constants.length - 1}]`;
  }

  test(fn: (a: unknown, k: unknown, now: number) => boolean): string {
    this.tests.push(fn);
    return `T[${this.tests.length - 1}]`;
  }

  private slot(path: string): number {
    let n = this.factSlots.get(path);
    if (n === undefined) {
      n = this.factSlots.size;
      this.factSlots.set(path, n);
    }
    return n;
  }

  /** The fact's value, read once per evaluation. */
  fact(path: string): string {
    if (path === '$now') return 'now';
    const n = this.slot(path);
    const keys = path.split('.').map((k) => JSON.stringify(k));
    let read = `f[${keys[0]}]`;
    for (const k of keys.slice(1))
      read = `((x = ${read}) !== null && typeof x === "object" ? x[${k}] : undefined)`;
    return `(v${n} === S ? (v${n} = ${read}) : v${n})`;
  }

  /** The fact as epoch ms (undefined if it is not a time), parsed once per evaluation. */
  time(path: string, actual: string): string {
    if (path === '$now') return 'now';
    const n = this.slot(path);
    return `(t${n} === S ? (t${n} = TT(${actual})) : t${n})`;
  }

  get slots(): number {
    return this.factSlots.size;
  }
}

function comparison(e: Emitter, c: Comparison, path: string | null): string {
  const op = OPERATORS[c.op];
  const test = e.test(op.test);
  const actual = e.fact(c.fact);
  let expr: string;
  let expected: string;
  if (c.fact_ref !== undefined) {
    const prepare = e.constant(op.prepare);
    const other = e.fact(c.fact_ref);
    // `offset`: the other fact plus a constant (numbers only; anything else never matches).
    const shifted =
      c.offset === undefined ? 'b' : `(b = typeof b === "number" ? b + ${e.constant(c.offset)} : undefined)`;
    expr = `((a = ${actual}), (b = ${other}), a !== undefined && ${shifted} !== undefined && ${test}(a, ${prepare}(b), now))`;
    expected = 'b';
  } else {
    const prepared = op.prepare(c.value);
    const k = e.constant(prepared);
    const generic = `${test}(a, ${k}, now)`;
    const body = op.emit
      ? op.emit({ a: 'a', k, now: 'now', time: e.time(c.fact, 'a'), generic }, prepared)
      : generic;
    expr = `((a = ${actual}) !== undefined && ${body})`;
    expected = e.constant(c.value);
  }
  if (path === null) return expr;
  // Explain: record the comparison as it is evaluated (`a`/`b` hold what was just read).
  const entry = `{ path: ${e.constant(path)}, fact: ${e.constant(c.fact)}, op: ${e.constant(c.op)}, actual: a, expected: ${expected}, result: r }`;
  return `((r = ${expr}), c.push(${entry}), r)`;
}

function condition(e: Emitter, c: Condition, path: string | null): string {
  if (isComparison(c)) return comparison(e, c, path);
  if ('not' in c) return `!${condition(e, c.not, path === null ? null : `${path}/not`)}`;
  // A named condition is inlined where it is used (the validator refused cycles).
  if ('use' in c) return condition(e, e.named[c.use], path === null ? null : `${path}/use`);
  const all = 'all' in c;
  const kind = all ? 'all' : 'any';
  const parts = (all ? (c as { all: Condition[] }).all : (c as { any: Condition[] }).any).map((x, i) =>
    condition(e, x, path === null ? null : `${path}/${kind}/${i}`),
  );
  if (!parts.length) return all ? 'true' : 'false';
  return `(${parts.join(all ? ' && ' : ' || ')})`;
}

const SENTINEL = Object.freeze({});

/**
 * Generates the matcher for the rules' conditions (already sorted by priority). `ids` and `paths`
 * (the rules' ids and the JSON paths of their conditions in the rule set) label explain traces.
 */
export function generateMatcher(
  conditions: Condition[],
  labels?: { ids: string[]; paths: string[] },
  named?: Record<string, Condition>,
): GeneratedMatcher {
  const e = new Emitter(named);
  const predicates = conditions.map((c) => condition(e, c, null));
  const ids = labels?.ids ?? conditions.map((_, i) => `rule${i}`);
  const paths = labels?.paths ?? conditions.map((_, i) => `/rules/${i}/when`);
  const traced = conditions.map((c, i) => condition(e, c, paths[i]));
  const locals = ['a', 'b', 'x', 'r', 'c'];
  for (let i = 0; i < e.slots; i++) locals.push(`v${i} = S`, `t${i} = S`);
  const head = `var ${locals.join(', ')};`;
  const first = predicates.map((p, i) => `if (${p}) return ${i};`).join('\n');
  const all = predicates.map((p, i) => `if (${p}) m.push(${i});`).join('\n');
  const explain = traced
    .map(
      (p, i) =>
        `c = []; r = ${p}; trace.push({ rule_id: ${e.constant(ids[i])}, matched: r, conditions: c });\n` +
        `if (r) { m.push(${i}); if (stop) return { matched: m, trace: trace }; }`,
    )
    .join('\n');
  const source =
    `"use strict";\n` +
    `function first(f, now) {\n${head}\n${first}\nreturn -1;\n}\n` +
    `function all(f, now) {\n${head}\nvar m = [];\n${all}\nreturn m;\n}\n` +
    `function traced(f, now, stop) {\n${head}\nvar m = [], trace = [];\n${explain}\nreturn { matched: m, trace: trace };\n}\n` +
    `return { first: first, all: all, traced: traced };`;
  const make = new Function('K', 'T', 'S', 'TT', 'MIN', 'DOW', 'DAY', source) as (
    ...args: unknown[]
  ) => Omit<GeneratedMatcher, 'source'>;
  const built = make(e.constants, e.tests, SENTINEL, toTime, cstMinuteOfDay, cstDayOfWeek, cstDayNumber);
  return { ...built, source };
}
