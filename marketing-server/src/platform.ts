import http from 'node:http';
import { Redis } from 'ioredis';
import { createSmsMock, createWechatMock, type RunningMock } from 'mocks';
import { buildApp } from './app';
import type { Config } from './config';
import { migrate, openDatabase } from './db';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore } from './idempotency/store';
import { createBullQueue, createInProcessQueue, type JobQueue } from './queue/queue';
import { createTokenService } from './security/tokens';
import { createClaimTokens } from './security/claim-tokens';
import { createLogger, type Logger } from './shared/logger';
import { systemClock, type Clock } from './shared/time';
import { createCampaignService } from './modules/campaigns/service';
import { createClaimsService } from './modules/claims/service';
import { createCouponService } from './modules/coupons/service';
import { createFundingService } from './modules/funding/service';
import { createSmsClient, createWechatClient } from './modules/identity/clients';
import { createIdentityService } from './modules/identity/service';
import { createLifecycle } from './modules/lifecycle/service';
import { createRulesService } from './modules/rules/service';
import { createMemoryRiskCounters, createRedisRiskCounters } from './modules/risk/counters';
import { createRiskService } from './modules/risk/service';
import { startLedgerCheckJob } from './modules/ledger/job';
import { startIdempotencyCleanupJob } from './idempotency/cleanup';

const CITIZEN_TOKEN_TTL_S = 7 * 86400;
const ADMIN_TOKEN_TTL_S = 8 * 3600;

export type Platform = Awaited<ReturnType<typeof createPlatform>>;

/**
 * Wires one server process: database (migrated), Redis and bull when configured (in-process
 * equivalents otherwise), identity simulators in embedded mode, services, timers and the Koa app.
 */
export async function createPlatform(config: Config, opts: { clock?: Clock; logger?: Logger } = {}) {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database = await openDatabase(config.databaseUrl, { poolSize: config.dbPoolSize });
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
  const queue: JobQueue = config.redisUrl
    ? createBullQueue(config.redisUrl, logger, config.queuePrefix)
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

  const tokens = createTokenService(config.tokenSecret, CITIZEN_TOKEN_TTL_S, () => clock.now().getTime());
  const adminTokens = createTokenService(config.tokenSecret, ADMIN_TOKEN_TTL_S, () => clock.now().getTime());
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
  const services = {
    identity: createIdentityService({
      db,
      clock,
      tokens,
      adminTokens,
      wechat: createWechatClient(wechatUrl, config.wechat.appId, config.wechat.appSecret),
      sms: createSmsClient(smsUrl),
      hashSecret: config.idHashSecret,
    }),
    funding: createFundingService({ db, clock }),
    campaigns,
    claims: createClaimsService({ db, redis, clock, eligibility: rules.eligibility, risk }),
    rules,
    risk,
    coupons: createCouponService({ db, clock }),
  };
  const lifecycle = createLifecycle({ db, clock, queue, logger, campaigns });
  lifecycleRef.arm = lifecycle.arm;
  const stopJobs = config.runJobs
    ? [startLedgerCheckJob(db, clock, logger), startIdempotencyCleanupJob(db, clock, logger)]
    : [];
  if (config.runJobs) await lifecycle.start();

  const claimTokens = createClaimTokens(config.tokenSecret);
  const app = buildApp({ db, redis, clock, logger, tokens, claimTokens, idempotency, services });
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
    urls: { wechat: wechatUrl, sms: smsUrl },
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve) => server!.listen(port, host, resolve));
      return server;
    },
    async close() {
      lifecycle.stop();
      for (const stop of stopJobs) stop();
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
