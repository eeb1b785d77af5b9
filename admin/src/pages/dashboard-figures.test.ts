import { describe, expect, it } from 'vitest';
import { funnelSteps } from './dashboard-figures';
import { csvCell, csvText } from '../csv-download';

describe('dashboard figures', () => {
  it('gives each funnel step as a share of the one before', () => {
    expect(funnelSteps({ views: 200, claims: 50, redemptions: 10 } as never)).toEqual([
      { name: '浏览', value: 200, rate: null },
      { name: '领取', value: 50, rate: '25.0%' },
      { name: '核销', value: 10, rate: '20.0%' },
    ]);
  });
  it('has no rate where the step before is empty (no division by zero)', () => {
    expect(funnelSteps({ views: 0, claims: 0, redemptions: 0 } as never).map((s) => s.rate)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('csv download', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(csvText(['日期', '领取'], [['2026-12-01', 3]])).toBe('\uFEFF日期,领取\r\n2026-12-01,3\r\n');
  });
});
