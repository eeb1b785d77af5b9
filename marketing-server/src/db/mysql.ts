import mysql from 'mysql2';
import {
  mapDeferredError,
  type Db,
  type DeferOptions,
  type ExecResult,
  type Sql,
  type Statement,
} from './sql';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

/** Every pooled connection stayed busy for the acquire timeout: the HTTP layer answers 503, Retry-After. */
export class PoolTimeoutError extends Error {
  readonly code = 'DB_POOL_TIMEOUT';
  constructor(timeoutMs: number) {
    super(`no free database connection within ${timeoutMs} ms`);
    this.name = 'PoolTimeoutError';
  }
}

export const isPoolTimeout = (err: unknown) => (err as { code?: unknown } | null)?.code === 'DB_POOL_TIMEOUT';

/**
 * mysql2's pool queues a caller for a connection without limit of time; under overload requests would
 * pile up until the load balancer gives up. This one gives up first, and hands a connection that
 * arrives after that straight back.
 */
function connectionGetter(pool: mysql.Pool, timeoutMs: number) {
  return () =>
    new Promise<mysql.PoolConnection>((resolve, reject) => {
      let waiting = true;
      const timer = setTimeout(() => {
        waiting = false;
        reject(new PoolTimeoutError(timeoutMs));
      }, timeoutMs);
      pool.getConnection((err, conn) => {
        if (!waiting) return err ? undefined : conn.release();
        waiting = false;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(conn);
      });
    });
}

type Conn = mysql.Pool | mysql.PoolConnection;
type Stmt = { sql: string; params: unknown[]; mapError?: (err: unknown) => Error | undefined };

// mysql2's callback API: its promise wrapper captures a stack trace per query (~4 % of a claim's CPU).
function run(conn: Conn, sql: string, params: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) =>
    conn.query(sql, params, (err, res) => (err ? reject(err) : resolve(res))),
  );
}

function toExec(res: unknown): ExecResult {
  const r = res as mysql.ResultSetHeader;
  return { affectedRows: r.affectedRows, insertId: Number(r.insertId) };
}

// A statement outside a transaction borrows a connection for itself, as pool.query would, but under
// the acquire timeout.
async function runPooled(getConnection: () => Promise<mysql.PoolConnection>, sql: string, params: unknown[]) {
  const conn = await getConnection();
  try {
    return await run(conn, sql, params);
  } finally {
    conn.release();
  }
}

const autocommit = (getConnection: () => Promise<mysql.PoolConnection>): Sql => ({
  dialect: 'mysql',
  query: async <T>(sql: string, params: unknown[] = []) =>
    (await runPooled(getConnection, sql, params)) as T[],
  exec: async (sql: string, params: unknown[] = []) => toExec(await runPooled(getConnection, sql, params)),
  async script<T>(statements: Statement[]) {
    if (statements.length === 1)
      return (await runPooled(getConnection, statements[0].sql, statements[0].params ?? [])) as T[];
    const results = (await runPooled(
      getConnection,
      statements.map((s) => s.sql).join(';\n'),
      statements.flatMap((s) => s.params ?? []),
    )) as unknown[];
    return results[results.length - 1] as T[];
  },
  // Outside a transaction there is no later round trip to ride on: run it now.
  async defer(sql: string, params: unknown[] = [], opts: DeferOptions = {}) {
    await runPooled(getConnection, sql, params).catch((err) => {
      throw opts.mapError?.(err) ?? err;
    });
  },
});

/**
 * A transaction on one connection where statements whose result nobody reads (BEGIN, deferred writes,
 * COMMIT) ride along with the next round trip as one multi-statement query. On this kind of machine
 * round trips, not SQL, are what a claim spends its time on: a fixed-amount claim is one round trip.
 * Every value is bound through placeholders, which is what makes `multipleStatements` safe here.
 */
function inTransaction(conn: mysql.PoolConnection) {
  const pending: Stmt[] = [{ sql: 'START TRANSACTION', params: [] }];
  // Returns the result of the last statement, whatever was pending before it.
  const send = async (sql: string, params: unknown[], more: Stmt[] = []) => {
    const batch = [...pending, { sql, params }, ...more];
    pending.length = 0;
    if (batch.length === 1) return run(conn, sql, params);
    try {
      const text = batch.map((s) => s.sql).join(';\n');
      const results = (await run(
        conn,
        text,
        batch.flatMap((s) => s.params),
      )) as unknown[];
      return results[results.length - 1];
    } catch (err) {
      throw mapDeferredError(
        err,
        batch.flatMap((s) => (s.mapError ? [s.mapError] : [])),
      );
    }
  };
  const sql: Sql = {
    dialect: 'mysql',
    query: async <T>(text: string, params: unknown[] = []) => (await send(text, params)) as T[],
    exec: async (text: string, params: unknown[] = []) => toExec(await send(text, params)),
    async script<T>(statements: Statement[]) {
      const [head, ...rest] = statements.map((s) => ({ sql: s.sql, params: s.params ?? [] }));
      return (await send(head.sql, head.params, rest)) as T[];
    },
    defer(text: string, params: unknown[] = [], opts: DeferOptions = {}) {
      pending.push({ sql: text, params, mapError: opts.mapError });
    },
  };
  return { sql, commit: () => send('COMMIT', []) };
}

export function createMysqlDb(url: string, poolSize = 32, acquireTimeoutMs = 10_000): Db {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit: poolSize,
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: false,
    charset: 'utf8mb4',
    multipleStatements: true,
  });
  const getConnection = connectionGetter(pool, acquireTimeoutMs);
  return {
    ...autocommit(getConnection),
    async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const conn = await getConnection();
        try {
          const t = inTransaction(conn);
          const result = await fn(t.sql);
          await t.commit();
          return result;
        } catch (err) {
          await run(conn, 'ROLLBACK', []).catch(() => undefined);
          const code = (err as { code?: string }).code;
          if (code && RETRYABLE.has(code) && attempt < 5) continue;
          throw err;
        } finally {
          conn.release();
        }
      }
    },
    async ping() {
      await runPooled(getConnection, 'SELECT 1', []);
    },
    async close() {
      await new Promise<void>((resolve) => pool.end(() => resolve()));
    },
  };
}
