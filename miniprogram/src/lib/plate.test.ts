import { describe, expect, it } from 'vitest';
import { fitToKind, keysAt, LETTERS, plateLength, pressKey, PROVINCES, validatePlate } from './plate';

const type = (keys: string[], kind: 'blue' | 'green', from = '') =>
  keys.reduce((v, k) => pressKey(v, k, kind), from);

describe('plate keyboard', () => {
  it('offers the 31 provinces first, then letters, then letters and digits', () => {
    expect(PROVINCES).toHaveLength(31);
    expect(keysAt(0, 'blue')).toContain('粤');
    expect(keysAt(0, 'blue')).not.toContain('A');
    expect(keysAt(1, 'blue')).toEqual(LETTERS);
    expect(keysAt(1, 'blue')).not.toContain('I');
    expect(keysAt(1, 'blue')).not.toContain('O');
    expect(keysAt(2, 'green')).toContain('5');
    expect(keysAt(6, 'blue')).toContain('学');
    expect(keysAt(6, 'green')).not.toContain('学');
  });

  it('takes 7 characters for a blue plate and 8 for a green one, and deletes', () => {
    expect(plateLength('blue')).toBe(7);
    expect(plateLength('green')).toBe(8);
    expect(type(Array.from('粤A123456'), 'blue')).toBe('粤A12345');
    expect(type(Array.from('粤AD123456'), 'green')).toBe('粤AD12345');
    expect(type(['del', 'del'], 'green', '粤AD12345')).toBe('粤AD123');
    expect(type(['del'], 'blue', '')).toBe('');
  });

  it('ignores a key that does not fit where it would go', () => {
    expect(pressKey('', 'A', 'blue')).toBe('');
    expect(pressKey('粤', '1', 'blue')).toBe('粤');
    expect(pressKey('粤', '京', 'blue')).toBe('粤');
    expect(pressKey('粤A', 'I', 'blue')).toBe('粤A');
  });

  it('drops the eighth character when a green plate becomes blue', () => {
    expect(fitToKind('粤AD12345', 'blue')).toBe('粤AD1234');
    expect(fitToKind('粤A12345', 'green')).toBe('粤A12345');
  });

  it('validates whole plates and says what is missing', () => {
    expect(validatePlate('粤A12345', 'blue')).toEqual({ ok: true, plate: '粤A12345' });
    expect(validatePlate('粤a·12345', 'blue')).toEqual({ ok: true, plate: '粤A12345' });
    expect(validatePlate('粤AD12345', 'green')).toEqual({ ok: true, plate: '粤AD12345' });
    expect(validatePlate('粤A12345D', 'green')).toEqual({ ok: true, plate: '粤A12345D' });
    expect(validatePlate('粤A1234学', 'blue')).toEqual({ ok: true, plate: '粤A1234学' });
    expect(validatePlate('', 'blue')).toEqual({ ok: false, error: '请输入车牌号' });
    expect(validatePlate('A12345', 'blue')).toMatchObject({ ok: false, error: '第 1 位应为省份简称，如 粤' });
    expect(validatePlate('粤A1234', 'blue')).toEqual({ ok: false, error: '车牌为 7 位，还差 1 位' });
    expect(validatePlate('粤A12345', 'green')).toEqual({ ok: false, error: '新能源车牌为 8 位，还差 1 位' });
    expect(validatePlate('粤AD12345', 'blue').ok).toBe(false);
    expect(validatePlate('粤I12345', 'blue').ok).toBe(false);
    expect(validatePlate('粤AX12345', 'green').ok).toBe(false);
    expect(validatePlate('粤A12345X', 'green').ok).toBe(false);
    expect(validatePlate('粤AD1234学', 'green').ok).toBe(false);
  });
});
