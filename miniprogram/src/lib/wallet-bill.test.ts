import { describe, expect, it } from 'vitest';
import { shiftMonth } from './wallet-bill';

describe('bill months', () => {
  it('takes the Beijing-time month, across the new year both ways', () => {
    // 2026-11-30 16:30 UTC is already 1 December in Beijing.
    expect(shiftMonth(null, 0, new Date('2026-11-30T16:30:00Z'))).toBe('202612');
    expect(shiftMonth('202612', 1)).toBe('202701');
    expect(shiftMonth('202701', -1)).toBe('202612');
    expect(shiftMonth('202603', -2)).toBe('202601');
  });
});
