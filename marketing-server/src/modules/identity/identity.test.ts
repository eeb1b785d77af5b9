import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { isValidIdNumber } from './id-number';
import { maskIdNumber, maskName } from '../../masking/mask';
import { registerPerson, verifyAs, verifySecondAccount } from '../../../test/identity';

describe.each(MODES)('identity (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  const wechatCode = async (userKey: string) => {
    const res = await fetch(`${env.platform.urls.wechat}/__mock/login`, {
      method: 'POST',
      body: JSON.stringify({ user_key: userKey }),
    });
    return ((await res.json()) as { code: string }).code;
  };

  it('logs a citizen in with a WeChat code through the code2session simulator; a code works once', async () => {
    const code = await wechatCode('alice');
    const first = await env.api('POST', '/api/v1/auth/wechat', { body: { code } });
    expect(first.status).toBe(200);
    expect(first.body.user.wechat_bound).toBe(true);
    const again = await env.api('POST', '/api/v1/auth/wechat', { body: { code } });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('WECHAT_CODE_INVALID');
    const second = await env.api('POST', '/api/v1/auth/wechat', {
      body: { code: await wechatCode('alice') },
    });
    expect(second.body.user.id).toBe(first.body.user.id);
    const me = await env.api('GET', '/api/v1/me', { token: second.body.token });
    expect(me.body.id).toBe(first.body.user.id);
  });

  it('logs a citizen in by phone + OTP read from the SMS simulator, with attempt limits', async () => {
    const phone = '13812345678';
    expect((await env.api('POST', '/api/v1/auth/otp', { body: { phone } })).status).toBe(202);
    const resend = await env.api('POST', '/api/v1/auth/otp', { body: { phone } });
    expect(resend.status).toBe(429);
    const inbox = (await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${phone}`)).json()) as {
      messages: { params: { code: string } }[];
    };
    const otp = inbox.messages.at(-1)!.params.code;
    const wrong = otp === '000000' ? '111111' : '000000';
    expect(
      (await env.api('POST', '/api/v1/auth/otp/verify', { body: { phone, code: wrong } })).body.code,
    ).toBe('OTP_INVALID');
    const ok = await env.api('POST', '/api/v1/auth/otp/verify', { body: { phone, code: otp } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.phone).toBe('138****5678');
    const reuse = await env.api('POST', '/api/v1/auth/otp/verify', { body: { phone, code: otp } });
    expect(reuse.status).toBe(401);
  });

  it('rejects wrong admin passwords and expired or forged tokens; enforces roles', async () => {
    const bad = await env.api('POST', '/api/v1/admin/auth/login', {
      body: { username: 'manager', password: 'nope' },
    });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('INVALID_CREDENTIALS');
    const cashier = await env.admin('cashier');
    const denied = await env.api('GET', '/api/v1/admin/ledger/check', { token: cashier });
    expect(denied.status).toBe(403);
    const forged = (await env.admin('manager')).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await env.api('GET', '/api/v1/admin/campaigns', { token: forged })).status).toBe(401);
    env.clock.advance(9 * 3600_000);
    const token = (
      await env.api('POST', '/api/v1/admin/auth/login', {
        body: { username: 'manager', password: 'correct horse battery staple' },
      })
    ).body.token;
    env.clock.advance(9 * 3600_000);
    const expired = await env.api('GET', '/api/v1/admin/campaigns', { token });
    expect(expired.status).toBe(401);
  });

  it('natural-person limit: one claim per ID number across accounts; unverified users are told to verify', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 10_000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
      limits: { per_user: { count: 1, period: 'lifetime' }, natural_person: true },
    });
    const [a, b] = await env.citizens(2);
    const unverified = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: a.token,
      idem: 'n1',
      body: {},
    });
    expect(unverified.body.code).toBe('NOT_ELIGIBLE');
    const person = await registerPerson(env);
    await verifyAs(env, a.token, person);
    // The same ID number from a second account: under review, not verified, until a reviewer shares it.
    await verifySecondAccount(env, b.token, person);
    expect((await env.api('GET', '/api/v1/me', { token: b.token })).body).toMatchObject({
      verified: true,
      real_name: maskName(person.name),
      id_number: maskIdNumber(person.id_number),
    });
    expect(
      (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: a.token, idem: 'n2', body: {} }))
        .status,
    ).toBe(201);
    const sameperson = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: b.token,
      idem: 'n3',
      body: {},
    });
    expect(sameperson.status).toBe(409);
    expect(sameperson.body.code).toBe('PERSON_LIMIT_REACHED');
  });

  it('masks personal data in admin claim lists unless an auditor unmasks (audited)', async () => {
    const phone = '13900001111';
    await env.api('POST', '/api/v1/auth/otp', { body: { phone } });
    const inbox = (await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${phone}`)).json()) as {
      messages: { params: { code: string } }[];
    };
    const login = await env.api('POST', '/api/v1/auth/otp/verify', {
      body: { phone, code: inbox.messages.at(-1)!.params.code },
    });
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: login.body.token, idem: 'm', body: {} });
    const masked = await env.api('GET', `/api/v1/admin/campaigns/${id}/claims`, {
      token: await env.admin('manager'),
    });
    expect(masked.body.items[0].phone).toBe('139****1111');
    expect(
      (
        await env.api('GET', `/api/v1/admin/campaigns/${id}/claims?unmask=true`, {
          token: await env.admin('manager'),
        })
      ).status,
    ).toBe(403);
    const clear = await env.api('GET', `/api/v1/admin/campaigns/${id}/claims?unmask=true&reason=kyc-check`, {
      token: await env.admin('auditor'),
    });
    expect(clear.body.items[0].phone).toBe(phone);
    const audit = await env.api('GET', `/api/v1/admin/audit-logs?action=pii.unmask&entity_id=${id}`, {
      token: await env.admin('auditor'),
    });
    expect(audit.body.items).toHaveLength(1);
  });

  it('validates ID numbers with their check digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
});
