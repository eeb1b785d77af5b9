import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../test/harness';
import { PoolTimeoutError } from './mysql';
import { errorMapper } from '../http/errors';
import { createLogger } from '../shared/logger';

describe('error mapper', () => {
  it('maps an exhausted connection pool to 503 SERVICE_BUSY with Retry-After', async () => {
    const headers: Record<string, string> = {};
    const ctx = {
      state: { requestId: 'req-1' },
      path: '/api/v1/x',
      status: 200,
      body: undefined as unknown,
      set: (k: string, v: string) => (headers[k.toLowerCase()] = v),
    };
    await errorMapper(createLogger('silent'))(ctx as never, () => Promise.reject(new PoolTimeoutError(50)));
    expect(ctx.status).toBe(503);
    expect(headers['retry-after']).toBe('1');
    expect(ctx.body).toEqual({ code: 'SERVICE_BUSY', message: '系统繁忙，请稍后再试', request_id: 'req-1' });
  });
});

// Two connections, both held by transactions that wait: the next request must not queue forever.
describe('database pool exhausted (mysql)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('mysql', { DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '300', RUN_JOBS: 'false' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('answers 503 SERVICE_BUSY with Retry-After within the acquire timeout, and serves again once freed', async () => {
    expect((await env.api('GET', '/api/v1/campaigns/cmp_none')).status).toBe(404);

    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holders = [0, 1].map(() =>
      env.platform.db.tx(async (sql) => {
        await sql.query('SELECT 1');
        await held;
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    try {
      const started = Date.now();
      const busy = await env.api('GET', '/api/v1/campaigns/cmp_none');
      expect(busy.status).toBe(503);
      expect(busy.body.code).toBe('SERVICE_BUSY');
      expect(busy.body.message).toBe('系统繁忙，请稍后再试');
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      release();
      await Promise.all(holders);
    }
    expect((await env.api('GET', '/api/v1/campaigns/cmp_none')).status).toBe(404);
  });
});
