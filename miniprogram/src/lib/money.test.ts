import { describe, expect, it } from 'vitest';
import { formatYuan, formatYuanShort, parseYuanInput, yuanInWords } from './money';

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

  it('writes the capital amount of a receipt (大写) the way banks and invoices do', () => {
    expect(yuanInWords(0)).toBe('零元整');
    expect(yuanInWords(1500)).toBe('壹拾伍元整');
    expect(yuanInWords(105)).toBe('壹元零伍分');
    expect(yuanInWords(150)).toBe('壹元伍角');
    expect(yuanInWords(5)).toBe('伍分');
    expect(yuanInWords(50)).toBe('伍角');
    expect(yuanInWords(101000)).toBe('壹仟零壹拾元整');
    expect(yuanInWords(10000100)).toBe('壹拾万零壹元整');
    expect(yuanInWords(1000000000)).toBe('壹仟万元整');
    expect(yuanInWords(10000000000)).toBe('壹亿元整');
    expect(yuanInWords(10000010000)).toBe('壹亿零壹佰元整');
    expect(yuanInWords(123456789)).toBe('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分');
    expect(() => yuanInWords(-1)).toThrow(TypeError);
  });
});
