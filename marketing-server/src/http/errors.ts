import type { Context, Next } from 'koa';
import { isPoolTimeout } from '../db/mysql';
import type { Logger } from '../shared/logger';

// Business and input errors carry a stable UPPER_SNAKE code; the mapper turns them into
// `{code, message, request_id}`. Anything else is a 500 whose details stay in the log.
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  /** Response headers that belong to the refusal, e.g. Retry-After on a 429. */
  headers?: Record<string, string>;
  constructor(status: number, code: string, message: string, details?: unknown) {
    // Refusals are expected outcomes (thousands per second in a sell-out), not bugs: skip the stack trace.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (message = '请先登录') => new AppError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = '无权执行此操作') => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what}不存在`);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new AppError(422, code, message, details);

const BUSY_RETRY_AFTER_S = 1;

export function errorMapper(logger: Logger) {
  return async function mapErrors(ctx: Context, next: Next) {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError(404, 'ROUTE_NOT_FOUND', `No route for ${ctx.method} ${ctx.path}`);
      }
      if (ctx.status === 405 && typeof ctx.body !== 'object') {
        throw new AppError(405, 'METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${ctx.path}`);
      }
    } catch (err) {
      const requestId = ctx.state.requestId as string;
      if (err instanceof AppError) {
        ctx.status = err.status;
        for (const [name, value] of Object.entries(err.headers ?? {})) ctx.set(name, value);
        ctx.body = {
          code: err.code,
          message: err.message,
          request_id: requestId,
          ...(err.details !== undefined ? { details: err.details } : {}),
        };
        return;
      }
      if (isPoolTimeout(err)) {
        // Every database connection is busy: a moment later one may not be, so the client may retry.
        logger.warn('database connection pool exhausted', { request_id: requestId, path: ctx.path });
        ctx.status = 503;
        ctx.set('Retry-After', String(BUSY_RETRY_AFTER_S));
        ctx.body = { code: 'SERVICE_BUSY', message: '系统繁忙，请稍后再试', request_id: requestId };
        return;
      }
      const status = (err as { status?: number }).status;
      if (status === 413) {
        ctx.status = 413;
        ctx.body = { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大', request_id: requestId };
        return;
      }
      logger.error('unhandled error', { request_id: requestId, err });
      ctx.status = 500;
      ctx.body = { code: 'INTERNAL_ERROR', message: '服务暂时不可用，请稍后重试', request_id: requestId };
    }
  };
}
