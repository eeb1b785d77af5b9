import { describe, expect, it } from 'vitest';
import { estimate } from './cashier';

describe('cashier estimate', () => {
  const coupon = { code: 'C1', campaign_name: '券', amount_fen: 800 };
  it('a coupon counts only with e-CNY, and never beyond the order', () => {
    expect(estimate(3000, 'ecny', coupon)).toEqual({ discount_fen: 800, payable_fen: 2200 });
    expect(estimate(3000, 'wechat', coupon)).toEqual({ discount_fen: 0, payable_fen: 3000 });
    expect(estimate(500, 'ecny', coupon)).toEqual({ discount_fen: 500, payable_fen: 0 });
    expect(estimate(500, 'ecny', null)).toEqual({ discount_fen: 0, payable_fen: 500 });
  });
});
