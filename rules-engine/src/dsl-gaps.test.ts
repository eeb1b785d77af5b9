import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile';
import { interpretRuleSet } from './interpret';
import { validateRuleSet } from './validate';
import type { RuleSet } from './types';

// What managers writing a real coupon policy ran into: list facts against several values, one
// ELIGIBLE block shared by several rules, an unknown `tz` silently ignored, windows that cannot end
// at midnight, and no arithmetic between facts.

const NOW = new Date('2026-03-02T23:30:00+08:00');

const policy: RuleSet = {
  hit_policy: 'first',
  facts: {
    'user.tags': 'string[]',
    'user.level': 'number',
    'order.amount_fen': 'number',
    'wallet.balance_fen': 'number',
    'request.time': 'date',
  },
  conditions: {
    ELIGIBLE: {
      all: [
        { fact: 'user.tags', op: 'any_of', value: ['resident', 'student'] },
        { fact: 'user.tags', op: 'none_of', value: ['blocked'] },
      ],
    },
    EVENING: { fact: 'request.time', op: 'time_between', value: { from: '18:00', to: '24:00' } },
  },
  rules: [
    {
      id: 'evening-bonus',
      when: { all: [{ use: 'ELIGIBLE' }, { use: 'EVENING' }] },
      then: { decision: 'bonus' },
    },
    {
      id: 'affordable',
      when: {
        all: [
          { use: 'ELIGIBLE' },
          { fact: 'order.amount_fen', op: 'lte', fact_ref: 'wallet.balance_fen', offset: -1000 },
        ],
      },
      then: { decision: 'allow' },
    },
  ],
  default: { decision: 'reject', reason: 'NOT_ELIGIBLE' },
};

const facts = (tags: string[], amount: number, balance: number, time = NOW.toISOString()) => ({
  user: { tags, level: 1 },
  order: { amount_fen: amount },
  wallet: { balance_fen: balance },
  request: { time },
});

describe('DSL: any_of / none_of, named conditions, windows to 24:00, offsets', () => {
  const compiled = compileRuleSet(policy);
  const cases: [ReturnType<typeof facts>, string][] = [
    [facts(['student'], 5_000, 10_000), 'bonus'],
    [facts(['student', 'blocked'], 5_000, 10_000), 'reject'],
    [facts(['tourist'], 5_000, 10_000), 'reject'],
    [facts(['resident'], 9_000, 10_000, '2026-03-02T12:00:00+08:00'), 'allow'],
    [facts(['resident'], 9_001, 10_000, '2026-03-02T12:00:00+08:00'), 'reject'],
    [facts(['resident'], 9_000, 10_000, '2026-03-02T17:59:00+08:00'), 'allow'],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i decides %s', (_i, f, want) => {
    expect(compiled.evaluate(f, { now: NOW }).decision).toBe(want);
    expect(compiled.evaluate(f, { now: NOW, explain: true }).decision).toBe(want);
    expect(interpretRuleSet(compiled.ruleSet, f, NOW).decision).toBe(want);
  });

  it('explains a named condition where it is used', () => {
    const r = compiled.evaluate(facts(['student'], 5_000, 10_000), { now: NOW, explain: true });
    expect(r.trace![0].conditions.map((c) => c.path)).toEqual([
      '/rules/0/when/all/0/use/all/0',
      '/rules/0/when/all/0/use/all/1',
      '/rules/0/when/all/1/use',
    ]);
  });

  it('refuses what would silently mean something else', () => {
    const bad = (patch: Partial<RuleSet>) => validateRuleSet({ ...policy, ...patch });
    const tz = bad({
      conditions: {
        ...policy.conditions,
        EVENING: {
          fact: 'request.time',
          op: 'time_between',
          value: { from: '18:00', to: '24:00', tz: 'UTC' },
        },
      },
    });
    expect(tz.ok).toBe(false);
    expect(JSON.stringify(tz.issues)).toMatch(/unknown key \\"tz\\"/);
    const from24 = bad({
      conditions: {
        ...policy.conditions,
        EVENING: { fact: 'request.time', op: 'time_between', value: { from: '24:00', to: '02:00' } },
      },
    });
    expect(from24.ok).toBe(false);
    const unknownUse = bad({ rules: [{ id: 'x', when: { use: 'NOPE' }, then: { decision: 'allow' } }] });
    expect(JSON.stringify(unknownUse.issues)).toMatch(/unknown named condition/);
    const cycle = bad({
      conditions: { A: { all: [{ use: 'B' }] }, B: { not: { use: 'A' } } },
      rules: [{ id: 'x', when: { use: 'A' }, then: { decision: 'allow' } }],
    });
    expect(JSON.stringify(cycle.issues)).toMatch(/uses itself: A → B → A/);
    const offsetWithoutRef = bad({
      rules: [
        {
          id: 'x',
          when: { fact: 'order.amount_fen', op: 'lte', value: 5, offset: 1 },
          then: { decision: 'allow' },
        },
      ],
    });
    expect(JSON.stringify(offsetWithoutRef.issues)).toMatch(/offset needs fact_ref/);
    const anyOfScalar = bad({
      rules: [
        { id: 'x', when: { fact: 'user.level', op: 'any_of', value: [1] }, then: { decision: 'allow' } },
      ],
    });
    expect(JSON.stringify(anyOfScalar.issues)).toMatch(/does not apply to number/);
  });
});
