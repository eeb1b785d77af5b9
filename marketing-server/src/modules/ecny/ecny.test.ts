import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type Mode, type TestEnv } from '../../../test/harness';
import { cstDayKey } from '../../shared/time';

// The institution side of the e-CNY business system through its simulators over HTTP: two operators,
// the core banking, the one bank-order lifecycle and the ledger check.

/** GET /admin/ledger/check as the auditor. */
async function ledgerCheck(env: TestEnv) {
  const res = await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const until = async (f: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

/** One platform per mode with the e-CNY simulators in-process, and the helpers the tests share. */
function kit(mode: Mode) {
  let env: TestEnv;
  const sims = () => env.platform.embedded.ecny!;

  beforeAll(async () => {
    env = await startEnv(mode, { ECNY_TIMEOUT_MS: '700' });
  }, 60_000);
  afterAll(async () => env?.close());

  /** A citizen of the institution: a verified real name (optional) and a funded deposit account. */
  async function customer(opts: { verified?: boolean; balance_fen?: number } = {}) {
    const [c] = await env.citizens(1);
    if (opts.verified !== false)
      await env.platform.db.exec(
        'INSERT INTO identity_holders (id_hash, user_id, verified_at) VALUES (?,?,?)',
        [`h${c.id}`, c.id, new Date()],
      );
    const account = sims().core.openAccount({
      holder_id: c.id,
      name: '张三',
      balance_fen: opts.balance_fen ?? 500_000,
    });
    return { ...c, account_no: account.account_no };
  }
  const coreBalance = (no: string) => sims().core.accounts.get(no)!.balance_fen;
  const walletBalance = (op: number, id: string) => sims().operators[op].wallets.get(id)!.balance_fen;
  async function opened(c: { token: string; account_no: string }, extra: Record<string, unknown> = {}) {
    const res = await env.api('POST', '/api/v1/me/ecny/wallet', {
      token: c.token,
      body: { account_no: c.account_no, ...extra },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const row = (
      await env.platform.db.query<{ wallet_id: string }>('SELECT wallet_id FROM ecny_wallets WHERE id = ?', [
        res.body.id,
      ])
    )[0];
    return { ...res.body, wallet_id: row.wallet_id };
  }
  const exchange = (token: string, idem: string, direction: 'out' | 'back', amount_fen: number) =>
    env.api('POST', '/api/v1/me/ecny/exchanges', { token, idem, body: { direction, amount_fen } });

  return {
    get env() {
      return env;
    },
    sims,
    customer,
    opened,
    exchange,
    coreBalance,
    walletBalance,
  };
}

type Kit = ReturnType<typeof kit>;

/** Lost answers, late and duplicate final states, final failures: paid once, never lost. */
function faultTests(t: Kit) {
  it('a 兑出 whose 226 is lost after the operator booked it is resolved by a 411 query: paid once', async () => {
    const c = await t.customer();
    const w = await t.opened(c);
    const op = t.sims().operators[0];
    op.setNotifyUrl(undefined); // no 909: only the query can tell
    op.setFaults({ timeout_after_commit: true, faults_msg_tp: 'dcep.225' });
    const first = await t.exchange(c.token, 'lost-1', 'out', 50_000);
    op.setFaults({});
    expect(first.status).toBe(503);
    expect(first.body.code).toBe('ECNY_EXCHANGE_OUTCOME_UNKNOWN');
    const retry = await t.exchange(c.token, 'lost-1', 'out', 50_000);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.body.status).toBe('succeeded');
    expect(t.walletBalance(0, w.wallet_id)).toBe(50_000);
    expect(t.coreBalance(c.account_no)).toBe(450_000);
    expect([...op.trades.values()].filter((t) => t.trade_no === retry.body.id)).toHaveLength(1);
    op.setNotifyUrl(`${t.env.url}/api/v1/callbacks/ecny-operator/op1`);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });

  it('a core debit whose answer is lost is asked for, then sent again under its serial: debited once', async () => {
    const c = await t.customer();
    const w = await t.opened(c);
    t.sims().core.setFaults({ timeout_after_commit: true });
    const first = await t.exchange(c.token, 'core-lost-1', 'out', 40_000);
    t.sims().core.setFaults({});
    expect(first.status).toBe(503);
    expect(t.coreBalance(c.account_no)).toBe(460_000); // the core booked it; nobody heard
    const retry = await t.exchange(c.token, 'core-lost-1', 'out', 40_000);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(t.coreBalance(c.account_no)).toBe(460_000);
    expect(t.walletBalance(0, w.wallet_id)).toBe(40_000);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });

  it('a 兑回 whose 222 is lost is resolved by 411; a core credit left unanswered is finished by the sweep', async () => {
    const c = await t.customer();
    const w = await t.opened(c);
    expect((await t.exchange(c.token, 'fill-1', 'out', 100_000)).status).toBe(201);
    const op = t.sims().operators[0];
    op.setNotifyUrl(undefined);
    op.setFaults({ timeout_after_commit: true, faults_msg_tp: 'dcep.221' });
    const lost = await t.exchange(c.token, 'back-lost-1', 'back', 25_000);
    op.setFaults({});
    expect(lost.status).toBe(503);
    const retry = await t.exchange(c.token, 'back-lost-1', 'back', 25_000);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(t.walletBalance(0, w.wallet_id)).toBe(75_000);
    expect(t.coreBalance(c.account_no)).toBe(425_000);

    // The operator debits the wallet; the core books the credit but its answer is lost.
    t.sims().core.setFaults({ timeout_after_commit: true });
    const back = await t.exchange(c.token, 'back-core-1', 'back', 5_000);
    t.sims().core.setFaults({});
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body.core_status).toBe('crediting');
    expect(await t.env.platform.services.ecny!.sweepCore()).toBeGreaterThanOrEqual(1);
    const listed = await t.env.api('GET', '/api/v1/me/ecny/exchanges', { token: c.token });
    expect(listed.body.items.find((e: { id: string }) => e.id === back.body.id).core_status).toBe('credited');
    expect(t.coreBalance(c.account_no)).toBe(430_000); // credited once
    expect(t.walletBalance(0, w.wallet_id)).toBe(70_000);
    op.setNotifyUrl(`${t.env.url}/api/v1/callbacks/ecny-operator/op1`);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });

  it('a final failure at the operator reverses the core debit (冲正); a core refusal moves nothing', async () => {
    const c = await t.customer({ balance_fen: 80_000 });
    await t.opened(c);
    t.sims().operators[0].setFaults({ reject_code: 'RISK_CONTROL' });
    const failed = await t.exchange(c.token, 'rej-1', 'out', 60_000);
    t.sims().operators[0].setFaults({});
    expect(failed.status).toBe(422);
    expect(failed.body.code).toBe('ECNY_EXCHANGE_FAILED');
    expect(t.coreBalance(c.account_no)).toBe(80_000);
    const ex = (
      await t.env.platform.db.query<{ core_status: string; status: string }>(
        'SELECT core_status, status FROM ecny_exchanges WHERE owner_key = ? AND idem_key = ?',
        [c.id, 'rej-1'],
      )
    )[0];
    expect(ex).toEqual({ core_status: 'reversed', status: 'failed' });
    const poor = await t.exchange(c.token, 'poor-1', 'out', 90_000); // more than the deposit holds
    expect(poor.status).toBe(422);
    expect(t.coreBalance(c.account_no)).toBe(80_000);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });

  it('a late final state arrives as dcep.909 (twice): applied once', async () => {
    const c = await t.customer();
    const w = await t.opened(c);
    t.sims().operators[0].setFaults({ final_delay_ms: 300, duplicate_finals: 1 });
    const res = await t.exchange(c.token, 'late-1', 'out', 20_000);
    expect(res.status).toBe(503);
    await until(async () => {
      const l = await t.env.api('GET', '/api/v1/me/ecny/exchanges', { token: c.token });
      return l.body.items[0]?.status === 'succeeded';
    });
    t.sims().operators[0].setFaults({});
    await new Promise((r) => setTimeout(r, 300)); // the duplicate delivery
    expect(t.walletBalance(0, w.wallet_id)).toBe(20_000);
    expect(t.coreBalance(c.account_no)).toBe(480_000);
    const replay = await t.exchange(c.token, 'late-1', 'out', 20_000);
    expect(replay.status).toBe(201);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });
}

/** The walk-through, routing and tiers, bad input, officers, and the day reconciled (last). */
function flowTests(t: Kit) {
  it('open → link → 兑出 → 兑回: the core, the operator and the ledger agree; retries replay', async () => {
    const c = await t.customer();
    const w = await t.opened(c);
    expect(w).toMatchObject({ wallet_level: 'WL02', linked: true, status: 'normal', operator_id: 'op1' });
    expect(w.wallet_id_masked).toMatch(/^\d{6}\*{6}\d{4}$/);

    const out = await t.exchange(c.token, 'out-1', 'out', 100_000);
    expect(out.status, JSON.stringify(out.body)).toBe(201);
    expect(out.body).toMatchObject({ direction: 'out', status: 'succeeded', amount_fen: 100_000 });
    const again = await t.exchange(c.token, 'out-1', 'out', 100_000);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(out.body.id);
    const reused = await t.exchange(c.token, 'out-1', 'out', 100_001);
    expect(reused.status).toBe(422);
    expect(t.coreBalance(c.account_no)).toBe(400_000);
    expect(t.walletBalance(0, w.wallet_id)).toBe(100_000);

    const back = await t.exchange(c.token, 'back-1', 'back', 30_000);
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body).toMatchObject({ direction: 'back', status: 'succeeded', core_status: 'credited' });
    expect(t.coreBalance(c.account_no)).toBe(430_000);
    expect(t.walletBalance(0, w.wallet_id)).toBe(70_000);

    const mine = await t.env.api('GET', '/api/v1/me/ecny/wallet', { token: c.token });
    expect(mine.body).toMatchObject({ opened: true, balance_fen: 70_000, wallet_level: 'WL02' });
    const check = await ledgerCheck(t.env);
    expect(check.balanced, JSON.stringify(check)).toBe(true);
    expect(check.ecny_exchanges.issues).toEqual([]);
  });

  it('routes each wallet to its operator; tiers follow what was verified', async () => {
    const c = await t.customer();
    const w = await t.opened(c, { operator_id: 'op2' });
    expect(w.operator_id).toBe('op2');
    expect((await t.exchange(c.token, 'op2-1', 'out', 10_000)).status).toBe(201);
    expect(t.walletBalance(1, w.wallet_id)).toBe(10_000);
    expect(t.sims().operators[0].wallets.has(w.wallet_id)).toBe(false);

    const anon = await t.customer({ verified: false });
    const noPhone = await t.env.api('POST', '/api/v1/me/ecny/wallet', { token: anon.token, body: {} });
    expect(noPhone.status).toBe(422);
    const l4 = await t.env.api('POST', '/api/v1/me/ecny/wallet', {
      token: anon.token,
      body: { phone: '13900002222' },
    });
    expect(l4.body.wallet_level).toBe('WL04');
    const l3c = await t.customer();
    const l3 = await t.env.api('POST', '/api/v1/me/ecny/wallet', { token: l3c.token, body: {} });
    expect(l3.body.wallet_level).toBe('WL03');
    // WL03 balance cap ¥2,000: linked, then a 兑出 beyond it is refused before anything moves.
    await t.env.api('POST', '/api/v1/me/ecny/wallet/link', {
      token: l3c.token,
      body: { account_no: l3c.account_no },
    });
    const over = await t.exchange(l3c.token, 'cap-1', 'out', 200_001);
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('ECNY_WALLET_BALANCE_LIMIT');
  });

  it('bad input is refused with {code, message, request_id} and changes nothing', async () => {
    const c = await t.customer();
    await t.opened(c);
    const other = await t.customer();
    const cases: [string, string, unknown, string | undefined][] = [
      ['POST', '/api/v1/me/ecny/exchanges', { direction: 'out', amount_fen: 1.5 }, 'k1'],
      ['POST', '/api/v1/me/ecny/exchanges', { direction: 'out', amount_fen: -1 }, 'k2'],
      ['POST', '/api/v1/me/ecny/exchanges', { direction: 'sideways', amount_fen: 100 }, 'k3'],
      ['POST', '/api/v1/me/ecny/exchanges', { direction: 'out', amount_fen: 100, extra: 1 }, 'k4'],
      ['POST', '/api/v1/me/ecny/exchanges', { direction: 'out', amount_fen: 100 }, undefined],
      ['POST', '/api/v1/me/ecny/wallet/link', { account_no: 'abc' }, undefined],
    ];
    for (const [m, p, body, idem] of cases) {
      const res = await t.env.api(m, p, { token: c.token, body, idem });
      expect(res.status, `${p} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'request_id']));
    }
    const foreign = await t.env.api('POST', '/api/v1/me/ecny/wallet/link', {
      token: c.token,
      body: { account_no: other.account_no },
    });
    expect(foreign.status).toBe(422);
    const tooMuch = await t.exchange(c.token, 'back-x', 'back', 1);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('ECNY_INSUFFICIENT_BALANCE');
    const n = await t.env.platform.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM ecny_exchanges WHERE owner_key = ?',
      [c.id],
    );
    expect(Number(n[0].n)).toBe(0);
  });

  it('officers: corporate wallets, freeze/unfreeze/close, masked lists; the admin role has no business permission', async () => {
    const officer = await t.env.admin('officer');
    const acct = t.sims().core.openAccount({
      holder_id: 'corp-1',
      name: '天河城超市有限公司',
      balance_fen: 10_000_000,
    });
    const corp = await t.env.api('POST', '/api/v1/admin/ecny/wallets', {
      token: officer,
      body: { name: '天河城超市有限公司', account_no: acct.account_no },
    });
    expect(corp.status, JSON.stringify(corp.body)).toBe(201);
    expect(corp.body).toMatchObject({ kind: 'corporate', wallet_type: 'WT09', linked: true });
    const frozen = await t.env.api('POST', `/api/v1/admin/ecny/wallets/${corp.body.id}/freeze`, {
      token: officer,
      body: { comment: '司法冻结' },
    });
    expect(frozen.body.status).toBe('frozen');
    const refused = await t.env.api('POST', `/api/v1/admin/ecny/wallets/${corp.body.id}/exchanges`, {
      token: officer,
      idem: 'corp-1',
      body: { direction: 'out', amount_fen: 1_000_000 },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    await t.env.api('POST', `/api/v1/admin/ecny/wallets/${corp.body.id}/unfreeze`, {
      token: officer,
      body: {},
    });
    const ok = await t.env.api('POST', `/api/v1/admin/ecny/wallets/${corp.body.id}/exchanges`, {
      token: officer,
      idem: 'corp-2',
      body: { direction: 'out', amount_fen: 1_000_000 },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const notEmpty = await t.env.api('POST', `/api/v1/admin/ecny/wallets/${corp.body.id}/close`, {
      token: officer,
      body: {},
    });
    expect(notEmpty.status).toBe(422);

    const list = await t.env.api('GET', '/api/v1/admin/ecny/wallets', {
      token: await t.env.admin('auditor'),
    });
    expect(list.status).toBe(200);
    for (const item of list.body.items) {
      expect(item.wallet_id_masked).toContain('******');
      expect(JSON.stringify(item)).not.toMatch(/"wallet_id"/);
    }
    const exchanges = await t.env.api('GET', '/api/v1/admin/ecny/exchanges', { token: officer });
    expect(exchanges.body.items.length).toBeGreaterThan(0);
    expect(
      (await t.env.api('GET', '/api/v1/admin/ecny/wallets', { token: await t.env.admin('admin') })).status,
    ).toBe(403);
    const c = await t.customer();
    expect((await t.env.api('GET', '/api/v1/admin/ecny/exchanges', { token: c.token })).status).toBe(403);
    expect((await ledgerCheck(t.env)).balanced).toBe(true);
  });
  it('the day reconciles with both operators (711 totals and the 713 net = the platform’s exchanges)', async () => {
    const res = await t.env.api(
      'GET',
      `/api/v1/admin/ecny/reconciliation?bill_date=${cstDayKey(new Date())}`,
      {
        token: await t.env.admin('auditor'),
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.operators.map((o: { operator_id: string }) => o.operator_id)).toEqual(['op1', 'op2']);
    expect(res.body.matched, JSON.stringify(res.body)).toBe(true);
    const op1 = res.body.operators[0];
    expect(
      op1.lines.find(
        (l: { msg_tp: string; status: string }) => l.msg_tp === 'dcep.225' && l.status === 'SUCCESS',
      ).platform.count,
    ).toBeGreaterThan(0);
    const bad = await t.env.api('GET', '/api/v1/admin/ecny/reconciliation?bill_date=2026-12', {
      token: await t.env.admin('auditor'),
    });
    expect(bad.status).toBe(400);

    // The bank-wallet's own file for the day knows nothing of exchanges (they go through the operators),
    // and its reconciliation comes out clean with them on the platform's books.
    const day = cstDayKey(new Date());
    t.env.clock.advance(86_400_000);
    const bank = await t.env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: await t.env.admin('auditor'),
      body: { bill_date: day },
    });
    expect(bank.status, JSON.stringify(bank.body)).toBe(201);
    expect(bank.body.summary.unresolved, JSON.stringify(bank.body.items)).toBe(0);
  });
}

for (const mode of MODES) {
  describe(`e-CNY business system (${mode})`, () => {
    const t = kit(mode);
    faultTests(t);
    flowTests(t);
  });
}
