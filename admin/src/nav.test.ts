import { describe, expect, it } from 'vitest';
import { homeFor } from './nav';

const as =
  (...mine: string[]) =>
  (...roles: string[]) =>
    roles.some((r) => mine.includes(r));

describe('home page per role (the first menu entry the role may open)', () => {
  it('a cashier lands on 商户核销, not on a page added for several roles above it', () => {
    // The transit desk (轨道交通) also admits merchant operators; placed above 商户核销 it took
    // their home, and the cashier's redeem form was gone after login.
    expect(homeFor(as('merchant_operator'))).toBe('/merchant');
  });

  it('the other roles keep their homes', () => {
    expect(homeFor(as('campaign_manager'))).toBe('/dashboard');
    expect(homeFor(as('ecny_officer'))).toBe('/ecny');
    expect(homeFor(as('admin'))).toBe('/access');
    expect(homeFor(as())).toBe('/login');
  });
});
