import type { Redis } from 'ioredis';
import { DomainError, refused } from '../shared/domain-error';
import type { Clock } from '../shared/time';

// Rate limits and lockouts, counted in Redis when there is one (every server process shares them) and
// in process memory in the embedded mode. Windows are fixed and counted on the platform clock, so a
// test's clock moves them; Redis expiry only collects old keys. Windows start at 00:00 China Standard
// Time, so a one-day window is the calendar day.

/** At most `limit` hits per fixed window of `windowMs`. */
export type WindowLimit = { limit: number; windowMs: number };

/**
 * Failures within a fixed window of `windowMs`: from the `delayAfter`-th on, the next attempt waits
 * `delayBaseMs`, doubling with each failure up to `delayMaxMs` (0 turns delays off); the `lockAfter`-th
 * locks the key for `lockMs`, the right password or code included.
 */
export type FailurePolicy = {
  windowMs: number;
  delayAfter: number;
  delayBaseMs: number;
  delayMaxMs: number;
  lockAfter: number;
  lockMs: number;
};

export type RateLimits = {
  adminLoginUser: FailurePolicy;
  adminLoginIp: FailurePolicy;
  otpVerifyPhone: FailurePolicy;
  otpSendPhoneDay: WindowLimit;
  otpSendIpHour: WindowLimit;
  /** The least time between two codes sent to one phone. */
  otpResendMs: number;
  couponLookupOperatorMinute: WindowLimit;
  claimTokenCitizenMinute: WindowLimit;
};

/** What a counter store must do atomically; one per process (memory) or shared (Redis). */
export interface CounterStore {
  /** Adds one to key and returns the new count; the key is forgotten after ttlMs. */
  incr(key: string, ttlMs: number): Promise<number>;
  /** Takes one off key's count, if it still exists. */
  decr(key: string): Promise<void>;
  /**
   * One attempt under a failure policy, atomically: refused (`retryMs` > 0) while the block key holds
   * an instant after nowMs; otherwise counted as a failure until proven otherwise, and the block key
   * set when this count calls for a delay or a lock (`blockMs`).
   */
  attempt(
    counterKey: string,
    blockKey: string,
    nowMs: number,
    p: FailurePolicy,
  ): Promise<{ failures: number; retryMs: number; blockMs: number }>;
  /** Stores nowMs + ms under key unless the instant there is still ahead; returns the ms left, 0 if set. */
  acquireCooldown(key: string, nowMs: number, ms: number): Promise<number>;
  del(keys: string[]): Promise<void>;
}

/** How long the `failures`-th failure blocks the next attempt under p (0: not at all). */
export function blockMsAfter(failures: number, p: FailurePolicy): number {
  if (failures >= p.lockAfter) return p.lockMs;
  if (p.delayMaxMs > 0 && failures >= p.delayAfter)
    return Math.min(p.delayMaxMs, p.delayBaseMs * 2 ** (failures - p.delayAfter));
  return 0;
}

export class RateLimitedError extends DomainError {
  declare readonly retryAfterS: number;
  constructor(retryAfterMs: number) {
    const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super('RATE_LIMITED', `操作过于频繁，请 ${s} 秒后再试`, { retry_after_s: s }, { retryAfterS: s });
  }
}

const CST_OFFSET_MS = 8 * 3600_000;
// Keeps a counter a little past its window, for clocks that drift between processes.
const TTL_SLACK_MS = 60_000;

function windowOf(nowMs: number, windowMs: number) {
  const index = Math.floor((nowMs + CST_OFFSET_MS) / windowMs);
  const endMs = (index + 1) * windowMs - CST_OFFSET_MS;
  return { index, endMs };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function createRateLimiter(opts: {
  store: CounterStore;
  clock: Clock;
  prefix: string;
  limits: RateLimits;
}) {
  const { store, clock, limits } = opts;
  const k = (...parts: string[]) => `${opts.prefix}:rl:${parts.join(':')}`;

  /** Counts one hit on every (limit, key); refuses with 429 when any of them went over. */
  async function take(checks: { name: string; key: string; limit: WindowLimit }[]) {
    const now = clock.now().getTime();
    let retryMs = 0;
    for (const c of checks) {
      const w = windowOf(now, c.limit.windowMs);
      const count = await store.incr(k(c.name, c.key, String(w.index)), c.limit.windowMs + TTL_SLACK_MS);
      if (count > c.limit.limit) retryMs = Math.max(retryMs, w.endMs - now);
    }
    if (retryMs > 0) throw new RateLimitedError(retryMs);
  }

  /** Lets one hit through per `ms` for key, atomically (two parallel requests: one passes). */
  async function cooldown(name: string, key: string, ms: number) {
    const left = await store.acquireCooldown(k(name, 'cd', key), clock.now().getTime(), ms);
    if (left > 0) throw new RateLimitedError(left);
  }

  const failKeys = (name: string, key: string, p: FailurePolicy) => {
    const w = windowOf(clock.now().getTime(), p.windowMs);
    return { counter: k(name, 'fail', key, String(w.index)), block: k(name, 'block', key) };
  };

  /**
   * Lets an attempt (a password, a code) through unless key is delayed or locked, counting it as a
   * failure at once: parallel guesses cannot slip past the count while the first ones are checked.
   * `locked` is true for the one attempt that locked the key.
   */
  async function attempt(name: string, key: string, p: FailurePolicy) {
    const keys = failKeys(name, key, p);
    const r = await store.attempt(keys.counter, keys.block, clock.now().getTime(), p);
    if (r.retryMs > 0) throw new RateLimitedError(r.retryMs);
    return { failures: r.failures, locked: r.failures === p.lockAfter, blocked: r.blockMs > 0 };
  }

  /** The attempt succeeded: forget every failure of key, and the delay or lock they caused. */
  async function reset(name: string, key: string, p: FailurePolicy) {
    const keys = failKeys(name, key, p);
    await store.del([keys.counter, keys.block]);
  }

  /** The attempt succeeded: take back only its own count (and the block it set, if it set one). */
  async function release(name: string, key: string, p: FailurePolicy, taken: { blocked: boolean }) {
    const keys = failKeys(name, key, p);
    await store.decr(keys.counter);
    if (taken.blocked) await store.del([keys.block]);
  }

  return { limits, take, cooldown, attempt, reset, release };
}

// KEYS[1]; ARGV: ttl ms. INCR and PEXPIRE in one script: a counter never outlives its window.
const INCR_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

// KEYS: counter, block; ARGV: now ms, window ms, delay after, delay base ms, delay max ms, lock after,
// lock ms, slack ms. Returns failures, ms to wait (refused), ms blocked by this attempt.
const ATTEMPT_LUA = `
local now = tonumber(ARGV[1])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return {0, blocked - now, 0} end
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[8])) end
local wait = 0
if n >= tonumber(ARGV[6]) then wait = tonumber(ARGV[7])
elseif tonumber(ARGV[5]) > 0 and n >= tonumber(ARGV[3]) then
  wait = math.floor(math.min(tonumber(ARGV[5]), tonumber(ARGV[4]) * 2 ^ (n - tonumber(ARGV[3]))))
end
if wait > 0 then redis.call('SET', KEYS[2], now + wait, 'PX', wait + tonumber(ARGV[8])) end
return {n, 0, wait}`;

// KEYS[1]: a counter that may have expired meanwhile, which must not come back as -1.
const DECR_LUA = `
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('DECR', KEYS[1]) end
return 1`;

// KEYS[1]; ARGV: now ms, cooldown ms, ttl ms.
const COOLDOWN_LUA = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
if cur > now then return cur - now end
redis.call('SET', KEYS[1], now + tonumber(ARGV[2]), 'PX', ARGV[3])
return 0`;

/** Counters every server process shares. Redis down means refusing, not letting everything through. */
export function createRedisCounterStore(redis: Redis): CounterStore {
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch {
      throw refused('RATE_LIMIT_UNAVAILABLE', '服务暂时不可用，请稍后重试');
    }
  };
  return {
    incr: (key, ttlMs) => call(async () => Number(await redis.eval(INCR_LUA, 1, key, ttlMs))),
    decr: (key) => call(async () => void (await redis.eval(DECR_LUA, 1, key))),
    attempt: (counter, block, nowMs, p) =>
      call(async () => {
        const args = [p.windowMs, p.delayAfter, p.delayBaseMs, p.delayMaxMs, p.lockAfter, p.lockMs];
        const r = (await redis.eval(
          ATTEMPT_LUA,
          2,
          counter,
          block,
          nowMs,
          ...args,
          TTL_SLACK_MS,
        )) as number[];
        return { failures: Number(r[0]), retryMs: Number(r[1]), blockMs: Number(r[2]) };
      }),
    acquireCooldown: (key, nowMs, ms) =>
      call(async () => Number(await redis.eval(COOLDOWN_LUA, 1, key, nowMs, ms, ms + TTL_SLACK_MS))),
    del: (keys) => call(async () => void (keys.length ? await redis.del(...keys) : 0)),
  };
}

/**
 * The same counters in this process's memory (embedded mode: one process). Expiry runs on the real
 * clock, like Redis's; entries past it are swept now and then so the map does not grow without end.
 */
export function createMemoryCounterStore(): CounterStore {
  const entries = new Map<string, { value: number; expiresAt: number }>();
  let ops = 0;
  const live = (key: string) => {
    const e = entries.get(key);
    if (e && e.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };
  const sweep = () => {
    if (++ops % 1000 !== 0) return;
    const now = Date.now();
    for (const [key, e] of entries) if (e.expiresAt <= now) entries.delete(key);
  };
  const put = (key: string, value: number, ttlMs: number) =>
    entries.set(key, { value, expiresAt: Date.now() + ttlMs });
  return {
    async incr(key, ttlMs) {
      sweep();
      const e = live(key);
      if (e) return ++e.value;
      put(key, 1, ttlMs);
      return 1;
    },
    async decr(key) {
      const e = live(key);
      if (e) e.value--;
    },
    async attempt(counter, block, nowMs, p) {
      sweep();
      const blocked = live(block)?.value ?? 0;
      if (blocked > nowMs) return { failures: 0, retryMs: blocked - nowMs, blockMs: 0 };
      const e = live(counter);
      const failures = e ? ++e.value : (put(counter, 1, p.windowMs + TTL_SLACK_MS), 1);
      const blockMs = blockMsAfter(failures, p);
      if (blockMs > 0) put(block, nowMs + blockMs, blockMs + TTL_SLACK_MS);
      return { failures, retryMs: 0, blockMs };
    },
    async acquireCooldown(key, nowMs, ms) {
      sweep();
      const cur = live(key)?.value ?? 0;
      if (cur > nowMs) return cur - nowMs;
      put(key, nowMs + ms, ms + TTL_SLACK_MS);
      return 0;
    },
    async del(keys) {
      for (const key of keys) entries.delete(key);
    },
  };
}
