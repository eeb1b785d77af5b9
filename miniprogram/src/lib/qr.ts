import qrcode from 'qrcode-generator';

/**
 * A QR code as an SVG data URI, which an <Image> shows on both targets without a canvas. Error
 * correction M survives a cracked phone screen under a scanner.
 */
export function qrDataUri(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  const size = n + quiet * 2;
  let path = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) path += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${toBase64(svg)}`;
}

// btoa is missing in the mini-program's JS engine; the SVG is ASCII so a plain encoder is enough.
export function toBase64(ascii: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const a = ascii.charCodeAt(i);
    const b = ascii.charCodeAt(i + 1);
    const c = ascii.charCodeAt(i + 2);
    const triple = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += chars[(triple >> 18) & 63] + chars[(triple >> 12) & 63];
    out += Number.isNaN(b) ? '=' : chars[(triple >> 6) & 63];
    out += Number.isNaN(c) ? '=' : chars[triple & 63];
  }
  return out;
}
