import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, TEST_PASSWORD, type TestEnv } from '../../../test/harness';
import { sandboxApp, type SandboxApp } from '../../../test/apix';

// Partner users (issue 20 item 5): people of a partner organisation log into the developer portal
// through the admin login — its per-account and per-address limits and lockout apply to them — and
// read only their organisation's apps, keys, calls, webhooks and quota.

describe.each(MODES)('APIX partner users (%s)', (mode) => {
  let env: TestEnv;
  let mine: SandboxApp;
  let theirs: SandboxApp;
  let token: string;
  const login = (username: string, password: string, ip = '203.0.113.7') =>
    env.api('POST', '/api/v1/admin/auth/login', {
      body: { username, password },
      headers: { 'x-forwarded-for': ip },
    });
  beforeAll(async () => {
    env = await startEnv(mode);
    mine = await sandboxApp(env, undefined, { org_name: '甲银行' });
    theirs = await sandboxApp(env, undefined, { org_name: '乙支付' });
    const registrar = await env.admin('registrar');
    for (const [org, username] of [
      ['甲银行', 'dev.jia'],
      ['乙支付', 'dev.yi'],
    ])
      expect(
        (
          await env.api('POST', '/api/v1/admin/apix/partner-users', {
            token: registrar,
            body: { org_name: org, username, display_name: username, password: TEST_PASSWORD },
          })
        ).status,
      ).toBe(201);
    const res = await login('dev.jia', TEST_PASSWORD);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    token = res.body.token;
  });
  afterAll(async () => {
    await env?.close();
  });

  it("a partner user sees only their organisation's apps; another organisation's app is not found", async () => {
    await mine.client().call('getOpenV1Campaigns');
    await theirs.client().call('getOpenV1Campaigns');
    const apps = await env.api('GET', '/api/v1/partner/apix/apps', { token });
    expect(apps.status).toBe(200);
    expect(apps.body.org_name).toBe('甲银行');
    expect(apps.body.items.map((a: { id: string }) => a.id)).toEqual([mine.appId]);
    const detail = await env.api('GET', `/api/v1/partner/apix/apps/${mine.appId}`, { token });
    expect(detail.body.api_keys[0]).toMatchObject({ environment: 'sandbox', revealed: true });
    expect(JSON.stringify(detail.body)).not.toContain(mine.hmac.secret);
    const calls = await env.api('GET', `/api/v1/partner/apix/apps/${mine.appId}/calls`, { token });
    expect(calls.body.items.length).toBeGreaterThan(0);
    expect(new Set(calls.body.items.map((c: { app_id: string }) => c.app_id))).toEqual(new Set([mine.appId]));
    for (const path of ['', '/calls', '/endpoints', '/deliveries', '/quota-usage']) {
      const res = await env.api('GET', `/api/v1/partner/apix/apps/${theirs.appId}${path}`, { token });
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const reveal = await env.api(
      'POST',
      `/api/v1/partner/apix/apps/${theirs.appId}/api-keys/${theirs.apiKey.serial_no}/reveal`,
      { token },
    );
    expect(reveal.status).toBe(404);
    // The operators' routes stay closed to partner users.
    expect((await env.api('GET', '/api/v1/admin/apix/apps', { token })).status).toBe(403);
    expect((await env.api('GET', '/api/v1/admin/apix/calls', { token })).status).toBe(403);
  });

  it('wrong passwords: delays, then the account is locked (429 + Retry-After), the right password included', async () => {
    // Failures count in fixed 15-minute windows: start at the beginning of one.
    const windowMs = 15 * 60_000;
    env.clock.advance(windowMs - (env.clock.now().getTime() % windowMs) + 1000);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await login('dev.yi', 'wrong password!!', `198.51.100.${i}`);
      statuses.push(res.status);
      const retryS = Number(res.headers.get('retry-after'));
      if (res.status === 429 && retryS > 60) break;
      // Sit out the back-off delays (the lock counts failures, not requests).
      if (res.status === 429) env.clock.advance(retryS * 1000);
    }
    expect(
      statuses.filter((s) => s === 401),
      statuses.join(','),
    ).toHaveLength(10);
    const locked = await login('dev.yi', TEST_PASSWORD, '198.51.100.200');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    // The other partner's account is not affected.
    expect((await login('dev.jia', TEST_PASSWORD)).status).toBe(200);
  });
});
