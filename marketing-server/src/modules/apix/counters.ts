import type { Redis } from 'ioredis';
import { refused } from '../../shared/domain-error';

// What the gateway counts, shared by every server process through Redis (one process: memory).
export interface GatewayCounters {
  /** True the first time key is seen within ttlMs (a nonce), false on every reuse. */
  firstUse(key: string, ttlMs: number): Promise<boolean>;
  /** Adds one and answers the count; the key is forgotten after ttlMs. */
  incr(key: string, ttlMs: number): Promise<number>;
}

const INCR_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

export function createRedisGatewayCounters(redis: Redis): GatewayCounters {
  // Redis down means refusing: a nonce that cannot be remembered could be replayed.
  const call = async <T>(fn: () => Promise<T>) => {
    try {
      return await fn();
    } catch {
      throw refused('RATE_LIMIT_UNAVAILABLE', '服务暂时不可用，请稍后重试');
    }
  };
  return {
    firstUse: (key, ttlMs) => call(async () => (await redis.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK'),
    incr: (key, ttlMs) => call(async () => Number(await redis.eval(INCR_LUA, 1, key, ttlMs))),
  };
}

export function createMemoryGatewayCounters(): GatewayCounters {
  const entries = new Map<string, { n: number; until: number }>();
  let ops = 0;
  const live = (key: string) => {
    const e = entries.get(key);
    if (e && e.until <= Date.now()) entries.delete(key);
    return e && e.until > Date.now() ? e : undefined;
  };
  const sweep = () => {
    if (++ops % 1000) return;
    const now = Date.now();
    for (const [k, e] of entries) if (e.until <= now) entries.delete(k);
  };
  return {
    async firstUse(key, ttlMs) {
      sweep();
      if (live(key)) return false;
      entries.set(key, { n: 1, until: Date.now() + ttlMs });
      return true;
    },
    async incr(key, ttlMs) {
      sweep();
      const e = live(key);
      if (e) return ++e.n;
      entries.set(key, { n: 1, until: Date.now() + ttlMs });
      return 1;
    },
  };
}
