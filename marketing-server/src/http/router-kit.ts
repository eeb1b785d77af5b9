import Router from '@koa/router';
import type { z } from 'zod';
import { defineRoute, type RegisteredRoute, type RouteDeps, type RouteSpec } from './route';
import type { Principal } from '../security/tokens';
import type { Actor } from '../modules/audit';
import type { RateLimiter } from '../security/rate-limit';
import { forbidden } from './errors';

export type RouteKit = {
  route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<P, Q, B>): void;
  /** Rate limits and lockouts shared by every server process (security/rate-limit.ts). */
  limiter: RateLimiter;
};

export function createRouteKit(
  router: Router,
  registry: RegisteredRoute[],
  prefix: string,
  deps: RouteDeps & { limiter: RateLimiter },
): RouteKit {
  return { route: (spec) => defineRoute(router, registry, prefix, deps, spec), limiter: deps.limiter };
}

export function actorOf(p: Principal | null): Actor {
  if (!p) return { type: 'system', id: 'anonymous' };
  return { type: p.typ === 'admin' ? 'admin' : 'citizen', id: p.sub };
}

export function citizenId(p: Principal | null): string {
  if (!p || p.typ !== 'citizen') throw forbidden();
  return p.sub;
}

export function merchantOf(p: Principal | null): string {
  if (!p || p.typ !== 'admin' || !p.merchant_id) throw forbidden('该账号未绑定商户');
  return p.merchant_id;
}
