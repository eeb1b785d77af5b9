import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { type Db, type DeferOptions, type ExecResult, type Sql, type Statement } from './sql';

// Embedded mode is one process, so transactions are serialised by an in-process queue rather than
// left to fight over SQLite's single writer lock (which would surface as SQLITE_BUSY).
export function createSqliteDb(file: string): Db {
  const ctx = makeSqliteDbContext(file);
  const { sql, ready } = ctx;
  return {
    ...sql,
    async query<T>(text: string, params?: unknown[]) {
      await ready;
      await ctx.chain.catch(() => undefined);
      return sql.query<T>(text, params);
    },
    exec: exec.bind(null, ctx),
    async script<T>(statements: Statement[]) {
      await ready;
      const run = ctx.chain.then(() => sql.script<T>(statements));
      ctx.chain = run.catch(() => undefined);
      return run;
    },
    async defer(text: string, params?: unknown[], opts?: DeferOptions) {
      await this.exec(text, params).catch((err) => {
        throw opts?.mapError?.(err) ?? err;
      });
    },
    async tx<T>(fn: (s: Sql) => Promise<T>): Promise<T> {
      await ready;
      const run = ctx.chain.then(async () => {
        await sql.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(sql);
          await sql.exec('COMMIT');
          return result;
        } catch (err) {
          await sql.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
      ctx.chain = run.catch(() => undefined);
      return run;
    },
    ping: ping.bind(null, ctx),
    close: close.bind(null, ctx),
  };
}

type SqliteDbContext = ReturnType<typeof makeSqliteDbContext>;

/** The state and collaborators that createSqliteDb's operations share. */
function makeSqliteDbContext(file: string) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new sqlite3.Database(file);
  db.configure('busyTimeout', 10_000);
  const normalise = (params: unknown[]) =>
    params.map((p) => (p instanceof Date ? p.toISOString() : typeof p === 'boolean' ? (p ? 1 : 0) : p));
  const sql: Sql = {
    dialect: 'sqlite',
    query<T>(text: string, params: unknown[] = []) {
      return new Promise<T[]>((resolve, reject) =>
        db.all(text, normalise(params), (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
      );
    },
    exec(text: string, params: unknown[] = []) {
      return new Promise<ExecResult>((resolve, reject) =>
        db.run(text, normalise(params), function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ affectedRows: this.changes, insertId: this.lastID });
        }),
      );
    },
    async script<T>(statements: Statement[]) {
      let last: T[] = [];
      for (const s of statements) last = await sql.query<T>(s.sql, s.params ?? []);
      return last;
    },
    async defer(text: string, params: unknown[] = [], opts: DeferOptions = {}) {
      await sql.exec(text, params).catch((err) => {
        throw opts.mapError?.(err) ?? err;
      });
    },
  };
  const ready = (async () => {
    await sql.exec('PRAGMA journal_mode = WAL');
    await sql.exec('PRAGMA synchronous = NORMAL');
    await sql.exec('PRAGMA foreign_keys = ON');
  })();
  return { file, db, chain: Promise.resolve() as Promise<unknown>, normalise, sql: sql as Sql, ready };
}

async function exec(ctx: SqliteDbContext, text: string, params?: unknown[]) {
  const { ready, sql } = ctx;
  await ready;
  const run = ctx.chain.then(() => sql.exec(text, params));
  ctx.chain = run.catch(() => undefined);
  return run;
}

async function ping(ctx: SqliteDbContext) {
  const { sql } = ctx;
  await sql.query('SELECT 1');
}

function close(ctx: SqliteDbContext) {
  const { db } = ctx;
  return new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
}
