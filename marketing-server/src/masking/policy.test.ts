import { describe, expect, it } from 'vitest';
import type { Principal } from '../security/tokens';
import { applyPolicy, FIELD_CLASSES, maskDeep, policyFor, pseudonym, ROLE_POLICY } from './policy';

const admin = (...roles: string[]) =>
  ({ typ: 'admin', sub: 'adm_1', sid: 'sid_1', roles, permissions: new Set() }) as unknown as Principal;

const row = {
  id: 'clm_1',
  amount_fen: 500,
  coupon_code: '123456781234',
  phone: '13912345678',
  real_name: '王小明',
  nested: { wallet_id: '0123456789abcdef', openid: 'oABCDEFG123' },
};

describe('masking policy', () => {
  it('classifies every personal field as C3 or C2; the rest is C1 and shown', () => {
    for (const f of ['id_number', 'phone', 'wallet_id', 'card_number', 'plate', 'openid', 'coupon_code'])
      expect(FIELD_CLASSES[f].cls).toBe('C3');
    for (const f of ['real_name', 'address']) expect(FIELD_CLASSES[f].cls).toBe('C2');
    expect(FIELD_CLASSES.amount_fen).toBeUndefined();
  });

  it.each(['campaign_manager', 'approver', 'risk_analyst', 'auditor', 'merchant_operator'])(
    '%s sees C3 and C2 masked by default',
    (role) => {
      const out = applyPolicy(row, policyFor(admin(role)));
      expect(out).toMatchObject({
        id: 'clm_1',
        amount_fen: 500,
        coupon_code: '****1234',
        phone: '139****5678',
        real_name: '王**',
        nested: { wallet_id: '012345******cdef' },
      });
      expect(out.nested.openid).toMatch(/^h:[0-9a-f]{16}$/);
    },
  );

  it('only the auditor may unmask (not the user administrator); the holder (a citizen) sees everything', () => {
    expect(applyPolicy(row, policyFor(admin('auditor'), { unmask: true }))).toEqual(row);
    expect(applyPolicy(row, policyFor(admin('admin'), { unmask: true })).coupon_code).toBe('****1234');
    expect(applyPolicy(row, policyFor(admin('campaign_manager'), { unmask: true })).coupon_code).toBe(
      '****1234',
    );
    expect(applyPolicy(row, policyFor({ typ: 'citizen', sub: 'usr_1' }))).toEqual(row);
  });

  it('a role outside the table gets pseudonyms, never clear text; roles add up', () => {
    const custom = applyPolicy(row, policyFor(admin('custom_viewer')));
    expect(custom.phone).toBe(pseudonym('13912345678'));
    expect(custom.phone).not.toContain('5678');
    expect(policyFor(admin('custom_viewer', 'approver'))).toEqual(ROLE_POLICY.approver);
  });

  it('logs get the strictest view (maskDeep)', () => {
    expect(maskDeep({ err: { coupon_code: '123456781234', phone: '13912345678' } })).toEqual({
      err: { coupon_code: '****1234', phone: '139****5678' },
    });
  });
});
