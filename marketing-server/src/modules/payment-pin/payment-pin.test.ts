import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import {
  bankWallet,
  bindWallet,
  FAST_BANK_ENV,
  muteBankCallbacks,
  pinToken,
  setBankFaults,
  TEST_PIN,
} from '../../../test/bank';
import { isTooSimple, pinMatches, hashPin } from './service';

describe('payment PIN hashing', () => {
  it('stores a salted scrypt hash: two hashes of one PIN differ, both match it, neither holds it', async () => {
    const [a, b] = [await hashPin('258036'), await hashPin('258036')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(a).not.toContain('258036');
    expect(await pinMatches('258036', a)).toBe(true);
    expect(await pinMatches('258037', a)).toBe(false);
  });

  it.each([
    ['111111', true],
    ['123456', true],
    ['987654', true],
    ['258036', false],
    ['112233', false],
  ])('%s too simple: %s', (pin, simple) => expect(isTooSimple(pin)).toBe(simple));
});

describe.each(MODES)('payment PIN and top-up confirmation (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
  });
  afterAll(async () => env?.close());

  const status = (token: string) => env.api('GET', '/api/v1/me/payment-pin', { token });
  const setPin = (token: string, body: Record<string, string>) =>
    env.api('POST', '/api/v1/me/payment-pin', { token, body });
  const verify = (token: string, pin: string, amount_fen: number) =>
    env.api('POST', '/api/v1/me/payment-pin/verify', {
      token,
      body: { pin, purpose: 'topup', amount_fen },
    });
  const topUp = (token: string, idem: string, body: Record<string, unknown>) =>
    env.api('POST', '/api/v1/me/wallet/topups', { token, idem, body });

  it('is set once; a change needs the old PIN; set and change are audited without the PIN', async () => {
    const [u] = await env.citizens(1);
    expect((await status(u.token)).body).toEqual({
      set: false,
      locked_until: null,
      remaining_attempts: 5,
      pin_free_limit_fen: 20_000,
    });
    expect(await setPin(u.token, { pin: '123456' })).toMatchObject({
      status: 422,
      body: { code: 'PIN_TOO_SIMPLE' },
    });
    expect((await setPin(u.token, { pin: '12345' })).status).toBe(400);
    expect(await setPin(u.token, { pin: TEST_PIN })).toMatchObject({ status: 200, body: { set: true } });
    expect(await setPin(u.token, { pin: '802461' })).toMatchObject({
      status: 409,
      body: { code: 'PIN_ALREADY_SET' },
    });
    const wrongOld = await setPin(u.token, { pin: '802461', old_pin: '000001' });
    expect(wrongOld).toMatchObject({ status: 422, body: { code: 'PIN_INCORRECT' } });
    expect(wrongOld.body.details).toEqual({ remaining_attempts: 4 });
    expect((await setPin(u.token, { pin: '802461', old_pin: TEST_PIN })).body).toEqual({
      set: true,
      locked_until: null,
      remaining_attempts: 5,
      pin_free_limit_fen: 20_000,
    });
    expect((await verify(u.token, TEST_PIN, 100)).status).toBe(422);
    expect((await verify(u.token, '802461', 100)).status).toBe(201);
    const rows = await env.platform.db.query<{ action: string; changes: string | null }>(
      "SELECT action, changes FROM audit_logs WHERE entity_type = 'payment_pin' AND entity_id = ? ORDER BY id",
      [u.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['payment_pin.set', 'payment_pin.changed']);
    const stored = await env.platform.db.query<{ pin_hash: string }>(
      'SELECT pin_hash FROM payment_pins WHERE user_id = ?',
      [u.id],
    );
    expect(stored[0].pin_hash).not.toContain('802461');
  });

  it('once a PIN is set a top-up needs a token for its amount, used once; a retry of the key needs none', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    // No PIN yet: a top-up goes through as before.
    expect((await topUp(u.token, 'pin-tu-0', { amount_fen: 1_000 })).status).toBe(201);
    const forOther = await pinToken(env, u.token, 2_000);
    expect(await topUp(u.token, 'pin-tu-1', { amount_fen: 3_000 })).toMatchObject({
      status: 403,
      body: { code: 'PAYMENT_TOKEN_REQUIRED' },
    });
    expect(await topUp(u.token, 'pin-tu-1', { amount_fen: 3_000, payment_token: forOther })).toMatchObject({
      status: 403,
      body: { code: 'PAYMENT_TOKEN_INVALID' },
    });
    expect(await topUp(u.token, 'pin-tu-1', { amount_fen: 3_000, payment_token: 'made-up' })).toMatchObject({
      status: 403,
      body: { code: 'PAYMENT_TOKEN_INVALID' },
    });
    const [other] = await env.citizens(1);
    await bindWallet(env, other.token);
    expect(
      (await topUp(other.token, 'pin-tu-x', { amount_fen: 2_000, payment_token: forOther })).body.code,
    ).toBe('PAYMENT_TOKEN_INVALID');

    const token = await pinToken(env, u.token, 3_000);
    const first = await topUp(u.token, 'pin-tu-1', { amount_fen: 3_000, payment_token: token });
    expect(first.status).toBe(201);
    const replay = await topUp(u.token, 'pin-tu-1', { amount_fen: 3_000, payment_token: token });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);
    expect(await topUp(u.token, 'pin-tu-2', { amount_fen: 3_000, payment_token: token })).toMatchObject({
      status: 403,
      body: { code: 'PAYMENT_TOKEN_INVALID' },
    });
    // The token for 2,000 fen still pays exactly that, once.
    expect((await topUp(u.token, 'pin-tu-3', { amount_fen: 2_000, payment_token: forOther })).status).toBe(
      201,
    );
    expect((await bankWallet(env, walletId)).balance_fen).toBe(6_000);
  });

  it('the same request sent twice at once with one token: one top-up; the other is told it is in progress, then gets it', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const token = await pinToken(env, u.token, 4_000);
    const both = await Promise.all(
      [0, 1].map(() => topUp(u.token, 'pin-twice', { amount_fen: 4_000, payment_token: token })),
    );
    const done = both.filter((r) => r.status === 201);
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const r of both.filter((x) => x.status !== 201)) expect(r.status).toBe(409);
    const again = await topUp(u.token, 'pin-twice', { amount_fen: 4_000, payment_token: token });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(done[0].body.id);
    expect((await bankWallet(env, walletId)).balance_fen).toBe(4_000);
  });

  it('a retry after a lost bank answer (nothing stored under the key yet) needs no second token', async () => {
    const [u] = await env.citizens(1);
    const { walletId } = await bindWallet(env, u.token);
    const token = await pinToken(env, u.token, 4_000);
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await topUp(u.token, 'pin-lost', { amount_fen: 4_000, payment_token: token });
    expect(lost.body.code).toBe('TOPUP_OUTCOME_UNKNOWN');
    await setBankFaults(env, {});
    unmute();
    // The same body again, with the token the first request used up: it finds its top-up.
    const retry = await topUp(u.token, 'pin-lost', { amount_fen: 4_000, payment_token: token });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(lost.body.details.topup_id);
    expect((await bankWallet(env, walletId)).balance_fen).toBe(4_000);
  });

  // Tests that move the clock (locks, expiry) come last: bank orders are leased by the clock.
  it('ten wrong PINs at once count exactly five, lock for 30 minutes (audited once), then let a right one in', async () => {
    const [u] = await env.citizens(1);
    await setPin(u.token, { pin: TEST_PIN });
    const answers = await Promise.all(Array.from({ length: 10 }, () => verify(u.token, '000001', 500)));
    const codes = answers.map((a) => a.body.code).sort();
    expect(codes.filter((c) => c === 'PIN_INCORRECT')).toHaveLength(4);
    expect(codes.filter((c) => c === 'PIN_LOCKED')).toHaveLength(6);
    const remaining = answers.flatMap((a) => a.body.details?.remaining_attempts ?? []).sort();
    expect(remaining).toEqual([1, 2, 3, 4]);
    const row = await env.platform.db.query<{ failed_count: number }>(
      'SELECT failed_count FROM payment_pins WHERE user_id = ?',
      [u.id],
    );
    expect(Number(row[0].failed_count)).toBe(5);
    const locked = await verify(u.token, TEST_PIN, 500);
    expect(locked).toMatchObject({ status: 429, body: { code: 'PIN_LOCKED' } });
    const lockedUntil = Date.parse(locked.body.details.locked_until);
    expect(lockedUntil - env.clock.now().getTime()).toBeGreaterThan(29 * 60_000);
    expect(lockedUntil - env.clock.now().getTime()).toBeLessThanOrEqual(30 * 60_000);
    expect((await status(u.token)).body).toMatchObject({ set: true, remaining_attempts: 0 });
    const audits = await env.platform.db.query(
      "SELECT id FROM audit_logs WHERE action = 'payment_pin.locked' AND entity_id = ?",
      [u.id],
    );
    expect(audits).toHaveLength(1);
    env.clock.advance(30 * 60_000 + 1);
    expect((await status(u.token)).body).toEqual({
      set: true,
      locked_until: null,
      remaining_attempts: 5,
      pin_free_limit_fen: 20_000,
    });
    expect((await verify(u.token, '000001', 500)).body.details).toEqual({ remaining_attempts: 4 });
    expect((await verify(u.token, TEST_PIN, 500)).status).toBe(201);
    expect((await status(u.token)).body.remaining_attempts).toBe(5);
  });

  it('a token expires after 5 minutes', async () => {
    const [u] = await env.citizens(1);
    await bindWallet(env, u.token);
    const token = await pinToken(env, u.token, 1_500);
    env.clock.advance(5 * 60_000 + 1);
    expect((await topUp(u.token, 'pin-tu-exp', { amount_fen: 1_500, payment_token: token })).body.code).toBe(
      'PAYMENT_TOKEN_INVALID',
    );
  });
});
