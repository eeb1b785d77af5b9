import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile';
import { generateMatcher } from './codegen';
import { interpretRuleSet } from './interpret';
import type { Condition, RuleSet } from './types';

// The generated JavaScript must decide exactly as the plain interpreter and the explain closures do,
// for every operator and for values off the fast paths (date-like strings, wrong types, missing
// facts), and no rule text may ever run as code.

const NOW = new Date('2026-03-02T10:00:00+08:00');

const scalar = fc.oneof(
  fc.integer({ min: -2, max: 5 }),
  fc.constantFrom('a', 'b', 'soft', '2026-03-01', '2026-03-02T09:30:00+08:00', ''),
  fc.boolean(),
);
const factValue = fc.option(
  fc.oneof(scalar, fc.array(fc.oneof(fc.constantFrom('a', 'b', 'resident'), fc.integer({ min: 0, max: 3 })))),
  { nil: undefined },
);
const facts = fc.record({
  n: factValue,
  s: factValue,
  when: fc.option(
    fc.constantFrom('2026-03-02T09:30:00+08:00', '2026-02-20', '2026-03-02T23:10:00+08:00', 'nope', 5),
    { nil: undefined },
  ),
  u: fc.record({ tags: factValue, level: factValue }),
});
const PATHS = ['n', 's', 'when', 'u.tags', 'u.level', 'missing.deep.path'];

const comparisons: fc.Arbitrary<Condition>[] = [
  fc.record({ fact: fc.constantFrom(...PATHS), op: fc.constantFrom('eq', 'ne'), value: scalar }),
  fc.record({
    fact: fc.constantFrom(...PATHS),
    op: fc.constantFrom('lt', 'lte', 'gt', 'gte'),
    value: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('2026-03-01', '2026-03-02')),
  }),
  fc.record({
    fact: fc.constantFrom(...PATHS),
    op: fc.constantFrom('in', 'not_in'),
    value: fc.uniqueArray(scalar, { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) }),
  }),
  fc.record({ fact: fc.constantFrom(...PATHS), op: fc.constant('between'), value: fc.constant([0, 3]) }),
  fc.record({
    fact: fc.constantFrom(...PATHS),
    op: fc.constant('contains'),
    value: fc.constantFrom('a', 'resident', 2),
  }),
  fc.record({
    fact: fc.constantFrom('when', '$now', 's'),
    op: fc.constant('time_between'),
    value: fc.constantFrom({ from: '09:00', to: '10:00' }, { from: '22:00', to: '02:00' }),
  }),
  fc.record({
    fact: fc.constantFrom('when', '$now'),
    op: fc.constant('day_of_week'),
    value: fc.constant([1, 7]),
  }),
  fc.record({
    fact: fc.constantFrom('when', '$now'),
    op: fc.constant('date_between'),
    value: fc.constant(['2026-03-01', '2026-03-02']),
  }),
  fc.record({
    fact: fc.constantFrom('when', 's'),
    op: fc.constant('within_days'),
    value: fc.constantFrom(0, 3, 30),
  }),
  fc.record({
    fact: fc.constantFrom(...PATHS),
    op: fc.constantFrom('eq', 'lt', 'gte'),
    fact_ref: fc.constantFrom(...PATHS),
  }),
  fc.record({
    fact: fc.constantFrom('n', 'u.level'),
    op: fc.constantFrom('eq', 'lt', 'gte'),
    fact_ref: fc.constantFrom('n', 'u.level'),
    offset: fc.integer({ min: -2, max: 2 }),
  }),
  fc.record({
    fact: fc.constantFrom('u.tags', 's', 'n'),
    op: fc.constantFrom('any_of', 'none_of'),
    value: fc.uniqueArray(fc.constantFrom('a', 'b', 'resident', 1, 2), { minLength: 1, maxLength: 3 }),
  }),
];

const { cond } = fc.letrec<{ cond: Condition }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    ...comparisons,
    fc.record({ all: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('cond') }),
  ),
}));

const ruleSets = fc
  .record({
    hit_policy: fc.constantFrom('first', 'all', 'worst'),
    rules: fc.array(
      fc.record({
        when: cond,
        decision: fc.constantFrom('pass', 'review', 'reject'),
        priority: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ hit_policy, rules }) => ({
    hit_policy,
    default: { decision: 'pass' },
    rules: rules.map((r, i) => ({
      id: `r${i}`,
      priority: r.priority,
      when: r.when,
      then: { decision: r.decision },
    })),
  })) as fc.Arbitrary<RuleSet>;

describe('generated rule code', () => {
  it('decides as the interpreter and the explain closures on random rule sets of every operator', () => {
    fc.assert(
      fc.property(ruleSets, fc.array(facts, { minLength: 1, maxLength: 8 }), (rs, sets) => {
        let compiled;
        try {
          compiled = compileRuleSet(rs);
        } catch {
          return true; // a combination the validator refuses (e.g. an operator on the wrong fact type)
        }
        for (const f of sets) {
          const want = interpretRuleSet(compiled.ruleSet, f, NOW);
          const got = compiled.evaluate(f, { now: NOW });
          const explained = compiled.evaluate(f, { now: NOW, explain: true });
          expect({ decision: got.decision, rule_id: got.rule_id, matched: got.matched }).toEqual(want);
          expect(explained.matched).toEqual(want.matched);
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('never runs rule text as code: hostile fact names and values are data', () => {
    // Dots split fact paths, so the hostile strings avoid them; each would call pwn() if run.
    let called = false;
    (globalThis as { pwn?: () => void }).pwn = () => {
      called = true;
    };
    const hostile = [
      '"); pwn(); ("',
      "'; pwn(); '",
      '`${pwn()}`',
      '\u2028pwn()\u2029',
      '\\"]; pwn(); //',
      '}; pwn(); function x() {',
    ];
    for (const h of hostile) {
      const m = generateMatcher([
        {
          all: [{ fact: `x.${h}`, op: 'eq', value: h } as Condition, { fact: h, op: 'in', value: [h, 'b'] }],
        },
      ]);
      expect(m.first({ x: { [h]: h }, [h]: h }, NOW.getTime())).toBe(0);
      expect(m.first({ x: { [h]: 'other' }, [h]: h }, NOW.getTime())).toBe(-1);
    }
    expect(called).toBe(false);
  });

  it('reads each fact once per evaluation, however many conditions use it', () => {
    let reads = 0;
    const f = {
      get user() {
        reads++;
        return { level: 2 };
      },
    };
    const m = generateMatcher([
      {
        all: [
          { fact: 'user.level', op: 'gte', value: 1 },
          { fact: 'user.level', op: 'lte', value: 3 },
        ],
      },
    ]);
    expect(m.first(f, 0)).toBe(0);
    expect(reads).toBe(1);
  });
});
