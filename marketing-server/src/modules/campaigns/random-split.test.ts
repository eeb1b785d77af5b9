import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDoubleAverage } from './random-split';

describe('splitDoubleAverage', () => {
  it('sums to the total, never gives a zero packet, and makes exactly count packets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer(),
        (count, extra, seed) => {
          const total = count + extra;
          let state = seed >>> 0;
          const rand = (min: number, max: number) => {
            state = (state * 1664525 + 1013904223) >>> 0;
            return min + (state % (max - min));
          };
          const packets = splitDoubleAverage(total, count, rand);
          expect(packets).toHaveLength(count);
          expect(packets.reduce((s, p) => s + p, 0)).toBe(total);
          expect(packets.every((p) => Number.isInteger(p) && p >= 1)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps draws within twice the running average', () => {
    const packets = splitDoubleAverage(20_000_00, 10_000);
    let remaining = 20_000_00;
    for (let i = 0; i < packets.length - 1; i++) {
      expect(packets[i]).toBeLessThanOrEqual(Math.floor((2 * remaining) / (packets.length - i)));
      remaining -= packets[i];
    }
  });

  it('refuses impossible splits', () => {
    expect(() => splitDoubleAverage(5, 6)).toThrow(RangeError);
    expect(() => splitDoubleAverage(10.5, 2)).toThrow(RangeError);
    expect(() => splitDoubleAverage(10, 0)).toThrow(RangeError);
  });
});
