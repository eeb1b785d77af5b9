import { describe, expect, it } from 'vitest';
import { validateRuleSet } from 'rules-engine';
import {
  childPaths,
  compareWith,
  freshName,
  issuesAt,
  looseIssues,
  nodeFromJson,
  nodeToJson,
  parseValue,
  renameNamed,
  ruleSetFromJson,
  ruleSetToJson,
  usesOf,
  valueText,
  type CondNode,
} from './model';

const tianhe = {
  hit_policy: 'first',
  rules: [
    {
      id: 'tianhe-night',
      priority: 10,
      when: {
        all: [
          { fact: 'user.region', op: 'in', value: ['440106', '440104'] },
          { fact: 'user.wallet_level', op: 'lte', value: 3 },
          { not: { fact: 'user.registered_at', op: 'within_days', value: 7 } },
          {
            any: [
              { fact: 'request.time', op: 'time_between', value: { from: '20:00', to: '22:00' } },
              { fact: 'user.tags', op: 'contains', value: 'vip' },
            ],
          },
        ],
      },
      then: { decision: 'allow' },
    },
    {
      id: 'compare',
      when: { fact: 'request.time', op: 'gte', fact_ref: 'user.registered_at' },
      then: { decision: 'reject', reason: 'X', message: '不可' },
    },
  ],
  default: { decision: 'reject', reason: 'REGION_NOT_ALLOWED', message: '仅限天河区' },
  facts: { 'user.region': 'string' },
};

describe('rule builder model', () => {
  it('round-trips a rule set with groups, not, fact_ref, priority and extra keys exactly', () => {
    expect(ruleSetToJson(ruleSetFromJson(tianhe))).toEqual(tianhe);
    expect(JSON.stringify(ruleSetToJson(ruleSetFromJson(tianhe)))).toBe(JSON.stringify(tianhe));
  });
  it('round-trips a bare comparison and nested nots', () => {
    for (const c of [
      { fact: 'a', op: 'eq', value: true },
      { not: { not: { all: [] } } },
      { any: [{ all: [{ fact: 'b', op: 'gt', value: 1 }] }] },
    ]) {
      expect(nodeToJson(nodeFromJson(c))).toEqual(c);
    }
  });
  it('parses typed values by operator and fact type, and shows them back', () => {
    expect(parseValue('440106, 440104', 'in', 'string')).toEqual(['440106', '440104']);
    expect(parseValue('1,2，3', 'in', 'number')).toEqual([1, 2, 3]);
    expect(parseValue('3', 'lte', 'number')).toBe(3);
    expect(parseValue('true', 'eq', 'boolean')).toBe(true);
    expect(parseValue('20:00-22:00', 'time_between', 'date')).toEqual({ from: '20:00', to: '22:00' });
    expect(parseValue('6,7', 'day_of_week', 'date')).toEqual([6, 7]);
    expect(parseValue('10,20', 'between', 'number')).toEqual([10, 20]);
    expect(parseValue('7', 'within_days', 'date')).toBe(7);
    expect(valueText({ from: '20:00', to: '22:00' }, 'time_between')).toBe('20:00-22:00');
    expect(valueText(['a', 'b'], 'in')).toBe('a,b');
    expect(parseValue(valueText(['440106', '440104'], 'in'), 'in', 'string')).toEqual(['440106', '440104']);
  });

  it('parses list values for any_of / none_of and time windows ending at 24:00', () => {
    expect(parseValue('resident, student', 'any_of', 'string[]')).toEqual(['resident', 'student']);
    expect(parseValue('1，2', 'none_of', 'number[]')).toEqual([1, 2]);
    expect(valueText(['resident', 'student'], 'any_of')).toBe('resident,student');
    expect(parseValue('18:00-24:00', 'time_between', 'date')).toEqual({ from: '18:00', to: '24:00' });
    expect(valueText({ from: '18:00', to: '24:00' }, 'time_between')).toBe('18:00-24:00');
  });
});

// The shapes the DSL gained: named conditions (`conditions` + `{use}`), any_of / none_of, offsets
// against another fact, windows to 24:00; in the key order a hand-written JSON has them.
const policy = {
  hit_policy: 'first',
  facts: {
    'user.tags': 'string[]',
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
    NIGHT_OWL: { any: [{ use: 'EVENING' }, { not: { use: 'ELIGIBLE' } }] },
  },
  rules: [
    {
      id: 'evening-bonus',
      when: { all: [{ use: 'ELIGIBLE' }, { use: 'EVENING' }] },
      then: { decision: 'bonus' },
    },
    {
      id: 'affordable',
      priority: 2,
      when: {
        all: [
          { use: 'ELIGIBLE' },
          { fact: 'order.amount_fen', op: 'lte', fact_ref: 'wallet.balance_fen', offset: -1000 },
        ],
      },
      then: { decision: 'allow' },
    },
    { id: 'bare-use', when: { use: 'NIGHT_OWL' }, then: { decision: 'review' } },
  ],
  default: { decision: 'reject', reason: 'NOT_ELIGIBLE' },
};

describe('rule builder model: named conditions, list operators, offsets', () => {
  const same = (x: unknown) => {
    const back = ruleSetToJson(ruleSetFromJson(x));
    expect(back).toEqual(x);
    expect(JSON.stringify(back)).toBe(JSON.stringify(x));
  };

  it('round-trips named conditions, uses, any_of / none_of, offsets and 24:00 exactly, key order included', () => {
    same(policy);
    const m = ruleSetFromJson(policy);
    expect(m.conditions!.map((c) => c.name)).toEqual(['ELIGIBLE', 'EVENING', 'NIGHT_OWL']);
    expect(m.rules[0].when).toEqual({
      kind: 'all',
      children: [
        { kind: 'use', name: 'ELIGIBLE' },
        { kind: 'use', name: 'EVENING' },
      ],
    });
    expect((m.rules[1].when as { children: CondNode[] }).children[1]).toMatchObject({
      fact_ref: 'wallet.balance_fen',
      offset: -1000,
    });
  });

  it('gives the rules engine what it accepts, and what it refuses stays refused', () => {
    expect(validateRuleSet(ruleSetToJson(ruleSetFromJson(policy)))).toMatchObject({ ok: true });
    const m = ruleSetFromJson(policy);
    m.rules[0].when = { kind: 'all', children: [{ kind: 'use', name: 'NO_SUCH' }] };
    expect(validateRuleSet(ruleSetToJson(m)).issues).toContainEqual({
      path: '/rules/0/when/all/0/use',
      message: 'unknown named condition "NO_SUCH"',
    });
  });

  it('keeps conditions wherever they stand, an empty conditions map, and no conditions at all', () => {
    const { conditions, ...withoutConditions } = policy;
    same({ ...withoutConditions, conditions });
    same({ conditions: {}, ...withoutConditions });
    same(withoutConditions);
    expect(ruleSetFromJson(withoutConditions).conditions).toBeUndefined();
  });

  it('keeps what the validator must see: unknown keys, value beside fact_ref, offset without fact_ref, tz', () => {
    same({
      hit_policy: 'first',
      rules: [
        {
          id: 'x',
          when: {
            all: [
              { fact: 'a', op: 'eq', value: 1, fact_ref: 'b' },
              { fact: 'a', op: 'lte', value: 5, offset: 1 },
              { fact: 'a', op: 'gt', fact_ref: 'b', offset: 'x' },
              { fact: 't', op: 'time_between', value: { from: '18:00', to: '24:00', tz: 'UTC' } },
              { use: 'NOPE', extra: 1 },
              { all: [{ fact: 'a', op: 'eq', value: 1 }], any: [] },
            ],
            note: 'hi',
          },
          then: { decision: 'allow' },
          comment: 'kept',
        },
      ],
      default: { decision: 'reject' },
      conditions: 'not a map',
    });
  });

  it('renames a named condition and every use of it; counts uses; finds fresh names', () => {
    const m = renameNamed(ruleSetFromJson(policy), 'ELIGIBLE', 'RESIDENT_OR_STUDENT');
    const json = ruleSetToJson(m) as typeof policy;
    expect(Object.keys(json.conditions)).toEqual(['RESIDENT_OR_STUDENT', 'EVENING', 'NIGHT_OWL']);
    expect(json.rules[0].when).toEqual({ all: [{ use: 'RESIDENT_OR_STUDENT' }, { use: 'EVENING' }] });
    expect(json.conditions.NIGHT_OWL).toEqual({
      any: [{ use: 'EVENING' }, { not: { use: 'RESIDENT_OR_STUDENT' } }],
    });
    expect(usesOf(m, 'RESIDENT_OR_STUDENT')).toBe(3);
    expect(usesOf(m, 'ELIGIBLE')).toBe(0);
    expect(freshName(m)).toBe('COND_1');
    expect(freshName({ ...m, conditions: [{ name: 'COND_1', when: m.rules[0].when }] })).toBe('COND_2');
  });

  it('switches a comparison between a value and another fact ± offset', () => {
    const c: CondNode = { kind: 'cond', fact: 'order.amount_fen', op: 'lte', value: 5 };
    const ref = { ...compareWith(c, 'fact', 'wallet.balance_fen'), offset: -1000 };
    expect(nodeToJson(ref)).toEqual({
      fact: 'order.amount_fen',
      op: 'lte',
      fact_ref: 'wallet.balance_fen',
      offset: -1000,
    });
    expect(nodeToJson(compareWith(ref, 'value'))).toEqual({ fact: 'order.amount_fen', op: 'lte' });
    expect('value' in nodeToJson(compareWith(ref, 'value'))).toBe(true);
  });

  it('places each validator issue beside one element: nodes, uses, named conditions, or the rule set', () => {
    const m = ruleSetFromJson(policy);
    const issues = [
      { path: '/rules/0/when/all/1/use', message: 'unknown named condition "EVENING"' },
      { path: '/rules/1/when/all/1/offset', message: 'offset applies to number facts only' },
      { path: '/rules/1/then/reason', message: 'reason must be an UPPER_SNAKE code' },
      { path: '/conditions/ELIGIBLE/all/0/value', message: 'expected a non-empty array' },
      { path: '/conditions/NIGHT_OWL', message: 'uses itself: NIGHT_OWL → NIGHT_OWL' },
      { path: '/rules/1/when/all', message: 'expected a non-empty array of conditions' },
      { path: '/decision_order', message: 'bad' },
    ];
    const msgs = (l: { message: string }[]) => l.map((i) => i.message);
    expect(msgs(issuesAt(issues, '/rules/0/when/all/1'))).toEqual(['unknown named condition "EVENING"']);
    expect(issuesAt(issues, '/rules/0/when/all/0')).toEqual([]);
    expect(msgs(issuesAt(issues, '/rules/1/when/all/1'))).toEqual(['offset applies to number facts only']);
    const group = m.rules[1].when;
    expect(msgs(issuesAt(issues, '/rules/1/when', childPaths('/rules/1/when', group)))).toEqual([
      'expected a non-empty array of conditions',
    ]);
    expect(msgs(issuesAt(issues, '/rules/1', ['/rules/1/when']))).toEqual([
      'reason must be an UPPER_SNAKE code',
    ]);
    expect(msgs(issuesAt(issues, '/conditions/ELIGIBLE/all/0'))).toEqual(['expected a non-empty array']);
    const owl = m.conditions![2].when;
    expect(msgs(issuesAt(issues, '/conditions/NIGHT_OWL', childPaths('/conditions/NIGHT_OWL', owl)))).toEqual(
      ['uses itself: NIGHT_OWL → NIGHT_OWL'],
    );
    expect(issuesAt(issues, '/conditions/NIGHT')).toEqual([]);
    expect(msgs(looseIssues(issues, m))).toEqual(['bad']);
  });
});
