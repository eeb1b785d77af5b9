import { describe, expect, it } from 'vitest';
import { nodeFromJson, nodeToJson, parseValue, ruleSetFromJson, ruleSetToJson, valueText } from './model';

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
});
