import { describe, expect, it } from 'vitest';
import { decimalYuan, percentOfFen } from './money';

describe('percentOfFen', () => {
  it('takes a percentage of whole fen, rounding the way asked, exactly', () => {
    expect(percentOfFen(1999, 10, 'down')).toBe(199);
    expect(percentOfFen(1999, 10, 'up')).toBe(200);
    expect(percentOfFen(2000, 10, 'up')).toBe(200);
    expect(percentOfFen(500, 200, 'up')).toBe(1000);
    expect(percentOfFen(29, 100, 'down')).toBe(29);
    expect(percentOfFen(0, 37, 'up')).toBe(0);
    expect(() => percentOfFen(10.5, 10, 'down')).toThrow(TypeError);
  });
});

describe('decimalYuan', () => {
  it('writes fen as yuan with two decimal places, without sign or grouping', () => {
    expect(decimalYuan(200)).toBe('2.00');
    expect(decimalYuan(5)).toBe('0.05');
    expect(decimalYuan(0)).toBe('0.00');
    expect(decimalYuan(123_456_789)).toBe('1234567.89');
    expect(decimalYuan(-1050)).toBe('-10.50');
    expect(() => decimalYuan(2.5)).toThrow(TypeError);
  });
});
