import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, RuleSetInvalidError } from './compile';
import { interpretRuleSet } from './interpret';
import { simulate } from './simulate';
import type { Condition, RuleSet } from './types';

const riskPolicy: RuleSet = {
  hit_policy: 'worst',
  facts: { 'device.users_24h': 'number', 'ip.users_1h': 'number', 'user.tags': 'string[]' },
  rules: [
    {
      id: 'shared-device',
      when: { fact: 'device.users_24h', op: 'gte', value: 3 },
      then: { decision: 'review', reason: 'DEVICE_SHARED', score: 30, tags: ['device'] },
    },
    {
      id: 'ip-burst',
      when: { fact: 'ip.users_1h', op: 'gte', value: 20 },
      then: { decision: 'reject', reason: 'IP_BURST', score: 60, tags: ['ip'] },
    },
    {
      id: 'blocklisted',
      when: { fact: 'user.tags', op: 'contains', value: 'blocked' },
      then: { decision: 'reject', reason: 'BLOCKLISTED', message: '账户受限' },
    },
  ],
  default: { decision: 'pass' },
};

describe('compileRuleSet', () => {
  it('worst: the most severe matching decision wins; reasons, scores and tags are collected', () => {
    const rs = compileRuleSet(riskPolicy);
    const r = rs.evaluate({ device: { users_24h: 5 }, ip: { users_1h: 25 }, user: { tags: [] } });
    expect(r).toMatchObject({
      decision: 'reject',
      rule_id: 'ip-burst',
      matched: ['shared-device', 'ip-burst'],
      reasons: ['DEVICE_SHARED', 'IP_BURST'],
      score: 90,
    });
    expect(r.tags.sort()).toEqual(['device', 'ip']);
    expect(rs.evaluate({ device: { users_24h: 1 }, ip: { users_1h: 1 }, user: { tags: [] } })).toMatchObject({
      decision: 'pass',
      rule_id: null,
      matched: [],
    });
  });

  it('first: priority then order decides; all: every match is reported', () => {
    const rules = [
      { id: 'low', when: { fact: 'x', op: 'gt', value: 0 }, then: { decision: 'a' } },
      { id: 'high', priority: 10, when: { fact: 'x', op: 'gt', value: 5 }, then: { decision: 'b' } },
    ];
    const first = compileRuleSet({ hit_policy: 'first', rules, default: { decision: 'none' } });
    expect(first.evaluate({ x: 9 })).toMatchObject({ decision: 'b', matched: ['high'] });
    expect(first.evaluate({ x: 1 })).toMatchObject({ decision: 'a', matched: ['low'] });
    const all = compileRuleSet({ hit_policy: 'all', rules, default: { decision: 'none' } });
    expect(all.evaluate({ x: 9 })).toMatchObject({ decision: 'b', matched: ['high', 'low'] });
  });

  it('explains: per condition the fact, actual and expected values and the result, and who decided', () => {
    const rs = compileRuleSet({
      hit_policy: 'first',
      rules: [
        {
          id: 'eligible',
          when: {
            all: [
              { fact: 'user.region', op: 'in', value: ['440106'] },
              { fact: 'user.level', op: 'lte', value: 3 },
            ],
          },
          then: { decision: 'allow' },
        },
      ],
      default: { decision: 'reject', reason: 'NOT_ELIGIBLE', message: '仅限天河区居民' },
    });
    const r = rs.evaluate({ user: { region: '440106', level: 4 } }, { explain: true });
    expect(r).toMatchObject({
      decision: 'reject',
      rule_id: null,
      reasons: ['NOT_ELIGIBLE'],
      messages: ['仅限天河区居民'],
    });
    expect(r.trace).toEqual([
      {
        rule_id: 'eligible',
        matched: false,
        conditions: [
          {
            path: '/rules/0/when/all/0',
            fact: 'user.region',
            op: 'in',
            actual: '440106',
            expected: ['440106'],
            result: true,
          },
          {
            path: '/rules/0/when/all/1',
            fact: 'user.level',
            op: 'lte',
            actual: 4,
            expected: 3,
            result: false,
          },
        ],
      },
    ]);
    expect(rs.evaluate({ user: { region: '440106', level: 4 } }).trace).toBeUndefined();
  });

  it('refuses invalid rule sets with every issue listed', () => {
    try {
      compileRuleSet({
        hit_policy: 'first',
        rules: [{ id: 'a', when: { fact: 'x', op: 'near', value: 1 }, then: { decision: 'y' } }],
        default: { decision: 'n' },
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleSetInvalidError);
      expect((err as RuleSetInvalidError).issues).toEqual([
        { path: '/rules/0/when/op', message: 'unknown operator "near"' },
      ]);
    }
  });

  it('compiled evaluation agrees with the plain interpreter on random rule sets and facts', () => {
    const facts = ['a', 'b.c', 'b.d', 'e'];
    const comparison: fc.Arbitrary<Condition> = fc.record({
      fact: fc.constantFrom(...facts),
      op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte'),
      value: fc.integer({ min: 0, max: 5 }),
    });
    const listCmp: fc.Arbitrary<Condition> = fc.record({
      fact: fc.constantFrom(...facts),
      op: fc.constantFrom('in', 'not_in'),
      value: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }),
    });
    const { cond } = fc.letrec<{ cond: Condition }>((tie) => ({
      cond: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        comparison,
        listCmp,
        fc.record({ all: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ not: tie('cond') }),
      ),
    }));
    const ruleSet = fc
      .record({
        hit_policy: fc.constantFrom('first', 'all', 'worst'),
        rules: fc.array(
          fc.record({
            when: cond,
            decision: fc.constantFrom('pass', 'review', 'reject'),
            priority: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      })
      .map((r) => ({
        hit_policy: r.hit_policy,
        rules: r.rules.map((x, i) => ({
          id: `r${i}`,
          priority: x.priority,
          when: x.when,
          then: { decision: x.decision },
        })),
        default: { decision: 'pass' },
      })) as fc.Arbitrary<RuleSet>;
    const factValue = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
    const factSet = fc.record({ a: factValue, b: fc.record({ c: factValue, d: factValue }), e: factValue });
    fc.assert(
      fc.property(ruleSet, fc.array(factSet, { minLength: 1, maxLength: 10 }), (rs, sets) => {
        const compiled = compileRuleSet(rs);
        for (const f of sets) {
          const got = compiled.evaluate(f);
          const want = interpretRuleSet(rs, f);
          expect({ decision: got.decision, rule_id: got.rule_id, matched: got.matched }).toEqual(want);
          expect(compiled.evaluate(f, { explain: true }).decision).toBe(got.decision);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('simulate', () => {
  it('reports how a draft would change decisions over recorded facts', () => {
    const live = compileRuleSet(riskPolicy);
    const stricter = compileRuleSet({
      ...riskPolicy,
      rules: riskPolicy.rules.map((r) =>
        r.id === 'shared-device' ? { ...r, when: { fact: 'device.users_24h', op: 'gte', value: 2 } } : r,
      ),
    });
    const cases = [1, 2, 3, 2, 30].map((n, i) => ({
      id: `c${i}`,
      facts: { device: { users_24h: n }, ip: { users_1h: n }, user: { tags: [] } },
    }));
    const s = simulate(live, stricter, cases);
    expect(s).toMatchObject({
      total: 5,
      changed: 2,
      transitions: { 'pass→review': 2 },
      live_decisions: { pass: 3, review: 1, reject: 1 },
      draft_decisions: { pass: 1, review: 3, reject: 1 },
    });
    expect(s.changes.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(s.changes[0].draft.trace).toBeDefined();
  });
});
