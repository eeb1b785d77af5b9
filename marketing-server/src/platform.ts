import http from 'node:http';
import { Redis } from 'ioredis';
import { createBankWalletClient, type BankWalletClient } from './connectors/bank-wallet/client';
import { createIdentityRegistryClient, createVehicleRegistryClient } from './connectors/registries/client';
import { buildApp } from './app';
import type { Config } from './config';
import { migrate, openDatabase } from './db';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore } from './idempotency/store';
import { createBullQueue, createInProcessQueue, throttledRedisError, type JobQueue } from './queue/queue';
import { createTokenService } from './security/tokens';
import { createClaimTokens } from './security/claim-tokens';
import { createAccessControl } from './security/access';
import { createMemoryCounterStore, createRateLimiter, createRedisCounterStore } from './security/rate-limit';
import { createLogger, type Logger } from './shared/logger';
import { systemClock, type Clock } from './shared/time';
import { startIdempotencyCleanupJob } from './idempotency/cleanup';
import { MODULES } from './modules';
import { checkLedger } from './modules/ledger';
import {
  adoptEmbeddedBank,
  createEmbeddedDemo,
  refuseSimulatorsOutsideDev,
  startSimulators,
  type Simulators,
} from './platform/embedded';
import {
  ledgerInvariantsOf,
  partnerOperationsOf,
  type EmbeddedHandles,
  type ModuleContext,
  type PlatformInfra,
  type StopJob,
} from './platform/module';
import { createModuleServices } from './platform/services';

const CITIZEN_TOKEN_TTL_S = 7 * 86400;
// An admin token lives 30 minutes (the panel refreshes it); its session at most a working day.
const ADMIN_TOKEN_TTL_S = 30 * 60;
const ADMIN_SESSION_MAX_S = 12 * 3600;

export type Platform = Awaited<ReturnType<typeof createPlatform>>;

type Backends = { redis: Redis | null; queue: JobQueue };

/** Redis and bull when configured, their in-process equivalents otherwise. */
function openBackends(config: Config, logger: Logger): Backends {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, {
        maxRetriesPerRequest: 2,
        // Commands issued in the same tick share one socket write: under load most system time is
        // spent in socket syscalls, and this is the cheapest way to make fewer of them.
        enableAutoPipelining: true,
      })
    : null;
  redis?.on('error', throttledRedisError(logger, 'redis'));
  const queue: JobQueue = config.redisUrl
    ? createBullQueue(config.redisUrl, logger, config.queuePrefix, {
        stalledIntervalMs: config.queueStalledMs,
        concurrency: config.payouts.concurrency + 4,
      })
    : createInProcessQueue(logger);
  return { redis, queue };
}

function bankClientOf(config: Config, sims: Simulators): BankWalletClient {
  return createBankWalletClient({
    baseUrl: sims.urls.bank,
    timeoutMs: config.bank.timeoutMs,
    breaker: { failureThreshold: 5, cooldownMs: config.bank.breakerCooldownMs },
  });
}

type Hooks = { listening: ((baseUrl: string) => unknown)[]; closing: (() => unknown)[] };

/** What every module's services are built from (the database, backends, simulators, tokens). */
function infraOf(
  base: Pick<PlatformInfra, 'config' | 'db' | 'clock' | 'logger' | 'queue' | 'redis' | 'bank' | 'sims'>,
  hooks: Hooks,
): PlatformInfra {
  const { config, clock, sims, db } = base;
  const now = () => clock.now().getTime();
  return {
    ...base,
    registries: {
      identity: createIdentityRegistryClient(sims.urls.identityRegistry, config.registries.apiToken),
      vehicles: createVehicleRegistryClient(sims.urls.vehicleRegistry, config.registries.apiToken),
    },
    tokens: createTokenService(config.tokenSecret, CITIZEN_TOKEN_TTL_S, now),
    adminTokens: createTokenService(config.tokenSecret, ADMIN_TOKEN_TTL_S, now),
    accessControl: createAccessControl({ db, clock, sessionMaxSeconds: ADMIN_SESSION_MAX_S }),
    partnerOperations: () => partnerOperationsOf(MODULES),
    onListening: (fn) => void hooks.listening.push(fn),
    onClose: (fn) => void hooks.closing.push(fn),
    embedded: {},
  };
}

/** Every module's timers and sweeps, in module order; the queue starts once all processors are set. */
async function startJobs(ctx: ModuleContext, queue: JobQueue): Promise<StopJob[]> {
  const stopJobs: StopJob[] = [startIdempotencyCleanupJob(ctx.db, ctx.clock, ctx.logger)];
  for (const m of MODULES) for (const job of m.jobs ?? []) stopJobs.push(await job.start(ctx));
  queue.start();
  return stopJobs;
}

function rateLimiterOf(config: Config, redis: Redis | null, clock: Clock) {
  return createRateLimiter({
    store: redis ? createRedisCounterStore(redis) : createMemoryCounterStore(),
    clock,
    prefix: config.queuePrefix,
    limits: config.rateLimits,
  });
}

function webAppsOf(config: Config) {
  return [
    {
      mountPath: '/h5',
      root: config.h5Dir,
      missingHint: '市民端 H5 尚未构建：在仓库根目录运行 npm run build:h5',
    },
    {
      mountPath: '/admin',
      root: config.adminDir,
      missingHint: '管理后台尚未构建：在仓库根目录运行 npm run build:admin',
    },
  ];
}

/** The base URL the server's own callbacks reach it at (loopback when it listens on every address). */
function selfUrl(host: string, server: http.Server): string | null {
  const addr = server.address();
  if (!addr || typeof addr !== 'object') return null;
  return `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${addr.port}`;
}

/**
 * Closes the Redis connection after the commands already sent are answered (a fire-and-forget one
 * such as the idempotency finish included): disconnect() alone rejects them with "Connection is
 * closed", which surfaced as an unhandled rejection after a platform restart in a test run. A Redis
 * that is gone is not waited for.
 */
async function quitRedis(redis: Redis) {
  const gone = new Promise((resolve) => setTimeout(resolve, 1000).unref());
  await Promise.race([redis.quit().catch(() => undefined), gone]);
  redis.disconnect();
}

type ServerParts = {
  app: ReturnType<typeof buildApp>;
  config: Config;
  embedded: ReturnType<typeof createEmbeddedDemo>;
  hooks: Hooks;
  stopJobs: StopJob[];
  queue: JobQueue;
  sims: Simulators;
  redis: Redis | null;
  database: Awaited<ReturnType<typeof openDatabase>>;
};

/** listen() and close() of one platform: what starts with the port, and the order of shutdown. */
function serverControls(parts: ServerParts) {
  const { app, config, embedded, hooks, stopJobs, queue, sims, redis, database } = parts;
  const db = database.db;
  let server: http.Server | null = null;
  return {
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve) => server!.listen(port, host, resolve));
      const base = selfUrl(host, server);
      if (base) {
        // The in-process bank and gates, then the modules, learn where to send their callbacks.
        const addr = server.address() as { port: number };
        await embedded.listened(host, addr.port);
        for (const fn of hooks.listening) await fn(base);
      }
      return server;
    },
    async close() {
      for (const stop of stopJobs) await stop();
      for (const fn of hooks.closing) await fn();
      if (server) {
        server.closeAllConnections();
        await new Promise((r) => server!.close(r));
      }
      await queue.close();
      await Promise.all(sims.running.map((m) => m.close()));
      if (redis) await quitRedis(redis);
      await db.close();
      await database.sequelize.close();
    },
  };
}

/**
 * Wires one server process: database (migrated), Redis and bull when configured (in-process
 * equivalents otherwise), simulators in embedded mode, every module's services (built by the
 * modules' own providers), timers and the Koa app. This function names no module.
 */
export async function createPlatform(config: Config, opts: { clock?: Clock; logger?: Logger } = {}) {
  refuseSimulatorsOutsideDev(config);
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database = await openDatabase(config.databaseUrl, {
    poolSize: config.dbPoolSize,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
  });
  await migrate(database);
  const { db } = database;
  const { redis, queue } = openBackends(config, logger);
  const idempotency = redis ? createRedisIdempotencyStore(db, redis) : createMemoryIdempotencyStore(db);
  // Embedded mode: a simulator for every backend without a URL (platform/embedded.ts).
  const sims = await startSimulators(config, clock);
  const bank = bankClientOf(config, sims);
  await adoptEmbeddedBank(sims, db, clock);
  const hooks: Hooks = { listening: [], closing: [] };
  const infra = infraOf({ config, db, clock, logger, queue, redis, bank, sims }, hooks);
  const services = await createModuleServices(MODULES, infra);
  const moduleContext: ModuleContext = {
    db,
    clock,
    logger,
    config,
    services,
    claimTokens: createClaimTokens(config.tokenSecret),
    ledgerInvariants: ledgerInvariantsOf(MODULES),
    partnerOperations: partnerOperationsOf(MODULES),
  };
  const stopJobs = config.runJobs ? await startJobs(moduleContext, queue) : [];
  const embedded = createEmbeddedDemo({ sims, config, db, clock, parking: services.parking });
  const app = buildApp({
    db,
    redis,
    clock,
    logger,
    tokens: infra.tokens,
    access: infra.accessControl,
    idempotency,
    limiter: rateLimiterOf(config, redis, clock),
    modules: moduleContext,
    webApps: webAppsOf(config),
    trustedProxyCount: config.trustedProxyCount,
  });
  await infra.accessControl.syncBuiltinRoles();
  return {
    config,
    app,
    db,
    database,
    redis,
    queue,
    idempotencyStore: idempotency,
    lifecycle: services.lifecycle,
    services,
    /** The ledger check with every module's invariants (what GET /admin/ledger/check answers). */
    checkLedger: () => checkLedger(db, clock, moduleContext.ledgerInvariants),
    urls: sims.urls,
    /** Embedded mode: the in-process identity and vehicle registries (null when configured). */
    embeddedRegistries: sims.registries,
    bank,
    /** The in-process bank simulator (embedded mode only), for demos and tests. */
    embeddedBank: sims.bank,
    /** The simulators the modules started in-process (each module's door declares its own). */
    embedded: infra.embedded as EmbeddedHandles,
    /** Embedded mode: the in-process gate controllers, by lot id (started by listen()). */
    embeddedGates: embedded.gates,
    /** Embedded mode: gate controllers for lots created after listen() (the demo seed in tests). */
    startEmbeddedGates: embedded.startGates,
    /** Embedded mode: merchants created since start-up get a wallet at the in-process bank. */
    openEmbeddedMerchantWallets: embedded.openMerchantWallets,
    ...serverControls({ app, config, embedded, hooks, stopJobs, queue, sims, redis, database }),
  };
}
