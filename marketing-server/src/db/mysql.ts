import mysql from 'mysql2/promise';
import type { Db, ExecResult, Sql } from './sql';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

function wrap(conn: mysql.Pool | mysql.PoolConnection): Sql {
  return {
    dialect: 'mysql',
    async query<T>(sql: string, params: unknown[] = []) {
      const [rows] = await conn.query(sql, params);
      return rows as T[];
    },
    async exec(sql: string, params: unknown[] = []): Promise<ExecResult> {
      const [res] = await conn.query(sql, params);
      const r = res as mysql.ResultSetHeader;
      return { affectedRows: r.affectedRows, insertId: Number(r.insertId) };
    },
  };
}

export function createMysqlDb(url: string, poolSize = 32): Db {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit: poolSize,
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    charset: 'utf8mb4',
  });
  const base = wrap(pool);
  return {
    ...base,
    async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const conn = await pool.getConnection();
        try {
          await conn.query('START TRANSACTION');
          const result = await fn(wrap(conn));
          await conn.query('COMMIT');
          return result;
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          const code = (err as { code?: string }).code;
          if (code && RETRYABLE.has(code) && attempt < 5) continue;
          throw err;
        } finally {
          conn.release();
        }
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
