/** ¥1,234.56 from integer fen; amounts never pass through floating point. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new TypeError(`amount must be an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥20 or ¥20.50: for headlines where trailing .00 is noise. */
export function formatYuanShort(fen: number): string {
  const full = formatYuan(fen);
  return full.endsWith('.00') ? full.slice(0, -3) : full;
}

/**
 * Parses what a citizen typed ("100", "99.5", "0.01") into fen; null if it is not a positive amount
 * with at most two decimals. Done on the digits, not with parseFloat, so 0.29 stays 29 fen.
 */
export function parseYuanInput(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

const DIGIT_WORDS = '零壹贰叁肆伍陆柒捌玖';
const UNIT_WORDS = ['', '拾', '佰', '仟'];
const GROUP_WORDS = ['', '万', '亿', '万亿'];

/** 1500 → 壹拾伍元整, 105 → 壹元零伍分: the capital amount printed on receipts and invoices. */
export function yuanInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0)
    throw new TypeError(`amount must be a non-negative integer number of fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const cents = fen % 10;
  let words = '';
  const digits = String(yuan);
  let zeros = 0;
  for (let i = 0; yuan > 0 && i < digits.length; i++) {
    const d = Number(digits[i]);
    const pos = digits.length - 1 - i;
    if (d === 0) zeros++;
    else {
      words += `${zeros > 0 ? '零' : ''}${DIGIT_WORDS[d]}${UNIT_WORDS[pos % 4]}`;
      zeros = 0;
    }
    // The end of a group of four (万, 亿): named only if the group has a digit; its zeros carry on.
    if (pos % 4 === 0 && pos > 0 && Number(digits.slice(Math.max(0, i - 3), i + 1)) > 0)
      words += GROUP_WORDS[pos / 4];
  }
  if (yuan > 0) words += '元';
  if (jiao === 0 && cents === 0) return `${words || '零元'}整`;
  if (jiao > 0) words += `${DIGIT_WORDS[jiao]}角`;
  else if (yuan > 0) words += '零';
  if (cents > 0) words += `${DIGIT_WORDS[cents]}分`;
  return words;
}
