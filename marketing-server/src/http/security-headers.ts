import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type Koa from 'koa';
import type { Context, Next } from 'koa';

/**
 * Believes X-Forwarded-For and X-Forwarded-Proto only as far as `count` reverse proxies of ours put
 * them there: with 0 (the default) nobody's, so a client cannot choose the address its rate limits and
 * risk counters are kept under; with N the client is the N-th address from the right, the one our
 * outermost proxy saw (Koa: `proxy` and `maxIpsCount`).
 */
export function trustProxies(app: Koa, count: number) {
  app.proxy = count > 0;
  app.maxIpsCount = count;
}

// JSON needs no sources at all; pages get their own policy from the web-app middleware.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every response carries: no MIME sniffing, no framing (clickjacking), no referrer leaking
 * ids in URLs, and HSTS when the request came over TLS (directly, or through a trusted proxy).
 */
export function securityHeaders() {
  return async function hardenResponse(ctx: Context, next: Next) {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Content-Security-Policy', API_CSP);
    if (ctx.secure) ctx.set('Strict-Transport-Security', HSTS);
    await next();
  };
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** `'sha256-…'` sources for the inline scripts of a page (Taro's H5 build inlines its rem script). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs) || !body) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The Content-Security-Policy of a built single-page app: scripts from our origin and the exact inline
 * scripts of its index.html (by hash, read from the file: a new build brings new hashes), no plugins,
 * no framing. Styles may be inline: antd and Taro set them at run time.
 */
export function pageCsp(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** pageCsp for the index.html at `file`, recomputed when the file changes (a redeploy in place). */
export function pageCspFromFile(file: string): () => string {
  let cached: { key: string; csp: string } | null = null;
  return () => {
    let key = 'missing';
    try {
      const st = fs.statSync(file);
      key = `${st.mtimeMs}:${st.size}`;
    } catch {
      /* not built yet: no inline scripts to allow */
    }
    if (cached?.key !== key) {
      const html = key === 'missing' ? '' : fs.readFileSync(file, 'utf8');
      cached = { key, csp: pageCsp(inlineScriptHashes(html)) };
    }
    return cached.csp;
  };
}
