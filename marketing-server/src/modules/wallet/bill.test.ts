import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { bankWallet, bindWallet, FAST_BANK_ENV, waitFor } from '../../../test/bank';
import { cstMonthBounds } from './bill';

describe('cstMonthBounds', () => {
  it('gives a Beijing-time month as instants, December rolling into the next year', () => {
    expect(cstMonthBounds('202612')).toEqual({
      start: new Date('2026-11-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
    expect(cstMonthBounds('202602').end).toEqual(new Date('2026-02-28T16:00:00Z'));
  });
});

describe.each(MODES)('wallet bill 交易明细 (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  it('explains the balance: red packets and top-ups in, parking out, by month and kind', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const topup = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'bill-tu',
      body: { amount_fen: 100_00 },
    });
    expect(topup.status).toBe(201);
    const { id } = await runningCampaign(env, {
      name: '海珠消费红包',
      kind: 'red_packet',
      budget_fen: 10_00,
      red_packet: { mode: 'fixed', amount_fen: 3_00 },
    });
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'bill-rp',
      body: {},
    });
    expect(claim.status).toBe(201);
    await waitFor('the red packet paid', async () => {
      const mine = await env.api('GET', `/api/v1/me/claims/${claim.body.id}`, { token: u.token });
      return mine.body.status === 'paid';
    });
    // A parking fee paid from the wallet (the parking suites pay through the gate flow; here only
    // the row the bill reads), and one a coupon covered entirely, which moved no money.
    const now = env.clock.now();
    for (const [pid, payable] of [
      ['pp_bill_1', 8_00],
      ['pp_bill_free', 0],
    ] as const) {
      await env.platform.db.exec(
        `INSERT INTO parking_payments (id, session_id, lot_id, user_id, channel, idem_key, due_fen, discount_fen,
           payable_fen, wallet_id, priced_until, status, created_at, completed_at)
         VALUES (?, ?, 'lot_none', ?, 'app', ?, 8000, ?, ?, ?, ?, 'succeeded', ?, ?)`,
        [pid, `ps_${pid}`, u.id, pid, 8_00 - payable, payable, walletId, now, now, now],
      );
    }

    const bill = await env.api('GET', '/api/v1/me/wallet/bill', { token: u.token });
    expect(bill.status).toBe(200);
    expect(bill.body.items).toHaveLength(3);
    expect(bill.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'topup', direction: 'in', amount_fen: 100_00 }),
        expect.objectContaining({
          kind: 'red_packet',
          direction: 'in',
          amount_fen: 3_00,
          title: '红包 · 海珠消费红包',
        }),
        expect.objectContaining({ kind: 'parking', direction: 'out', amount_fen: 8_00, title: '停车费' }),
      ]),
    );
    expect(bill.body).toMatchObject({ in_fen: 103_00, out_fen: 8_00 });
    // What came in through the platform is what the bank holds (the parking row above moved no
    // bank money: it is only the bill's input).
    const held = await bankWallet(env, walletId);
    expect(held.balance_fen + held.restricted_balance_fen).toBe(bill.body.in_fen);

    const parkingOnly = await env.api('GET', '/api/v1/me/wallet/bill?kind=parking', { token: u.token });
    expect(parkingOnly.body.items.map((i: { id: string }) => i.id)).toEqual(['pp_bill_1']);
    const month = bill.body.month as string;
    const next = String(Number(month.slice(0, 4)) + (month.endsWith('12') ? 1 : 0)).concat(
      month.endsWith('12') ? '01' : String(Number(month.slice(4)) + 1).padStart(2, '0'),
    );
    const empty = await env.api('GET', `/api/v1/me/wallet/bill?month=${next}`, { token: u.token });
    expect(empty.body).toMatchObject({ items: [], in_fen: 0, out_fen: 0 });
    const bad = await env.api('GET', '/api/v1/me/wallet/bill?month=2026-13', { token: u.token });
    expect(bad.status).toBe(400);

    // Nobody else's movements.
    const [other] = await env.citizens(1);
    const theirs = await env.api('GET', '/api/v1/me/wallet/bill', { token: other.token });
    expect(theirs.body.items).toEqual([]);
  });
});
