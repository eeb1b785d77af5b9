import { toBase64 } from './qr';

// Code 128 (ISO/IEC 15417), the linear symbology every cashier's scanner reads. The symbol table below
// is the standard's: for each value 0–106, the widths of bar, space, bar, space, bar, space in modules
// (the stop symbol has a seventh, a final bar).
const WIDTHS = [
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213',
  '221312 231212 112232 122132 122231 113222 123122 123221 223211 221132',
  '221231 213212 223112 312131 311222 321122 321221 312212 322112 322211',
  '212123 212321 232121 111323 131123 131321 112313 132113 132311 211313',
  '231113 231311 112133 112331 132131 113123 113321 133121 313121 211331',
  '231131 213113 213311 213131 311123 311321 331121 312113 312311 332111',
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214',
  '112412 122114 122411 142112 142211 241211 221114 413111 241112 134111',
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141',
  '214121 412121 111143 111341 131141 114113 114311 411113 411311 113141',
  '114131 311141 411131 211412 211214 211232 2331112',
]
  .join(' ')
  .split(' ');

const START_B = 104;
const START_C = 105;
const STOP = 106;

/**
 * The symbol values for a text: all-digit texts of even length in set C (two digits per symbol, the
 * shortest bars for a numeric coupon code), anything else printable ASCII in set B; then the checksum
 * (start + Σ value × position, mod 103) and the stop.
 */
export function code128Values(text: string): number[] {
  if (!text || !/^[\x20-\x7e]+$/.test(text)) throw new Error('code128: printable ASCII only');
  const numeric = /^\d+$/.test(text) && text.length % 2 === 0;
  const data = numeric
    ? Array.from({ length: text.length / 2 }, (_, i) => Number(text.slice(i * 2, i * 2 + 2)))
    : Array.from(text, (ch) => ch.charCodeAt(0) - 32);
  const start = numeric ? START_C : START_B;
  const checksum = data.reduce((sum, v, i) => sum + v * (i + 1), start) % 103;
  return [start, ...data, checksum, STOP];
}

/** Bars as a run of modules ('1' bar, '0' space) with the 10-module quiet zone either side. */
export function code128Modules(text: string): string {
  const quiet = '0'.repeat(10);
  const symbols = code128Values(text).map((v) =>
    Array.from(WIDTHS[v], (n, i) => (i % 2 === 0 ? '1' : '0').repeat(Number(n))).join(''),
  );
  return quiet + symbols.join('') + quiet;
}

/** The barcode as an SVG data URI (an <Image> on both targets, like the QR code). */
export function barcodeDataUri(text: string): string {
  const modules = code128Modules(text);
  const height = 50;
  let path = '';
  for (let x = 0; x < modules.length; x++) if (modules[x] === '1') path += `M${x} 0h1v${height}h-1z`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${modules.length} ${height}" preserveAspectRatio="none" shape-rendering="crispEdges"><rect width="${modules.length}" height="${height}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${toBase64(svg)}`;
}
