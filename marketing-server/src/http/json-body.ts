import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { Context, Next } from 'koa';
import { AppError, badRequest } from './errors';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Event-based read: the async iterator costs several times more per request on the claim path. */
function readBody(req: IncomingMessage, limitBytes: number): Promise<{ raw: string; utf8: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new AppError(413, 'PAYLOAD_TOO_LARGE', '请求体过大'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      resolve({ raw: bytes.toString('utf8'), utf8: isUtf8(bytes) });
    });
    req.on('error', reject);
  });
}

// A lone surrogate (JSON "\ud800", or bytes that are not UTF-8) has no UTF-8 form: the database
// would store U+FFFD in its place, so the text a client sent is not the text we keep. With the `u`
// flag this class matches only surrogates that are not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const illFormed = (where: string, path: string) =>
  badRequest('VALIDATION_FAILED', `Invalid ${where}: ${path} is not well-formed Unicode`, {
    issues: [{ path, message: 'not well-formed Unicode (lone surrogate or invalid UTF-8)' }],
  });

/** The JSON pointer of the first key or string value that is not well-formed Unicode, if any. */
function illFormedPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path || '/' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedPath(value[i], `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) return `${path}/${k.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')}`;
      const found = illFormedPath(v, `${path}/${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** Every query parameter must decode to UTF-8 text (koa would quietly put U+FFFD in its place). */
function checkQueryString(querystring: string) {
  if (!querystring.includes('%')) return;
  for (const part of querystring.split('&')) {
    for (const piece of part.split('=')) {
      try {
        decodeURIComponent(piece.replace(/\+/g, ' '));
      } catch {
        throw illFormed('query', `/${part.split('=')[0].slice(0, 40)}`);
      }
    }
  }
}

/**
 * Parses JSON bodies with a size limit; malformed JSON is a 400, never a 500. Bodies and query strings
 * must be well-formed Unicode (400 VALIDATION_FAILED otherwise), for every route.
 */
export function jsonBody(opts: { limitBytes: number }) {
  return async function parseJsonBody(ctx: Context, next: Next) {
    checkQueryString(ctx.querystring);
    if (!METHODS_WITH_BODY.has(ctx.method)) return next();
    const { raw, utf8 } = await readBody(ctx.req, opts.limitBytes);
    // Kept for the few routes that verify a signature over the exact bytes (bank callbacks).
    ctx.state.rawBody = raw;
    if (raw.trim() === '') {
      ctx.state.body = undefined;
      return next();
    }
    // Payment channels' notifies come as the channel sends them (Alipay: a form); their route reads
    // and verifies the raw bytes itself.
    if (ctx.path.startsWith('/api/v1/callbacks/cashier/') && ctx.is('application/x-www-form-urlencoded')) {
      ctx.state.body = undefined;
      return next();
    }
    if (!/^application\/json\s*(;|$)/i.test(ctx.get('content-type')) && !ctx.is('application/json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw badRequest('INVALID_JSON', '请求体不是合法的 JSON');
    }
    if (!utf8) throw illFormed('body', '/');
    // Valid UTF-8 holds no lone surrogate; only a \u escape can produce one.
    const bad = raw.includes('\\u') ? illFormedPath(body) : null;
    if (bad) throw illFormed('body', bad);
    ctx.state.body = body;
    return next();
  };
}
