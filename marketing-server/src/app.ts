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
import type { RateLimiter } from './security/rate-limit';
import { serveWebApp, type WebApp } from './http/web-app';
import { securityHeaders, trustProxies } from './http/security-headers';
import type { Logger } from './shared/logger';
import type { Clock } from './shared/time';
import { registerExportRoutes } from './export/routes';
import { MODULES } from './modules';
import type { ModuleContext } from './platform/module';

export type AppDeps = {
  db: Db;
  redis: Redis | null;
  clock: Clock;
  logger: Logger;
  tokens: TokenService;
  /** Admin sessions and the permission check every admin route makes. */
  access: AccessControl;
  idempotency: IdempotencyStore;
  limiter: RateLimiter;
  /** Built front ends served beside the API (the citizen H5 app at /h5/). */
  webApps?: WebApp[];
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed (TRUSTED_PROXY_COUNT; default none). */
  trustedProxyCount?: number;
  /** What every module's routes get (the same object its jobs get): db, clock, services… */
  modules: ModuleContext;
};

export const API_PREFIX = '/api/v1';

/**
 * Runs `ctx.state.afterResponse` once the answer (error or not) is final: APIX signs partner
 * responses and logs the call there. Outside errorMapper, so it sees what the client will get.
 */
function afterResponse() {
  return async function runAfterResponse(ctx: Koa.Context, next: Koa.Next) {
    await next();
    const hook = ctx.state.afterResponse as ((c: Koa.Context) => Promise<void>) | undefined;
    if (hook) await hook(ctx);
  };
}

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
    partners: deps.modules.services.apix.authenticate,
  });

  for (const m of MODULES) m.routes?.(kit, deps.modules);
  registerExportRoutes(kit, deps.db, deps.clock, deps.modules.services);
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
  // The partner API alone (APIX): what the developer portal shows and the SDK is generated from.
  const partnerOpenapi = buildOpenApi(registry.filter((r) => r.auth.kind === 'partner'));
  api.get('/open/v1/openapi.json', (ctx) => {
    ctx.body = partnerOpenapi;
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
  app.use(afterResponse());
  app.use(errorMapper(deps.logger));
  app.use(jsonBody({ limitBytes: 64 * 1024 }));
  app.use(ops.routes());
  for (const web of deps.webApps ?? []) app.use(serveWebApp(web));
  app.use(api.routes());
  app.use(api.allowedMethods());
  return app;
}
