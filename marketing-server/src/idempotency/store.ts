import type { Redis } from 'ioredis';
import { isDuplicateKeyError, type Db, type Sql } from '../db/sql';
import { refused } from '../shared/domain-error';

export type StoredResponse = { request_hash: string; status_code: number; body: string };

export type BeginResult =
  | { kind: 'proceed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in_flight' }
  /** A guard key (e.g. a sold-out flag) is set: refuse without running or locking anything. */
  | { kind: 'guarded' };

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
const LOCK_TTL_MS = 30_000;

/** Thrown inside a transaction when another request committed the same key first. */
export class IdempotencyRaceError extends Error {}

/**
 * Idempotency keys, stored durably in the database (written in the same transaction as the business
 * change) with Redis as a cache and in-flight lock across server processes. Without Redis (embedded,
 * one process) the lock is a Map and the cache is the database itself.
 */
export interface IdempotencyStore {
  /**
   * Replay, refuse as in flight, or take the in-flight lock. `guardKey` names a Redis flag that, when
   * set and nothing is to be replayed, answers 'guarded' in the same round trip.
   */
  begin(scope: string, key: string, guardKey?: string): Promise<BeginResult>;
  /** Called after commit (or failure): caches a committed response and releases the in-flight lock. */
  finish(scope: string, key: string, committed: StoredResponse | null): Promise<void>;
  findDurable(scope: string, key: string): Promise<StoredResponse | null>;
  saveInTx(sql: Sql, scope: string, key: string, response: StoredResponse, now: Date): Promise<void>;
  /** True when `begin` may have skipped the database (so a refusal should double-check it). */
  readonly cacheMayMiss: boolean;
}

async function findDurable(db: Db, scope: string, key: string): Promise<StoredResponse | null> {
  const rows = await db.query<{ request_hash: string; status_code: number; response_body: string }>(
    'SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE scope = ? AND idem_key = ?',
    [scope, key],
  );
  const r = rows[0];
  return r
    ? { request_hash: r.request_hash, status_code: Number(r.status_code), body: r.response_body }
    : null;
}

async function saveInTx(sql: Sql, scope: string, key: string, res: StoredResponse, now: Date) {
  // Deferred: on MySQL it travels with COMMIT; a concurrent commit of the same key surfaces there.
  await sql.defer(
    'INSERT INTO idempotency_keys (scope, idem_key, request_hash, status_code, response_body, created_at, expires_at) VALUES (?,?,?,?,?,?,?)',
    [
      scope,
      key,
      res.request_hash,
      res.status_code,
      res.body,
      now,
      new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    ],
    {
      mapError: (err) =>
        isDuplicateKeyError(err) && /PRIMARY|idempotency_keys/.test(String((err as Error).message))
          ? new IdempotencyRaceError('idempotency key committed concurrently')
          : undefined,
    },
  );
}

export function createMemoryIdempotencyStore(db: Db): IdempotencyStore {
  const inFlight = new Set<string>();
  return {
    cacheMayMiss: false,
    async begin(scope, key) {
      const id = `${scope}\u0000${key}`;
      if (inFlight.has(id)) return { kind: 'in_flight' };
      inFlight.add(id);
      const stored = await findDurable(db, scope, key).catch((err) => {
        inFlight.delete(id);
        throw err;
      });
      if (stored) {
        inFlight.delete(id);
        return { kind: 'replay', response: stored };
      }
      return { kind: 'proceed' };
    },
    async finish(scope, key) {
      inFlight.delete(`${scope}\u0000${key}`);
    },
    findDurable: (scope, key) => findDurable(db, scope, key),
    saveInTx,
  };
}

const BEGIN_LUA = `
local cached = redis.call('GET', KEYS[1])
if cached then return {'cached', cached} end
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[3]) == 1 then return {'guarded'} end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return {'go'} end
return {'busy'}`;

const FINISH_LUA = `
if ARGV[1] ~= '' then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
redis.call('DEL', KEYS[2])
return 1`;

export function createRedisIdempotencyStore(db: Db, redis: Redis): IdempotencyStore {
  const keys = (scope: string, key: string) => [`idem:r:${scope}:${key}`, `idem:l:${scope}:${key}`];
  return {
    cacheMayMiss: true,
    async begin(scope, key, guardKey) {
      const [cacheKey, lockKey] = keys(scope, key);
      // Without Redis no money-moving request can be checked for duplicates in flight: refuse clearly.
      const res = (await redis
        .eval(BEGIN_LUA, 3, cacheKey, lockKey, guardKey ?? lockKey, LOCK_TTL_MS, guardKey ? '1' : '0')
        .catch(() => {
          throw refused('SERVICE_UNAVAILABLE', '服务繁忙，请稍后重试');
        })) as string[];
      if (res[0] === 'cached') return { kind: 'replay', response: JSON.parse(res[1]) as StoredResponse };
      if (res[0] === 'guarded') return { kind: 'guarded' };
      if (res[0] === 'busy') return { kind: 'in_flight' };
      return { kind: 'proceed' };
    },
    async finish(scope, key, committed) {
      const [cacheKey, lockKey] = keys(scope, key);
      // After a commit a lost cache write costs only a database read on replay, and the lock expires
      // by itself: never turn a committed success into an error here. Not awaited: the answer need not
      // wait for this round trip. A retry through this process is sent after it on the same connection;
      // one through another process that overtakes it sees the lock (409, retry) or misses the cache and
      // meets the committed key in the database (replayed): both safe.
      void redis
        .eval(
          FINISH_LUA,
          2,
          cacheKey,
          lockKey,
          committed ? JSON.stringify(committed) : '',
          IDEMPOTENCY_TTL_MS,
        )
        .catch(() => undefined);
    },
    findDurable: (scope, key) => findDurable(db, scope, key),
    saveInTx,
  };
}
