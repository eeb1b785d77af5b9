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
import { createAccessService } from './modules/access';
import { createMemoryCounterStore, createRateLimiter, createRedisCounterStore } from './security/rate-limit';
import { createLogger, type Logger } from './shared/logger';
import { systemClock, type Clock } from './shared/time';
import { createCampaignService } from './modules/campaigns';
import { createClaimsService } from './modules/claims';
import { createCouponService } from './modules/coupons';
import { createFundingService } from './modules/funding';
import { createSmsClient, createWechatClient } from './modules/identity';
import { createIdentityService } from './modules/identity';
import { createLifecycle } from './modules/lifecycle';
import { createAnalyticsService } from './modules/analytics';
import { createDayStats } from './modules/analytics';
import { createRulesService } from './modules/rules';
import { createMemoryRiskCounters, createRedisRiskCounters } from './modules/risk';
import { createRiskService } from './modules/risk';
import { startIdempotencyCleanupJob } from './idempotency/cleanup';
import { createPaymentService } from './modules/bank-orders';
import { createPayoutService } from './modules/payouts';
import { createWalletService } from './modules/wallet';
import { createBankCallbacks } from './modules/bank-callbacks';
import { createSettlementService } from './modules/settlement';
import { createReconciliationService } from './modules/reconciliation';
import { createParkingService } from './modules/parking';
import { createCashierReconciliation, createCashierService } from './modules/cashier';
import { createBankRefundClient } from './connectors/bank-wallet/refunds';
import { startPayChannels } from './connectors/pay-channels/start';
import { MODULES } from './modules';
import { createEcnyRuntime } from './modules/ecny';
import { createHardWalletService } from './modules/hard-wallet';
import { createApixService } from './modules/apix';
import { checkLedger } from './modules/ledger';
import {
  adoptEmbeddedBank,
  createEmbeddedDemo,
  refuseSimulatorsOutsideDev,
  startSimulators,
} from './platform/embedded';
import { ledgerInvariantsOf, partnerOperationsOf, type ModuleContext, type StopJob } from './platform/module';

const CITIZEN_TOKEN_TTL_S = 7 * 86400;
// An admin token lives 30 minutes (the panel refreshes it); its session at most a working day.
const ADMIN_TOKEN_TTL_S = 30 * 60;
const ADMIN_SESSION_MAX_S = 12 * 3600;

export type Platform = Awaited<ReturnType<typeof createPlatform>>;

/**
 * Wires one server process: database (migrated), Redis and bull when configured (in-process
 * equivalents otherwise), identity simulators in embedded mode, services, timers and the Koa app.
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
  const idempotency = redis ? createRedisIdempotencyStore(db, redis) : createMemoryIdempotencyStore(db);

  // Embedded mode: a simulator for every backend without a URL (platform/embedded.ts).
  const sims = await startSimulators(config, clock);
  const { urls } = sims;
  const registries = {
    identity: createIdentityRegistryClient(urls.identityRegistry, config.registries.apiToken),
    vehicles: createVehicleRegistryClient(urls.vehicleRegistry, config.registries.apiToken),
  };
  const bank: BankWalletClient = createBankWalletClient({
    baseUrl: urls.bank,
    timeoutMs: config.bank.timeoutMs,
    breaker: { failureThreshold: 5, cooldownMs: config.bank.breakerCooldownMs },
  });
  const payments = createPaymentService({
    db,
    clock,
    queue,
    logger,
    bank,
    payerWalletId: sims.payerWalletId!,
    retry: {
      maxAttempts: config.payouts.maxAttempts,
      baseDelayMs: config.payouts.retryBaseMs,
      leaseMs: config.payouts.leaseMs,
    },
    concurrency: config.payouts.concurrency,
    breakerCooldownMs: config.bank.breakerCooldownMs,
  });
  const ecny = await createEcnyRuntime({ config, db, clock, logger, orders: payments, mocks: sims.running });
  const payouts = createPayoutService({
    db,
    clock,
    logger,
    payments,
    walletWaitDays: config.payouts.walletWaitDays,
  });
  const wallet = createWalletService({ db, clock, bank, orders: payments, onBound: payouts.releaseForUser });
  const bankCallbacks = createBankCallbacks({
    db,
    clock,
    logger,
    secret: config.bank.callbackSecret,
    payments,
  });
  await adoptEmbeddedBank(sims, db, bank, clock);
  const settlement = createSettlementService({ db, clock, logger, payments });
  const hardWallet = await createHardWalletService({
    config,
    db,
    clock,
    logger,
    orders: payments,
    running: sims.running,
  });
  const parking = createParkingService({
    db,
    clock,
    logger,
    bank,
    wallet,
    orders: payments,
    vehicles: registries.vehicles,
  });
  await parking.ensureExampleTariffs();
  const reconciliation = createReconciliationService({
    db,
    clock,
    logger,
    bank,
    payments,
  });
  // The aggregated cashier: its payment channels (simulators in-process in embedded mode) and the
  // notify URL they learn once the port is known.
  const payChannels = await startPayChannels(process.env, {
    devBackends: config.devBackends,
    clock,
    timeoutMs: config.bank.timeoutMs,
    running: sims.running,
  });
  let cashierNotifyBase: string | null = null;
  const cashier = createCashierService({
    db,
    clock,
    logger,
    orders: payments,
    wallet,
    channels: payChannels.clients,
    bankRefunds: createBankRefundClient({ baseUrl: urls.bank, timeoutMs: config.bank.timeoutMs }),
    notifyBaseUrl: () => cashierNotifyBase,
    payPageUrl: '/h5/#/packages/cashier/index/index',
  });
  const cashierRecon = createCashierReconciliation({
    db,
    clock,
    bank,
    channels: payChannels.clients,
    resolveAttempt: cashier.resolveAttempt,
  });

  const tokens = createTokenService(config.tokenSecret, CITIZEN_TOKEN_TTL_S, () => clock.now().getTime());
  const adminTokens = createTokenService(config.tokenSecret, ADMIN_TOKEN_TTL_S, () => clock.now().getTime());
  const access = createAccessControl({ db, clock, sessionMaxSeconds: ADMIN_SESSION_MAX_S });
  const lifecycleRef: { arm?: (c: Parameters<ReturnType<typeof createLifecycle>['arm']>[0]) => void } = {};
  const campaigns = createCampaignService(
    { db, clock, stockBuckets: config.stockBuckets },
    { afterTransition: (c) => lifecycleRef.arm?.(c) },
  );
  const rules = createRulesService({ db, clock });
  const risk = createRiskService({
    db,
    clock,
    rules,
    counters: redis ? createRedisRiskCounters(redis) : createMemoryRiskCounters(clock),
  });
  const dayStats = createDayStats({ db, clock, logger });
  dayStats.start();
  const lifecycle = createLifecycle({ db, clock, queue, logger, campaigns, payouts });
  lifecycleRef.arm = lifecycle.arm;
  const services = {
    access: createAccessService({ db, clock, access, adminTokens }),
    identity: createIdentityService({
      db,
      clock,
      tokens,
      adminTokens,
      access,
      wechat: createWechatClient(urls.wechat, config.wechat.appId, config.wechat.appSecret),
      sms: createSmsClient(urls.sms),
      hashSecret: config.idHashSecret,
      registry: registries.identity,
    }),
    funding: createFundingService({
      db,
      clock,
      statement: { fetchBill: (day) => bank.fetchBill(day), payerWalletId: sims.payerWalletId! },
    }),
    campaigns,
    claims: createClaimsService({
      db,
      redis,
      clock,
      eligibility: rules.eligibility,
      risk,
      onRedPacketGranted: payouts.notifyClaimed,
      onRiskRejected: (campaignId) => dayStats.record(campaignId, 'risk_rejected'),
    }),
    analytics: createAnalyticsService(db),
    dayStats,
    rules,
    risk,
    coupons: createCouponService({ db, clock }),
    payments,
    payouts,
    wallet,
    bankCallbacks,
    settlement,
    reconciliation,
    parking,
    lifecycle,
    cashier,
    cashierRecon,
    ecny: ecny.service,
    hardWallet,
    apix: createApixService({
      db,
      redis,
      clock,
      logger,
      prefix: config.queuePrefix,
      platformPrivateKeyHex: config.apix.platformSm2PrivateKey,
      webhookTimeoutMs: config.apix.webhookTimeoutMs,
      operations: () => partnerOperationsOf(MODULES),
    }),
  };
  const claimTokens = createClaimTokens(config.tokenSecret);
  const moduleContext: ModuleContext = {
    db,
    clock,
    logger,
    config,
    services,
    claimTokens,
    ledgerInvariants: ledgerInvariantsOf(MODULES),
    partnerOperations: partnerOperationsOf(MODULES),
  };
  // Every module's timers and sweeps, in module order; the queue starts once all processors are set.
  const stopJobs: StopJob[] = [];
  if (config.runJobs) {
    stopJobs.push(startIdempotencyCleanupJob(db, clock, logger));
    for (const m of MODULES) for (const job of m.jobs ?? []) stopJobs.push(await job.start(moduleContext));
    queue.start();
  }

  const limiter = createRateLimiter({
    store: redis ? createRedisCounterStore(redis) : createMemoryCounterStore(),
    clock,
    prefix: config.queuePrefix,
    limits: config.rateLimits,
  });
  const webApps = [
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
  const embedded = createEmbeddedDemo({ sims, config, db, clock, bank, parking });

  const app = buildApp({
    db,
    redis,
    clock,
    logger,
    tokens,
    access,
    idempotency,
    limiter,
    modules: moduleContext,
    webApps,
    trustedProxyCount: config.trustedProxyCount,
  });
  await access.syncBuiltinRoles();
  let server: http.Server | null = null;

  return {
    config,
    app,
    db,
    database,
    redis,
    queue,
    idempotencyStore: idempotency,
    lifecycle,
    services,
    /** The ledger check with every module's invariants (what GET /admin/ledger/check answers). */
    checkLedger: () => checkLedger(db, clock, moduleContext.ledgerInvariants),
    urls,
    /** Embedded mode: the in-process identity and vehicle registries (null when configured). */
    embeddedRegistries: sims.registries,
    bank,
    /** The in-process bank simulator (embedded mode only), for demos and tests. */
    embeddedBank: sims.bank,
    /** The in-process e-CNY operators and core banking (dev backends only), for demos and tests. */
    embeddedEcny: ecny.embedded,
    /** The in-process hard-wallet back end (dev backends only), for demos and tests. */
    embeddedHardWallet: hardWallet.embedded,
    /** The cashier's payment channels (their in-process simulators in embedded mode). */
    payChannels,
    /** Embedded mode: the in-process gate controllers, by lot id (started by listen()). */
    embeddedGates: embedded.gates,
    /** Embedded mode: gate controllers for lots created after listen() (the demo seed in tests). */
    startEmbeddedGates: embedded.startGates,
    /** Embedded mode: merchants created since start-up get a wallet at the in-process bank. */
    openEmbeddedMerchantWallets: embedded.openMerchantWallets,
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve) => server!.listen(port, host, resolve));
      // The in-process bank learns where to send its callbacks once the port is known.
      const addr = server.address();
      if (addr && typeof addr === 'object')
        cashierNotifyBase = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${addr.port}`;
      if (addr && typeof addr === 'object') await embedded.listened(host, addr.port);
      if (addr && typeof addr === 'object') ecny.listening(`http://127.0.0.1:${addr.port}`);
      return server;
    },
    async close() {
      lifecycle.stop();
      await dayStats.stop().catch(() => undefined);
      for (const stop of stopJobs) await stop();
      await payouts.drain().catch(() => undefined);
      if (server) {
        server.closeAllConnections();
        await new Promise((r) => server!.close(r));
      }
      await queue.close();
      await Promise.all(sims.running.map((m) => m.close()));
      if (redis) redis.disconnect();
      await db.close();
      await database.sequelize.close();
    },
  };
}
