import fs from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'koa';
import send from 'koa-send';
import { pageCspFromFile } from './security-headers';

export type WebApp = {
  /** Where it is served, e.g. `/h5`. */
  mountPath: string;
  /** The built single-page app (index.html plus hashed assets). */
  root: string;
  /** Said in Chinese when the build is missing, e.g. how to build it. */
  missingHint: string;
};

// Hashed file names never change content, so phones may keep them for a year; index.html must be
// revalidated so a new release reaches everyone on the next open. Taro names them `app.0123abcd.js`,
// Vite `index-C9p-CyHq.js`; a precompressed sibling (`.br`, `.gz`, written at build) is the same file.
const HASHED_ASSET = /(?:\.[0-9a-f]{8,}|-[A-Za-z0-9_-]{8})\.(js|css|png|jpe?g|svg|woff2?)(?:\.(?:br|gz))?$/;

/**
 * Serves a built single-page app under a path: `/h5` redirects to `/h5/`, files are sent from the
 * build folder, and any other GET that accepts HTML gets index.html (client-side routes, deep links).
 */
export function serveWebApp(app: WebApp) {
  const prefix = app.mountPath.replace(/\/$/, '');
  const csp = pageCspFromFile(path.join(app.root, 'index.html'));
  return async function webApp(ctx: Context, next: Next) {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === prefix) return ctx.redirect(`${prefix}/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
    if (!ctx.path.startsWith(`${prefix}/`)) return next();
    ctx.set('Content-Security-Policy', csp());
    if (!fs.existsSync(path.join(app.root, 'index.html'))) {
      ctx.status = 503;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = `<!doctype html><meta charset="utf-8"><title>页面尚未构建</title><p>${app.missingHint}</p>`;
      return;
    }
    const file = ctx.path.slice(prefix.length + 1) || 'index.html';
    const sent = await send(ctx, file, {
      root: app.root,
      index: 'index.html',
      gzip: true,
      brotli: true,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'Cache-Control',
          HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        // The answer depends on Accept-Encoding (a .br or .gz sibling, or the file itself).
        res.setHeader('Vary', 'Accept-Encoding');
      },
    }).catch((err: { status?: number }) => {
      // 404: not a file; 400/403: a path koa-send refuses (e.g. one climbing out of the folder).
      if (err.status === 404 || err.status === 400 || err.status === 403) return null;
      throw err;
    });
    if (sent) return;
    if (path.extname(file) || file.includes('..') || !ctx.accepts('html')) return next();
    await send(ctx, 'index.html', {
      root: app.root,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    });
  };
}
