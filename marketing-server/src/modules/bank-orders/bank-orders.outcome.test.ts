import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBankWalletMock, type RunningMock } from 'mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { bankWallet, bindWallet, FAST_BANK_ENV, waitFor } from '../../../test/bank';
import { BankOutcomeUnknown, createBankWalletClient } from '../../connectors/bank-wallet/client';

// The outcome rule, reproduced with a proxy between the platform and the bank simulator that can
// lose answers, answer a retry with a 4xx, or hold a request back so it reaches the bank late.

type Rule = {
  /** POSTs to this path prefix are affected. */
  path: string;
  /** The first matching POST reaches the bank, but its answer is dropped. */
  dropFirstAnswer?: boolean;
  /** Later matching POSTs are answered with this status without reaching the bank. */
  answerRetriesWith?: number;
  /** Every matching POST is held back until `release()` (it then reaches the bank late). */
  hold?: boolean;
};

function startProxy(target: string) {
  let rule: Rule | null = null;
  let seen = 0;
  const held: (() => void)[] = [];
  const forward = async (req: http.IncomingMessage, body: Buffer) => {
    const res = await fetch(target + req.url, {
      method: req.method,
      headers: { 'content-type': 'application/json' },
      body: req.method === 'POST' ? body.toString('utf8') : undefined,
    });
    return { status: res.status, text: await res.text() };
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const r = rule;
    const hit = r && req.method === 'POST' && req.url!.startsWith(r.path);
    try {
      if (hit && r.hold) {
        await new Promise<void>((resolve) => held.push(resolve));
        await forward(req, body); // the bank books it; the caller gave up long ago
        res.destroy();
        return;
      }
      if (hit && seen++ > 0 && r.answerRetriesWith) {
        res.writeHead(r.answerRetriesWith, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'REFUSED_BY_PROXY', message: `HTTP ${r.answerRetriesWith}` }));
        return;
      }
      const answer = await forward(req, body);
      if (hit && r.dropFirstAnswer && seen === 1) return; // committed, never answered
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.text);
    } catch {
      res.destroy();
    }
  });
  return {
    async listen() {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    set(r: Rule | null) {
      rule = r;
      seen = 0;
    },
    release() {
      for (const h of held.splice(0)) h();
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function bankFixture() {
  const mock = createBankWalletMock({ duplicateCallbacks: 0 });
  const bank: RunningMock = await mock.listen();
  const post = async (p: string, body: unknown) =>
    (
      await fetch(bank.url + p, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json() as Promise<any>;
  const payer = (await post('/v1/wallets', { wallet_type: 'WT09', merchant_id: 'shuyuan', name: '数元' }))
    .wallet_id as string;
  await post('/__mock/fund', { wallet_id: payer, amount_fen: 100_000_000 });
  return { bank, payer };
}

describe.each([403, 404, 429])('the bank client: a %s to a retry after a lost answer', (status) => {
  let bank: RunningMock;
  let payer: string;
  let proxy: ReturnType<typeof startProxy>;
  let url: string;
  beforeAll(async () => {
    ({ bank, payer } = await bankFixture());
    proxy = startProxy(bank.url);
    url = await proxy.listen();
  });
  afterAll(async () => {
    await proxy?.close();
    await bank?.close();
  });

  it('is an unknown outcome, never a refusal (fails before: BankRefusal, booked as never paid)', async () => {
    const citizen = (
      await (
        await fetch(bank.url + '/v1/wallets', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ wallet_type: 'WT01', wallet_level: 'WL04', phone: '13800002222' }),
        })
      ).json()
    ).wallet_id;
    proxy.set({ path: '/v1/payments', dropFirstAnswer: true, answerRetriesWith: status });
    const client = createBankWalletClient({ baseUrl: url, timeoutMs: 300, attempts: 3, backoffMs: 10 });
    const order = {
      out_trade_no: `lost-${status}`,
      payer_wallet_id: payer,
      payee_wallet_id: citizen,
      amount_fen: 777,
    };
    await expect(client.pay(order)).rejects.toBeInstanceOf(BankOutcomeUnknown);
    // The bank did pay it: a refusal here would have been a lie.
    expect(await client.queryPayment(order.out_trade_no)).toMatchObject({ status: 'SUCCESS' });
  });
});

describe.each(MODES)('bank orders whose outcome is unknown (%s)', (mode) => {
  let env: TestEnv;
  let bank: RunningMock;
  let proxy: ReturnType<typeof startProxy>;
  beforeAll(async () => {
    const f = await bankFixture();
    bank = f.bank;
    proxy = startProxy(bank.url);
    const url = await proxy.listen();
    env = await startEnv(mode, {
      ...FAST_BANK_ENV,
      BANK_API_URL: url,
      BANK_PAYER_WALLET_ID: f.payer,
      BANK_CALLBACK_SECRET: 'bank-mock-secret',
    });
  });
  afterEach(() => {
    proxy.set(null);
    proxy.release();
  });
  afterAll(async () => {
    await env?.close();
    await proxy?.close();
    await bank?.close();
  });

  it('a payout whose retry is answered 429 after a lost answer is paid once, not refused (fails before: refused, claim back to granted)', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      name: '丢失应答',
      budget_fen: 10_000,
      red_packet: { mode: 'fixed', amount_fen: 500 },
    });
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    proxy.set({ path: '/v1/payments', dropFirstAnswer: true, answerRetriesWith: 429 });
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'c1',
      body: {},
    });
    expect(claim.status).toBe(201);
    const paid = await waitFor('the payout to settle', async () => {
      const [p] = await env.platform.db.query<{ status: string; last_error: string | null }>(
        "SELECT status, last_error FROM bank_payments WHERE purpose = 'payout' AND user_id = ?",
        [u.id],
      );
      return p && ['paid', 'failed', 'dead', 'cancelled'].includes(p.status) ? p : false;
    });
    expect(paid.status).toBe('paid');
    expect((await bankWallet(env, walletId)).total_balance_fen).toBe(500);
    const [c] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM claims WHERE user_id = ?',
      [u.id],
    );
    expect(c.status).toBe('paid');
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a top-up that reaches the bank late is not marked failed by the sweep (fails before: failed while the card was charged)', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    proxy.set({ path: '/v1/topups', hold: true });
    const lost = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'late-1',
      body: { amount_fen: 3_000 },
    });
    expect(lost.status).toBe(503);
    // Past the old per-module sweep's 10 s look: it asked the bank, heard "no such order", gave up.
    env.clock.advance(15_000);
    await new Promise((r) => setTimeout(r, 2_500)); // a couple of sweeps run meanwhile
    proxy.set(null);
    proxy.release(); // the held request reaches the bank now
    const done = await waitFor('the top-up to settle', async () => {
      const [t] = await env.platform.db.query<{ status: string }>(
        'SELECT status FROM wallet_topups WHERE user_id = ?',
        [u.id],
      );
      return t.status !== 'processing' ? t : false;
    });
    expect(done.status).toBe('succeeded');
    expect((await bankWallet(env, walletId)).balance_fen).toBe(3_000);
    const retry = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'late-1',
      body: { amount_fen: 3_000 },
    });
    expect(retry.status).toBe(201);
    const other = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'late-1',
      body: { amount_fen: 9_000 },
    });
    expect(other).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect((await bankWallet(env, walletId)).balance_fen).toBe(3_000);
  });
});
