import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Every setting comes from the environment; the defaults give the embedded mode a newcomer gets
// from `npm start` (SQLite file under ./data, in-process queue, simulators started in-process).
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  DATA_DIR: z.string().default(path.resolve(process.cwd(), 'data')),
  H5_DIR: z.string().default(path.resolve(REPO_ROOT, 'h5', 'dist')),
  ADMIN_DIR: z.string().default(path.resolve(REPO_ROOT, 'admin', 'dist')),
  TOKEN_SECRET: z.string().min(16).optional(),
  ID_HASH_SECRET: z.string().min(16).optional(),
  WECHAT_API_URL: z.string().url().optional(),
  WECHAT_APP_ID: z.string().default('wx-shuyuan-demo'),
  WECHAT_APP_SECRET: z.string().default('demo-secret'),
  SMS_API_URL: z.string().url().optional(),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  RUN_JOBS: z.enum(['true', 'false']).default('true'),
  QUEUE_PREFIX: z.string().default('shuyuan'),
  CLAIM_STOCK_BUCKETS: z.coerce.number().int().min(1).max(256).default(128),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(512).default(64),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  BANK_API_URL: z.string().url().optional(),
  BANK_CALLBACK_SECRET: z.string().min(8).optional(),
  BANK_PAYER_WALLET_ID: z
    .string()
    .regex(/^[0-9A-Za-z]{16}$/)
    .optional(),
  BANK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  BANK_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  PAYOUT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  PAYOUT_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  PAYOUT_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  PAYOUT_SWEEP_SECONDS: z.coerce.number().int().min(1).max(59).default(5),
  PAYOUT_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  PAYOUT_WALLET_WAIT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  QUEUE_STALLED_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  embedded: boolean;
  redisUrl: string | undefined;
  dataDir: string;
  /** The citizen H5 build served at /h5/. */
  h5Dir: string;
  /** The admin panel build served at /admin/. */
  adminDir: string;
  tokenSecret: string;
  idHashSecret: string;
  wechat: { apiUrl: string | undefined; appId: string; appSecret: string };
  sms: { apiUrl: string | undefined };
  seedDemo: boolean;
  runJobs: boolean;
  stockBuckets: number;
  dbPoolSize: number;
  queuePrefix: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  bank: {
    /** The operating institution's API; none: the simulator runs in-process. */
    apiUrl: string | undefined;
    callbackSecret: string;
    /** The platform's institutional (WT09) wallet that pays red packets and settlements. */
    payerWalletId: string | undefined;
    timeoutMs: number;
    breakerCooldownMs: number;
  };
  payouts: {
    maxAttempts: number;
    retryBaseMs: number;
    leaseMs: number;
    sweepSeconds: number;
    concurrency: number;
    /** How long a red packet waits for its citizen to bind a wallet before it goes back to the campaign. */
    walletWaitDays: number;
  };
  queueStalledMs: number;
};

const DEV_TOKEN_SECRET = 'shuyuan-embedded-dev-token-secret';
const DEV_ID_HASH_SECRET = 'shuyuan-embedded-dev-id-hash-secret';
// The bank simulator's default key; a real bank issues one per partner.
const DEV_BANK_CALLBACK_SECRET = 'bank-mock-secret';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${details}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  if (!embedded && (!e.TOKEN_SECRET || !e.ID_HASH_SECRET) && env.NODE_ENV === 'production') {
    throw new Error('TOKEN_SECRET and ID_HASH_SECRET are required when NODE_ENV=production');
  }
  if (e.BANK_API_URL && (!e.BANK_PAYER_WALLET_ID || !e.BANK_CALLBACK_SECRET)) {
    throw new Error('BANK_API_URL needs BANK_PAYER_WALLET_ID and BANK_CALLBACK_SECRET');
  }
  return {
    port: e.PORT,
    h5Dir: e.H5_DIR,
    adminDir: e.ADMIN_DIR,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(e.DATA_DIR, 'shuyuan.sqlite')}`,
    embedded,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    tokenSecret: e.TOKEN_SECRET ?? DEV_TOKEN_SECRET,
    idHashSecret: e.ID_HASH_SECRET ?? DEV_ID_HASH_SECRET,
    wechat: { apiUrl: e.WECHAT_API_URL, appId: e.WECHAT_APP_ID, appSecret: e.WECHAT_APP_SECRET },
    sms: { apiUrl: e.SMS_API_URL },
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : embedded,
    runJobs: e.RUN_JOBS === 'true',
    stockBuckets: e.CLAIM_STOCK_BUCKETS,
    dbPoolSize: e.DB_POOL_SIZE,
    queuePrefix: e.QUEUE_PREFIX,
    logLevel: e.LOG_LEVEL,
    bank: {
      apiUrl: e.BANK_API_URL,
      callbackSecret: e.BANK_CALLBACK_SECRET ?? DEV_BANK_CALLBACK_SECRET,
      payerWalletId: e.BANK_PAYER_WALLET_ID,
      timeoutMs: e.BANK_TIMEOUT_MS,
      breakerCooldownMs: e.BANK_BREAKER_COOLDOWN_MS,
    },
    payouts: {
      maxAttempts: e.PAYOUT_MAX_ATTEMPTS,
      retryBaseMs: e.PAYOUT_RETRY_BASE_MS,
      leaseMs: e.PAYOUT_LEASE_MS,
      sweepSeconds: e.PAYOUT_SWEEP_SECONDS,
      concurrency: e.PAYOUT_CONCURRENCY,
      walletWaitDays: e.PAYOUT_WALLET_WAIT_DAYS,
    },
    queueStalledMs: e.QUEUE_STALLED_MS,
  };
}
