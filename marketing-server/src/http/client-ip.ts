import type { Context } from 'koa';

/**
 * The address a request came from, for rate limits, risk signals and audit: Koa's `ctx.ip`, which
 * honours X-Forwarded-For only as far as the app's proxy settings trust it. Every caller asks here,
 * so how far proxies are trusted is decided in one place.
 */
export function clientIp(ctx: Context): string {
  return ctx.ip || 'unknown';
}
