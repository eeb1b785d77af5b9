import { describe, expect, it } from 'vitest';
import { formatYuan, formatYuanShort, parseYuanInput } from './money';

describe('money', () => {
  it('formats integer fen as yuan with thousands separators', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(123456)).toBe('¥1,234.56');
    expect(formatYuan(-2000)).toBe('-¥20.00');
    expect(formatYuanShort(2000)).toBe('¥20');
    expect(formatYuanShort(2050)).toBe('¥20.50');
  });
  it('refuses fractional fen rather than rounding it', () => {
    expect(() => formatYuan(1.5)).toThrow(TypeError);
  });
  it('parses typed amounts on the digits (0.29 is 29 fen, not 28.999…)', () => {
    expect(parseYuanInput('0.29')).toBe(29);
    expect(parseYuanInput('100')).toBe(10000);
    expect(parseYuanInput(' 99.5 ')).toBe(9950);
    expect(parseYuanInput('0')).toBeNull();
    expect(parseYuanInput('1.234')).toBeNull();
    expect(parseYuanInput('-5')).toBeNull();
    expect(parseYuanInput('abc')).toBeNull();
  });
});
