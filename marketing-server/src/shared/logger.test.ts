import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/harness';
import { createMysqlDb } from '../db/mysql';
import type { Db } from '../db/sql';
import { errorMapper } from '../http/errors';
import { createLogger } from './logger';

// A value a duplicate-key message quotes back, and that no personal-data mask would recognise.
const SECRET_ID = 'ord_Q7x9PrivateValue42';

/** The log lines written while fn runs. */
async function captureLog(fn: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe('no raw database messages in logs (mysql)', () => {
  let db: Db;
  let drop: () => Promise<void>;
  let dupError: Error;
  beforeAll(async () => {
    const t = await createTestDatabase();
    drop = t.drop;
    db = createMysqlDb(t.url, 2);
    await db.exec('CREATE TABLE orders_t (id VARCHAR(40) PRIMARY KEY)');
    await db.exec('INSERT INTO orders_t (id) VALUES (?)', [SECRET_ID]);
    dupError = await db.exec('INSERT INTO orders_t (id) VALUES (?)', [SECRET_ID]).then(
      () => {
        throw new Error('the duplicate insert succeeded');
      },
      (err: Error) => err,
    );
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('the driver error does quote the value (the premise)', () => {
    expect(dupError.message).toContain(SECRET_ID);
  });

  it('logger.error logs the code, errno and a fixed description, not the message', async () => {
    const lines = await captureLog(async () => createLogger('info').error('claim failed', { err: dupError }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(SECRET_ID);
    const logged = JSON.parse(lines[0]).err;
    expect(logged).toMatchObject({
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sql_state: '23000',
      message: 'database error ER_DUP_ENTRY: duplicate key',
    });
    expect(logged.stack).toMatch(/^\s+at /);
  });

  it('an unhandled DB error in a request is logged without its value', async () => {
    const ctx = { state: { requestId: 'req-1' }, method: 'POST', path: '/x', status: 200, body: undefined };
    const lines = await captureLog(() =>
      errorMapper(createLogger('info'))(ctx as never, () => Promise.reject(dupError)),
    );
    expect(ctx.status).toBe(500);
    expect(lines.join('')).toContain('ER_DUP_ENTRY');
    expect(lines.join('')).not.toContain(SECRET_ID);
  });

  it('other errors keep their message', async () => {
    const lines = await captureLog(async () =>
      createLogger('info').error('x', { err: new Error('bank timed out') }),
    );
    expect(JSON.parse(lines[0]).err.message).toBe('bank timed out');
  });
});
