import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import {
  batch,
  boundCard,
  cardView,
  load,
  merchant,
  payable,
  settle,
  terminal,
} from './fixtures.test-helper';

// Hard wallets end to end through the simulators (card back end + terminals), on MariaDB and SQLite.

describe.each(MODES)('hard wallets (%s)', (mode) => {
  let env: TestEnv;
  let mch: string;
  let nos: string[];
  let next = 0;
  const card = () => nos[next++];
  beforeAll(async () => {
    env = await startEnv(mode, {
      BANK_TIMEOUT_MS: '2000',
      PAYOUT_RETRY_BASE_MS: '10',
      HW_QUIET_PERIOD_HOURS: '168',
    });
    mch = await merchant(env);
    nos = (await batch(env, 40)).nos;
  });
  afterAll(async () => env?.close());

  it("a card's whole life: load, offline spends uploaded, unload and cancel — balance exact at every step", async () => {
    const { card: c, wallet } = await boundCard(env, card(), { walletFen: 100_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    const ld = await load(env, c.id, 30_000);
    expect(ld.status).toBe(201);
    expect(ld.body.status).toBe('succeeded');
    expect(mock.softWallet(wallet)).toBe(70_000);
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(30_000);
    const t = await terminal(env, mch);
    for (const a of [1_200, 850, 2_000]) expect((await t.sim.tap(c.card_no, a)).status).toBe(200);
    expect(mock.chip(c.card_no)!.balance_fen).toBe(30_000 - 4_050);
    const up = await t.sim.upload();
    expect(up.body).toMatchObject({ accepted: 3, duplicates: 0, applied: 3, exceptions: 0, rejected: [] });
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(25_950);
    expect(await payable(env, mch)).toBe(4_050);
    const cancel = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/cancel`, {
      token: await env.admin('officer'),
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.card.status).toBe('cancelled');
    expect(cancel.body.card.confirmed_balance_fen).toBe(0);
    expect(mock.softWallet(wallet)).toBe(70_000 + 25_950);
    expect(mock.chip(c.card_no)!.balance_fen).toBe(0);
    const check = await ledgerCheck(env);
    expect(check.hard_wallet_cards.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });

  it('a load whose answer is lost is resolved once by the card counter on the next read', async () => {
    const { card: c, wallet } = await boundCard(env, card(), { walletFen: 50_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    mock.setFaults({ timeout_after_commit: true });
    const ld = await load(env, c.id, 10_000, 'lost-answer-1');
    mock.setFaults({});
    expect(ld.status).toBe(201);
    expect(ld.body.status).toBe('in_flight');
    expect(mock.chip(c.card_no)!.balance_fen).toBe(10_000); // it landed on the chip
    // (The platform's own retry may resolve it before the next line: either way it is counted once.)
    expect(await settle(env, ld.body.id)).toBe('paid');
    await env.platform.services.payments.attempt(ld.body.id);
    const o = await env.api('GET', `/api/v1/admin/hard-wallet/cards/${c.id}/orders`, {
      token: await env.admin('officer'),
    });
    expect(o.body.items).toHaveLength(1);
    expect(o.body.items[0]).toMatchObject({ status: 'succeeded', balance_after_fen: 10_000 });
    expect(mock.softWallet(wallet)).toBe(40_000); // debited once
    expect(mock.chip(c.card_no)!.online_counter).toBe(1);
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(10_000);
    const again = await load(env, c.id, 10_000, 'lost-answer-1');
    expect(again.body.id).toBe(ld.body.id); // the replay names the same order
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a load that never reached the card is sent again under the same order and lands once', async () => {
    const { card: c, wallet } = await boundCard(env, card(), { walletFen: 50_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    mock.setFaults({ timeout: true });
    const ld = await load(env, c.id, 5_000);
    mock.setFaults({});
    expect(ld.body.status).toBe('in_flight');
    expect(mock.chip(c.card_no)!.online_counter).toBe(0);
    expect(await settle(env, ld.body.id)).toBe('paid');
    expect(mock.chip(c.card_no)!.balance_fen).toBe(5_000);
    expect(mock.softWallet(wallet)).toBe(45_000);
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(5_000);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('duplicated and reordered batches are ingested once', async () => {
    const t = await terminal(env, mch);
    const cards = [];
    for (let i = 0; i < 3; i++) {
      const { card: c } = await boundCard(env, card());
      await load(env, c.id, 20_000);
      cards.push(c);
    }
    const before = await payable(env, mch);
    let total = 0;
    for (let round = 0; round < 4; round++)
      for (const c of cards) {
        const a = 100 + round * 10;
        total += a;
        expect((await t.sim.tap(c.card_no, a)).status).toBe(200);
      }
    const first = await t.sim.upload({ shuffle: true, duplicateRate: 0.5 });
    expect(first.status).toBe(200);
    expect(first.body.accepted).toBe(12);
    expect(first.body.applied).toBe(12);
    const again = await t.sim.upload({ resendAll: true, shuffle: true });
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 12, applied: 0, rejected: [] });
    expect((await payable(env, mch)) - before).toBe(total);
    for (const c of cards)
      expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(20_000 - (100 + 110 + 120 + 130));
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a gap in a terminal sequence raises an alert until the missing records arrive; records wait for their counter', async () => {
    const t = await terminal(env, mch);
    const { card: c } = await boundCard(env, card());
    await load(env, c.id, 10_000);
    for (const a of [100, 200, 300, 400]) await t.sim.tap(c.card_no, a);
    const held = t.sim.holdBack((r) => r.terminal_seq === 2);
    const up = await t.sim.upload();
    expect(up.body).toMatchObject({ accepted: 3, applied: 1, waiting: 2 });
    const alerts = await env.api('GET', '/api/v1/admin/hard-wallet/alerts?status=open', {
      token: await env.admin('registrar'),
    });
    expect(alerts.body.items.find((a: { terminal_no: string }) => a.terminal_no === t.no)).toMatchObject({
      kind: 'sequence_gap',
      from_seq: 2,
      to_seq: 2,
    });
    const late = await t.sim.upload({}, held);
    expect(late.body).toMatchObject({ accepted: 1, applied: 3, waiting: 0 });
    const after = await env.api('GET', '/api/v1/admin/hard-wallet/alerts?status=open', {
      token: await env.admin('registrar'),
    });
    expect(after.body.items.filter((a: { terminal_no: string }) => a.terminal_no === t.no)).toEqual([]);
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(9_000);
  });

  it('bad records are refused with a clear code and kept for review: bad TAC, unknown card, over the offline cap, another terminal', async () => {
    const t = await terminal(env, mch);
    const other = await terminal(env, mch);
    const { card: c } = await boundCard(env, card());
    await load(env, c.id, 50_000);
    await t.sim.tap(c.card_no, 100);
    await t.sim.tap(c.card_no, 100);
    const [a, b] = t.sim.pending;
    const forged = { ...a, amount_fen: 1 };
    const unknown = { ...b, card_no: '99999999999' };
    const foreign = { ...b, terminal_no: other.no };
    const res = await t.sim.upload({}, [forged, unknown, foreign]);
    expect((res.body.rejected as { code: string }[]).map((r) => r.code).sort()).toEqual([
      'CARD_UNKNOWN',
      'TAC_INVALID',
      'TERMINAL_MISMATCH',
    ]);
    const ex = await env.api('GET', '/api/v1/admin/hard-wallet/exceptions?status=open', {
      token: await env.admin('officer'),
    });
    expect(ex.body.items.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(['CARD_UNKNOWN', 'TAC_INVALID', 'TERMINAL_MISMATCH']),
    );
    const ok = await t.sim.upload({}, [a, b]);
    expect(ok.body).toMatchObject({ accepted: 2, applied: 2 });
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(49_800);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a lost card is refunded only its confirmed balance; offline spends arriving in the quiet period are booked, later ones are not', async () => {
    const t = await terminal(env, mch);
    const { card: c, wallet } = await boundCard(env, card(), { walletFen: 50_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    await load(env, c.id, 20_000);
    await t.sim.tap(c.card_no, 5_000);
    await t.sim.tap(c.card_no, 3_000);
    const loss = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/loss`, {
      token: await env.admin('officer'),
      body: { kind: 'formal' },
    });
    expect(loss.body).toMatchObject({
      status: 'loss_formal',
      blacklisted: true,
      confirmed_balance_fen: 20_000,
    });
    const hb = await t.sim.heartbeat();
    expect((hb.body.blacklist as { add: string[] }).add).toContain(c.card_no);
    expect(await env.platform.services.hardWallet.sweepQuietPeriods()).toBe(0); // still quiet
    const late = await t.sim.upload();
    expect(late.body.applied).toBe(2);
    env.clock.advance(169 * 3600_000);
    expect(await env.platform.services.hardWallet.sweepQuietPeriods()).toBe(1);
    expect(mock.softWallet(wallet)).toBe(30_000 + 12_000);
    const after = await cardView(env, c.id);
    expect(after).toMatchObject({ status: 'cancelled', confirmed_balance_fen: 0 });
    const tooLate = { ...t.sim.uploaded[0], offline_counter: 3, terminal_seq: 99 };
    void tooLate; // a record the platform never saw signed: it would be TAC_INVALID; use a real late tap instead
    const t2 = await terminal(env, mch);
    mock.setFaults({});
    // The chip is void at the back end now, so a real tap is refused at the card: nothing to book.
    expect((await t2.sim.tap(c.card_no, 100)).status).toBe(409);
    const check = await ledgerCheck(env);
    expect(check.hard_wallet_cards.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });
  it("a day of card loads (the card back end's channel) leaves the bank's own reconciliation clean", async () => {
    env.clock.advance(3 * 86_400_000); // a day of its own
    const d = new Date(env.clock.now().getTime() + 8 * 3_600_000);
    const day = d.toISOString().slice(0, 10).replace(/-/g, '');
    const { card: c } = await boundCard(env, card(), { walletFen: 50_000 });
    expect((await load(env, c.id, 20_000)).body.status).toBe('succeeded');
    env.clock.advance(86_400_000);
    const run = await env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: await env.admin('auditor'),
      body: { bill_date: day },
    });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    // Before: every order not on the e-CNY channel was taken as this bank's, so the load (which the
    // bank never saw) came out missing_at_bank.
    expect(run.body.items, JSON.stringify(run.body.items)).toEqual([]);
    expect(run.body.summary.unresolved).toBe(0);
  });

  it('a citizen sees and reports lost only their own card; the refund of the confirmed balance shows in their orders', async () => {
    const [me, other] = await env.citizens(2);
    const { card: c, wallet } = await boundCard(env, card(), { userId: me.id, walletFen: 40_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    await load(env, c.id, 15_000);
    const mine = await env.api('GET', '/api/v1/me/hard-wallets', { token: me.token });
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await env.api('GET', '/api/v1/me/hard-wallets', { token: other.token })).body.items).toEqual([]);
    const peek = await env.api('GET', `/api/v1/me/hard-wallets/${c.id}/orders`, { token: other.token });
    expect(peek.status).toBe(404);
    const steal = await env.api('POST', `/api/v1/me/hard-wallets/${c.id}/loss`, {
      token: other.token,
      body: { kind: 'formal' },
    });
    expect(steal.status).toBe(404);
    const loss = await env.api('POST', `/api/v1/me/hard-wallets/${c.id}/loss`, {
      token: me.token,
      body: { kind: 'formal' },
    });
    expect(loss.body).toMatchObject({ status: 'loss_formal', confirmed_balance_fen: 15_000 });
    env.clock.advance(169 * 3600_000);
    expect(await env.platform.services.hardWallet.sweepQuietPeriods()).toBe(1);
    const orders = await env.api('GET', `/api/v1/me/hard-wallets/${c.id}/orders`, { token: me.token });
    expect(orders.status).toBe(200);
    expect(orders.body.items[0]).toMatchObject({
      direction: 'refund',
      amount_fen: 15_000,
      status: 'succeeded',
    });
    expect(orders.body.items.map((o: { direction: string }) => o.direction)).toEqual(['refund', 'load']);
    expect(mock.softWallet(wallet)).toBe(40_000);
  });

  it("terminal registration as the admin form does it: the registrar's merchant picker and refusals that name the field", async () => {
    const registrar = await env.admin('registrar');
    const opts = await env.api('GET', '/api/v1/admin/hard-wallet/merchant-options', { token: registrar });
    expect(opts.status).toBe(200);
    expect(opts.body.items).toContainEqual({ id: mch, name: '园区食堂' }); // id and name only, no payables
    const officer = await env.admin('officer');
    expect(
      (await env.api('GET', '/api/v1/admin/hard-wallet/merchant-options', { token: officer })).status,
    ).toBe(403);
    const post = (body: Record<string, unknown>, token = registrar) =>
      env.api('POST', '/api/v1/admin/hard-wallet/terminals', { token, body });
    const good = {
      terminal_no: `FORM${Date.now() % 1e8}`,
      kind: 'pos',
      merchant_id: mch,
      store_name: '一号食堂',
    };
    expect((await post(good, officer)).status).toBe(403);
    expect((await post(good)).status).toBe(201);
    expect(await post(good)).toMatchObject({ status: 409, body: { code: 'TERMINAL_EXISTS' } });
    expect(await post({ ...good, terminal_no: 'X1', merchant_id: 'mch_nobody' })).toMatchObject({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        details: { issues: [expect.objectContaining({ path: '/terminal_no' })] },
      },
    });
    expect(
      await post({ ...good, terminal_no: `${good.terminal_no}B`, merchant_id: 'mch_nobody' }),
    ).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND', message: '商户不存在' },
    });
  });

  it('pending offline spends: uploaded but not booked (waiting for a counter, or under review) beside the confirmed balance', async () => {
    const t = await terminal(env, mch);
    const { card: c } = await boundCard(env, card());
    await load(env, c.id, 10_000);
    for (const a of [100, 200, 300]) await t.sim.tap(c.card_no, a);
    const held = t.sim.holdBack((r) => r.terminal_seq === 1);
    expect((await t.sim.upload()).body).toMatchObject({ accepted: 2, applied: 0, waiting: 2 });
    const view = async () => {
      const v = (await cardView(env, c.id)) as Record<string, unknown>;
      return [v.confirmed_balance_fen, v.pending_offline_fen, v.pending_offline_count];
    };
    expect(await view()).toEqual([10_000, 500, 2]);
    expect((await t.sim.upload({}, held)).body).toMatchObject({ applied: 3 });
    expect(await view()).toEqual([9_400, 0, 0]);
    // A chip whose balance does not follow its chain: the record goes to the exception queue.
    await fetch(`${env.platform.services.hardWallet.backEndUrl}/__mock/cards/${c.card_no}/tamper`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ balance_fen: 20_000 }),
    });
    await t.sim.tap(c.card_no, 700);
    expect((await t.sim.upload()).body).toMatchObject({ accepted: 1, exceptions: 1 });
    expect(await view()).toEqual([9_400, 700, 1]);
    const officer = await env.admin('officer');
    const open = await env.api('GET', '/api/v1/admin/hard-wallet/exceptions?status=open', { token: officer });
    const ex = open.body.items.find((e: { card_no: string }) => e.card_no === c.card_no);
    expect(ex.code).toBe('BALANCE_CHAIN_BROKEN');
    const proposal = await env.api('POST', `/api/v1/admin/hard-wallet/exceptions/${ex.id}/proposal`, {
      token: officer,
      body: { proposal: 'reject', comment: '余额链断裂，不入账' },
    });
    expect(proposal.body.status).toBe('proposed');
    expect(await view()).toEqual([9_400, 700, 1]); // still undecided
    await env.platform.services.hardWallet.decideException({ type: 'admin', id: 'adm_checker' }, ex.id, true);
    expect(await view()).toEqual([9_400, 0, 0]); // rejected: it will never be booked
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a refused refund of a lost card leaves the money on the card, says so, is not resent blindly, and is retried by a person', async () => {
    const { card: c, wallet } = await boundCard(env, card(), { walletFen: 40_000 });
    const mock = env.platform.services.hardWallet.embedded!.mock;
    const hw = env.platform.services.hardWallet;
    await load(env, c.id, 15_000);
    await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/loss`, {
      token: await env.admin('officer'),
      body: { kind: 'formal' },
    });
    expect(await cardView(env, c.id)).toMatchObject({ next_action: 'refund_after_quiet' });
    mock.closeSoftWallet(wallet); // the holder closed the wallet the refund would go to
    env.clock.advance(169 * 3600_000);
    expect(await hw.sweepQuietPeriods()).toBe(1);
    const orders = await env.api('GET', `/api/v1/admin/hard-wallet/cards/${c.id}/orders`, {
      token: await env.admin('officer'),
    });
    expect(orders.body.items[0]).toMatchObject({
      direction: 'refund',
      status: 'failed',
      error_code: 'SOFT_WALLET_UNKNOWN',
    });
    // The money is where it was: on the card's confirmed balance, nothing left in transit.
    expect(await cardView(env, c.id)).toMatchObject({
      status: 'loss_formal',
      confirmed_balance_fen: 15_000,
      order_in_flight: null,
      next_action: 'retry_refund',
    });
    const held = await ledgerCheck(env);
    expect(held.hard_wallet_cards.issues).toEqual([]);
    expect(held.balanced).toBe(true);
    // A final refusal is not sent again by the sweep: a person decides what follows.
    expect(await hw.sweepQuietPeriods()).toBe(0);
    expect(
      await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/refund/retry`, {
        token: await env.admin('registrar'),
      }),
    ).toMatchObject({ status: 403 });
    mock.fundSoftWallet(wallet, 0); // the wallet is open again at the operator
    const retry = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/refund/retry`, {
      token: await env.admin('officer'),
    });
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body).toMatchObject({ status: 'cancelled', confirmed_balance_fen: 0, next_action: null });
    expect(mock.softWallet(wallet)).toBe(15_000);
    const again = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/refund/retry`, {
      token: await env.admin('officer'),
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'CARD_STATE_INVALID' } });
    const check = await ledgerCheck(env);
    expect(check.hard_wallet_cards.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });
});
