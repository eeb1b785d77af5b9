import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, startEnv, type TestEnv } from '../../test/harness';
import { freePort, startServerProcess } from '../../test/server-process';
import { DEFAULT_LIMITS_ENV, expectRateLimited } from '../../test/rate-limits';

describe('rate limits across two server processes on one Redis', () => {
  let env: TestEnv;
  const children: ChildProcess[] = [];
  let ports: number[] = [];
  beforeAll(async () => {
    env = await startEnv('mysql', DEFAULT_LIMITS_ENV);
    ports = [await freePort(), await freePort()];
    children.push(
      await startServerProcess(env, ports[0], DEFAULT_LIMITS_ENV),
      await startServerProcess(env, ports[1], DEFAULT_LIMITS_ENV),
    );
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGTERM');
    await env?.close();
  });

  const post = async (process: number, p: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${ports[process]}/api/v1${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any, headers: res.headers };
  };

  it('failed admin logins on process A delay the next attempt on process B, right password included', async () => {
    const login = (p: number, password: string) =>
      post(p, '/admin/auth/login', { username: 'auditor', password });
    expect((await login(0, 'wrong-1')).status).toBe(401);
    expect((await login(1, 'wrong-2')).status).toBe(401);
    expect((await login(0, 'wrong-3')).status).toBe(401);
    expectRateLimited(await login(1, TEST_PASSWORD), { min: 1, max: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await login(1, TEST_PASSWORD)).status).toBe(200);
  });

  it('an OTP sent through process A holds the 60-s gap on process B', async () => {
    const phone = '13600000001';
    expect((await post(0, '/auth/otp', { phone })).status).toBe(202);
    expectRateLimited(await post(1, '/auth/otp', { phone }), { min: 59, max: 60 });
  });
});
