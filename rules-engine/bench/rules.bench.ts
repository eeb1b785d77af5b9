/**
 * Rule-evaluation benchmark: our engine against json-rules-engine and GoRules ZEN, in one process.
 *
 *   npm run bench:rules
 *
 * The same 8-condition eligibility rule (e-CNY wallet type and level, Guangzhou district, age band,
 * account age, "resident" tag, channel, claims today) is written three times: in our DSL, as one
 * json-rules-engine rule with `all` of 8 conditions (facts `user` / `request`, JSONPath `path`; `between`
 * is a custom operator so the condition count matches), and as a ZEN JDM graph (input → expression node
 * computing the decision → output).
 *
 * A deterministic pool of fact sets (about half eligible; ineligible ones break one or two conditions,
 * often right at a boundary) is generated with a reference predicate in plain TypeScript. Before timing,
 * every engine evaluates hand-written edge cases and the whole pool and must agree with the reference on
 * allow/reject — otherwise the bench aborts. The timed loops check every answer as well.
 *
 * Then, each after a warm-up, for at least BENCH_RULES_SECONDS:
 *   - ours, explain off (synchronous loop)          → evals_per_s
 *   - ours, explain on                               → explain_evals_per_s
 *   - json-rules-engine, `await engine.run(facts)`   → json_rules_engine_evals_per_s
 *   - ZEN, sequential awaits and 64 in flight        → zen_evals_per_s (the better of the two)
 *
 * Progress goes to stderr; the last line on stdout is one JSON object.
 *
 * Environment:
 *   BENCH_RULES_POOL      fact sets in the pool (default 10000)
 *   BENCH_RULES_SECONDS   minimum timed duration per measurement (default 2)
 *   BENCH_RULES_WARMUP    warm-up seconds per measurement (default 0.5)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { ZenEngine } from '@gorules/zen-engine';
import { Engine as JsonRulesEngine, type RuleProperties } from 'json-rules-engine';
import { compileRuleSet } from '../src/index';

const POOL_SIZE = positiveNumber('BENCH_RULES_POOL', 10_000);
const SECONDS = positiveNumber('BENCH_RULES_SECONDS', 2);
const WARMUP_SECONDS = positiveNumber('BENCH_RULES_WARMUP', 0.5);
const ZEN_IN_FLIGHT = 64;
const NOW = new Date('2026-03-02T10:00:00+08:00');

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

function log(message: string): void {
  process.stderr.write(`[bench:rules] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------
// The rule, three times.

const WALLET_TYPES = ['soft', 'hard'];
const MAX_WALLET_LEVEL = 3;
const DISTRICTS = ['440103', '440104', '440105', '440106', '440111', '440112'];
const AGE: [number, number] = [18, 70];
const MIN_REGISTERED_DAYS = 7;
const REQUIRED_TAG = 'resident';
const CHANNELS = ['weapp', 'h5'];
const MAX_CLAIMS_TODAY_EXCLUSIVE = 3;

type Facts = {
  user: {
    wallet_type: string;
    wallet_level: number;
    region: string;
    age: number;
    registered_days: number;
    tags: string[];
    claims_today: number;
  };
  request: { channel: string };
};

/** The reference predicate: what all three engines must compute. */
function referenceEligible(f: Facts): boolean {
  const u = f.user;
  return (
    WALLET_TYPES.includes(u.wallet_type) &&
    u.wallet_level <= MAX_WALLET_LEVEL &&
    DISTRICTS.includes(u.region) &&
    u.age >= AGE[0] &&
    u.age <= AGE[1] &&
    u.registered_days >= MIN_REGISTERED_DAYS &&
    u.tags.includes(REQUIRED_TAG) &&
    CHANNELS.includes(f.request.channel) &&
    u.claims_today < MAX_CLAIMS_TODAY_EXCLUSIVE
  );
}

const ruleSet: Parameters<typeof compileRuleSet>[0] = {
  hit_policy: 'first',
  default: { decision: 'reject', reason: 'NOT_ELIGIBLE' },
  rules: [
    {
      id: 'eligible',
      when: {
        all: [
          { fact: 'user.wallet_type', op: 'in', value: WALLET_TYPES },
          { fact: 'user.wallet_level', op: 'lte', value: MAX_WALLET_LEVEL },
          { fact: 'user.region', op: 'in', value: DISTRICTS },
          { fact: 'user.age', op: 'between', value: AGE },
          { fact: 'user.registered_days', op: 'gte', value: MIN_REGISTERED_DAYS },
          { fact: 'user.tags', op: 'contains', value: REQUIRED_TAG },
          { fact: 'request.channel', op: 'in', value: CHANNELS },
          { fact: 'user.claims_today', op: 'lt', value: MAX_CLAIMS_TODAY_EXCLUSIVE },
        ],
      },
      then: { decision: 'allow' },
    },
  ],
};

const jsonRulesEngineRule: RuleProperties = {
  name: 'eligible',
  conditions: {
    all: [
      { fact: 'user', path: '$.wallet_type', operator: 'in', value: WALLET_TYPES },
      { fact: 'user', path: '$.wallet_level', operator: 'lessThanInclusive', value: MAX_WALLET_LEVEL },
      { fact: 'user', path: '$.region', operator: 'in', value: DISTRICTS },
      { fact: 'user', path: '$.age', operator: 'between', value: AGE },
      {
        fact: 'user',
        path: '$.registered_days',
        operator: 'greaterThanInclusive',
        value: MIN_REGISTERED_DAYS,
      },
      { fact: 'user', path: '$.tags', operator: 'contains', value: REQUIRED_TAG },
      { fact: 'request', path: '$.channel', operator: 'in', value: CHANNELS },
      { fact: 'user', path: '$.claims_today', operator: 'lessThan', value: MAX_CLAIMS_TODAY_EXCLUSIVE },
    ],
  },
  event: { type: 'allow' },
};

const zenList = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
const zenCondition = [
  `user.wallet_type in ${zenList(WALLET_TYPES)}`,
  `user.wallet_level <= ${MAX_WALLET_LEVEL}`,
  `user.region in ${zenList(DISTRICTS)}`,
  `user.age >= ${AGE[0]} and user.age <= ${AGE[1]}`,
  `user.registered_days >= ${MIN_REGISTERED_DAYS}`,
  `contains(user.tags, ${JSON.stringify(REQUIRED_TAG)})`,
  `request.channel in ${zenList(CHANNELS)}`,
  `user.claims_today < ${MAX_CLAIMS_TODAY_EXCLUSIVE}`,
].join(' and ');

const zenJdm = {
  contentType: 'application/vnd.gorules.decision',
  nodes: [
    { id: 'request', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
    {
      id: 'eligibility',
      type: 'expressionNode',
      name: 'eligibility',
      position: { x: 300, y: 0 },
      content: {
        expressions: [{ id: 'decision', key: 'decision', value: `(${zenCondition}) ? "allow" : "reject"` }],
      },
    },
    { id: 'response', type: 'outputNode', name: 'response', position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'request-eligibility', sourceId: 'request', targetId: 'eligibility', type: 'edge' },
    { id: 'eligibility-response', sourceId: 'eligibility', targetId: 'response', type: 'edge' },
  ],
};

// ---------------------------------------------------------------------------------------------------
// The fact pool.

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITION_COUNT = 8;

function makePool(size: number, seed: number): Facts[] {
  const rand = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const edgeOr = (edge: number, lo: number, hi: number): number => (rand() < 0.3 ? edge : int(lo, hi));
  const otherTags = ['senior', 'student', 'veteran', 'new_user', 'merchant_staff'];
  const pool: Facts[] = [];
  for (let n = 0; n < size; n++) {
    // Which conditions this fact set breaks: none for about half, otherwise one (70 %) or two.
    const broken = new Set<number>();
    if (rand() >= 0.5) {
      const k = rand() < 0.7 ? 1 : 2;
      while (broken.size < k) broken.add(int(0, CONDITION_COUNT - 1));
    }
    const tags = otherTags.filter(() => rand() < 0.3);
    if (!broken.has(5)) tags.splice(int(0, tags.length), 0, REQUIRED_TAG);
    pool.push({
      user: {
        wallet_type: broken.has(0) ? pick(['merchant', 'anonymous', 'SOFT']) : pick(WALLET_TYPES),
        wallet_level: broken.has(1) ? edgeOr(4, 4, 5) : edgeOr(3, 1, 3),
        region: broken.has(2)
          ? pick(['440113', '440114', '440115', '440117', '440303', '4401'])
          : pick(DISTRICTS),
        age: broken.has(3)
          ? rand() < 0.5
            ? edgeOr(17, 12, 17)
            : edgeOr(71, 71, 95)
          : rand() < 0.3
            ? pick(AGE)
            : int(AGE[0], AGE[1]),
        registered_days: broken.has(4) ? edgeOr(6, 0, 6) : edgeOr(7, 7, 2000),
        tags,
        claims_today: broken.has(7) ? edgeOr(3, 3, 9) : int(0, 2),
      },
      request: { channel: broken.has(6) ? pick(['app', 'pos', 'web', 'WEAPP']) : pick(CHANNELS) },
    });
  }
  return pool;
}

/** Edge cases written out by hand: the eligible base, each condition broken alone, the boundaries. */
function edgeCases(): Facts[] {
  const base: Facts = {
    user: {
      wallet_type: 'soft',
      wallet_level: 2,
      region: '440106',
      age: 35,
      registered_days: 30,
      tags: ['senior', 'resident'],
      claims_today: 0,
    },
    request: { channel: 'weapp' },
  };
  const withUser = (u: Partial<Facts['user']>): Facts => ({ ...base, user: { ...base.user, ...u } });
  return [
    base,
    withUser({ wallet_type: 'hard', wallet_level: 3, age: 18, registered_days: 7, claims_today: 2 }),
    withUser({ age: 70, tags: ['resident'] }),
    withUser({ wallet_type: 'merchant' }),
    withUser({ wallet_level: 4 }),
    withUser({ region: '440113' }),
    withUser({ age: 17 }),
    withUser({ age: 71 }),
    withUser({ registered_days: 6 }),
    withUser({ tags: [] }),
    withUser({ tags: ['senior', 'resident_former'] }),
    { ...base, request: { channel: 'app' } },
    { ...base, request: { channel: 'h5' } },
    withUser({ claims_today: 3 }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Timing.

type Measurement = { evals: number; seconds: number; rate: number };

/** Runs `evaluate` over the pool, round robin, for at least `seconds`; counts answers that differ from `expected`. */
function timeSync(
  pool: Facts[],
  expected: boolean[],
  evaluate: (f: Facts) => boolean,
  seconds: number,
): Measurement {
  const batch = 512;
  let i = 0;
  let evals = 0;
  let wrong = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  for (;;) {
    for (let k = 0; k < batch; k++) {
      if (evaluate(pool[i]) !== expected[i]) wrong++;
      if (++i === pool.length) i = 0;
    }
    evals += batch;
    const t = performance.now();
    if (t >= deadline) {
      if (wrong > 0) throw new Error(`${wrong} of ${evals} answers differ from the reference`);
      const elapsed = (t - t0) / 1000;
      return { evals, seconds: elapsed, rate: evals / elapsed };
    }
  }
}

/** Like timeSync, `inFlight` loops each awaiting one evaluation at a time (so `inFlight` stay pending). */
async function timeAsync(
  pool: Facts[],
  expected: boolean[],
  evaluate: (f: Facts) => Promise<boolean>,
  seconds: number,
  inFlight: number,
): Promise<Measurement> {
  let next = 0;
  let evals = 0;
  let wrong = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const i = next;
      next = next + 1 === pool.length ? 0 : next + 1;
      if ((await evaluate(pool[i])) !== expected[i]) wrong++;
      evals++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  if (wrong > 0) throw new Error(`${wrong} of ${evals} answers differ from the reference`);
  const elapsed = (performance.now() - t0) / 1000;
  return { evals, seconds: elapsed, rate: evals / elapsed };
}

function describe(label: string, m: Measurement): void {
  log(
    `${label.padEnd(34)} ${Math.round(m.rate).toLocaleString('en-US').padStart(12)} evals/s` +
      `  (${m.evals.toLocaleString('en-US')} in ${m.seconds.toFixed(2)} s, ${((1e6 * m.seconds) / m.evals).toFixed(2)} µs/eval)`,
  );
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log(
    `node ${process.version}, pool ${POOL_SIZE}, ≥${SECONDS} s per measurement, warm-up ${WARMUP_SECONDS} s`,
  );

  const pool = makePool(POOL_SIZE, 0x5eed_2026);
  const expected = pool.map(referenceEligible);
  const eligible = expected.filter(Boolean).length;
  log(
    `pool: ${eligible} eligible, ${POOL_SIZE - eligible} not (${((100 * eligible) / POOL_SIZE).toFixed(1)} %)`,
  );

  // Ours.
  const compiled = compileRuleSet(ruleSet);
  const optsOff = { now: NOW };
  const optsOn = { now: NOW, explain: true };
  const oursOff = (f: Facts): boolean => compiled.evaluate(f, optsOff).decision === 'allow';
  const oursOn = (f: Facts): boolean => compiled.evaluate(f, optsOn).decision === 'allow';
  // The same rule written by hand as a programmer would, returning a small result object too.
  const handWritten = (f: Facts): { decision: string; rule_id: string | null } =>
    referenceEligible(f) ? { decision: 'allow', rule_id: 'eligible' } : { decision: 'reject', rule_id: null };
  const handEval = (f: Facts): boolean => handWritten(f).decision === 'allow';

  // json-rules-engine.
  const jre = new JsonRulesEngine([jsonRulesEngineRule]);
  jre.addOperator<number, [number, number]>('between', (a, range) => a >= range[0] && a <= range[1]);
  const jreEval = async (f: Facts): Promise<boolean> => {
    const r = await jre.run(f);
    return r.events.length === 1 && r.events[0].type === 'allow';
  };

  // ZEN.
  const zen = new ZenEngine();
  const decision = zen.createDecision(zenJdm);
  const zenEval = async (f: Facts): Promise<boolean> => {
    const r = await decision.evaluate(f);
    const d = (r.result as { decision?: unknown } | null)?.decision;
    if (d !== 'allow' && d !== 'reject') throw new Error(`ZEN returned ${JSON.stringify(r.result)}`);
    return d === 'allow';
  };

  try {
    // Agreement: hand-written edge cases, then the whole pool.
    const cases = edgeCases();
    const caseExpected = cases.map(referenceEligible);
    log(`edge cases: ${caseExpected.filter(Boolean).length} eligible of ${cases.length}`);
    const disagreements: string[] = [];
    const check = async (label: string, facts: Facts[], want: boolean[]): Promise<void> => {
      for (let i = 0; i < facts.length; i++) {
        const f = facts[i];
        const off = compiled.evaluate(f, optsOff);
        const on = compiled.evaluate(f, optsOn);
        const got = {
          ours: off.decision === 'allow',
          ours_explain: on.decision === 'allow',
          json_rules_engine: await jreEval(f),
          zen: await zenEval(f),
        };
        const bad = Object.entries(got).filter(([, v]) => v !== want[i]);
        const matchedOk =
          off.matched.length === (want[i] ? 1 : 0) && on.matched.length === off.matched.length;
        if (bad.length > 0 || !matchedOk || on.trace === undefined || off.trace !== undefined) {
          disagreements.push(
            `${label}[${i}] expected ${want[i] ? 'allow' : 'reject'}: ${JSON.stringify(got)}, matched ` +
              `${JSON.stringify(off.matched)}/${JSON.stringify(on.matched)}, trace ${on.trace === undefined ? 'missing' : 'present'} with explain, ` +
              `${off.trace === undefined ? 'absent' : 'present'} without; facts ${JSON.stringify(f)}`,
          );
        }
      }
    };
    await check('edge', cases, caseExpected);
    await check('pool', pool, expected);
    if (disagreements.length > 0) {
      for (const d of disagreements.slice(0, 20)) log(`DISAGREE ${d}`);
      throw new Error(`the engines disagree on ${disagreements.length} fact sets; not timing anything`);
    }
    log(
      `agreement: all three engines match the reference on ${cases.length} edge cases and ${POOL_SIZE} fact sets`,
    );

    // Timing.
    const measureSync = (label: string, fn: (f: Facts) => boolean): Measurement => {
      timeSync(pool, expected, fn, WARMUP_SECONDS);
      const m = timeSync(pool, expected, fn, SECONDS);
      describe(label, m);
      return m;
    };
    const measureAsync = async (
      label: string,
      fn: (f: Facts) => Promise<boolean>,
      inFlight: number,
    ): Promise<Measurement> => {
      await timeAsync(pool, expected, fn, WARMUP_SECONDS, inFlight);
      const m = await timeAsync(pool, expected, fn, SECONDS, inFlight);
      describe(label, m);
      return m;
    };

    const load0 = os.loadavg();
    const hand = measureSync('hand-written JS', handEval);
    const off = measureSync('ours, explain off', oursOff);
    const on = measureSync('ours, explain on', oursOn);
    const jr = await measureAsync('json-rules-engine, sequential', jreEval, 1);
    const zenSeq = await measureAsync('zen, sequential', zenEval, 1);
    const zenPar = await measureAsync(`zen, ${ZEN_IN_FLIGHT} in flight`, zenEval, ZEN_IN_FLIGHT);
    const zenBest = Math.max(zenSeq.rate, zenPar.rate);
    log(
      `zen: sequential ${Math.round(zenSeq.rate)}/s, ${ZEN_IN_FLIGHT} in flight ${Math.round(zenPar.rate)}/s`,
    );

    const ratio = (a: number, b: number): number => Math.round((10 * a) / b) / 10;
    const result = {
      evals_per_s: Math.round(off.rate),
      explain_evals_per_s: Math.round(on.rate),
      json_rules_engine_evals_per_s: Math.round(jr.rate),
      zen_evals_per_s: Math.round(zenBest),
      ratio_vs_json_rules_engine: ratio(off.rate, jr.rate),
      explain_ratio_vs_json_rules_engine: ratio(on.rate, jr.rate),
      ratio_vs_zen: ratio(off.rate, zenBest),
      handwritten_evals_per_s: Math.round(hand.rate),
      ratio_vs_handwritten: Math.round((100 * off.rate) / hand.rate) / 100,
      loadavg_start: load0.map((x) => Math.round(x * 100) / 100),
      loadavg_end: os.loadavg().map((x) => Math.round(x * 100) / 100),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    zen.dispose();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `[bench:rules] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
