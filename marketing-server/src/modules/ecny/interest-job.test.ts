import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type Mode, type TestEnv } from '../../../test/harness';
import { createPlatform } from '../../platform';
import { createLogger } from '../../shared/logger';
import { cstDayBounds, cstDayKey } from '../../shared/time';
import { accrue, interestFen, paymentDateFor } from './interest';
import { DEMAND_RATE_BP, quarterOf } from './interest-job';

// Interest on the institution's wallets, run as the platform runs it: the job accrues each elapsed
// CST day once (also when two platforms share the database), catches up after a gap, pays the
// quarter on the 21st through the operator (a 225 of the one bank-order lifecycle), and a payment
// whose answer was lost is resolved by a query. The test clock moves across the days.

const DAY_MS = 86_400_000;
const iso = (d: Date) => cstDayKey(d).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
const startOf = (day: string) => cstDayBounds(day.replaceAll('-', '')).start.getTime();
const nextDay = (day: string) => iso(new Date(startOf(day) + DAY_MS));

type Accrual = { day: string; closing_balance_fen: number; product_fen_days: number };

function suite(mode: Mode) {
  let env: TestEnv;
  const sims = () => env.platform.embedded.ecny!;
  const ecny = () => env.platform.services.ecny!;
  /** Moves the test clock to 10:00 CST of a day. */
  const moveTo = (day: string) => env.clock.advance(startOf(day) + 10 * 3600_000 - env.clock.now().getTime());

  beforeAll(async () => {
    env = await startEnv(mode, { ECNY_TIMEOUT_MS: '700' });
  }, 60_000);
  afterAll(async () => env?.close());

  async function customer(verified: boolean, operator_id: string, out_fen: number) {
    const [c] = await env.citizens(1);
    if (verified)
      await env.platform.db.exec(
        'INSERT INTO identity_holders (id_hash, user_id, verified_at) VALUES (?,?,?)',
        [`h${c.id}`, c.id, new Date()],
      );
    const account = sims().core.openAccount({ holder_id: c.id, name: '张三', balance_fen: 2_000_000 });
    const res = await env.api('POST', '/api/v1/me/ecny/wallet', {
      token: c.token,
      body: { account_no: account.account_no, operator_id, ...(verified ? {} : { phone: '13900001234' }) },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const w = (
      await env.platform.db.query<{ wallet_id: string }>('SELECT wallet_id FROM ecny_wallets WHERE id = ?', [
        res.body.id,
      ])
    )[0];
    await exchangeOut(c.token, out_fen);
    return {
      ...c,
      ecny_wallet_id: res.body.id as string,
      wallet_id: w.wallet_id,
      level: res.body.wallet_level,
    };
  }
  let seq = 0;
  async function exchangeOut(token: string, amount_fen: number) {
    const r = await env.api('POST', '/api/v1/me/ecny/exchanges', {
      token,
      idem: `int-${++seq}`,
      body: { direction: 'out', amount_fen },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  const accruals = (walletId: string) =>
    env.platform.db.query<Accrual>(
      'SELECT day, closing_balance_fen, product_fen_days FROM ecny_interest_accruals WHERE ecny_wallet_id = ? ORDER BY day',
      [walletId],
    );
  async function ledgerCheck() {
    const res = await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  /** A second platform on the same database, reaching the same simulators over HTTP. */
  async function secondPlatform() {
    const urls = sims().urls;
    const operators = `op1=${urls.operators.op1}|C1010211000012|op1-notice-secret;op2=${urls.operators.op2}|C1030311000023|op2-notice-secret`;
    return createPlatform(
      { ...env.config, ecny: { ...env.config.ecny, operators, coreUrl: urls.core } },
      { clock: env.clock, logger: createLogger('silent') },
    );
  }

  let a: Awaited<ReturnType<typeof customer>>; // tier 2, op1
  let b: Awaited<ReturnType<typeof customer>>; // tier 4
  let c: Awaited<ReturnType<typeof customer>>; // tier 2, op2 (its payment's answer gets lost)
  let day0: string;

  it('accrues each day once, with the job run twice and by two platforms on one database; tier 4 earns nothing', async () => {
    day0 = iso(env.clock.now());
    a = await customer(true, 'op1', 300_000);
    b = await customer(false, 'op1', 50_000);
    c = await customer(true, 'op2', 400_000);
    expect([a.level, b.level]).toEqual(['WL02', 'WL04']);
    moveTo(nextDay(day0));
    const other = await secondPlatform();
    try {
      await Promise.all([ecny().runInterest(), other.services.ecny!.runInterest(), ecny().runInterest()]);
      await other.services.ecny!.runInterest();
    } finally {
      await other.close();
    }
    expect(await accruals(a.ecny_wallet_id)).toMatchObject([
      { day: day0, closing_balance_fen: 300_000, product_fen_days: 300_000 },
    ]);
    expect(await accruals(c.ecny_wallet_id)).toMatchObject([{ day: day0, closing_balance_fen: 400_000 }]);
    expect(await accruals(b.ecny_wallet_id)).toEqual([]);
  }, 60_000);

  it('catches up the days it missed, each with that day’s closing balance', async () => {
    const day1 = nextDay(day0);
    await exchangeOut(a.token, 200_000); // on day 1: 500,000 from then on
    const day5 = [2, 3, 4, 5].reduce((d) => nextDay(d), day1);
    moveTo(nextDay(day5)); // the job did not run for five days
    await ecny().runInterest();
    const rows = await accruals(a.ecny_wallet_id);
    const days = [day0];
    while (days[days.length - 1] < day5) days.push(nextDay(days[days.length - 1]));
    expect(rows.map((r) => r.day)).toEqual(days);
    expect(rows.map((r) => Number(r.closing_balance_fen))).toEqual([
      300_000, 500_000, 500_000, 500_000, 500_000, 500_000,
    ]);
  }, 30_000);

  it('pays the quarter on the 21st to the fen of the rules, once; a lost answer is resolved by a query', async () => {
    const paymentDate = paymentDateFor(nextDay(day0));
    const op2 = sims().operators[1];
    op2.setNotifyUrl(undefined); // no 909: only the query can tell
    op2.setFaults({ timeout_after_commit: true, faults_msg_tp: 'dcep.225' });
    moveTo(paymentDate);
    await ecny().runInterest();
    op2.setFaults({});
    const expected = async (walletId: string) => {
      const rows = await accruals(walletId);
      expect(rows[rows.length - 1].day < paymentDate).toBe(true);
      const product = rows.reduce((s, r) => accrue(s, Number(r.closing_balance_fen)), 0n);
      return interestFen(product, DEMAND_RATE_BP);
    };
    const wantA = await expected(a.ecny_wallet_id);
    const wantC = await expected(c.ecny_wallet_id);
    expect(wantA).toBeGreaterThan(0);
    const walletA = sims().operators[0].wallets.get(a.wallet_id)!;
    expect(walletA.balance_fen).toBe(500_000 + wantA);
    // C's 225 was booked by the operator, but nobody heard: the payment waits, it is not resent blind.
    const payC = (await ecny().interestOf(c.ecny_wallet_id)).payments;
    expect(payC).toMatchObject([
      { quarter: quarterOf(paymentDate), amount_fen: wantC, status: 'processing' },
    ]);
    await env.platform.services.payments.attempt(payC[0].exchange_id!);
    await ecny().runInterest(); // and the job again: nothing more is paid
    const after = await ecny().interestOf(c.ecny_wallet_id);
    expect(after.payments).toMatchObject([{ amount_fen: wantC, status: 'paid' }]);
    expect(op2.wallets.get(c.wallet_id)!.balance_fen).toBe(400_000 + wantC);
    expect([...op2.trades.values()].filter((t) => t.trade_no === payC[0].exchange_id)).toHaveLength(1);
    expect(walletA.balance_fen).toBe(500_000 + wantA);
    expect((await ecny().interestOf(b.ecny_wallet_id)).payments).toEqual([]);
    op2.setNotifyUrl(`${env.url}/api/v1/callbacks/ecny-operator/op2`);
    const check = await ledgerCheck();
    expect(check.balanced, JSON.stringify(check)).toBe(true);
    expect(check.ecny_interest).toMatchObject({ balanced: true, interest_paid_fen: wantA + wantC });
    expect(check.ecny_interest.interest_expense_fen).toBe(wantA + wantC);
    // The operators count interest under dcep.225: the day still reconciles.
    const recon = await env.api(
      'GET',
      `/api/v1/admin/ecny/reconciliation?bill_date=${paymentDate.replaceAll('-', '')}`,
      {
        token: await env.admin('auditor'),
      },
    );
    expect(recon.status, JSON.stringify(recon.body)).toBe(200);
    expect(recon.body.matched, JSON.stringify(recon.body)).toBe(true);
  }, 60_000);

  it('shows 利息 with its quarter on the citizen’s statement; officers read accruals and payments', async () => {
    const list = await env.api('GET', '/api/v1/me/ecny/exchanges', { token: a.token });
    expect(list.status).toBe(200);
    const interest = list.body.items.filter((i: { direction: string }) => i.direction === 'interest');
    const pays = (await ecny().interestOf(a.ecny_wallet_id)).payments;
    expect(interest).toMatchObject([
      { interest_quarter: pays[0].quarter, amount_fen: pays[0].amount_fen, status: 'succeeded' },
    ]);
    const officer = await env.api('GET', `/api/v1/admin/ecny/wallets/${a.ecny_wallet_id}/interest`, {
      token: await env.admin('auditor'),
    });
    expect(officer.status, JSON.stringify(officer.body)).toBe(200);
    expect(officer.body.payments).toMatchObject([{ status: 'paid', amount_fen: pays[0].amount_fen }]);
    expect(officer.body.accruals.length).toBeGreaterThan(6);
    const manager = await env.api('GET', `/api/v1/admin/ecny/wallets/${a.ecny_wallet_id}/interest`, {
      token: await env.admin('manager'),
    });
    expect(manager.status).toBe(403);
  }, 30_000);

  it('the ledger check catches a payment row that is not what its accruals pay', async () => {
    const db = env.platform.db;
    await db.exec('UPDATE ecny_interest_payments SET amount_fen = amount_fen + 1 WHERE ecny_wallet_id = ?', [
      a.ecny_wallet_id,
    ]);
    try {
      const check = await ledgerCheck();
      expect(check.balanced).toBe(false);
      expect(check.ecny_interest.issues.join('\n')).toMatch(/积数 × rate \/ 360/);
      expect(check.ecny_interest.issues.join('\n')).toMatch(/interest paid .* ≠ ledger interest confirmed/);
    } finally {
      await db.exec(
        'UPDATE ecny_interest_payments SET amount_fen = amount_fen - 1 WHERE ecny_wallet_id = ?',
        [a.ecny_wallet_id],
      );
    }
    expect((await ledgerCheck()).balanced).toBe(true);
  }, 30_000);
}

describe.each(MODES)('e-CNY interest (%s)', (mode) => suite(mode));
