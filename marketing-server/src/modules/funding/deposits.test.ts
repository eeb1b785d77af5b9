import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../security/passwords';
import { insertAdminUser } from '../../security/access';
import { newId } from '../../shared/ids';
import { ledgerCheck, MODES, startEnv, TEST_PASSWORD, type Mode, type TestEnv } from '../../../test/harness';

/**
 * A server with two funders, A and B; admin users clerk_a and checker_a bound to A, clerk_b bound to
 * B; and the test harness's unbound `funder` and `admin`.
 */
function depositWorld(mode: Mode) {
  let env: TestEnv;
  let seq = 0;
  const w = { env: undefined as unknown as TestEnv, funderA: '', funderB: '' };

  async function funder(name: string) {
    const res = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name, kind: 'government' },
    });
    return res.body.id as string;
  }

  // Admin users bound to one funder act for that funder only.
  async function funderUser(username: string, funderId: string) {
    const now = new Date();
    await insertAdminUser(
      env.platform.db,
      {
        id: newId('adm'),
        username,
        password_hash: await hashPassword(TEST_PASSWORD),
        display_name: username,
        roles: ['funder'],
        funder_id: funderId,
      },
      now,
    );
  }

  beforeAll(async () => {
    env = w.env = await startEnv(mode);
    w.funderA = await funder('甲区财政局');
    w.funderB = await funder('乙区财政局');
    await funderUser('clerk_a', w.funderA);
    await funderUser('checker_a', w.funderA);
    await funderUser('clerk_b', w.funderB);
  });
  afterAll(async () => env?.close());

  const record = async (user: string, funderId: string, amount_fen = 50_000) =>
    env.api('POST', `/api/v1/admin/funders/${funderId}/deposits`, {
      token: await env.admin(user),
      idem: `dep-${++seq}`,
      body: { amount_fen, reference: `BANK-${seq}` },
    });
  const decide = async (user: string, funderId: string, id: string, action: string, body?: unknown) =>
    env.api('POST', `/api/v1/admin/funders/${funderId}/deposits/${id}/${action}`, {
      token: await env.admin(user),
      body,
    });
  const balance = async (funderId: string) =>
    (await env.api('GET', `/api/v1/admin/funders/${funderId}`, { token: await env.admin('auditor') })).body
      .balance_fen as number;
  const postings = async (depositId: string) =>
    Number(
      (
        await env.platform.db.query<{ n: number }>(
          "SELECT COUNT(DISTINCT txn_id) AS n FROM ledger_entries WHERE kind = 'deposit' AND ref_id = ?",
          [depositId],
        )
      )[0].n,
    );
  const audits = async (depositId: string, action: string) =>
    Number(
      (
        await env.platform.db.query<{ n: number }>(
          'SELECT COUNT(*) AS n FROM audit_logs WHERE action = ? AND changes LIKE ?',
          [action, `%${depositId}%`],
        )
      )[0].n,
    );
  const listed = async (funderId: string, id: string) =>
    (
      await env.api('GET', `/api/v1/admin/funders/${funderId}/deposits`, {
        token: await env.admin('auditor'),
      })
    ).body.items.find((d: { id: string }) => d.id === id);
  return Object.assign(w, { funder, record, decide, balance, postings, audits, listed });
}

// A deposit is money a funder says it sent. Until a second person confirms it against the bank's
// statement it is only a claim: it must not show in the funder's balance nor back a campaign.
describe.each(MODES)('deposit confirmation (%s)', (mode) => {
  const w = depositWorld(mode);

  it('recording a deposit leaves the balance unchanged: it is pending', async () => {
    const f = await w.funder('丙区财政局');
    const res = await w.record('funder', f, 80_000);
    expect(res.status).toBe(201);
    expect(await w.balance(f)).toBe(0);
    expect(await w.postings(res.body.id)).toBe(0);
    expect(res.body).toMatchObject({ status: 'pending', amount_fen: 80_000, confirmed_by: null });
    expect(await w.listed(f, res.body.id)).toMatchObject({
      status: 'pending',
      recorded_by: await w.env.adminId('funder'),
      confirmed_by: null,
      confirmed_at: null,
    });
  });

  it('a pending deposit cannot back a campaign', async () => {
    const f = await w.funder('丁区财政局');
    await w.record('funder', f, 1_000_000);
    const manager = await w.env.admin('manager');
    const now = w.env.clock.now().getTime();
    const c = await w.env.api('POST', '/api/v1/admin/campaigns', {
      token: manager,
      body: {
        kind: 'red_packet',
        name: '未确认入金',
        funder_id: f,
        budget_fen: 10_000,
        claim_start_at: new Date(now + 60_000).toISOString(),
        claim_end_at: new Date(now + 3600_000).toISOString(),
        red_packet: { mode: 'fixed', amount_fen: 100 },
      },
    });
    expect(c.status).toBe(201);
    await w.env.api('POST', `/api/v1/admin/campaigns/${c.body.id}/submit`, { token: manager });
    const approved = await w.env.api('POST', `/api/v1/admin/campaigns/${c.body.id}/approve`, {
      token: await w.env.admin('approver'),
    });
    expect(approved.status).toBe(422);
    expect(approved.body.code).toBe('INSUFFICIENT_FUNDS');
  });

  it('the recorder cannot confirm (403 SAME_PERSON) and nothing changes', async () => {
    const dep = await w.record('clerk_a', w.funderA);
    const before = await w.balance(w.funderA);
    for (const action of ['confirm', 'reject']) {
      const res = await w.decide('clerk_a', w.funderA, dep.body.id, action, { comment: '自己复核' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'SAME_PERSON', request_id: expect.any(String) });
      expect(res.body.message).toEqual(expect.any(String));
    }
    expect(await w.balance(w.funderA)).toBe(before);
    expect(await w.postings(dep.body.id)).toBe(0);
    expect((await w.listed(w.funderA, dep.body.id)).status).toBe('pending');
  });

  it('a second person confirms: the balance goes up exactly once, audited once, repeats are no-ops', async () => {
    const dep = await w.record('clerk_a', w.funderA, 123_456);
    const before = await w.balance(w.funderA);
    const first = await w.decide('checker_a', w.funderA, dep.body.id, 'confirm');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id: dep.body.id,
      status: 'confirmed',
      recorded_by: dep.body.recorded_by,
      confirmed_by: expect.stringMatching(/^adm/),
      confirmed_at: expect.any(String),
    });
    const again = await w.decide('checker_a', w.funderA, dep.body.id, 'confirm');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const bySecond = await w.decide('funder2', w.funderA, dep.body.id, 'confirm');
    expect(bySecond.status).toBe(200);
    expect(bySecond.body.confirmed_by).toBe(first.body.confirmed_by);
    expect(await w.balance(w.funderA)).toBe(before + 123_456);
    expect(await w.postings(dep.body.id)).toBe(1);
    expect(await w.audits(dep.body.id, 'funder.deposit.confirm')).toBe(1);
    expect(await w.listed(w.funderA, dep.body.id)).toMatchObject({
      status: 'confirmed',
      confirmed_by: first.body.confirmed_by,
      confirmed_at: first.body.confirmed_at,
    });
    // Once confirmed it cannot be rejected.
    const reject = await w.decide('funder2', w.funderA, dep.body.id, 'reject', { comment: '晚了' });
    expect(reject.status).toBe(409);
    expect(reject.body.code).toBe('DEPOSIT_ALREADY_DECIDED');
  });

  it('concurrent confirms by several people write one posting', async () => {
    const deciders = ['checker_a', 'funder2', 'funder'];
    const deps = await Promise.all([1, 2, 3, 4].map(() => w.record('clerk_a', w.funderA, 70_000)));
    const before = await w.balance(w.funderA);
    const results = await Promise.all(
      deps.flatMap((dep) =>
        [...deciders, ...deciders].map((u) => w.decide(u, w.funderA, dep.body.id, 'confirm')),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    for (const dep of deps) {
      const mine = results.filter((r) => r.body.id === dep.body.id);
      expect(new Set(mine.map((r) => r.body.confirmed_by)).size).toBe(1);
      expect(await w.postings(dep.body.id)).toBe(1);
      expect(await w.audits(dep.body.id, 'funder.deposit.confirm')).toBe(1);
    }
    expect(await w.balance(w.funderA)).toBe(before + 4 * 70_000);
  });

  it('a confirm racing a reject: one wins, the other is refused', async () => {
    const dep = await w.record('clerk_a', w.funderA, 9_000);
    const before = await w.balance(w.funderA);
    const [c, r] = await Promise.all([
      w.decide('checker_a', w.funderA, dep.body.id, 'confirm'),
      w.decide('funder2', w.funderA, dep.body.id, 'reject', { comment: '流水不符' }),
    ]);
    expect([c.status, r.status].sort()).toEqual([200, 409]);
    const won = (await w.listed(w.funderA, dep.body.id)).status;
    expect(await w.postings(dep.body.id)).toBe(won === 'confirmed' ? 1 : 0);
    expect(await w.balance(w.funderA)).toBe(before + (won === 'confirmed' ? 9_000 : 0));
  });

  it('a rejected deposit posts nothing and stays rejected', async () => {
    const dep = await w.record('clerk_a', w.funderA, 44_000);
    const before = await w.balance(w.funderA);
    const noReason = await w.decide('checker_a', w.funderA, dep.body.id, 'reject', {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    const res = await w.decide('checker_a', w.funderA, dep.body.id, 'reject', {
      comment: '银行流水中无此笔',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      confirmed_by: null,
      confirmed_at: null,
      rejected_by: expect.stringMatching(/^adm/),
      decision_comment: '银行流水中无此笔',
    });
    const again = await w.decide('checker_a', w.funderA, dep.body.id, 'reject', { comment: '再次驳回' });
    expect(again.status).toBe(200);
    expect(again.body.decision_comment).toBe('银行流水中无此笔');
    const confirm = await w.decide('funder2', w.funderA, dep.body.id, 'confirm');
    expect(confirm.status).toBe(409);
    expect(confirm.body.code).toBe('DEPOSIT_ALREADY_DECIDED');
    expect(await w.postings(dep.body.id)).toBe(0);
    expect(await w.balance(w.funderA)).toBe(before);
    expect(await w.audits(dep.body.id, 'funder.deposit.reject')).toBe(1);
  });

  it('the ledger stays balanced', async () => {
    expect((await ledgerCheck(w.env)).balanced).toBe(true);
  });
});

describe.each(MODES)('deposits: funder scope and bad input (%s)', (mode) => {
  const w = depositWorld(mode);

  it("a funder user for funder A cannot record, confirm or list funder B's deposits", async () => {
    const depB = await w.record('clerk_b', w.funderB, 5_000);
    expect(depB.status).toBe(201);
    const before = await w.balance(w.funderB);
    const recordB = await w.record('clerk_a', w.funderB);
    expect(recordB.status).toBe(403);
    expect(recordB.body).toMatchObject({ code: 'FORBIDDEN', request_id: expect.any(String) });
    for (const action of ['confirm', 'reject']) {
      const res = await w.decide('checker_a', w.funderB, depB.body.id, action, { comment: '越权' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const list = await w.env.api('GET', `/api/v1/admin/funders/${w.funderB}/deposits`, {
      token: await w.env.admin('clerk_a'),
    });
    expect(list.status).toBe(403);
    expect(await w.balance(w.funderB)).toBe(before);
    expect((await w.listed(w.funderB, depB.body.id)).status).toBe('pending');
    // A funder user without a funder link keeps its reach across funders.
    expect((await w.decide('funder', w.funderB, depB.body.id, 'confirm')).status).toBe(200);
    expect(await w.balance(w.funderB)).toBe(before + 5_000);
  });

  it('only funder-side roles decide; the auditor reads', async () => {
    const dep = await w.record('clerk_a', w.funderA);
    const res = await w.decide('auditor', w.funderA, dep.body.id, 'confirm');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(await w.listed(w.funderA, dep.body.id)).toBeTruthy();
  });

  // Which deposit: 'OWN' (funder A's, under A's path), 'OTHER' (funder B's, under A's path) or an id.
  type BadInput = {
    name: string;
    action: string;
    deposit: string;
    body?: unknown;
    status: number;
    code: string;
  };
  const badInputs: BadInput[] = [
    { name: 'an unknown deposit', action: 'confirm', deposit: 'dep_nope', status: 404, code: 'NOT_FOUND' },
    { name: "another funder's deposit", action: 'confirm', deposit: 'OTHER', status: 404, code: 'NOT_FOUND' },
    { name: 'an unknown action', action: 'approve', deposit: 'OWN', status: 404, code: 'ROUTE_NOT_FOUND' },
    {
      name: 'an unknown body field',
      action: 'confirm',
      deposit: 'OWN',
      body: { amount_fen: 1 },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'a reason of 1,000 characters',
      action: 'reject',
      deposit: 'OWN',
      body: { comment: 'x'.repeat(1000) },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'a blank reason',
      action: 'reject',
      deposit: 'OWN',
      body: { comment: '   ' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'a deposit id of 41 characters',
      action: 'confirm',
      deposit: 'd'.repeat(41),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'a JSON array as body',
      action: 'reject',
      deposit: 'OWN',
      body: [],
      status: 400,
      code: 'VALIDATION_FAILED',
    },
  ];
  it.each(badInputs)('bad input: $name → $status {code, message, request_id}', async (c) => {
    const own = await w.record('clerk_a', w.funderA);
    const other = await w.record('clerk_b', w.funderB);
    const id = c.deposit === 'OWN' ? own.body.id : c.deposit === 'OTHER' ? other.body.id : c.deposit;
    const res = await w.decide('checker_a', w.funderA, id, c.action, c.body);
    expect(res.status).toBe(c.status);
    expect(res.body).toMatchObject({
      code: c.code,
      message: expect.any(String),
      request_id: expect.any(String),
    });
    expect((await w.listed(w.funderA, own.body.id)).status).toBe('pending');
    expect((await w.listed(w.funderB, other.body.id)).status).toBe('pending');
  });

  it('the ledger stays balanced', async () => {
    expect((await ledgerCheck(w.env)).balanced).toBe(true);
  });
});
