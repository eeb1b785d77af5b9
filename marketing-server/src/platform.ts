import http from 'node:http';
import { Redis } from 'ioredis';
import {
  createBankWalletMock,
  createParkingGateMock,
  createSmsMock,
  createWechatMock,
  type ParkingGateMock,
  type RunningMock,
} from 'mocks';
import { createBankWalletClient, type BankWalletClient } from './connectors/bank-wallet/client';
import { startRegistries } from './connectors/registries/start';
import { buildApp } from './app';
import type { Config } from './config';
import { migrate, openDatabase } from './db';
import type { Db } from './db/sql';
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
import { MODULES } from './modules';
import { checkLedger } from './modules/ledger';
import { ledgerInvariantsOf, type ModuleContext, type StopJob } from './platform/module';

/** What the embedded mode's in-process bank gives the platform's institutional wallet to pay from. */
const EMBEDDED_PAYER_FUNDS_FEN = 10_000_000_000; // ¥100,000,000

/**
 * The in-process bank keeps its books in memory, so after a restart the wallets the database knows
 * are gone: citizens bind again, and every merchant gets a fresh settlement wallet.
 */
async function adoptEmbeddedBank(db: Db, bank: BankWalletClient, clock: Clock) {
  await db.exec('DELETE FROM wallet_bindings');
  await db.exec('UPDATE merchants SET wallet_id = NULL');
  await openMerchantWallets(db, bank, clock);
}

/** Opens a settlement wallet at the embedded bank for every merchant that has none. */
async function openMerchantWallets(db: Db, bank: BankWalletClient, clock: Clock) {
  const merchants = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM merchants WHERE wallet_id IS NULL',
  );
  for (const m of merchants) {
    const w = await bank.openWallet({ wallet_type: 'WT09', merchant_id: m.id, name: m.name });
    await db.exec('UPDATE merchants SET wallet_id = ?, updated_at = ? WHERE id = ?', [
      w.wallet_id,
      clock.now(),
      m.id,
    ]);
  }
}

/** The in-process bank simulator (embedded mode): a real HTTP server, with the platform's own wallet. */
async function startEmbeddedBank(config: Config, clock: Clock) {
  const mock = createBankWalletMock({ callbackSecret: config.bank.callbackSecret, now: () => clock.now() });
  const running = await mock.listen();
  const client = createBankWalletClient({ baseUrl: running.url, timeoutMs: config.bank.timeoutMs });
  const payer = await client.openWallet({
    wallet_type: 'WT09',
    merchant_id: 'shuyuan',
    name: '数元平台营销资金',
  });
  const funded = await fetch(`${running.url}/__mock/fund`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ wallet_id: payer.wallet_id, amount_fen: EMBEDDED_PAYER_FUNDS_FEN }),
  });
  if (!funded.ok) throw new Error(`could not fund the embedded bank wallet: HTTP ${funded.status}`);
  return { mock, running, payerWalletId: payer.wallet_id };
}

/**
 * In-process simulators stand in for backends only where development backends are allowed (loadConfig
 * already refuses such a configuration; this guards platforms built from a hand-made one).
 */
function refuseSimulatorsOutsideDev(config: Config) {
  if (config.devBackends) return;
  const missing = [
    config.wechat.apiUrl ? '' : 'WECHAT_API_URL',
    config.sms.apiUrl ? '' : 'SMS_API_URL',
    config.bank.apiUrl ? '' : 'BANK_API_URL',
    config.registries.identityUrl ? '' : 'IDENTITY_REGISTRY_URL',
    config.registries.vehicleUrl ? '' : 'VEHICLE_REGISTRY_URL',
  ].filter(Boolean);
  if (missing.length)
    throw new Error(`${missing.join(', ')} not configured; in-process simulators run only in embedded mode`);
}

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

  // Embedded mode starts the identity simulators in-process, still spoken to over HTTP.
  const mocks: RunningMock[] = [];
  let wechatUrl = config.wechat.apiUrl;
  let smsUrl = config.sms.apiUrl;
  if (!wechatUrl) {
    const m = await createWechatMock({
      appId: config.wechat.appId,
      appSecret: config.wechat.appSecret,
    }).listen();
    mocks.push(m);
    wechatUrl = m.url;
  }
  if (!smsUrl) {
    const m = await createSmsMock().listen();
    mocks.push(m);
    smsUrl = m.url;
  }
  const registries = await startRegistries(config, mocks);

  let bankUrl = config.bank.apiUrl;
  let payerWalletId = config.bank.payerWalletId;
  let embeddedBank: Awaited<ReturnType<typeof startEmbeddedBank>> | null = null;
  if (!bankUrl) {
    embeddedBank = await startEmbeddedBank(config, clock);
    mocks.push(embeddedBank.running);
    bankUrl = embeddedBank.running.url;
    payerWalletId = embeddedBank.payerWalletId;
  }
  const bank: BankWalletClient = createBankWalletClient({
    baseUrl: bankUrl,
    timeoutMs: config.bank.timeoutMs,
    breaker: { failureThreshold: 5, cooldownMs: config.bank.breakerCooldownMs },
  });
  const payments = createPaymentService({
    db,
    clock,
    queue,
    logger,
    bank,
    payerWalletId: payerWalletId!,
    retry: {
      maxAttempts: config.payouts.maxAttempts,
      baseDelayMs: config.payouts.retryBaseMs,
      leaseMs: config.payouts.leaseMs,
    },
    concurrency: config.payouts.concurrency,
    breakerCooldownMs: config.bank.breakerCooldownMs,
  });
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
  if (embeddedBank) await adoptEmbeddedBank(db, bank, clock);
  const settlement = createSettlementService({ db, clock, logger, payments });
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
      wechat: createWechatClient(wechatUrl, config.wechat.appId, config.wechat.appSecret),
      sms: createSmsClient(smsUrl),
      hashSecret: config.idHashSecret,
      registry: registries.identity,
    }),
    funding: createFundingService({ db, clock }),
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
  // Embedded mode: every lot's gate controller runs in-process too (a real HTTP server), pointed at us.
  const embeddedGates = new Map<string, ParkingGateMock>();
  let ownUrl: string | null = null;
  async function startEmbeddedGates(serverUrl: string) {
    // Demo data only, in demo mode only: the seeded demo lot, never the lots of a shared database.
    if (!config.seedDemo) return;
    const lots = await db.query<{ id: string; gate_secret: string }>(
      'SELECT id, gate_secret FROM parking_lots WHERE is_demo = ?',
      [true],
    );
    for (const lot of lots) {
      if (embeddedGates.has(lot.id)) continue;
      const lanes = await db.query<{ id: string; direction: 'entry' | 'exit' }>(
        'SELECT id, direction FROM parking_lanes WHERE lot_id = ?',
        [lot.id],
      );
      const gate = createParkingGateMock({
        lotId: lot.id,
        secret: lot.gate_secret,
        lanes: lanes.map((l) => ({ lane_id: l.id, direction: l.direction })),
        eventsUrl: `${serverUrl}/api/v1/parking/gate-events`,
        now: () => clock.now(),
      });
      const running = await gate.listen();
      mocks.push(running);
      embeddedGates.set(lot.id, gate);
      await parking.setGateUrl(lot.id, running.url);
    }
  }

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
    urls: { wechat: wechatUrl, sms: smsUrl, bank: bankUrl, ...registries.urls },
    /** Embedded mode: the in-process identity and vehicle registries (null when configured). */
    embeddedRegistries: registries.mocks,
    bank,
    /** The in-process bank simulator (embedded mode only), for demos and tests. */
    embeddedBank: embeddedBank?.mock ?? null,
    /** Embedded mode: the in-process gate controllers, by lot id (started by listen()). */
    embeddedGates,
    /** Embedded mode: gate controllers for lots created after listen() (the demo seed in tests). */
    async startEmbeddedGates() {
      if (embeddedBank && ownUrl) await startEmbeddedGates(ownUrl);
    },
    /** Embedded mode: merchants created since start-up get a wallet at the in-process bank. */
    async openEmbeddedMerchantWallets() {
      if (embeddedBank) await openMerchantWallets(db, bank, clock);
    },
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve) => server!.listen(port, host, resolve));
      // The in-process bank learns where to send its callbacks once the port is known.
      const addr = server.address();
      if (embeddedBank && addr && typeof addr === 'object') {
        const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
        embeddedBank.mock.setCallbackUrl(`http://${h}:${addr.port}/api/v1/callbacks/bank-wallet`);
        ownUrl = `http://${h}:${addr.port}`;
        await startEmbeddedGates(ownUrl);
      }
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
      await Promise.all(mocks.map((m) => m.close()));
      if (redis) redis.disconnect();
      await db.close();
      await database.sequelize.close();
    },
  };
}
