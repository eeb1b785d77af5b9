import { describe, expect, it } from 'vitest';
import { ORDER_TRANSITIONS, type OrderStatus } from './order-states';

// The table itself: every status is reachable from created, paid money never goes back to unpaid,
// and only refunds leave paid.
describe('cashier order states', () => {
  const reach = (start: OrderStatus) => {
    const seen = new Set<OrderStatus>([start]);
    for (let grew = true; grew;) {
      grew = false;
      for (const t of Object.values(ORDER_TRANSITIONS))
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
    }
    return seen;
  };
  it('every status is reachable from created', () => {
    expect([...reach('created')].sort()).toEqual(
      ['closed', 'created', 'paid', 'partially_refunded', 'paying', 'refunded', 'refunding'].sort(),
    );
  });
  it('a paid order never becomes unpaid, closed or paying again', () => {
    for (const s of ['paid', 'partially_refunded', 'refunding', 'refunded'] as OrderStatus[]) {
      const r = reach(s);
      for (const unpaid of ['created', 'paying', 'closed'] as OrderStatus[])
        expect(r.has(unpaid)).toBe(false);
    }
  });
  it('closed and refunded are final', () => {
    for (const t of Object.values(ORDER_TRANSITIONS)) {
      expect(t.from).not.toContain('closed');
      expect(t.from).not.toContain('refunded');
    }
  });
});
