import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, TEST_PASSWORD, runningCampaign, startEnv, type TestEnv } from '../../test/harness';
import { DEFAULT_LIMITS_ENV, expectRateLimited } from '../../test/rate-limits';

const MIN = 60_000;

describe.each(MODES)('rate limits and lockouts (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    // One trusted proxy: the tests speak for several client addresses through X-Forwarded-For.
    env = await startEnv(mode, { ...DEFAULT_LIMITS_ENV, TRUSTED_PROXY_COUNT: '1' });
  });
  afterAll(async () => env?.close());

  const login = (username: string, password: string) =>
    env.api('POST', '/api/v1/admin/auth/login', { body: { username, password } });
  const sendOtp = (phone: string) => env.api('POST', '/api/v1/auth/otp', { body: { phone } });
  const verifyOtp = (phone: string, code: string) =>
    env.api('POST', '/api/v1/auth/otp/verify', { body: { phone, code } });
  const lastSms = async (phone: string) => {
    const res = await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${phone}`);
    const inbox = (await res.json()) as { messages: { params: { code: string } }[] };
    return inbox.messages.at(-1)!.params.code;
  };
  const audits = (action: string, entityId?: string) =>
    env.platform.db.query<{ entity_id: string; changes: string; actor_id: string }>(
      `SELECT entity_id, changes, actor_id FROM audit_logs WHERE action = ?${entityId ? ' AND entity_id = ?' : ''} ORDER BY id`,
      entityId ? [action, entityId] : [action],
    );
  /** Moves the clock to just after the next midnight (China Standard Time): a fresh day and hour. */
  const startNextDay = () => {
    const cst = env.clock.now().getTime() + 8 * 3600_000;
    env.clock.advance(86400_000 - (cst % 86400_000) + 1000);
  };

  it('admin login: 112 wrong passwords at once are mostly refused; 10 failures lock (audited) and the right password is refused until the lock ends', async () => {
    const user = 'analyst';
    // Windows are fixed (aligned to CST midnight): start at the beginning of one, so the 10 failures
    // below all fall into the same 15-minute window whatever the time of day the suite runs.
    startNextDay();
    const burst = await Promise.all(Array.from({ length: 112 }, (_, i) => login(user, `wrong-${i}`)));
    const wrong = burst.filter((r) => r.status === 401);
    // The first 3 failures pass; the 3rd delays the next attempt, and every parallel one counted at once.
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    expect(wrong.length).toBeLessThanOrEqual(4);
    expectRateLimited(
      burst.find((r) => r.status === 429)!,
      { min: 1, max: 2 },
    );
    expect(burst.filter((r) => r.status === 429)).toHaveLength(112 - wrong.length);

    // Each further failure doubles the wait (1 s, 2 s, 4 s …, at most 60 s); the 10th locks for 15 min.
    for (let failures = wrong.length; failures < 10; failures++) {
      env.clock.advance(61_000);
      expect((await login(user, 'still-wrong')).status).toBe(401);
    }
    const locked = await login(user, TEST_PASSWORD);
    expectRateLimited(locked, { min: 14 * 60, max: 15 * 60 });
    const rows = await audits('auth.lockout', user);
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe('rate-limit');
    expect(JSON.parse(rows[0].changes)).toMatchObject({ username: user, failures: 10 });

    env.clock.advance(14 * MIN);
    expectRateLimited(await login(user, TEST_PASSWORD), { min: 1, max: 60 });
    env.clock.advance(MIN);
    expect((await login(user, TEST_PASSWORD)).status).toBe(200);
  });

  it('admin login: a success forgets the failures of the username', async () => {
    const user = 'manager2';
    expect((await login(user, 'wrong')).status).toBe(401);
    expect((await login(user, 'wrong')).status).toBe(401);
    expect((await login(user, TEST_PASSWORD)).status).toBe(200);
    // Without the reset the success would have been the 3rd counted attempt and delayed the next.
    for (let i = 0; i < 3; i++) expect((await login(user, 'wrong')).status).toBe(401);
    expectRateLimited(await login(user, 'wrong'), { min: 1, max: 1 });
    env.clock.advance(1100);
    expect((await login(user, TEST_PASSWORD)).status).toBe(200);
  });

  it('admin login: 50 failures from one address lock that address for every username', async () => {
    env.clock.advance(16 * MIN);
    const ip = { 'x-forwarded-for': '198.51.100.7' };
    const fromIp = (username: string, password: string) =>
      env.api('POST', '/api/v1/admin/auth/login', { body: { username, password }, headers: ip });
    for (let i = 0; i < 50; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) => fromIp(`nobody-${i + j}`, 'guess')),
      );
      expect(batch.map((r) => r.status)).toEqual(new Array(10).fill(401));
    }
    expectRateLimited(await fromIp('approver', TEST_PASSWORD), { min: 14 * 60, max: 15 * 60 });
    expect((await audits('auth.lockout', '198.51.100.7')).length).toBe(1);
    // Other addresses, and the user itself elsewhere, are not affected.
    expect((await login('approver', TEST_PASSWORD)).status).toBe(200);
    env.clock.advance(15 * MIN + 1000);
    expect((await fromIp('approver', TEST_PASSWORD)).status).toBe(200);
  });

  it('OTP send: one code per phone per 60 s (atomically), 10 per phone per day', async () => {
    startNextDay();
    const phone = '13700000001';
    const parallel = await Promise.all(Array.from({ length: 5 }, () => sendOtp(phone)));
    expect(parallel.filter((r) => r.status === 202)).toHaveLength(1);
    expectRateLimited(
      parallel.find((r) => r.status === 429)!,
      { min: 59, max: 60 },
    );
    for (let sent = 1; sent < 10; sent++) {
      env.clock.advance(61_000);
      expect((await sendOtp(phone)).status).toBe(202);
    }
    env.clock.advance(61_000);
    // The 11th today waits for midnight (about 23 h 50 min from here).
    expectRateLimited(await sendOtp(phone), { min: 23 * 3600, max: 24 * 3600 });
    startNextDay();
    expect((await sendOtp(phone)).status).toBe(202);
  });

  it('OTP send: 30 codes per client address per hour', async () => {
    startNextDay();
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 30; i++) {
      const phone = `1370001${String(i).padStart(4, '0')}`;
      expect((await env.api('POST', '/api/v1/auth/otp', { body: { phone }, headers })).status).toBe(202);
    }
    const over = await env.api('POST', '/api/v1/auth/otp', { body: { phone: '13700019999' }, headers });
    expectRateLimited(over, { min: 3500, max: 3600 });
    expect((await sendOtp('13700019999')).status).toBe(202); // another address
    env.clock.advance(3600_000);
    const later = await env.api('POST', '/api/v1/auth/otp', { body: { phone: '13700019998' }, headers });
    expect(later.status).toBe(202);
  });

  it('OTP verify: 5 wrong codes, across codes, lock the phone for 15 min (the right code included)', async () => {
    startNextDay();
    const phone = '13700000002';
    expect((await sendOtp(phone)).status).toBe(202);
    const first = await lastSms(phone);
    const wrong = (c: string) => (c === '000000' ? '111111' : '000000');
    for (let i = 0; i < 4; i++) expect((await verifyOtp(phone, wrong(first))).body.code).toBe('OTP_INVALID');
    // A fresh code used to give 5 fresh guesses, every minute, all day.
    env.clock.advance(61_000);
    expect((await sendOtp(phone)).status).toBe(202);
    const second = await lastSms(phone);
    expect((await verifyOtp(phone, wrong(second))).body.code).toBe('OTP_INVALID');
    expectRateLimited(await verifyOtp(phone, second), { min: 14 * 60, max: 15 * 60 });
    expect(await audits('auth.lockout', '137****0002')).toHaveLength(1);

    env.clock.advance(15 * MIN + 1000);
    expect((await sendOtp(phone)).status).toBe(202);
    const ok = await verifyOtp(phone, await lastSms(phone));
    expect(ok.status).toBe(200);
  });

  it('wallet binding start (the bank texts the phone): one per phone per 60 s, 10 per day', async () => {
    startNextDay();
    const [citizen] = await env.citizens(1);
    const start = (phone: string) =>
      env.api('POST', '/api/v1/me/wallet/bindings', { token: citizen.token, body: { phone } });
    const phone = '13700000003';
    expect((await start(phone)).status).toBe(201);
    expectRateLimited(await start(phone), { min: 59, max: 60 });
    for (let sent = 1; sent < 10; sent++) {
      env.clock.advance(61_000);
      expect((await start(phone)).status).toBe(201);
    }
    env.clock.advance(61_000);
    expectRateLimited(await start(phone), { min: 23 * 3600, max: 24 * 3600 });
    // The login code has its own counters: binding after an SMS login is not refused.
    expect((await sendOtp(phone)).status).toBe(202);
  });

  it('merchant coupon lookup: 60 per operator per minute, each one audited with a masked code', async () => {
    const cashier = await env.admin('cashier');
    const lookup = (token: string, code: string) =>
      env.api('GET', `/api/v1/merchant/coupons/${code}?order_amount_fen=1000`, { token });
    env.clock.advance(MIN - (env.clock.now().getTime() % MIN) + 100); // the start of a minute
    const before = (await audits('coupon.lookup')).length;
    for (let i = 0; i < 60; i++) {
      const code = `9000000${String(i).padStart(5, '0')}`;
      expect((await lookup(cashier, code)).body.code).toBe('COUPON_NOT_FOUND');
    }
    expectRateLimited(await lookup(cashier, '900000099999'), { min: 1, max: 60 });
    expect((await lookup(await env.admin('cashier2'), '900000099999')).status).toBe(404);
    const rows = (await audits('coupon.lookup')).slice(before);
    expect(rows).toHaveLength(61);
    expect(rows[0].entity_id).toBe('9000****0000');
    expect(JSON.parse(rows[0].changes)).toMatchObject({ found: false, result: 'COUPON_NOT_FOUND' });
    expect(rows.some((r) => r.entity_id.includes('00000000'))).toBe(false);
    env.clock.advance(MIN);
    expect((await lookup(cashier, '900000099999')).status).toBe(404);
  });

  it('claim-token minting: 20 per citizen per minute', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    env.clock.advance(MIN - (env.clock.now().getTime() % MIN) + 100);
    const [alice, bob] = await env.citizens(2);
    const mint = (token: string) => env.api('POST', `/api/v1/campaigns/${id}/claim-tokens`, { token });
    for (let i = 0; i < 20; i++) expect((await mint(alice.token)).status).toBe(201);
    expectRateLimited(await mint(alice.token), { min: 1, max: 60 });
    expect((await mint(bob.token)).status).toBe(201);
    env.clock.advance(MIN);
    expect((await mint(alice.token)).status).toBe(201);
  });
});
