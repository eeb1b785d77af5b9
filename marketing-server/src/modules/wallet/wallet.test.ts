import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import {
  bankCall,
  bankWallet,
  bindWallet,
  FAST_BANK_ENV,
  muteBankCallbacks,
  setBankFaults,
} from '../../../test/bank';

describe.each(MODES)('citizen wallet: binding, limits, top-up (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  it('binds by phone + OTP; a wrong OTP or another citizen’s binding id is refused', async () => {
    const [a, b] = await env.citizens(2);
    const unbound = await env.api('GET', '/api/v1/me/wallet', { token: a.token });
    expect(unbound.body).toEqual({ bound: false });
    const started = await env.api('POST', '/api/v1/me/wallet/bindings', {
      token: a.token,
      body: { phone: '13912340001' },
    });
    expect(started.status).toBe(201);
    expect(started.body.phone_masked).toBe('139****0001');
    const wrong = await env.api('POST', `/api/v1/me/wallet/bindings/${started.body.binding_id}/confirm`, {
      token: a.token,
      body: { otp: '000000' },
    });
    expect([422, 429]).toContain(wrong.status);
    expect(wrong.body.code).toMatch(/^WALLET_OTP_/);
    const otp = (await bankCall(env, 'GET', '/__mock/otps?phone=13912340001')).body.otps.at(-1).otp;
    const foreign = await env.api('POST', `/api/v1/me/wallet/bindings/${started.body.binding_id}/confirm`, {
      token: b.token,
      body: { otp },
    });
    expect(foreign.status).toBe(404);
    const bad = await env.api('POST', '/api/v1/me/wallet/bindings', {
      token: a.token,
      body: { phone: '12345' },
    });
    expect(bad.status).toBe(400);
    const ok = await env.api('POST', `/api/v1/me/wallet/bindings/${started.body.binding_id}/confirm`, {
      token: a.token,
      body: { otp },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ bound: true, wallet_level: 'WL04', balance_fen: 0, status: 'normal' });
    expect(ok.body.wallet_id_masked).toMatch(/^\d{6}\*{6}\d{4}$/);
    expect(ok.body.limits).toEqual({
      balance_fen: 100_000,
      per_payment_fen: 50_000,
      daily_fen: 100_000,
      yearly_fen: 1_000_000,
    });
  });

  it('tops up within the level limit, refuses above it without changing anything, replays by key', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const first = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'tu-1',
      body: { amount_fen: 60_000 },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'succeeded', amount_fen: 60_000 });
    expect(first.body.wallet.headroom.balance_fen).toBe(40_000);
    const replay = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'tu-1',
      body: { amount_fen: 60_000 },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);

    // A level-4 wallet holds at most ¥1,000: 600 + 500 is over.
    const over = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'tu-2',
      body: { amount_fen: 50_000 },
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('WALLET_BALANCE_LIMIT');
    expect(over.body.message).toContain('¥400.00');
    expect((await bankWallet(env, walletId)).balance_fen).toBe(60_000);
    const floaty = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'tu-3',
      body: { amount_fen: 10.5 },
    });
    expect(floaty.status).toBe(400);
    const history = await env.api('GET', '/api/v1/me/wallet/topups', { token: u.token });
    expect(
      history.body.items.map((t: { amount_fen: number; status: string }) => [t.amount_fen, t.status]),
    ).toEqual([[60_000, 'succeeded']]);
    const exact = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'tu-4',
      body: { amount_fen: 40_000 },
    });
    expect(exact.status).toBe(201);
    expect(exact.body.wallet.headroom.balance_fen).toBe(0);
  });

  it('a top-up whose answer is lost is found again by the same key and credited once', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'lost-1',
      body: { amount_fen: 5_000 },
    });
    expect(lost.status).toBe(503);
    expect(lost.body.code).toBe('TOPUP_OUTCOME_UNKNOWN');
    await setBankFaults(env, {});
    unmute();
    const retry = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'lost-1',
      body: { amount_fen: 5_000 },
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(lost.body.details.topup_id);
    expect((await bankWallet(env, walletId)).balance_fen).toBe(5_000);
  });

  it('a retry while the worker holds the order (retrying the lost answer) waits for it instead of answering unknown', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'held-1',
      body: { amount_fen: 3_000 },
    });
    expect(lost.body.code).toBe('TOPUP_OUTCOME_UNKNOWN');
    await setBankFaults(env, {});
    unmute();
    // Another worker takes the order's lease (as the queue's retry does) and ends its attempt later.
    const db = env.platform.db;
    const id = lost.body.details.topup_id;
    await db.exec('UPDATE bank_payments SET lease_until = ? WHERE out_trade_no = ?', [
      new Date(Date.now() + 60_000),
      id,
    ]);
    const release = new Promise((resolve) => setTimeout(resolve, 300)).then(() =>
      db.exec('UPDATE bank_payments SET lease_until = NULL WHERE out_trade_no = ?', [id]),
    );
    const retry = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'held-1',
      body: { amount_fen: 3_000 },
    });
    await release;
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(id);
    expect((await bankWallet(env, walletId)).balance_fen).toBe(3_000);
  });

  it('daily payment headroom resets at midnight Asia/Shanghai', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: 'd-1',
      body: { amount_fen: 90_000 },
    });
    const merchant = await bankCall(env, 'POST', '/v1/wallets', {
      wallet_type: 'WT09',
      merchant_id: 'mch_daily',
    });
    for (const n of [1, 2]) {
      const paid = await bankCall(env, 'POST', '/v1/transfers', {
        out_trade_no: `daily-${walletId}-${n}`,
        wallet_id: walletId,
        merchant_id: 'mch_daily',
        amount_fen: 40_000,
      });
      expect(paid.body.status).toBe('SUCCESS');
    }
    expect(merchant.status).toBe(201);
    const today = await env.api('GET', '/api/v1/me/wallet', { token: u.token });
    expect(today.body.headroom.daily_payment_fen).toBe(20_000);
    // To the next 00:00 CST (UTC+8), plus a minute.
    const now = env.clock.now().getTime();
    const cstMidnight = Math.ceil((now + 8 * 3600_000) / 86400_000) * 86400_000 - 8 * 3600_000;
    env.clock.advance(cstMidnight - now + 60_000);
    const tomorrow = await env.api('GET', '/api/v1/me/wallet', { token: u.token });
    expect(tomorrow.body.headroom.daily_payment_fen).toBe(100_000);
  });
});
