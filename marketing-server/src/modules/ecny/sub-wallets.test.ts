import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import { newId } from '../../shared/ids';

// Sub-wallets (子钱包) pushed to merchants/apps, through the operator simulators and the one bank-order
// lifecycle over HTTP: the whole life with balances exact at the operator and in the ledger, retries,
// limits, another merchant refused, close once, and a lost answer resolved by a query.

async function ledgerCheck(env: TestEnv) {
  const res = await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

for (const mode of MODES) {
  describe(`e-CNY sub-wallets (${mode})`, () => {
    let env: TestEnv;
    const merchants = [newId('mch'), newId('mch')];
    const op = () => env.platform.embedded.ecny!.operators[0];

    beforeAll(async () => {
      env = await startEnv(mode, { ECNY_TIMEOUT_MS: '700' });
      const now = new Date();
      for (const [i, m] of merchants.entries())
        await env.platform.db.exec(
          'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
          [m, i === 0 ? '城市公交' : '停车场', 'transport', now, now],
        );
    }, 60_000);
    afterAll(async () => env?.close());

    /** A verified citizen with a WL02 wallet at op1 holding `fen` after a 兑出. */
    async function citizenWithWallet(fen: number) {
      const [c] = await env.citizens(1);
      await env.platform.db.exec(
        'INSERT INTO identity_holders (id_hash, user_id, verified_at) VALUES (?,?,?)',
        [`h${c.id}`, c.id, new Date()],
      );
      const account = env.platform.embedded.ecny!.core.openAccount({
        holder_id: c.id,
        name: '张三',
        balance_fen: 1_000_000,
      });
      const opened = await env.api('POST', '/api/v1/me/ecny/wallet', {
        token: c.token,
        body: { account_no: account.account_no },
      });
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      const out = await env.api('POST', '/api/v1/me/ecny/exchanges', {
        token: c.token,
        idem: `out-${c.id}`,
        body: { direction: 'out', amount_fen: fen },
      });
      expect(out.status, JSON.stringify(out.body)).toBe(201);
      const row = (
        await env.platform.db.query<{ wallet_id: string }>(
          'SELECT wallet_id FROM ecny_wallets WHERE id = ?',
          [opened.body.id],
        )
      )[0];
      return { ...c, wallet_id: row.wallet_id };
    }
    const push = (token: string, body: Record<string, unknown>) =>
      env.api('POST', '/api/v1/me/ecny/sub-wallets', { token, body });
    const fund = (token: string, id: string, idem: string, amount_fen: number) =>
      env.api('POST', `/api/v1/me/ecny/sub-wallets/${id}/fund`, { token, idem, body: { amount_fen } });
    const pay = (token: string, id: string, idem: string, merchant_id: string, amount_fen: number) =>
      env.api('POST', `/api/v1/me/ecny/sub-wallets/${id}/payments`, {
        token,
        idem,
        body: { merchant_id, amount_fen },
      });
    const close = (token: string, id: string) =>
      env.api('POST', `/api/v1/me/ecny/sub-wallets/${id}/close`, { token });
    const parentBalance = (walletId: string) => op().wallets.get(walletId)!.balance_fen;
    const subAtOperator = async (id: string) => {
      const row = (
        await env.platform.db.query<{ wallet_id: string }>(
          'SELECT wallet_id FROM ecny_sub_wallets WHERE id = ?',
          [id],
        )
      )[0];
      return op().subWallets.get(row.wallet_id)!;
    };

    it('push → fund → pay at its merchant → close: balances exact, retries replay, ledger green', async () => {
      const c = await citizenWithWallet(100_000);
      const pushed = await push(c.token, {
        merchant_id: merchants[0],
        balance_cap_fen: 50_000,
        per_payment_fen: 2_000,
      });
      expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
      expect(pushed.body).toMatchObject({
        status: 'open',
        name: '城市公交',
        balance_fen: 0,
        merchant_id: merchants[0],
      });
      expect(pushed.body.wallet_id_masked).toMatch(/^\d{6}\*{6}\d{4}$/);
      const id = pushed.body.id;
      const twice = await push(c.token, {
        merchant_id: merchants[0],
        balance_cap_fen: 1_000,
        per_payment_fen: 100,
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ECNY_SUB_WALLET_EXISTS');

      const f = await fund(c.token, id, 'fund-1', 30_000);
      expect(f.status, JSON.stringify(f.body)).toBe(201);
      expect(f.body.move).toMatchObject({ kind: 'fund', status: 'succeeded', amount_fen: 30_000 });
      expect(f.body.sub_wallet.balance_fen).toBe(30_000);
      const replay = await fund(c.token, id, 'fund-1', 30_000);
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.move.id).toBe(f.body.move.id);
      expect((await fund(c.token, id, 'fund-1', 30_001)).status).toBe(422);
      expect(parentBalance(c.wallet_id)).toBe(70_000);
      expect((await subAtOperator(id)).balance_fen).toBe(30_000);

      const overCap = await fund(c.token, id, 'fund-2', 20_001);
      expect(overCap.status).toBe(422);
      expect(overCap.body.code).toBe('ECNY_SUB_WALLET_BALANCE_LIMIT');

      const p1 = await pay(c.token, id, 'pay-1', merchants[0], 1_500);
      expect(p1.status, JSON.stringify(p1.body)).toBe(201);
      expect(p1.body.move).toMatchObject({ kind: 'pay', status: 'succeeded', merchant_id: merchants[0] });
      expect(p1.body.sub_wallet.balance_fen).toBe(28_500);
      expect((await pay(c.token, id, 'pay-1', merchants[0], 1_500)).body.move.id).toBe(p1.body.move.id);
      const elsewhere = await pay(c.token, id, 'pay-2', merchants[1], 1_000);
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.code).toBe('ECNY_SUB_WALLET_MERCHANT_NOT_ALLOWED');
      const tooMuch = await pay(c.token, id, 'pay-3', merchants[0], 2_001);
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body.code).toBe('ECNY_SUB_WALLET_LIMIT');
      expect(op().merchantReceipts.get(merchants[0])).toBe(1_500);
      expect(op().merchantReceipts.get(merchants[1])).toBeUndefined();
      expect((await subAtOperator(id)).balance_fen).toBe(28_500);

      const mid = await ledgerCheck(env);
      expect(mid.ecny_sub_wallets.issues).toEqual([]);
      expect(mid.balanced, JSON.stringify(mid)).toBe(true);

      const closed = await close(c.token, id);
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect(closed.body.move).toMatchObject({ kind: 'close', status: 'succeeded', amount_fen: 28_500 });
      expect(closed.body.sub_wallet).toMatchObject({ status: 'closed', balance_fen: 0 });
      const again = await close(c.token, id);
      expect(again.status).toBe(200);
      expect(again.body.move.id).toBe(closed.body.move.id);
      expect(parentBalance(c.wallet_id)).toBe(70_000 + 28_500); // returned once
      expect((await subAtOperator(id)).status).toBe('closed');
      const afterClose = await pay(c.token, id, 'pay-4', merchants[0], 100);
      expect(afterClose.status).toBe(409);
      expect(afterClose.body.code).toBe('ECNY_SUB_WALLET_CLOSED');

      const moves = await env.api('GET', `/api/v1/me/ecny/sub-wallets/${id}/moves`, { token: c.token });
      expect(moves.body.items.map((m: { kind: string }) => m.kind)).toEqual(['close', 'pay', 'fund']);
      // A new sub-wallet for the same merchant may be pushed once the old one is closed; an empty one
      // closes with nothing to return.
      const next = await push(c.token, {
        merchant_id: merchants[0],
        balance_cap_fen: 1_000,
        per_payment_fen: 100,
      });
      expect(next.status).toBe(201);
      const empty = await close(c.token, next.body.id);
      expect(empty.status, JSON.stringify(empty.body)).toBe(200);
      expect(empty.body).toMatchObject({
        move: { amount_fen: 0, status: 'succeeded' },
        sub_wallet: { status: 'closed' },
      });
      expect(parentBalance(c.wallet_id)).toBe(70_000 + 28_500);

      const end = await ledgerCheck(env);
      expect(end.ecny_sub_wallets.issues).toEqual([]);
      expect(end.ecny_exchanges.issues).toEqual([]);
      expect(end.balanced, JSON.stringify(end)).toBe(true);
    });

    it('refuses what is not the holder’s, bad input and caps above the tier, changing nothing', async () => {
      const a = await citizenWithWallet(10_000);
      const [b] = await env.citizens(1);
      const s = await push(a.token, {
        merchant_id: merchants[1],
        balance_cap_fen: 5_000,
        per_payment_fen: 1_000,
      });
      expect(s.status).toBe(201);
      expect((await fund(b.token, s.body.id, 'x-1', 100)).status).toBe(404);
      expect((await close(b.token, s.body.id)).status).toBe(404);
      const list = await env.api('GET', '/api/v1/me/ecny/sub-wallets', { token: b.token });
      expect(list.body.items).toEqual([]);
      expect(
        (await push(b.token, { merchant_id: merchants[1], balance_cap_fen: 5_000, per_payment_fen: 1_000 }))
          .body.code,
      ).toBe('ECNY_WALLET_NOT_OPENED');
      expect(
        (await push(a.token, { merchant_id: 'mch_nope', balance_cap_fen: 5_000, per_payment_fen: 1 })).status,
      ).toBe(404);
      const tier = await push(a.token, {
        merchant_id: merchants[0],
        balance_cap_fen: 1_000_001,
        per_payment_fen: 1,
      });
      expect(tier.body.code).toBe('ECNY_SUB_WALLET_LIMIT');
      const per = await push(a.token, {
        merchant_id: merchants[0],
        balance_cap_fen: 100,
        per_payment_fen: 101,
      });
      expect(per.body.code).toBe('ECNY_SUB_WALLET_LIMIT');
      const bad = await fund(a.token, s.body.id, 'bad-1', 1.5);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: expect.any(String), request_id: expect.any(String) });
      const filled = await fund(a.token, s.body.id, 'fill-1', 5_000);
      expect(filled.status).toBe(201);
      const short = await pay(a.token, s.body.id, 'short-1', merchants[1], 1_000);
      expect(short.status).toBe(201);
      const parentShort = await fund(a.token, s.body.id, 'short-2', 1_000); // the parent holds 5_000 still
      expect(parentShort.status).toBe(201);
      const capFull = await fund(a.token, s.body.id, 'cap-1', 1);
      expect(capFull.body.code).toBe('ECNY_SUB_WALLET_BALANCE_LIMIT');
      const noBody = await env.api('POST', `/api/v1/me/ecny/sub-wallets/${s.body.id}/close`, {
        token: a.token,
        body: {},
      });
      expect(noBody.status).toBe(400);
      const admin = await env.api('GET', '/api/v1/admin/ecny/sub-wallets', {
        token: await env.admin('auditor'),
      });
      expect(admin.status).toBe(200);
      const row = admin.body.items.find((i: { id: string }) => i.id === s.body.id);
      expect(row).toMatchObject({ balance_fen: 5_000, wallet_id_masked: expect.stringMatching(/\*{6}/) });
      expect(JSON.stringify(admin.body)).not.toContain(a.id);
      expect((await ledgerCheck(env)).balanced).toBe(true);
    });

    it('a fund whose answer is lost is asked for (411) and applied once; a final failure gives the money back', async () => {
      const c = await citizenWithWallet(20_000);
      const s = (
        await push(c.token, { merchant_id: merchants[0], balance_cap_fen: 20_000, per_payment_fen: 5_000 })
      ).body;
      op().setNotifyUrl(undefined);
      op().setFaults({ timeout_after_commit: true, faults_msg_tp: 'ecny.subwallet.fund' });
      const lost = await fund(c.token, s.id, 'lost-1', 8_000);
      op().setFaults({});
      expect(lost.status).toBe(503);
      expect(lost.body.code).toBe('ECNY_SUB_WALLET_OUTCOME_UNKNOWN');
      const retry = await fund(c.token, s.id, 'lost-1', 8_000);
      expect(retry.status, JSON.stringify(retry.body)).toBe(201);
      expect(retry.body.sub_wallet.balance_fen).toBe(8_000);
      expect(parentBalance(c.wallet_id)).toBe(12_000);
      expect((await subAtOperator(s.id)).balance_fen).toBe(8_000);

      op().setFaults({ reject_code: 'RISK_CONTROL' });
      const refused = await pay(c.token, s.id, 'rej-1', merchants[0], 3_000);
      op().setFaults({});
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('ECNY_SUB_WALLET_FAILED');
      const mine = await env.api('GET', '/api/v1/me/ecny/sub-wallets', { token: c.token });
      expect(mine.body.items[0].balance_fen).toBe(8_000);

      // A close refused for good opens the sub-wallet again; the next close returns the balance once.
      op().setFaults({ reject_code: 'SYSTEM_BUSY' });
      expect((await close(c.token, s.id)).body.code).toBe('ECNY_SUB_WALLET_FAILED');
      op().setFaults({});
      const closed = await close(c.token, s.id);
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect(closed.body.sub_wallet.status).toBe('closed');
      expect((await close(c.token, s.id)).body.move.id).toBe(closed.body.move.id);
      expect(parentBalance(c.wallet_id)).toBe(20_000);
      op().setNotifyUrl(`${env.url}/api/v1/callbacks/ecny-operator/op1`);
      const check = await ledgerCheck(env);
      expect(check.ecny_sub_wallets.issues).toEqual([]);
      expect(check.balanced, JSON.stringify(check)).toBe(true);
    });

    it('two payments at once cannot spend the same fen; two fundings at once cannot pass the cap', async () => {
      const c = await citizenWithWallet(30_000);
      const s = (
        await push(c.token, { merchant_id: merchants[0], balance_cap_fen: 10_000, per_payment_fen: 6_000 })
      ).body;
      const funds = await Promise.all([
        fund(c.token, s.id, 'race-f1', 6_000),
        fund(c.token, s.id, 'race-f2', 6_000),
      ]);
      expect(funds.map((r) => r.status).sort()).toEqual([201, 422]);
      const pays = await Promise.all([
        pay(c.token, s.id, 'race-p1', merchants[0], 4_000),
        pay(c.token, s.id, 'race-p2', merchants[0], 4_000),
      ]);
      expect(pays.map((r) => r.status).sort()).toEqual([201, 422]);
      const mine = (await env.api('GET', '/api/v1/me/ecny/sub-wallets', { token: c.token })).body.items;
      expect(mine.find((i: { id: string }) => i.id === s.id).balance_fen).toBe(2_000);
      expect((await subAtOperator(s.id)).balance_fen).toBe(2_000);
      expect(parentBalance(c.wallet_id)).toBe(24_000);
      const check = await ledgerCheck(env);
      expect(check.ecny_sub_wallets.issues).toEqual([]);
      expect(check.balanced, JSON.stringify(check)).toBe(true);
    });

    it('a late final state arrives as dcep.909: the movement is settled by the notice, once', async () => {
      const c = await citizenWithWallet(10_000);
      const s = (
        await push(c.token, { merchant_id: merchants[1], balance_cap_fen: 10_000, per_payment_fen: 5_000 })
      ).body;
      op().setFaults({ final_delay_ms: 300, duplicate_finals: 1 });
      const late = await fund(c.token, s.id, 'late-1', 4_000);
      expect(late.status).toBe(503);
      const deadline = Date.now() + 5_000;
      let moves: { status: string }[] = [];
      while (Date.now() < deadline) {
        moves = (await env.api('GET', `/api/v1/me/ecny/sub-wallets/${s.id}/moves`, { token: c.token })).body
          .items;
        if (moves[0]?.status === 'succeeded') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      op().setFaults({});
      expect(moves[0]?.status).toBe('succeeded');
      await new Promise((r) => setTimeout(r, 300)); // the duplicate delivery
      const replay = await fund(c.token, s.id, 'late-1', 4_000);
      expect(replay.status).toBe(201);
      expect(replay.body.sub_wallet.balance_fen).toBe(4_000);
      expect(parentBalance(c.wallet_id)).toBe(6_000);
      expect((await ledgerCheck(env)).balanced).toBe(true);
    });
  });
}
