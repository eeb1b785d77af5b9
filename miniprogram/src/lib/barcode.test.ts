import { describe, expect, it } from 'vitest';
import { barcodeDataUri, code128Modules, code128Values } from './barcode';

/** Bar/space widths read back from the modules, symbol by symbol (what a scanner measures). */
function widthsOf(modules: string): string[] {
  const runs = modules
    .replace(/^0+|0+$/g, '')
    .match(/1+|0+/g)!
    .map((r) => r.length);
  const out: string[] = [];
  for (let i = 0; i + 6 <= runs.length; i += 6) out.push(runs.slice(i, i + 6).join(''));
  return out;
}

describe('Code 128', () => {
  it('encodes an even run of digits in set C, two digits per symbol, with its checksum', () => {
    // start C 105; 12, 34; checksum (105 + 12×1 + 34×2) mod 103 = 82; stop.
    expect(code128Values('1234')).toEqual([105, 12, 34, 82, 106]);
  });

  it('encodes other text in set B', () => {
    // start B 104; "A" is 65 − 32 = 33; checksum (104 + 33) mod 103 = 34.
    expect(code128Values('A')).toEqual([104, 33, 34, 106]);
    expect(code128Values('123')).toEqual([104, 17, 18, 19, (104 + 17 + 36 + 57) % 103, 106]);
  });

  it('draws the standard widths: start C is 211232, the stop 2331112, every symbol 11 modules', () => {
    const m = code128Modules('20261201');
    expect(m.startsWith('0'.repeat(10)) && m.endsWith('0'.repeat(10))).toBe(true);
    expect(m.length).toBe(20 + 11 * (1 + 4 + 1) + 13);
    const w = widthsOf(m);
    expect(w[0]).toBe('211232');
    expect(m.replace(/0+$/, '').endsWith('11000111010' + '11')).toBe(true); // 2331112
    for (const s of w.slice(0, 6)) expect([...s].reduce((a, n) => a + Number(n), 0)).toBe(11);
  });

  it('refuses what it cannot encode', () => {
    expect(() => code128Values('')).toThrow();
    expect(() => code128Values('券码')).toThrow();
  });

  it('is an SVG image', () => {
    expect(barcodeDataUri('1234')).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});
