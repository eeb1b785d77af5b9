import { describe, expect, it } from 'vitest';
import { percentOfFen } from './money';

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
