import Koa from 'koa';
import Router from '@koa/router';
import type { Redis } from 'ioredis';
import type { Db } from './db/sql';
import { errorMapper } from './http/errors';
import { jsonBody } from './http/json-body';
import { buildOpenApi } from './http/openapi';
import { requestId } from './http/request-id';
import type { RegisteredRoute } from './http/route';
import { createRouteKit } from './http/router-kit';
import type { IdempotencyStore } from './idempotency/store';
import type { TokenService } from './security/tokens';
import type { AccessControl } from './security/access';
import { registerAccessRoutes } from './modules/access';
import type { AccessService } from './modules/access';
import type { ClaimTokens } from './security/claim-tokens';
import type { RateLimiter } from './security/rate-limit';
import { serveWebApp, type WebApp } from './http/web-app';
import { securityHeaders, trustProxies } from './http/security-headers';
import type { Logger } from './shared/logger';
import type { Clock } from './shared/time';
import { registerAuditRoutes } from './modules/audit';
import { registerExportRoutes } from './export/routes';
import { registerCampaignRoutes } from './modules/campaigns';
import type { CampaignService } from './modules/campaigns';
import { registerAdminClaimRoutes } from './modules/claims';
import { registerClaimRoutes } from './modules/claims';
import { registerAnalyticsRoutes } from './modules/analytics';
import { registerParkingRoutes } from './modules/parking';
import type { ParkingService } from './modules/parking';
import type { AnalyticsService } from './modules/analytics';
import type { DayStats } from './modules/analytics';
import type { ClaimsService } from './modules/claims';
import { registerCouponRoutes } from './modules/coupons';
import type { CouponService } from './modules/coupons';
import { registerFundingRoutes } from './modules/funding';
import type { FundingService } from './modules/funding';
import { registerIdentityRoutes } from './modules/identity';
import type { IdentityService } from './modules/identity';
import { registerLedgerRoutes } from './modules/ledger';
import { registerRuleRoutes } from './modules/rules';
import type { RulesService } from './modules/rules';
import { registerRiskRoutes } from './modules/risk';
import type { RiskService } from './modules/risk';
import { registerBankCallbackRoutes } from './modules/bank-callbacks';
import type { BankCallbacks } from './modules/bank-callbacks';
import { registerPaymentRoutes } from './modules/bank-orders';
import type { PaymentService } from './modules/bank-orders';
import { registerReconciliationRoutes } from './modules/reconciliation';
import type { ReconciliationService } from './modules/reconciliation';
import { registerSettlementRoutes } from './modules/settlement';
import type { SettlementService } from './modules/settlement';
import { registerWalletRoutes } from './modules/wallet';
import type { WalletService } from './modules/wallet';

export type AppDeps = {
  db: Db;
  redis: Redis | null;
  clock: Clock;
  logger: Logger;
  tokens: TokenService;
  /** Admin sessions and the permission check every admin route makes. */
  access: AccessControl;
  claimTokens: ClaimTokens;
  idempotency: IdempotencyStore;
  limiter: RateLimiter;
  /** Built front ends served beside the API (the citizen H5 app at /h5/). */
  webApps?: WebApp[];
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed (TRUSTED_PROXY_COUNT; default none). */
  trustedProxyCount?: number;
  services: {
    access: AccessService;
    identity: IdentityService;
    funding: FundingService;
    campaigns: CampaignService;
    claims: ClaimsService;
    analytics: AnalyticsService;
    dayStats: DayStats;
    coupons: CouponService;
    rules: RulesService;
    risk: RiskService;
    payments: PaymentService;
    wallet: WalletService;
    bankCallbacks: BankCallbacks;
    settlement: SettlementService;
    reconciliation: ReconciliationService;
    parking: ParkingService;
  };
};

export const API_PREFIX = '/api/v1';

/** Builds the Koa app: request id → error mapper → body → routes (auth → validation → idempotency → handler). */
export function buildApp(deps: AppDeps): Koa {
  const app = new Koa();
  trustProxies(app, deps.trustedProxyCount ?? 0);
  const registry: RegisteredRoute[] = [];
  const api = new Router({ prefix: API_PREFIX });
  const kit = createRouteKit(api, registry, API_PREFIX, {
    tokens: deps.tokens,
    access: deps.access,
    idempotency: deps.idempotency,
    limiter: deps.limiter,
  });

  registerIdentityRoutes(kit, deps.services.identity);
  registerFundingRoutes(kit, deps.services.funding);
  registerCampaignRoutes(kit, deps.services.campaigns);
  registerClaimRoutes(kit, deps.services.claims, deps.claimTokens, deps.clock, deps.services.dayStats);
  registerAnalyticsRoutes(kit, deps.services.analytics);
  registerParkingRoutes(kit, deps.services.parking);
  registerAdminClaimRoutes(kit, deps.db, deps.clock);
  registerCouponRoutes(kit, deps.services.coupons);
  registerLedgerRoutes(kit, deps.db, deps.clock);
  registerRuleRoutes(kit, deps.services.rules);
  registerRiskRoutes(kit, deps.services.risk);
  registerAuditRoutes(kit, deps.db);
  registerWalletRoutes(kit, deps.services.wallet);
  registerPaymentRoutes(kit, deps.services.payments);
  registerBankCallbackRoutes(kit, deps.services.bankCallbacks);
  registerSettlementRoutes(kit, deps.services.settlement, deps.db, deps.clock);
  registerReconciliationRoutes(kit, deps.services.reconciliation);
  registerExportRoutes(kit, deps.db, deps.clock, deps.services);
  registerAccessRoutes(kit, deps.services.access);
  deps.access.useOperations(
    registry.flatMap((r) =>
      r.auth.kind === 'admin'
        ? [{ permission: r.permission, roles: r.auth.roles, summary: r.summary, tags: r.tags }]
        : [],
    ),
  );

  const openapi = buildOpenApi(registry);
  api.get('/openapi.json', (ctx) => {
    ctx.body = openapi;
  });

  const ops = new Router();
  ops.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  ops.get('/readyz', async (ctx) => {
    const checks: Record<string, string> = {};
    await deps.db.ping().then(
      () => (checks.database = 'ok'),
      () => (checks.database = 'down'),
    );
    if (deps.redis)
      await deps.redis.ping().then(
        () => (checks.redis = 'ok'),
        () => (checks.redis = 'down'),
      );
    const ready = Object.values(checks).every((v) => v === 'ok');
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : 'not_ready', checks };
  });

  app.use(securityHeaders());
  app.use(requestId());
  app.use(errorMapper(deps.logger));
  app.use(jsonBody({ limitBytes: 64 * 1024 }));
  app.use(ops.routes());
  for (const web of deps.webApps ?? []) app.use(serveWebApp(web));
  app.use(api.routes());
  app.use(api.allowedMethods());
  return app;
}
