import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../security/passwords';
import { insertAdminUser } from '../../security/access';
import { newId } from '../../shared/ids';
import {
  ledgerCheck,
  MODES,
  setMerchantWallet,
  startEnv,
  TEST_PASSWORD,
  type TestEnv,
} from '../../../test/harness';
import {
  bankCall,
  bankWallet,
  FAST_BANK_ENV,
  muteBankCallbacks,
  setBankFaults,
  waitFor,
} from '../../../test/bank';

// A merchant funds its own funder from its settlement wallet (issue 16 item 4): the deposit is a bank
// order from the merchant's wallet to the platform's institutional wallet, in the one lifecycle; the
// order's final state confirms the deposit (world → funder) or rejects it, and a merchant-console
// user sees and funds only its own merchant's funder.

describe.each(MODES)('merchant funders fund from their own wallet (%s)', (mode) => {
  let env: TestEnv;
  let merchantA: string;
  let merchantB: string;
  let walletA: string;
  let funderA: string;
  let funderB: string;
  let govFunder: string;
  let seq = 0;

  async function merchantUser(username: string, merchantId: string) {
    await insertAdminUser(
      env.platform.db,
      {
        id: newId('adm'),
        username,
        password_hash: await hashPassword(TEST_PASSWORD),
        display_name: username,
        roles: ['funder'],
        merchant_id: merchantId,
      },
      new Date(),
    );
  }

  async function createFunder(body: Record<string, unknown>) {
    const res = await env.api('POST', '/api/v1/admin/funders', { token: await env.admin('registrar'), body });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
    const rows = await env.platform.db.query<{ username: string; merchant_id: string }>(
      "SELECT username, merchant_id FROM admin_users WHERE username IN ('cashier', 'cashier2')",
    );
    merchantA = rows.find((r) => r.username === 'cashier')!.merchant_id;
    merchantB = rows.find((r) => r.username === 'cashier2')!.merchant_id;
    walletA = (await bankCall(env, 'POST', '/v1/wallets', { wallet_type: 'WT09', merchant_id: merchantA }))
      .body.wallet_id;
    await setMerchantWallet(env, merchantA, walletA);
    expect(
      (await bankCall(env, 'POST', '/__mock/fund', { wallet_id: walletA, amount_fen: 100_000 })).status,
    ).toBe(200);
    funderA = await createFunder({ name: '甲商户', kind: 'merchant', merchant_id: merchantA });
    funderB = await createFunder({ name: '乙商户', kind: 'merchant', merchant_id: merchantB });
    govFunder = await createFunder({ name: '区财政局', kind: 'government' });
    await merchantUser('mfund_a', merchantA);
    await merchantUser('mfund_b', merchantB);
  });
  afterAll(async () => env?.close());

  const fund = async (user: string, funderId: string, amount_fen: number, idem = `wd-${++seq}`) =>
    env.api('POST', `/api/v1/admin/funders/${funderId}/wallet-deposits`, {
      token: await env.admin(user),
      idem,
      body: { amount_fen },
    });
  const balance = async (funderId: string) =>
    (await env.api('GET', `/api/v1/admin/funders/${funderId}`, { token: await env.admin('auditor') })).body
      .balance_fen as number;
  const deposit = async (funderId: string, id: string) =>
    (
      await env.api('GET', `/api/v1/admin/funders/${funderId}/deposits`, {
        token: await env.admin('auditor'),
      })
    ).body.items.find((d: { id: string }) => d.id === id);
  const settled = (funderId: string, id: string) =>
    waitFor(`deposit ${id} decided`, async () => {
      const d = await deposit(funderId, id);
      return d && d.status !== 'pending' ? d : false;
    });
  const postings = async (id: string) =>
    Number(
      (
        await env.platform.db.query<{ n: unknown }>(
          "SELECT COUNT(DISTINCT txn_id) AS n FROM ledger_entries WHERE kind = 'deposit' AND ref_id = ?",
          [id],
        )
      )[0].n,
    );

  it('moves exactly the amount from the merchant wallet, once, and the bank order confirms the deposit', async () => {
    const before = (await bankWallet(env, walletA)).balance_fen as number;
    const first = await fund('mfund_a', funderA, 30_000, 'wd-once');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ source: 'merchant_wallet', status: 'pending', amount_fen: 30_000 });
    const replay = await fund('mfund_a', funderA, 30_000, 'wd-once');
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);

    const d = await settled(funderA, first.body.id);
    expect(d).toMatchObject({ status: 'confirmed', confirmed_by: 'bank-order', reference: first.body.id });
    expect(await balance(funderA)).toBe(30_000);
    expect((await bankWallet(env, walletA)).balance_fen).toBe(before - 30_000);
    expect(await postings(first.body.id)).toBe(1);
    const orders = await env.platform.db.query<{ status: string; payer_wallet_id: string; n?: unknown }>(
      "SELECT status, payer_wallet_id FROM bank_payments WHERE purpose = 'funding' AND ref_id = ?",
      [first.body.id],
    );
    expect(orders).toEqual([{ status: 'paid', payer_wallet_id: walletA }]);

    // Its evidence is the bank order: no person confirms or rejects it.
    const byHand = await env.api(
      'POST',
      `/api/v1/admin/funders/${funderA}/deposits/${first.body.id}/reject`,
      {
        token: await env.admin('funder2'),
        body: { comment: '不认' },
      },
    );
    expect(byHand.status).toBe(409);
    expect(byHand.body.code).toBe('DEPOSIT_BY_BANK_ORDER');
    expect(await balance(funderA)).toBe(30_000);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a lost answer is settled by asking the bank: confirmed once, the wallet down once', async () => {
    const before = (await bankWallet(env, walletA)).balance_fen as number;
    const funded = await balance(funderA);
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    let res;
    try {
      res = await fund('mfund_a', funderA, 5_000);
      expect(res.status).toBe(201);
      const id = res.body.id as string;
      await waitFor('the send to be lost', async () => {
        const [o] = await env.platform.db.query<{ last_error: string | null }>(
          'SELECT last_error FROM bank_payments WHERE out_trade_no = ?',
          [id],
        );
        return o?.last_error ? o : false;
      });
      // A lost answer is not a refusal: pending until asked (the 1 s sweep may already have asked and
      // confirmed it by now, so pending is not asserted), never rejected on a guess.
      expect((await deposit(funderA, id)).status).not.toBe('rejected');
    } finally {
      await setBankFaults(env, {});
      unmute();
    }
    const d = await settled(funderA, res.body.id);
    expect(d.status).toBe('confirmed');
    expect(await balance(funderA)).toBe(funded + 5_000);
    expect((await bankWallet(env, walletA)).balance_fen).toBe(before - 5_000);
    expect(await postings(res.body.id)).toBe(1);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a transfer the bank refuses rejects the deposit and moves nothing', async () => {
    const before = (await bankWallet(env, walletA)).balance_fen as number;
    const funded = await balance(funderA);
    const res = await fund('mfund_a', funderA, before + 1);
    expect(res.status).toBe(201);
    const d = await settled(funderA, res.body.id);
    expect(d.status).toBe('rejected');
    expect(d.rejected_by).toBe('bank-order');
    expect(await balance(funderA)).toBe(funded);
    expect((await bankWallet(env, walletA)).balance_fen).toBe(before);
    expect(await postings(res.body.id)).toBe(0);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a merchant user sees and funds only its own merchant funder', async () => {
    const list = await env.api('GET', '/api/v1/admin/funders', { token: await env.admin('mfund_b') });
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: { id: string }) => f.id)).toEqual([funderB]);
    for (const [method, path, body] of [
      ['GET', `/api/v1/admin/funders/${funderA}`, undefined],
      ['GET', `/api/v1/admin/funders/${funderA}/deposits`, undefined],
      ['POST', `/api/v1/admin/funders/${funderA}/deposits`, { amount_fen: 100, reference: 'X-1' }],
    ] as const) {
      const res = await env.api(method, path, {
        token: await env.admin('mfund_b'),
        idem: `own-${++seq}`,
        body,
      });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const before = await balance(funderA);
    const deposits = async () =>
      Number(
        (
          await env.platform.db.query<{ n: unknown }>(
            'SELECT COUNT(*) AS n FROM deposits WHERE funder_id IN (?, ?, ?)',
            [funderA, funderB, govFunder],
          )
        )[0].n,
      );
    const depositsBefore = await deposits();
    const other = await fund('mfund_b', funderA, 1_000);
    expect(other.status).toBe(403);
    // Merchant B has no settlement wallet: its own funder cannot fund from one.
    const noWallet = await fund('mfund_b', funderB, 1_000);
    expect(noWallet.status).toBe(422);
    expect(noWallet.body.code).toBe('MERCHANT_NO_WALLET');
    // A funder that is not a merchant's has no wallet to fund from.
    const gov = await fund('funder', govFunder, 1_000);
    expect(gov.status).toBe(422);
    expect(gov.body.code).toBe('FUNDER_NOT_MERCHANT');
    expect(await balance(funderA)).toBe(before);
    expect(await deposits()).toBe(depositsBefore);
  });

  it('refuses a merchant link on a funder that is not a merchant, and an unknown merchant', async () => {
    const wrongKind = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '错类', kind: 'bank', merchant_id: merchantA },
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.code).toBe('FUNDER_NOT_MERCHANT');
    const unknown = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '无此商户', kind: 'merchant', merchant_id: 'mch_nope' },
    });
    expect(unknown.status).toBe(404);
    const second = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '甲商户又一个', kind: 'merchant', merchant_id: merchantA },
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('MERCHANT_FUNDER_EXISTS');
  });
});
