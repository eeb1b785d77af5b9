import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RateLimits } from './security/rate-limit';

// Every setting comes from the environment; the defaults give the embedded mode a newcomer gets
// from `npm start` (SQLite file under ./data, in-process queue, simulators started in-process).
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Rate limits and lockouts (security/rate-limit.ts); the test harness raises the per-IP ones only. */
export const RATE_LIMIT_DEFAULTS = {
  RATE_LIMIT_LOGIN_DELAY_AFTER: 3,
  RATE_LIMIT_LOGIN_LOCK_AFTER: 10,
  RATE_LIMIT_LOGIN_LOCK_MINUTES: 15,
  RATE_LIMIT_LOGIN_IP_LOCK_AFTER: 50,
  RATE_LIMIT_OTP_SEND_PHONE_DAY: 10,
  RATE_LIMIT_OTP_SEND_IP_HOUR: 30,
  RATE_LIMIT_OTP_RESEND_SECONDS: 60,
  RATE_LIMIT_OTP_VERIFY_LOCK_AFTER: 5,
  RATE_LIMIT_OTP_VERIFY_LOCK_MINUTES: 15,
  RATE_LIMIT_COUPON_LOOKUP_MINUTE: 60,
  RATE_LIMIT_CLAIM_TOKEN_MINUTE: 20,
} as const;

function rateLimitEnv() {
  const entries = Object.entries(RATE_LIMIT_DEFAULTS).map(([name, value]) => [
    name,
    z.coerce.number().int().min(1).max(1_000_000_000).default(value),
  ]);
  return Object.fromEntries(entries) as Record<keyof typeof RATE_LIMIT_DEFAULTS, z.ZodDefault<z.ZodNumber>>;
}

function rateLimits(e: Record<keyof typeof RATE_LIMIT_DEFAULTS, number>): RateLimits {
  const MIN = 60_000;
  const login = { windowMs: 15 * MIN, delayBaseMs: 1000, delayMaxMs: 60_000 };
  return {
    adminLoginUser: {
      ...login,
      delayAfter: e.RATE_LIMIT_LOGIN_DELAY_AFTER,
      lockAfter: e.RATE_LIMIT_LOGIN_LOCK_AFTER,
      lockMs: e.RATE_LIMIT_LOGIN_LOCK_MINUTES * MIN,
    },
    // One address trying many usernames: no delays (offices share an address), a lock at the limit.
    adminLoginIp: {
      ...login,
      delayMaxMs: 0,
      delayAfter: e.RATE_LIMIT_LOGIN_IP_LOCK_AFTER,
      lockAfter: e.RATE_LIMIT_LOGIN_IP_LOCK_AFTER,
      lockMs: e.RATE_LIMIT_LOGIN_LOCK_MINUTES * MIN,
    },
    otpVerifyPhone: {
      windowMs: e.RATE_LIMIT_OTP_VERIFY_LOCK_MINUTES * MIN,
      delayAfter: e.RATE_LIMIT_OTP_VERIFY_LOCK_AFTER,
      delayBaseMs: 0,
      delayMaxMs: 0,
      lockAfter: e.RATE_LIMIT_OTP_VERIFY_LOCK_AFTER,
      lockMs: e.RATE_LIMIT_OTP_VERIFY_LOCK_MINUTES * MIN,
    },
    otpSendPhoneDay: { limit: e.RATE_LIMIT_OTP_SEND_PHONE_DAY, windowMs: 24 * 60 * MIN },
    otpSendIpHour: { limit: e.RATE_LIMIT_OTP_SEND_IP_HOUR, windowMs: 60 * MIN },
    otpResendMs: e.RATE_LIMIT_OTP_RESEND_SECONDS * 1000,
    couponLookupOperatorMinute: { limit: e.RATE_LIMIT_COUPON_LOOKUP_MINUTE, windowMs: MIN },
    claimTokenCitizenMinute: { limit: e.RATE_LIMIT_CLAIM_TOKEN_MINUTE, windowMs: MIN },
  };
}

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
  WECHAT_APP_SECRET: z.string().min(1).optional(),
  /** The subscribe-message template of 开抢提醒, chosen in the mini-program's WeChat console. */
  WECHAT_REMINDER_TEMPLATE_ID: z.string().min(1).max(128).optional(),
  SMS_API_URL: z.string().url().optional(),
  IDENTITY_REGISTRY_URL: z.string().url().optional(),
  VEHICLE_REGISTRY_URL: z.string().url().optional(),
  REGISTRY_API_TOKEN: z.string().min(8).optional(),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  RUN_JOBS: z.enum(['true', 'false']).default('true'),
  QUEUE_PREFIX: z.string().default('shuyuan'),
  CLAIM_STOCK_BUCKETS: z.coerce.number().int().min(1).max(256).default(128),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(512).default(64),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  SHUYUAN_DEV: z.enum(['true', 'false']).optional(),
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
  // e-CNY business system (modules/ecny): `id=url|operator code|notice secret`, `;` between operators.
  ECNY_OPERATORS: z.string().min(1).optional(),
  ECNY_INSTITUTION_CODE: z
    .string()
    .regex(/^[A-Z0-9]{14}$/)
    .default('C3135810000017'),
  CORE_BANKING_URL: z.string().url().optional(),
  ECNY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  // Hard wallets (modules/hard-wallet): the operator's card back end, its token, the issuer master key.
  HARD_WALLET_URL: z.string().url().optional(),
  HARD_WALLET_API_TOKEN: z.string().min(16).optional(),
  HARD_WALLET_MASTER_KEY: z.string().min(32).optional(),
  HW_TEMP_LOSS_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  HW_QUIET_PERIOD_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(7 * 24),
  HW_HEARTBEAT_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  HW_OFFLINE_AFTER_BEATS: z.coerce.number().int().min(1).max(100).default(3),
  // APIX open platform (modules/apix): the platform's SM2 private key (64 hex digits) that signs
  // responses and webhooks, and how long a webhook receiver may take.
  APIX_PLATFORM_SM2_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .optional(),
  APIX_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  // Prepaid supervision (modules/prepaid): the operating institution's contract ledger (escrow).
  ESCROW_API_URL: z.string().url().optional(),
  ESCROW_API_TOKEN: z.string().min(8).optional(),
  ESCROW_NOTIFY_SECRET: z.string().min(8).optional(),
  ESCROW_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  ...rateLimitEnv(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  embedded: boolean;
  /**
   * Development secrets and in-process simulators (WeChat, SMS, bank) are allowed: embedded mode, or
   * an explicit SHUYUAN_DEV=true. Anywhere else every secret and backend URL must be configured.
   */
  devBackends: boolean;
  redisUrl: string | undefined;
  dataDir: string;
  /** The citizen H5 build served at /h5/. */
  h5Dir: string;
  /** The admin panel build served at /admin/. */
  adminDir: string;
  tokenSecret: string;
  idHashSecret: string;
  wechat: { apiUrl: string | undefined; appId: string; appSecret: string; reminderTemplateId: string };
  sms: { apiUrl: string | undefined };
  /** Identity (name + ID number) and vehicle (plate → owner) registries; none: simulators in-process. */
  registries: { identityUrl: string | undefined; vehicleUrl: string | undefined; apiToken: string };
  /** The e-CNY business system's operators and core banking; none: simulators in-process (dev only). */
  ecny: {
    operators: string | undefined;
    institutionCode: string;
    coreUrl: string | undefined;
    timeoutMs: number;
  };
  /** Hard wallets: the card back end (none: simulator in-process, dev only) and the life-cycle clocks. */
  hardWallet: {
    url: string | undefined;
    apiToken: string;
    masterKey: string;
    tempLossHours: number;
    quietPeriodHours: number;
    heartbeatSeconds: number;
    offlineAfterBeats: number;
  };
  /** The escrow backend of prepaid supervision; none: the simulator in-process (dev only). */
  escrow: { apiUrl: string | undefined; apiToken: string; notifySecret: string; timeoutMs: number };
  seedDemo: boolean;
  runJobs: boolean;
  stockBuckets: number;
  dbPoolSize: number;
  /** How long a request waits for a free MySQL connection before it is answered 503. */
  dbAcquireTimeoutMs: number;
  /** Reverse proxies in front of us whose X-Forwarded-For/-Proto we believe (0: none). */
  trustedProxyCount: number;
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
  rateLimits: RateLimits;
  apix: { platformSm2PrivateKey: string; webhookTimeoutMs: number };
};

const DEV_TOKEN_SECRET = 'shuyuan-embedded-dev-token-secret';
/** Development only: a platform SM2 key derived from the token secret, stable across restarts. */
const devPlatformKey = (secret: string) =>
  createHash('sha256').update(`apix-platform:${secret}`).digest('hex');
const DEV_ID_HASH_SECRET = 'shuyuan-embedded-dev-id-hash-secret';
const DEV_WECHAT_APP_SECRET = 'demo-secret';
// The WeChat simulator accepts any template id; this one names what it is for.
const DEV_WECHAT_REMINDER_TEMPLATE_ID = 'tmpl-dev-campaign-opening';
// The bank simulator's default key; a real bank issues one per partner.
const DEV_BANK_CALLBACK_SECRET = 'bank-mock-secret';
const DEV_REGISTRY_API_TOKEN = 'registry-mock-token';
const DEV_HARD_WALLET_API_TOKEN = 'hard-wallet-mock-token';
const DEV_HARD_WALLET_MASTER_KEY = 'shuyuan-embedded-dev-issuer-master-key';
const DEV_ESCROW_API_TOKEN = 'escrow-mock-token';
const DEV_ESCROW_NOTIFY_SECRET = 'escrow-notify-secret';

/** A configuration the server must not start with; its message is meant for the operator, as is. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = z.infer<typeof envSchema>;

// What a deployment outside embedded mode must set, and why; dev defaults exist only in embedded mode.
const REQUIRED: { name: keyof Env; why: string; when?: (e: Env) => boolean }[] = [
  { name: 'TOKEN_SECRET', why: 'HMAC key of login and claim tokens' },
  { name: 'ID_HASH_SECRET', why: 'key for hashes of ID numbers and OTPs' },
  { name: 'WECHAT_API_URL', why: 'WeChat jscode2session endpoint' },
  { name: 'WECHAT_APP_SECRET', why: 'WeChat mini-program app secret' },
  { name: 'WECHAT_REMINDER_TEMPLATE_ID', why: 'subscribe-message template of 开抢提醒 (WeChat console)' },
  { name: 'SMS_API_URL', why: 'SMS gateway' },
  { name: 'BANK_API_URL', why: "operating institution's wallet API" },
  { name: 'BANK_PAYER_WALLET_ID', why: 'institutional wallet that pays red packets and settlements' },
  { name: 'BANK_CALLBACK_SECRET', why: 'key that signs bank callbacks' },
  { name: 'IDENTITY_REGISTRY_URL', why: 'authoritative real-name check (name + ID number)' },
  { name: 'VEHICLE_REGISTRY_URL', why: "registry that tells a plate's registered owner" },
  { name: 'REGISTRY_API_TOKEN', why: 'credential for the identity and vehicle registries' },
  { name: 'HARD_WALLET_URL', why: "operator's hard-wallet card back end (loads, unloads, chip reads)" },
  { name: 'HARD_WALLET_API_TOKEN', why: 'credential for the hard-wallet back end' },
  { name: 'HARD_WALLET_MASTER_KEY', why: 'issuer master key: per-card MAC/TAC keys and terminal keys' },
  { name: 'APIX_PLATFORM_SM2_KEY', why: 'SM2 private key that signs APIX responses and webhooks' },
  { name: 'ESCROW_API_URL', why: "operating institution's prepaid contract ledger (escrow)" },
  { name: 'ESCROW_API_TOKEN', why: 'credential for the escrow backend' },
  { name: 'ESCROW_NOTIFY_SECRET', why: "key that signs the escrow's notifications" },
  {
    name: 'REDIS_URL',
    why: 'several server processes on one MySQL share queues, locks and counters through one Redis',
    when: (e) => isMysqlUrl(e.DATABASE_URL),
  },
];

const isMysqlUrl = (url: string | undefined) => !!url && /^(mysql|mariadb):/.test(url);

/**
 * Embedded mode (no DATABASE_URL, or a sqlite: one, without Redis and outside NODE_ENV=production) may
 * use development secrets and in-process simulators; so may an explicit SHUYUAN_DEV=true (tests,
 * benches). SHUYUAN_DEV=false makes even embedded mode require everything.
 */
function allowsDevBackends(e: Env, nodeEnv: string | undefined): boolean {
  if (e.SHUYUAN_DEV) return e.SHUYUAN_DEV === 'true';
  const sqlite = !e.DATABASE_URL || e.DATABASE_URL.startsWith('sqlite:');
  return sqlite && !e.REDIS_URL && nodeEnv !== 'production';
}

function refuseMissing(e: Env, nodeEnv: string | undefined) {
  const missing = REQUIRED.filter((r) => (r.when ? r.when(e) : true) && !e[r.name]);
  if (!missing.length) return;
  const why = [
    e.DATABASE_URL && !e.DATABASE_URL.startsWith('sqlite:') ? 'DATABASE_URL is not SQLite' : '',
    e.REDIS_URL ? 'REDIS_URL is set' : '',
    nodeEnv === 'production' ? 'NODE_ENV=production' : '',
    e.SHUYUAN_DEV === 'false' ? 'SHUYUAN_DEV=false' : '',
  ].filter(Boolean);
  const width = Math.max(...missing.map((m) => m.name.length));
  throw new ConfigError(
    [
      `Refusing to start: not embedded mode (${why.join(', ')}), so there are no development secrets ` +
        'or in-process simulators, and these are not set:',
      ...missing.map((m) => `  ${m.name.padEnd(width)}  ${m.why}`),
      'Set them, or SHUYUAN_DEV=true for a development setup with in-process simulators.',
    ].join('\n'),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  const embedded = !e.DATABASE_URL;
  const devBackends = allowsDevBackends(e, env.NODE_ENV);
  if (!devBackends) refuseMissing(e, env.NODE_ENV);
  if (e.BANK_API_URL && (!e.BANK_PAYER_WALLET_ID || !e.BANK_CALLBACK_SECRET)) {
    throw new ConfigError('BANK_API_URL needs BANK_PAYER_WALLET_ID and BANK_CALLBACK_SECRET');
  }
  return {
    port: e.PORT,
    h5Dir: e.H5_DIR,
    adminDir: e.ADMIN_DIR,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(e.DATA_DIR, 'shuyuan.sqlite')}`,
    embedded,
    devBackends,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    tokenSecret: e.TOKEN_SECRET ?? DEV_TOKEN_SECRET,
    idHashSecret: e.ID_HASH_SECRET ?? DEV_ID_HASH_SECRET,
    ...loadExternalServicesConfig(e),
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : embedded,
    runJobs: e.RUN_JOBS === 'true',
    stockBuckets: e.CLAIM_STOCK_BUCKETS,
    dbPoolSize: e.DB_POOL_SIZE,
    dbAcquireTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS,
    trustedProxyCount: e.TRUSTED_PROXY_COUNT,
    queuePrefix: e.QUEUE_PREFIX,
    logLevel: e.LOG_LEVEL,
    bank: loadBankConfig(e),
    payouts: loadPayoutsConfig(e),
    queueStalledMs: e.QUEUE_STALLED_MS,
    rateLimits: rateLimits(e),
  };
}

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${details}`);
  }
  return parsed.data;
}

// The systems Shuyuan calls besides the bank. A missing secret falls back to its development value
// only where development backends are allowed: anywhere else refuseMissing has refused the start.
function loadExternalServicesConfig(
  e: Env,
): Pick<Config, 'wechat' | 'sms' | 'registries' | 'apix' | 'ecny' | 'hardWallet' | 'escrow'> {
  return {
    wechat: {
      apiUrl: e.WECHAT_API_URL,
      appId: e.WECHAT_APP_ID,
      appSecret: e.WECHAT_APP_SECRET ?? DEV_WECHAT_APP_SECRET,
      reminderTemplateId: e.WECHAT_REMINDER_TEMPLATE_ID ?? DEV_WECHAT_REMINDER_TEMPLATE_ID,
    },
    sms: { apiUrl: e.SMS_API_URL },
    registries: {
      identityUrl: e.IDENTITY_REGISTRY_URL,
      vehicleUrl: e.VEHICLE_REGISTRY_URL,
      apiToken: e.REGISTRY_API_TOKEN ?? DEV_REGISTRY_API_TOKEN,
    },
    apix: {
      platformSm2PrivateKey: e.APIX_PLATFORM_SM2_KEY ?? devPlatformKey(e.TOKEN_SECRET ?? DEV_TOKEN_SECRET),
      webhookTimeoutMs: e.APIX_WEBHOOK_TIMEOUT_MS,
    },
    ecny: {
      operators: e.ECNY_OPERATORS,
      institutionCode: e.ECNY_INSTITUTION_CODE,
      coreUrl: e.CORE_BANKING_URL,
      timeoutMs: e.ECNY_TIMEOUT_MS,
    },
    hardWallet: loadHardWalletConfig(e),
    escrow: {
      apiUrl: e.ESCROW_API_URL,
      apiToken: e.ESCROW_API_TOKEN ?? DEV_ESCROW_API_TOKEN,
      notifySecret: e.ESCROW_NOTIFY_SECRET ?? DEV_ESCROW_NOTIFY_SECRET,
      timeoutMs: e.ESCROW_TIMEOUT_MS,
    },
  };
}

function loadHardWalletConfig(e: Env): Config['hardWallet'] {
  return {
    url: e.HARD_WALLET_URL,
    apiToken: e.HARD_WALLET_API_TOKEN ?? DEV_HARD_WALLET_API_TOKEN,
    masterKey: e.HARD_WALLET_MASTER_KEY ?? DEV_HARD_WALLET_MASTER_KEY,
    tempLossHours: e.HW_TEMP_LOSS_HOURS,
    quietPeriodHours: e.HW_QUIET_PERIOD_HOURS,
    heartbeatSeconds: e.HW_HEARTBEAT_SECONDS,
    offlineAfterBeats: e.HW_OFFLINE_AFTER_BEATS,
  };
}

function loadBankConfig(e: Env): Config['bank'] {
  return {
    apiUrl: e.BANK_API_URL,
    callbackSecret: e.BANK_CALLBACK_SECRET ?? DEV_BANK_CALLBACK_SECRET,
    payerWalletId: e.BANK_PAYER_WALLET_ID,
    timeoutMs: e.BANK_TIMEOUT_MS,
    breakerCooldownMs: e.BANK_BREAKER_COOLDOWN_MS,
  };
}

function loadPayoutsConfig(e: Env): Config['payouts'] {
  return {
    maxAttempts: e.PAYOUT_MAX_ATTEMPTS,
    retryBaseMs: e.PAYOUT_RETRY_BASE_MS,
    leaseMs: e.PAYOUT_LEASE_MS,
    sweepSeconds: e.PAYOUT_SWEEP_SECONDS,
    concurrency: e.PAYOUT_CONCURRENCY,
    walletWaitDays: e.PAYOUT_WALLET_WAIT_DAYS,
  };
}
