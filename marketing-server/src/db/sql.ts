// The narrow SQL surface that services use. Hot paths (claims, redemptions) write raw SQL through it
// because a managed Sequelize transaction costs about half the throughput (shared/docs/MACHINE-NOTES.md);
// both dialects implement it so the same service code runs embedded (SQLite) and on MySQL.
export type Dialect = 'mysql' | 'sqlite';

export type Statement = { sql: string; params?: unknown[] };

export type ExecResult = { affectedRows: number; insertId: number };

/**
 * `mapError` turns an error this deferred statement caused into a domain error, and returns undefined
 * for errors that are not its own. A batched round trip reports one error without saying which
 * statement raised it, so each mapper must recognise its own (by table, key or column name).
 */
export type DeferOptions = { mapError?: (err: unknown) => Error | undefined };

export function mapDeferredError(err: unknown, mappers: ((err: unknown) => Error | undefined)[]): unknown {
  for (const map of mappers) {
    const mapped = map(err);
    if (mapped) return mapped;
  }
  return err;
}

export interface Sql {
  readonly dialect: Dialect;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string, params?: unknown[]): Promise<ExecResult>;
  /** Several statements in one round trip where the dialect allows; returns the rows of the last. */
  script<T = Record<string, unknown>>(statements: Statement[]): Promise<T[]>;
  /**
   * A write whose result nobody reads. In a MySQL transaction it is sent with the next round trip
   * (at the latest with COMMIT), so its errors surface there; elsewhere it runs at once.
   */
  defer(sql: string, params?: unknown[], opts?: DeferOptions): void | Promise<void>;
}

export interface Db extends Sql {
  /** Runs fn in one transaction; retried on deadlock/lock-wait on MySQL, serialised on SQLite. */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function isDuplicateKeyError(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; message?: string; original?: { code?: string } };
  const code = e?.code ?? e?.original?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    e?.errno === 1062 ||
    code === 'SQLITE_CONSTRAINT' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** Placeholders for a multi-row insert: rows(2, 3) → "(?,?,?),(?,?,?)". */
export function rowsPlaceholder(rows: number, cols: number): string {
  const one = `(${new Array(cols).fill('?').join(',')})`;
  return new Array(rows).fill(one).join(',');
}
