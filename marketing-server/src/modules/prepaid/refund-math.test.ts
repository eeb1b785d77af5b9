import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consumedValue, membershipDaysUsed, refundQuote, releaseFor, terminationRefund } from './refund-math';

// Table tests of the pro-rating and gift formulas, and property tests: for any sequence of
// write-offs, the releases never exceed what was paid, released + refunded = paid exactly, and a
// full consumption releases exactly what was paid.
describe('prepaid refund arithmetic', () => {
  it.each([
    // product, paid, total units, used → consumed, refund
    ['10-class pack ¥800, 3 classes', 80_000, 10, 3, 24_000, 56_000],
    ['10-class pack ¥800, none', 80_000, 10, 0, 0, 80_000],
    ['10-class pack ¥800, all', 80_000, 10, 10, 80_000, 0],
    ['3 classes for ¥100 (not divisible), 1 used', 10_000, 3, 1, 3_333, 6_667],
    ['stored value 3,000 + 1,000 gift, 2,000 spent (75 %)', 300_000, 400_000, 200_000, 150_000, 150_000],
    ['stored value 3,000 + 1,000 gift, all spent', 300_000, 400_000, 400_000, 300_000, 0],
    ['30-day membership ¥300, day 10', 30_000, 30, 10, 10_000, 20_000],
    ['365-day membership ¥3,650.01, day 100', 365_001, 365, 100, 100_000, 265_001],
  ])('%s', (_name, paid, total, used, consumed, refund) => {
    const c = { paid_fen: paid, total_units: total };
    expect(consumedValue(c, used)).toBe(consumed);
    expect(terminationRefund(c, used)).toBe(refund);
  });

  it('the cooling-off boundary: full refund before its end with nothing used, pro rata at it', () => {
    const until = new Date('2026-12-08T00:00:00Z');
    const c = { paid_fen: 80_000, total_units: 10, used_units: 0, cooling_off_until: until };
    expect(refundQuote(c, new Date(until.getTime() - 1))).toMatchObject({
      kind: 'cooling_off',
      refund_fen: 80_000,
    });
    expect(refundQuote(c, until)).toMatchObject({ kind: 'termination', refund_fen: 80_000 });
    expect(refundQuote({ ...c, used_units: 1 }, new Date(until.getTime() - 1))).toMatchObject({
      kind: 'termination',
      refund_fen: 72_000,
      consumed_fen: 8_000,
    });
  });

  it('membership days: the first day counts, never beyond the length', () => {
    const s = new Date('2026-12-01T02:00:00Z');
    expect(membershipDaysUsed(s, 30, new Date('2026-11-30T00:00:00Z'))).toBe(0);
    expect(membershipDaysUsed(s, 30, s)).toBe(1);
    expect(membershipDaysUsed(s, 30, new Date('2026-12-02T01:59:59Z'))).toBe(1);
    expect(membershipDaysUsed(s, 30, new Date('2026-12-02T02:00:00Z'))).toBe(2);
    expect(membershipDaysUsed(s, 30, new Date('2027-06-01T00:00:00Z'))).toBe(30);
  });

  it('property: any write-off sequence then a termination pays out exactly what was paid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 40 }),
        (paid, total, writeOffs) => {
          const c = { paid_fen: paid, total_units: total };
          let used = 0;
          let released = 0;
          for (const w of writeOffs) {
            const units = Math.min(w, total - used);
            if (units <= 0) break;
            const r = releaseFor(c, used, units);
            expect(r).toBeGreaterThanOrEqual(0);
            released += r;
            used += units;
            expect(released).toBeLessThanOrEqual(paid);
          }
          const refunded = terminationRefund(c, used);
          expect(refunded).toBeGreaterThanOrEqual(0);
          expect(released + refunded).toBe(paid);
          if (used === total) expect(released).toBe(paid);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: the gift discount never values consumption above paid ÷ (paid + gift) of face value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (paid, gift, share) => {
          const total = paid + gift;
          const spent = Math.floor(total * share);
          const consumed = consumedValue({ paid_fen: paid, total_units: total }, spent);
          expect(consumed * total).toBeLessThanOrEqual(spent * paid);
          expect((consumed + 1) * total).toBeGreaterThan(spent * paid);
        },
      ),
      { numRuns: 500 },
    );
  });
});
