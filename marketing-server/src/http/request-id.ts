import type { Context, Next } from 'koa';
import { randomUUID } from 'node:crypto';

const VALID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Adopts a sane incoming X-Request-Id (from a gateway) or mints one, and echoes it back. */
export function requestId() {
  return async function assignRequestId(ctx: Context, next: Next) {
    const incoming = ctx.get('x-request-id');
    const id = VALID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = id;
    ctx.set('X-Request-Id', id);
    await next();
  };
}
