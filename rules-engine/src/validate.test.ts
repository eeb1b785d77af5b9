import { describe, expect, it } from 'vitest';
import { validateRuleSet } from './validate';

const base = {
  hit_policy: 'first',
  facts: {
    'user.wallet_level': 'number',
    'user.region': 'string',
    'user.tags': 'string[]',
    'user.opened_at': 'date',
  },
  default: { decision: 'reject', reason: 'NOT_ELIGIBLE' },
};

const withCondition = (when: unknown) => ({
  ...base,
  rules: [{ id: 'a', when, then: { decision: 'allow' } }],
});

describe('validateRuleSet', () => {
  it('accepts a well-formed rule set', () => {
    const r = validateRuleSet(
      withCondition({
        all: [
          { fact: 'user.wallet_level', op: 'lte', value: 3 },
          { not: { fact: 'user.tags', op: 'contains', value: 'blocked' } },
        ],
      }),
    );
    expect(r).toMatchObject({ ok: true, issues: [] });
  });

  it.each([
    [
      {
        all: [
          { fact: 'user.region', op: 'eq', value: 'x' },
          { fact: 'user.wallet_level', op: 'gte ', value: 1 },
        ],
      },
      '/rules/0/when/all/1/op',
      'unknown operator "gte "',
    ],
    [
      { fact: 'user.age', op: 'gt', value: 18 },
      '/rules/0/when/fact',
      'unknown fact "user.age" (not declared in facts)',
    ],
    [
      { fact: 'user.wallet_level', op: 'eq', value: '3' },
      '/rules/0/when/value',
      'expected a number value, got string "3"',
    ],
    [
      { fact: 'user.region', op: 'lt', value: 'x' },
      '/rules/0/when/op',
      'operator "lt" does not apply to string fact "user.region"',
    ],
    [{ fact: 'user.region', op: 'in', value: [] }, '/rules/0/when/value', 'expected a non-empty array'],
    [
      { fact: 'user.wallet_level', op: 'between', value: [5, 1] },
      '/rules/0/when/value',
      'min must not exceed max',
    ],
    [
      { fact: 'user.region', op: 'matches', value: '(a+)+$' },
      '/rules/0/when/value',
      'nested quantifiers are not allowed',
    ],
    [
      { fact: 'user.region', op: 'matches', value: '(a)\\1' },
      '/rules/0/when/value',
      'backreferences are not allowed',
    ],
    [
      { fact: 'user.opened_at', op: 'time_between', value: { from: '25:00', to: '02:00' } },
      '/rules/0/when/value',
      'from must be HH:MM',
    ],
    [{ fact: 'user.region', op: 'eq', value: 'x', extra: 1 }, '/rules/0/when/extra', 'unknown field "extra"'],
    [{ any: [] }, '/rules/0/when/any', 'expected a non-empty array of conditions'],
    [
      { fact: 'user.region', op: 'in', fact_ref: 'user.tags' },
      '/rules/0/when/fact_ref',
      'operator "in" cannot compare two facts',
    ],
  ])('%j → %s: %s', (when, path, message) => {
    const r = validateRuleSet(withCondition(when));
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual({ path, message });
  });

  it('checks hit policy, ids, outputs and decision order', () => {
    const r = validateRuleSet({
      hit_policy: 'worst',
      rules: [
        {
          id: 'a',
          when: { fact: 'x', op: 'eq', value: 1 },
          then: { decision: 'review', reason: 'lower case' },
        },
        { id: 'a', when: { fact: 'x', op: 'eq', value: 2 }, then: { decision: 'explode' } },
      ],
      default: { decision: 'pass' },
    });
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: '/rules/0/then/reason', message: 'reason must be an UPPER_SNAKE code' },
        { path: '/rules/1/id', message: 'duplicate rule id "a"' },
        { path: '/rules/1/then/decision', message: 'decision "explode" is not in decision_order' },
      ]),
    );
    expect(validateRuleSet({ ...base, hit_policy: 'most', rules: [] }).issues).toContainEqual({
      path: '/hit_policy',
      message: 'hit_policy must be one of first, all, worst',
    });
  });
});
