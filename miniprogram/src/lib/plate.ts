// The plate keyboard's rules as pure functions: which keys a position takes, what a key press does,
// and whether what was entered is a whole plate. A blue (ordinary) plate has 7 characters, a green
// (new-energy) plate 8: a province, the issuing office's letter, then 5 (or 6) letters and digits.
// I and O are never issued (they read as 1 and 0).

export const PROVINCES = Array.from('京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼');
export const LETTERS = Array.from('ABCDEFGHJKLMNPQRSTUVWXYZ');
export const DIGITS = Array.from('1234567890');
/** Only as the last character of an ordinary plate: trailer, driving school, police, Hong Kong, Macao. */
export const SPECIAL_ENDINGS = Array.from('挂学警港澳');

export type PlateKind = 'blue' | 'green';
export const plateLength = (kind: PlateKind) => (kind === 'green' ? 8 : 7);

/** The keys position `index` (0-based) of a plate takes. */
export function keysAt(index: number, kind: PlateKind): string[] {
  if (index === 0) return PROVINCES;
  if (index === 1) return LETTERS;
  if (kind === 'blue' && index === plateLength(kind) - 1) return [...LETTERS, ...DIGITS, ...SPECIAL_ENDINGS];
  return [...LETTERS, ...DIGITS];
}

/** One key press: a character is added where it fits, 'del' takes the last one back. */
export function pressKey(value: string, key: string, kind: PlateKind): string {
  const chars = Array.from(value);
  if (key === 'del') return chars.slice(0, -1).join('');
  if (chars.length >= plateLength(kind)) return value;
  return keysAt(chars.length, kind).includes(key) ? value + key : value;
}

/** Switching a green plate back to blue drops its eighth character. */
export function fitToKind(value: string, kind: PlateKind): string {
  return Array.from(value).slice(0, plateLength(kind)).join('');
}

const BLUE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$/;
// New-energy: a small car's third character is D/A/B/C/E (electric) or F/G/H/J/K (hybrid) followed by
// a letter or digit and four digits; a large car's is five digits then D or F.
const GREEN =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]([ABCDEFGHJK][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/;

export type PlateCheck = { ok: true; plate: string } | { ok: false; error: string };

/** Whether `value` is a whole plate of `kind`, with what to fix in words when it is not. */
export function validatePlate(value: string, kind: PlateKind): PlateCheck {
  const p = value.replace(/[\s·•.-]/g, '').toUpperCase();
  const chars = Array.from(p);
  const want = plateLength(kind);
  if (chars.length === 0) return { ok: false, error: '请输入车牌号' };
  if (!PROVINCES.includes(chars[0])) return { ok: false, error: '第 1 位应为省份简称，如 粤' };
  if (chars.length < want)
    return {
      ok: false,
      error: `${kind === 'green' ? '新能源车牌为 8 位' : '车牌为 7 位'}，还差 ${want - chars.length} 位`,
    };
  if (chars.length > want)
    return { ok: false, error: kind === 'green' ? '新能源车牌为 8 位' : '车牌为 7 位，新能源车请选 新能源' };
  if (!(kind === 'green' ? GREEN : BLUE).test(p))
    return {
      ok: false,
      error: kind === 'green' ? '新能源车牌格式不正确，例如 粤A·D12345' : '车牌号格式不正确，例如 粤A·12345',
    };
  return { ok: true, plate: p };
}
