import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { bankCall, cstToday } from '../../../test/bank';

// A deposit confirmed by the bank's own statement: the funder's transfer into the platform's
// institutional wallet, quoting the deposit's reference, shows in the day's bill as a CREDIT row.
describe.each(MODES)('deposits confirmed by the bank statement (%s)', (mode) => {
  let env: TestEnv;
  let funderId: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    const f = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '天河区商务局', kind: 'government' },
    });
    funderId = f.body.id;
  });
  afterAll(async () => env?.close());

  let n = 0;
  const record = async (amount_fen: number, reference: string) =>
    (
      await env.api('POST', `/api/v1/admin/funders/${funderId}/deposits`, {
        token: await env.admin('funder'),
        idem: `dep-${n++}`,
        body: { amount_fen, reference },
      })
    ).body;
  const credit = (amount_fen: number, reference: string) =>
    bankCall(env, 'POST', '/__mock/credits', {
      wallet_id: env.platform.services.payments.payerWalletId,
      amount_fen,
      reference,
    });
  const balance = async () =>
    (await env.api('GET', `/api/v1/admin/funders/${funderId}`, { token: await env.admin('auditor') })).body
      .balance_fen as number;
  const match = async (bill_date: string) =>
    env.api('POST', '/api/v1/admin/deposits/statement-matches', {
      token: await env.admin('auditor'),
      body: { bill_date },
    });

  it('a credit quoting the reference for exactly the amount confirms the deposit once; others stay pending', async () => {
    const before = await balance();
    const a = await record(500_000, 'GZ-2026-001');
    const b = await record(500_000, 'GZ-2026-001'); // the same reference twice: one credit, one deposit
    const c = await record(70_000, 'GZ-2026-002');
    expect([a.status, b.status, c.status]).toEqual(['pending', 'pending', 'pending']);
    expect((await credit(500_000, 'GZ-2026-001')).status).toBe(201);
    expect((await credit(69_999, 'GZ-2026-002')).status).toBe(201); // not the recorded amount
    const day = cstToday(env);
    env.clock.advance(86400_000); // the bank's file for a day is ready from the next day
    const first = await match(day);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ bill_date: day, credits: 2, confirmed: [a.id] });
    expect(first.body.unmatched).toEqual([
      expect.objectContaining({ reference: 'GZ-2026-002', amount_fen: 69_999 }),
    ]);
    expect(await balance()).toBe(before + 500_000);
    // Running it again (another process, the job after an admin) confirms nothing more.
    const again = await match(day);
    expect(again.body.confirmed).toEqual([]);
    expect(await balance()).toBe(before + 500_000);
    const deposits = (
      await env.api('GET', `/api/v1/admin/funders/${funderId}/deposits`, {
        token: await env.admin('auditor'),
      })
    ).body.items as { id: string; status: string; confirmed_by: string | null }[];
    const byId = new Map(deposits.map((d) => [d.id, d]));
    expect(byId.get(a.id)).toMatchObject({ status: 'confirmed', confirmed_by: 'bank-statement' });
    expect(byId.get(b.id)!.status).toBe('pending');
    expect(byId.get(c.id)!.status).toBe('pending');
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('refuses a bad day, and a caller without the role', async () => {
    expect((await match('2026-13-01')).status).toBe(400);
    const asManager = await env.api('POST', '/api/v1/admin/deposits/statement-matches', {
      token: await env.admin('manager'),
      body: { bill_date: cstToday(env) },
    });
    expect(asManager.status).toBe(403);
  });
});
