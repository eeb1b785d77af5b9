import type { Context, Next } from 'koa';
import { AppError, badRequest } from './errors';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Parses JSON bodies with a size limit; malformed JSON is a 400, never a 500. */
export function jsonBody(opts: { limitBytes: number }) {
  return async function parseJsonBody(ctx: Context, next: Next) {
    if (!METHODS_WITH_BODY.has(ctx.method)) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.req) {
      size += (chunk as Buffer).length;
      if (size > opts.limitBytes) throw new AppError(413, 'PAYLOAD_TOO_LARGE', '请求体过大');
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    if (raw.trim() === '') {
      ctx.state.body = undefined;
      return next();
    }
    if (!ctx.is('application/json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
    }
    try {
      ctx.state.body = JSON.parse(raw);
    } catch {
      throw badRequest('INVALID_JSON', '请求体不是合法的 JSON');
    }
    return next();
  };
}
