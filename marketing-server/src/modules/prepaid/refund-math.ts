// The money arithmetic of a prepaid contract, as pure functions over integer fen.
//
// Every product is `total` units bought for `paid` fen: a class pack's classes, a membership's days,
// a stored-value card's spendable fen (face value + gift). Consumption is valued on one curve,
// consumed(u) = ⌊u × paid / total⌋, so
//   • a release for the units a → b is consumed(b) − consumed(a): the releases of any sequence of
//     write-offs add up to consumed(used), and all units consumed release exactly `paid`;
//   • a stored-value card's gift is discounted by paid ÷ (paid + gift) (法释〔2025〕4号 draft art. 21)
//     because its total includes the gift: spending 2,000 of 3,000 + 1,000 gift consumes 1,500;
//   • a membership refunds paid × remaining days ÷ total days (art. 26) by the same curve;
//   • a termination refunds paid − consumed(used): never more than paid, never below zero. Rounding
//     is down on the merchant's side, so the consumer gets the fraction of a fen.
// BigInt inside, so no product of two amounts loses a fen.

export type Consumption = { paid_fen: number; total_units: number };

export function consumedValue(c: Consumption, used: number): number {
  if (c.total_units <= 0) throw new RangeError('total_units must be positive');
  const u = Math.min(Math.max(0, Math.trunc(used)), c.total_units);
  return Number((BigInt(u) * BigInt(c.paid_fen)) / BigInt(c.total_units));
}

/** What the merchant is released for consuming `units` more after `usedBefore`. */
export function releaseFor(c: Consumption, usedBefore: number, units: number): number {
  return consumedValue(c, usedBefore + units) - consumedValue(c, usedBefore);
}

/** The refund of a termination after `used` units: what has not been consumed. */
export function terminationRefund(c: Consumption, used: number): number {
  return c.paid_fen - consumedValue(c, used);
}

/** Whole days of a membership used by `at` (the day it starts counts; never beyond its length). */
export function membershipDaysUsed(startsAt: Date, totalDays: number, at: Date): number {
  const ms = at.getTime() - startsAt.getTime();
  if (ms < 0) return 0;
  return Math.min(totalDays, Math.floor(ms / 86_400_000) + 1);
}

export type RefundQuote = {
  kind: 'cooling_off' | 'termination';
  refund_fen: number;
  consumed_fen: number;
  used_units: number;
  total_units: number;
};

/**
 * What the consumer gets back if they end the contract at `at`: everything inside the cooling-off
 * period with nothing used, otherwise the pro-rata refund. `used` already counts write-offs waiting
 * for the consumer's confirmation (they will be released).
 */
export function refundQuote(
  c: Consumption & { used_units: number; cooling_off_until: Date | null },
  at: Date,
): RefundQuote {
  const cooling = c.cooling_off_until !== null && at < c.cooling_off_until && c.used_units === 0;
  const consumed = consumedValue(c, c.used_units);
  return {
    kind: cooling ? 'cooling_off' : 'termination',
    refund_fen: cooling ? c.paid_fen : c.paid_fen - consumed,
    consumed_fen: cooling ? 0 : consumed,
    used_units: c.used_units,
    total_units: c.total_units,
  };
}
