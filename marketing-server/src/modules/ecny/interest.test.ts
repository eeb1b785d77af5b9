import { describe, expect, it } from 'vitest';
import { accrualPeriod, accrue, earnsInterest, interestFen, paymentDateFor } from './interest';

// The interest rules as tables: who earns, the payment dates, and interest exact to the fen.
describe('e-CNY wallet interest', () => {
  it.each([
    ['WL01', '2026-01-01', true],
    ['WL03', '2026-06-30', true],
    ['WL04', '2026-06-30', false],
    ['WL02', '2025-12-31', false],
  ])('%s on %s earns interest: %s', (level, day, earns) => {
    expect(earnsInterest(level, day)).toBe(earns);
  });

  it.each([
    ['2026-01-01', '2026-03-21'],
    ['2026-03-21', '2026-03-21'],
    ['2026-03-22', '2026-06-21'],
    ['2026-12-21', '2026-12-21'],
    ['2026-12-22', '2027-03-21'],
  ])('the payment date on or after %s is %s', (day, pay) => {
    expect(paymentDateFor(day)).toBe(pay);
  });

  it('a payment date pays the 21st of the last quarter-end month through the 20th', () => {
    expect(accrualPeriod('2026-03-21')).toEqual({ from: '2025-12-21', to: '2026-03-20' });
    expect(accrualPeriod('2026-06-21')).toEqual({ from: '2026-03-21', to: '2026-06-20' });
    expect(() => accrualPeriod('2026-05-21')).toThrow();
  });

  it.each([
    // 积数 (fen-days), rate (bp), interest (fen): 积数 × bp / 10000 / 360, rounded half up once.
    [0n, 5, 0],
    [1_000_000n * 90n, 5, 125], // ¥10,000 for 90 days at 0.05 %: 10,000 × 0.0005 × 90/360 = ¥1.25
    [719_999n, 5, 1], // 0.99999… fen → 1
    [3_600_000n, 5, 5], // exactly 5 fen
    [3_599_999n, 1, 1], // 0.9999997 → 1
    [1_799_999n, 1, 0], // 0.4999997 → 0
    [1_800_000n, 1, 1], // exactly half a fen → 1 (half up)
    [500_000_000n * 92n, 35, 447_222], // ¥5,000,000 for 92 days at 0.35 %: ¥4,472.222…
  ])('积数 %s at %s bp is %s fen', (product, bp, fen) => {
    expect(interestFen(product, bp)).toBe(fen);
  });

  it('accrues daily balances without rounding each day (90 days of ¥0.01 at 0.05 % pays 0)', () => {
    let p = 0n;
    for (let d = 0; d < 90; d++) p = accrue(p, 1);
    expect(p).toBe(90n);
    expect(interestFen(p, 5)).toBe(0);
    expect(() => accrue(p, 1.5)).toThrow();
    expect(() => accrue(p, -1)).toThrow();
  });
});
