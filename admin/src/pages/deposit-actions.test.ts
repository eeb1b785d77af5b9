import { describe, expect, it } from 'vitest';
import { depositWhyNot, type Deposit } from './deposit-actions';

const deposit: Deposit = {
  id: 'dep_1',
  funder_id: 'fnd_a',
  amount_fen: 10_000,
  reference: 'BANK-1',
  source: 'declared',
  status: 'pending',
  recorded_by: 'adm_clerk',
  created_at: '2026-12-01T10:00:00+08:00',
  confirmed_by: null,
  confirmed_at: null,
  rejected_by: null,
  rejected_at: null,
  decision_comment: null,
};

describe('who may confirm or reject a pending deposit', () => {
  it.each([
    ['the recorder', { id: 'adm_clerk', roles: ['funder'], funder_id: 'fnd_a' }, /登记人不能/],
    ['another user of the same funder', { id: 'adm_checker', roles: ['funder'], funder_id: 'fnd_a' }, null],
    ['a user bound to another funder', { id: 'adm_b', roles: ['funder'], funder_id: 'fnd_b' }, /本出资方/],
    ['an unbound funder user', { id: 'adm_f', roles: ['funder'], funder_id: null }, null],
    [
      'the user administrator (no business permission)',
      { id: 'adm_admin', roles: ['admin'], funder_id: null },
      /角色/,
    ],
    ['an auditor', { id: 'adm_aud', roles: ['auditor'], funder_id: null }, /角色/],
  ])('%s', (_who, user, expected) => {
    const reason = depositWhyNot(deposit, user);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });

  it('nobody decides a deposit from a merchant wallet: its bank order does', () => {
    const fromWallet: Deposit = { ...deposit, source: 'merchant_wallet' };
    const user = { id: 'adm_checker', roles: ['funder'], funder_id: null };
    expect(depositWhyNot(fromWallet, user)).toMatch(/银行结果/);
  });
});
