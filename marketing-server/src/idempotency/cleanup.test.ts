import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../test/harness';
import { purgeExpiredIdempotencyKeys } from './cleanup';

describe.each(MODES)('idempotency key retention (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('keeps records for 24 h and purges them after', async () => {
    const funder = await env.api('POST', '/api/v1/admin/funders', {
      token: await env.admin('registrar'),
      body: { name: '区财政局', kind: 'government' },
    });
    const dep = await env.api('POST', `/api/v1/admin/funders/${funder.body.id}/deposits`, {
      token: await env.admin('funder'),
      idem: 'keep-me',
      body: { amount_fen: 100, reference: 'r' },
    });
    expect(dep.status).toBe(201);
    const count = async () =>
      Number((await env.platform.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM idempotency_keys'))[0].n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    env.clock.advance(23 * 3600_000);
    expect(await purgeExpiredIdempotencyKeys(env.platform.db, env.clock, 2)).toBe(0);
    env.clock.advance(2 * 3600_000);
    expect(await purgeExpiredIdempotencyKeys(env.platform.db, env.clock, 2)).toBe(before);
    expect(await count()).toBe(0);
  });
});
