import { describe, expect, it } from 'vitest';
import { validateRuleSet } from 'rules-engine';
import { ruleIssueZh, ruleIssueZhOrNull } from './rule-issues';

const facts = { 'user.wallet_level': 'number', 'user.region': 'string', 'request.time': 'date' };
const rule = (when: unknown, then: unknown = { decision: 'reject', reason: 'R' }) => ({
  id: 'r1',
  when,
  then,
});
const set = (rules: unknown[], extra: Record<string, unknown> = {}) => ({
  facts,
  default: { decision: 'pass' },
  rules,
  ...extra,
});

// Rule sets that are wrong in every way the validator knows; each issue must have its Chinese text.
const BROKEN: unknown[] = [
  'not an object',
  set([rule({ fact: 'user.wallet_level', op: 'gt' })]),
  set([rule({ fact: 'user.nope', op: 'eq', value: 1 })]),
  set([rule({ fact: 'user.wallet_level', op: 'eq', value: 'x' })]),
  set([rule({ fact: 'user.region', op: 'gt', value: 1 })]),
  set([rule({ fact: 'user.wallet_level', op: 'zz', value: 1 })]),
  set([rule({ fact: 'user.wallet_level', op: 'in', value: [] })]),
  set([rule({ fact: 'user.wallet_level', op: 'in', value: [1, 'a'] })]),
  set([rule({ fact: 'user.wallet_level', op: 'between', value: [1] })]),
  set([rule({ fact: 'request.time', op: 'time_between', value: { from: '25:00', to: '26:00' } })]),
  set([rule({ fact: 'request.time', op: 'date_between', value: ['2026-12-31', '2026-12-01'] })]),
  set([rule({ fact: 'user.region', op: 'matches', value: '(a+)+' })]),
  set([rule({ fact: 'user.wallet_level', op: 'eq', value: 1, fact_ref: 'user.region' })]),
  set([rule({ fact: 'user.wallet_level', op: 'eq', fact_ref: 'user.region', offset: 'x' })]),
  set([rule({ use: 'MISSING' })]),
  set([rule({ all: [] })]),
  set([rule({ fact: 'user.wallet_level', op: 'eq', value: 1 }, { decision: 'maybe', reason: 'lower' })]),
  set([rule({ fact: 'user.wallet_level', op: 'eq', value: 1 }, {})]),
  set([
    {
      id: 'a b',
      priority: 1.5,
      when: { fact: 'user.wallet_level', op: 'eq', value: 1 },
      then: { decision: 'pass' },
      x: 1,
    },
  ]),
  set([], { hit_policy: 'some', decision_order: ['pass', 'pass'], conditions: { bad_name: { all: [] } } }),
  set([], { conditions: { A: { use: 'A' } } }),
];

describe('rule validator issues in Chinese', () => {
  it('translates every issue the validator gives for broken rule sets', () => {
    const messages = BROKEN.flatMap((s) => {
      const r = validateRuleSet(s);
      return r.ok ? [] : r.issues.map((i) => i.message);
    });
    expect(messages.length).toBeGreaterThan(25);
    const unknown = [...new Set(messages.filter((m) => ruleIssueZhOrNull(m) === null))];
    expect(unknown).toEqual([]);
    for (const m of messages) expect(ruleIssueZh(m)).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('names facts and operators as the builder does', () => {
    expect(ruleIssueZh('value is required')).toBe('请填写比较值');
    expect(ruleIssueZh('unknown fact "velocity.user_claims_1h" (not declared in facts)')).toBe(
      '未声明的条件字段「该用户近1小时领取次数」',
    );
    expect(ruleIssueZh('item 1: expected a number value, got string "a"')).toBe('第 2 个值：请填写数字');
  });

  it('keeps the original text of a message it does not know', () => {
    expect(ruleIssueZh('something new')).toBe('规则有误：something new');
  });
});
