import { maskDeep } from '../masking/policy';

export type Logger = {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

// Database errors quote the values that broke a rule ("Duplicate entry '13800000000' for key …",
// "Data too long … value '…'"), and the masking below cannot know which words are values: such an
// error is logged by its code and a fixed description, never by its message.
const DB_ERROR_DESCRIPTIONS: Record<string, string> = {
  ER_DUP_ENTRY: 'duplicate key',
  ER_DUP_KEY: 'duplicate key',
  ER_NO_REFERENCED_ROW_2: 'foreign key: no such parent row',
  ER_ROW_IS_REFERENCED_2: 'foreign key: row still referenced',
  ER_DATA_TOO_LONG: 'value too long for its column',
  ER_TRUNCATED_WRONG_VALUE: 'value of the wrong type',
  ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: 'value of the wrong type',
  ER_WARN_DATA_OUT_OF_RANGE: 'value out of range',
  ER_BAD_NULL_ERROR: 'null in a NOT NULL column',
  ER_CHECK_CONSTRAINT_VIOLATED: 'check constraint violated',
  ER_LOCK_DEADLOCK: 'deadlock',
  ER_LOCK_WAIT_TIMEOUT: 'lock wait timeout',
  ER_PARSE_ERROR: 'SQL syntax error',
  ER_NO_SUCH_TABLE: 'no such table',
  ER_BAD_FIELD_ERROR: 'no such column',
  SQLITE_CONSTRAINT: 'constraint violated',
  SQLITE_BUSY: 'database busy',
};

type DbErrorLike = Error & { code?: unknown; errno?: unknown; sqlState?: unknown; sqlMessage?: unknown };

/** The driver error behind `err` when it is a database error (mysql2, sqlite3, or one Sequelize wraps). */
function databaseError(err: Error): DbErrorLike | null {
  const e = err as DbErrorLike & { parent?: unknown; original?: unknown };
  if (e.sqlMessage !== undefined || e.sqlState !== undefined) return e;
  if (typeof e.code === 'string' && /^(ER_|SQLITE_)/.test(e.code)) return e;
  const inner = e.parent ?? e.original;
  if (err.name.startsWith('Sequelize') && inner instanceof Error) return databaseError(inner) ?? e;
  return null;
}

const stackFrames = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');

/** An error as it may appear in a log line; a database error keeps only its code, errno and frames. */
export function loggableError(err: Error): Record<string, unknown> {
  const db = databaseError(err);
  if (!db) return { name: err.name, message: err.message, stack: err.stack };
  const code = typeof db.code === 'string' ? db.code : undefined;
  const base = code?.replace(/^(SQLITE_[A-Z]+?)_.*$/, '$1');
  const description = (code && (DB_ERROR_DESCRIPTIONS[code] ?? DB_ERROR_DESCRIPTIONS[base!])) ?? 'failed';
  return {
    name: err.name,
    code,
    errno: typeof db.errno === 'number' ? db.errno : undefined,
    sql_state: typeof db.sqlState === 'string' ? db.sqlState : undefined,
    message: `database error${code ? ` ${code}` : ''}: ${description}`,
    stack: stackFrames(err.stack),
  };
}

function serialise(fields: Record<string, unknown> | undefined) {
  if (!fields) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] = v instanceof Error ? loggableError(v) : v;
  }
  // Logs are read by many people; personal data is masked before it leaves the process.
  return maskDeep(out);
}

export function createLogger(level: keyof typeof LEVELS): Logger {
  const min = LEVELS[level];
  const write = (
    lvl: Exclude<keyof typeof LEVELS, 'silent'>,
    msg: string,
    fields?: Record<string, unknown>,
  ) => {
    if (LEVELS[lvl] < min) return;
    const line = JSON.stringify({ level: lvl, time: new Date().toISOString(), msg, ...serialise(fields) });
    (lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
