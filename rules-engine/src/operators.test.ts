import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile';

/** Evaluates one comparison as a one-rule set: true when the rule matched. */
function check(fact: unknown, op: string, value: unknown, now = new Date('2026-11-25T12:00:00+08:00')) {
  const rs = compileRuleSet({
    hit_policy: 'first',
    rules: [{ id: 'r', when: { fact: 'x', op, value }, then: { decision: 'yes' } }],
    default: { decision: 'no' },
  });
  return rs.evaluate({ x: fact }, { now }).decision === 'yes';
}

describe('operators', () => {
  it.each([
    [5, 'eq', 5, true],
    [5, 'eq', 6, false],
    ['a', 'ne', 'b', true],
    ['a', 'ne', 'a', false],
    [3, 'lt', 4, true],
    [4, 'lt', 4, false],
    [4, 'lte', 4, true],
    [5, 'gt', 4, true],
    [4, 'gte', 4, true],
    [3, 'gte', 4, false],
    ['440103', 'in', ['440103', '440104'], true],
    ['440199', 'in', ['440103', '440104'], false],
    ['440199', 'not_in', ['440103'], true],
    [18, 'between', [18, 70], true],
    [70, 'between', [18, 70], true],
    [71, 'between', [18, 70], false],
    [['resident', 'student'], 'contains', 'resident', true],
    [['student'], 'contains', 'resident', false],
    ['粤A12345', 'starts_with', '粤A', true],
    ['粤B12345', 'starts_with', '粤A', false],
    ['13812345678', 'matches', '^1[3-9]\\d{9}$', true],
    ['2812345678', 'matches', '^1[3-9]\\d{9}$', false],
    ['2026-11-20', 'lt', '2026-11-21', true],
    ['2026-11-21T00:00:00+08:00', 'gte', '2026-11-21', true],
  ])('%j %s %j → %s', (fact, op, value, expected) => {
    expect(check(fact, op, value)).toBe(expected);
  });

  it('treats a missing fact as not matching, whatever the operator', () => {
    for (const [op, value] of [
      ['eq', 1],
      ['ne', 1],
      ['not_in', [1]],
      ['lt', 1],
    ] as const) {
      expect(check(undefined, op, value)).toBe(false);
    }
  });

  it('time_between is a time-of-day window in Asia/Shanghai, end exclusive, wrapping midnight', () => {
    const evening = { from: '20:00', to: '22:00' };
    expect(check('2026-11-25T12:00:00Z', 'time_between', evening)).toBe(true); // 20:00 CST
    expect(check('2026-11-25T11:59:59Z', 'time_between', evening)).toBe(false); // 19:59:59 CST
    expect(check('2026-11-25T14:00:00Z', 'time_between', evening)).toBe(false); // 22:00 CST
    const night = { from: '22:00', to: '06:00' };
    expect(check('2026-11-25T16:30:00Z', 'time_between', night)).toBe(true); // 00:30 CST
    expect(check('2026-11-25T22:00:00Z', 'time_between', night)).toBe(false); // 06:00 CST
  });

  it('day_of_week and date_between count calendar days in Asia/Shanghai', () => {
    // 2026-11-29 is a Sunday; 23:30 UTC on Saturday the 28th is already Sunday 07:30 in Shanghai.
    expect(check('2026-11-28T23:30:00Z', 'day_of_week', [7])).toBe(true);
    expect(check('2026-11-28T15:59:59Z', 'day_of_week', [6])).toBe(true);
    expect(check('2026-11-30T16:00:00Z', 'date_between', ['2026-12-01', '2026-12-31'])).toBe(true); // 00:00 on Dec 1 CST
    expect(check('2026-11-30T15:59:59Z', 'date_between', ['2026-12-01', '2026-12-31'])).toBe(false);
    expect(check('2026-12-31T15:59:59Z', 'date_between', ['2026-12-01', '2026-12-31'])).toBe(true);
  });

  it('within_days looks back from the evaluation time, not forward', () => {
    const now = new Date('2026-11-25T12:00:00+08:00');
    expect(check('2026-11-20T12:00:00+08:00', 'within_days', 5, now)).toBe(true);
    expect(check('2026-11-20T11:59:59+08:00', 'within_days', 5, now)).toBe(false);
    expect(check('2026-11-26T12:00:00+08:00', 'within_days', 5, now)).toBe(false);
  });

  it('compares two facts', () => {
    const rs = compileRuleSet({
      hit_policy: 'first',
      rules: [
        {
          id: 'r',
          when: { fact: 'order.amount_fen', op: 'gte', fact_ref: 'coupon.threshold_fen' },
          then: { decision: 'yes' },
        },
      ],
      default: { decision: 'no' },
    });
    expect(rs.evaluate({ order: { amount_fen: 8000 }, coupon: { threshold_fen: 8000 } }).decision).toBe(
      'yes',
    );
    expect(rs.evaluate({ order: { amount_fen: 7999 }, coupon: { threshold_fen: 8000 } }).decision).toBe('no');
    expect(rs.evaluate({ order: { amount_fen: 7999 } }).decision).toBe('no');
  });

  it('bounds regex work: subjects are cut at 1,000 characters', () => {
    expect(check('a'.repeat(5000) + 'b', 'matches', 'b$')).toBe(false);
  });
});

describe('operatorsFor', () => {
  it('offers each fact type only the operators that accept it', async () => {
    const { operatorsFor } = await import('./operators');
    expect(operatorsFor('boolean')).toEqual(['eq', 'ne', 'in', 'not_in']);
    expect(operatorsFor('number')).toEqual(expect.arrayContaining(['eq', 'lt', 'gte', 'between', 'in']));
    expect(operatorsFor('number')).not.toContain('starts_with');
    expect(operatorsFor('date')).toEqual(
      expect.arrayContaining(['within_days', 'time_between', 'day_of_week']),
    );
    expect(operatorsFor('string[]')).toEqual(['contains', 'any_of', 'none_of']);
  });
});
