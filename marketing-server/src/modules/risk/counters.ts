import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { refused } from '../../shared/domain-error';
import type { Clock } from '../../shared/time';

export type ClaimSignals = { userId: string; deviceId?: string; ip?: string };

/** Velocity facts a risk policy can use; every claim attempt counts, including this one. */
export type VelocityFacts = {
  user_claims_1h: number;
  user_claims_24h: number;
  device_claims_1h: number;
  device_users_24h: number;
  ip_claims_1h: number;
  ip_users_24h: number;
  subnet_users_24h: number;
  /** Value the user claimed today (China Standard Time), in fen. */
  user_amount_today_fen: number;
};

export interface RiskCounters {
  observe(s: ClaimSignals): Promise<VelocityFacts>;
  /** Adds a committed claim's value to the user's total for today. */
  addAmount(userId: string, amount_fen: number): Promise<void>;
}

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/** The /24 network of an IPv4 address (farms rotate addresses inside one subnet), else the address. */
export function subnetOf(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+)\.\d+$/.exec(ip);
  return v4 ? `${v4[1]}.0/24` : ip;
}

// One Lua call per claim: sliding windows as sorted sets scored by time, taken from Redis itself so
// every server process counts on one clock. KEYS: user, device, device-users, ip, ip-users, subnet-users
// (an empty key name skips that counter). ARGV: member id, user id.
const OBSERVE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local day, hour = ${DAY_MS}, ${HOUR_MS}
local function touch(key, member)
  if key == '' then return 0 end
  redis.call('ZADD', key, now, member)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - day)
  redis.call('PEXPIRE', key, day)
  return 1
end
local out = {}
for i, key in ipairs(KEYS) do
  local member = ARGV[1]
  if i == 3 or i == 5 or i == 6 then member = ARGV[2] end
  if touch(key, member) == 1 then
    out[#out + 1] = redis.call('ZCOUNT', key, now - hour, '+inf')
    out[#out + 1] = redis.call('ZCARD', key)
  else
    out[#out + 1] = 0
    out[#out + 1] = 0
  end
end
local today = math.floor((tonumber(t[1]) + 8 * 3600) / 86400)
out[#out + 1] = tonumber(redis.call('GET', ARGV[3] .. today) or '0')
return out`;

// The day is counted in China Standard Time from Redis's clock, like the windows above.
const ADD_AMOUNT_LUA = `
local t = redis.call('TIME')
local key = ARGV[1] .. math.floor((tonumber(t[1]) + 8 * 3600) / 86400)
redis.call('INCRBY', key, ARGV[2])
redis.call('EXPIRE', key, 172800)
return 1`;

function keysFor(s: ClaimSignals): string[] {
  const subnet = subnetOf(s.ip);
  return [
    `risk:u:${s.userId}:claims`,
    s.deviceId ? `risk:d:${s.deviceId}:claims` : '',
    s.deviceId ? `risk:d:${s.deviceId}:users` : '',
    s.ip ? `risk:i:${s.ip}:claims` : '',
    s.ip ? `risk:i:${s.ip}:users` : '',
    subnet ? `risk:n:${subnet}:users` : '',
  ];
}

const amountPrefix = (userId: string) => `risk:u:${userId}:amount:`;

function toFacts(v: number[]): VelocityFacts {
  return {
    user_claims_1h: v[0],
    user_claims_24h: v[1],
    device_claims_1h: v[2],
    device_users_24h: v[5],
    ip_claims_1h: v[6],
    ip_users_24h: v[9],
    subnet_users_24h: v[11],
    user_amount_today_fen: v[12] ?? 0,
  };
}

/** Money decisions fail closed: without the counters, no claim goes through unchecked. */
export const riskUnavailable = () => refused('RISK_UNAVAILABLE', '风控服务暂不可用，请稍后再试');

export function createRedisRiskCounters(redis: Redis): RiskCounters {
  return {
    async observe(s) {
      try {
        const keys = keysFor(s);
        const res = (await redis.eval(
          OBSERVE_LUA,
          keys.length,
          ...keys,
          randomUUID(),
          s.userId,
          amountPrefix(s.userId),
        )) as number[];
        return toFacts(res.map(Number));
      } catch {
        throw riskUnavailable();
      }
    },
    async addAmount(userId, amount_fen) {
      await redis.eval(ADD_AMOUNT_LUA, 0, amountPrefix(userId), amount_fen);
    },
  };
}

/** The same windows in process memory, for the embedded (single-process) mode. */
export function createMemoryRiskCounters(clock: Clock): RiskCounters {
  const sets = new Map<string, Map<string, number>>();
  const amounts = new Map<string, number>();
  const dayOf = (t: number) => Math.floor((t + 8 * 3600_000) / DAY_MS);
  let seq = 0;
  return {
    async addAmount(userId, amount_fen) {
      const key = `${userId}:${dayOf(clock.now().getTime())}`;
      amounts.set(key, (amounts.get(key) ?? 0) + amount_fen);
    },
    async observe(s) {
      const now = clock.now().getTime();
      const out: number[] = [];
      keysFor(s).forEach((key, i) => {
        if (!key) return out.push(0, 0);
        const set = sets.get(key) ?? new Map<string, number>();
        sets.set(key, set);
        set.set(i === 2 || i === 4 || i === 5 ? s.userId : String(++seq), now);
        let hour = 0;
        for (const [m, t] of set) {
          if (t <= now - DAY_MS) set.delete(m);
          else if (t >= now - HOUR_MS) hour++;
        }
        out.push(hour, set.size);
      });
      out.push(amounts.get(`${s.userId}:${dayOf(now)}`) ?? 0);
      return toFacts(out);
    },
  };
}
