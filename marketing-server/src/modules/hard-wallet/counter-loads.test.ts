import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { batch, boundCard, cardView, settle, uniq } from './fixtures.test-helper';

// Counter loads (柜面圈存, issue 18) on MariaDB and SQLite through the card back end's simulator: an
// officer at a branch loads a card from cash or the holder's own deposit account; the load is a bank
// order with the card handshake, idempotent, a lost answer resolved once by the card's counter; the
// ledger balanced; a receipt with names; refusals change nothing.

describe.each(MODES)('hard-wallet counter loads (%s)', (mode) => {
  let env: TestEnv;
  let officer: string;
  let nos: string[];
  let next = 0;
  let branch: string;
  let vending: string;
  const card = () => nos[next++];
  const mock = () => env.platform.services.hardWallet.embedded!.mock;

  beforeAll(async () => {
    env = await startEnv(mode, { BANK_TIMEOUT_MS: '2000', PAYOUT_RETRY_BASE_MS: '10' });
    officer = await env.admin('officer');
    nos = (await batch(env, 10)).nos;
    const loc = async (kind: string, name: string) =>
      (
        await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
          token: officer,
          body: { kind, name },
        })
      ).body.id as string;
    branch = await loc('branch', `越秀支行${mode}`);
    vending = await loc('vending', `地铁站售卡机${mode}`);
  });
  afterAll(async () => env?.close());

  const counterLoad = (
    cardId: string,
    body: Record<string, unknown>,
    idem = `cl-${uniq()}`,
    token = officer,
  ) => env.api('POST', `/api/v1/admin/hard-wallet/cards/${cardId}/counter-loads`, { token, idem, body });
  const ledger = async (account: string) =>
    Number(
      (
        await env.platform.db.query<{ s: unknown }>(
          'SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = ?',
          [account],
        )
      )[0]?.s ?? 0,
    );

  async function anonymousCard() {
    const no = card();
    const r = await env.api('POST', '/api/v1/admin/hard-wallet/cards/issue', {
      token: officer,
      body: { card_no: no, holder_kind: 'anonymous', kyc_level: 'anon', location_id: 'warehouse' },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; card_no: string };
  }

  it('cash at the counter loads an anonymous card: a bank order, once per Idempotency-Key, with a receipt', async () => {
    const c = await anonymousCard();
    const cashBefore = await ledger(`hw_counter_cash:${branch}`);
    const r = await counterLoad(
      c.id,
      { amount_fen: 20_000, funding: 'cash', location_id: branch },
      'cl-cash-1',
    );
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      direction: 'counter_load',
      status: 'succeeded',
      funding: 'cash',
      balance_after_fen: 20_000,
    });
    expect(mock().chip(c.card_no)).toMatchObject({ balance_fen: 20_000, online_counter: 1 });
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(20_000);
    expect(await ledger(`hw_counter_cash:${branch}`)).toBe(cashBefore - 20_000);
    const bank = await env.platform.db.query<{ purpose: string; channel: string; status: string }>(
      'SELECT purpose, channel, status FROM bank_payments WHERE out_trade_no = ?',
      [r.body.id],
    );
    expect(bank).toEqual([{ purpose: 'card_load', channel: 'hard_wallet', status: 'paid' }]);
    // A resend under the same key names the same order; the chip is loaded once.
    const again = await counterLoad(
      c.id,
      { amount_fen: 20_000, funding: 'cash', location_id: branch },
      'cl-cash-1',
    );
    expect(again.body.id).toBe(r.body.id);
    expect(mock().chip(c.card_no)!.online_counter).toBe(1);
    const other = await counterLoad(
      c.id,
      { amount_fen: 30_000, funding: 'cash', location_id: branch },
      'cl-cash-1',
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const receipt = await env.api('GET', `/api/v1/admin/hard-wallet/counter-loads/${r.body.id}/receipt`, {
      token: await env.admin('auditor'),
    });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({
      branch_name: `越秀支行${mode}`,
      operator_name: 'officer',
      card_no: c.card_no,
      holder_name: '不记名',
      funding_label: '现金',
      amount_fen: 20_000,
      status_label: '圈存成功',
      balance_after_fen: 20_000,
    });
    expect(receipt.body.tac).toMatch(/^[0-9A-F]{16}$/i);
    const audit = await env.platform.db.query<{ action: string; actor_id: string }>(
      "SELECT action, actor_id FROM audit_logs WHERE entity_id = ? AND action = 'hw_card.counter_load'",
      [c.id],
    );
    expect(audit).toEqual([{ action: 'hw_card.counter_load', actor_id: await env.adminId('officer') }]);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it("the holder's own deposit account pays; another person's account, or one for an anonymous card, is refused and nothing moves", async () => {
    const userId = `usr_hw${uniq()}`;
    const { card: c, wallet } = await boundCard(env, card(), { userId, walletFen: 10_000 });
    const mine = `6222${uniq()}01`;
    const theirs = `6222${uniq()}02`;
    mock().openDepositAccount(mine, userId, 100_000);
    mock().openDepositAccount(theirs, 'usr_someone_else', 100_000);
    const refused = await counterLoad(c.id, {
      amount_fen: 5_000,
      funding: 'deposit',
      location_id: branch,
      deposit_account: theirs,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('DEPOSIT_ACCOUNT_NOT_HOLDERS');
    const missing = await counterLoad(c.id, { amount_fen: 5_000, funding: 'deposit', location_id: branch });
    expect(missing.body.code).toBe('DEPOSIT_ACCOUNT_NOT_HOLDERS');
    expect(mock().depositAccount(theirs)).toBe(100_000);
    expect(mock().chip(c.card_no)!.online_counter).toBe(0);
    const ok = await counterLoad(c.id, {
      amount_fen: 5_000,
      funding: 'deposit',
      location_id: branch,
      deposit_account: mine,
    });
    expect(ok.body).toMatchObject({ status: 'succeeded', funding: 'deposit' });
    expect(mock().depositAccount(mine)).toBe(95_000);
    expect(mock().softWallet(wallet)).toBe(10_000); // not the soft wallet
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(5_000);
    const receipt = await env.api('GET', `/api/v1/admin/hard-wallet/counter-loads/${ok.body.id}/receipt`, {
      token: officer,
    });
    expect(receipt.body).toMatchObject({ funding_label: '存款账户', holder_name: '张**' });
    expect(receipt.body.deposit_account_masked).not.toContain(mine.slice(4, -4));
    const anon = await anonymousCard();
    const anonDeposit = await counterLoad(anon.id, {
      amount_fen: 5_000,
      funding: 'deposit',
      location_id: branch,
      deposit_account: mine,
    });
    expect(anonDeposit.body.code).toBe('DEPOSIT_ACCOUNT_NOT_HOLDERS');
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a counter load whose answer is lost is resolved once by the card counter on its next read', async () => {
    const c = await anonymousCard();
    const cashBefore = await ledger(`hw_counter_cash:${branch}`);
    mock().setFaults({ timeout_after_commit: true });
    const r = await counterLoad(
      c.id,
      { amount_fen: 7_500, funding: 'cash', location_id: branch },
      'cl-lost-1',
    );
    mock().setFaults({});
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('in_flight');
    expect(mock().chip(c.card_no)!.balance_fen).toBe(7_500); // it landed on the chip
    const pending = await env.api('GET', `/api/v1/admin/hard-wallet/counter-loads/${r.body.id}/receipt`, {
      token: officer,
    });
    expect(['处理中（结果待确认）', '圈存成功']).toContain(pending.body.status_label);
    expect(await settle(env, r.body.id)).toBe('paid');
    await env.platform.services.payments.attempt(r.body.id);
    expect(mock().chip(c.card_no)).toMatchObject({ balance_fen: 7_500, online_counter: 1 });
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(7_500);
    expect(await ledger(`hw_counter_cash:${branch}`)).toBe(cashBefore - 7_500);
    const again = await counterLoad(
      c.id,
      { amount_fen: 7_500, funding: 'cash', location_id: branch },
      'cl-lost-1',
    );
    expect(again.body.id).toBe(r.body.id);
    const receipt = await env.api('GET', `/api/v1/admin/hard-wallet/counter-loads/${r.body.id}/receipt`, {
      token: officer,
    });
    expect(receipt.body).toMatchObject({ status_label: '圈存成功', balance_after_fen: 7_500 });
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('refused: not at a branch, not an officer, a lost card, bad input — nothing changes', async () => {
    const c = await anonymousCard();
    const atMachine = await counterLoad(c.id, { amount_fen: 1_000, funding: 'cash', location_id: vending });
    expect(atMachine.status).toBe(422);
    expect(atMachine.body.code).toBe('COUNTER_LOAD_NOT_AT_BRANCH');
    const auditor = await counterLoad(
      c.id,
      { amount_fen: 1_000, funding: 'cash', location_id: branch },
      `cl-${uniq()}`,
      await env.admin('auditor'),
    );
    expect(auditor.status).toBe(403);
    const citizen = (await env.citizens(1))[0];
    const asCitizen = await counterLoad(
      c.id,
      { amount_fen: 1_000, funding: 'cash', location_id: branch },
      `cl-${uniq()}`,
      citizen.token,
    );
    expect([401, 403]).toContain(asCitizen.status);
    const zero = await counterLoad(c.id, { amount_fen: 0, funding: 'cash', location_id: branch });
    expect(zero.status).toBe(400);
    const fractional = await counterLoad(c.id, { amount_fen: 10.5, funding: 'cash', location_id: branch });
    expect(fractional.status).toBe(400);
    const noKey = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/counter-loads`, {
      token: officer,
      body: { amount_fen: 1_000, funding: 'cash', location_id: branch },
    });
    expect(noKey.status).toBe(400);
    const { card: lost } = await boundCard(env, card());
    await env.api('POST', `/api/v1/admin/hard-wallet/cards/${lost.id}/loss`, {
      token: officer,
      body: { kind: 'formal' },
    });
    const onLost = await counterLoad(lost.id, { amount_fen: 1_000, funding: 'cash', location_id: branch });
    expect(onLost.status).toBe(409);
    expect(onLost.body.code).toBe('CARD_NOT_USABLE');
    expect(mock().chip(c.card_no)!.online_counter).toBe(0);
    expect((await cardView(env, c.id)).confirmed_balance_fen).toBe(0);
  });
});
