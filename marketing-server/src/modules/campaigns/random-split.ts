import { randomInt } from 'node:crypto';

export type RandomIntFn = (minInclusive: number, maxExclusive: number) => number;

/**
 * Splits total_fen into `count` packets by the double-average method, in integer fen: each draw is
 * uniform in [1, min(2 × remaining ÷ left, remaining − (left − 1))], which keeps at least 1 fen for
 * every packet still to come; the last packet takes the rest. Sum is exact; no packet is zero.
 */
export function splitDoubleAverage(
  total_fen: number,
  count: number,
  rand: RandomIntFn = randomInt,
): number[] {
  if (!Number.isSafeInteger(total_fen) || !Number.isSafeInteger(count) || count < 1) {
    throw new RangeError('total_fen and count must be positive integers');
  }
  if (total_fen < count) throw new RangeError('total_fen must be at least 1 fen per packet');
  const packets: number[] = [];
  let remaining = total_fen;
  for (let left = count; left > 1; left--) {
    const max = Math.min(Math.floor((2 * remaining) / left), remaining - (left - 1));
    const amount = max <= 1 ? 1 : rand(1, max + 1);
    packets.push(amount);
    remaining -= amount;
  }
  packets.push(remaining);
  return packets;
}
