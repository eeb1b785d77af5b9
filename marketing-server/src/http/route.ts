import type Router from '@koa/router';
import type { Context } from 'koa';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '../security/tokens';
import type { IdempotencyStore, StoredResponse } from '../idempotency/store';
import { IdempotencyRaceError } from '../idempotency/store';
import { IdempotencyTicket } from '../idempotency/ticket';
import { DomainError } from '../shared/domain-error';
import { badRequest, conflict, unprocessable } from './errors';
import { authenticate, principalId, type AuthRequirement, type PartnerAuthenticator } from './auth';
import { parseOrThrow } from './validate';
import { checkReply, CHECK_RESPONSES } from './response-check';
import type { TokenService } from '../security/tokens';
import type { AccessControl } from '../security/access';
import { permissionKey } from '../security/permissions';

/** A body that is not JSON (a CSV download): documented by its media type, not checked. */
export type RawBody = { mediaType: string; description: string };
/** null: the status has no body (204). */
export type Responses = Partial<Record<number, z.ZodType | RawBody | null>>;

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export type HandlerInput<P, Q, B> = {
  ctx: Context;
  params: P;
  query: Q;
  body: B;
  principal: Principal | null;
  idempotency: IdempotencyTicket | null;
  requestId: string;
};

export type RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  /** Longer prose for the OpenAPI document; without it the document says who may call and how. */
  description?: string;
  tags: string[];
  auth: AuthRequirement;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What each success status answers (checked against every reply in tests, see response-check.ts);
   * errors are always `{code, message, request_id}`.
   */
  responses: Responses;
  /**
   * Money- or stock-moving POSTs require an Idempotency-Key header; `status` is their success status,
   * which the service's ticket records for replays (the service never names it).
   */
  idempotent?: { status: number };
  /**
   * Statuses this route gives some domain codes instead of STATUS_BY_CODE's (http/errors.ts): kept
   * where a route answered differently before the table, so its clients see no change.
   */
  errorStatuses?: Readonly<Record<string, number>>;
  /**
   * A cheap refusal checked together with the idempotency lookup (one Redis round trip), e.g. a
   * sold-out flag: a replay still wins, anything else is refused without touching the database.
   */
  fastRefusal?: (params: z.infer<P>) => { guardKey: string; error: () => DomainError };
  handler: (input: HandlerInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Reply>;
};

export type RegisteredRoute = RouteSpec<z.ZodType, z.ZodType, z.ZodType> & {
  fullPath: string;
  /** `METHOD /path` (no API prefix): what a role must grant to call an `admin` route. */
  permission: string;
};

export type RouteDeps = {
  tokens: TokenService;
  access: AccessControl;
  idempotency: IdempotencyStore;
  /** Verifies partner (APIX) requests; absent, partner routes answer 401. */
  partners?: PartnerAuthenticator;
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
// Built once: zod compiles a schema on first use, and rebuilding these per request showed in profiles.
const ANY_PARAMS = z.object({}).passthrough();
const NO_QUERY = z.strictObject({});

function canonicalHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

function replay(ctx: Context, res: StoredResponse) {
  ctx.status = res.status_code;
  ctx.body = JSON.parse(res.body);
  ctx.set('Idempotent-Replayed', 'true');
}

/**
 * Registers a route whose order of work is always: auth (a live session whose current roles grant
 * the route's permission) → validation → idempotency → handler.
 * The same zod schemas feed the OpenAPI document (see openapi.ts).
 */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  router: Router,
  registry: RegisteredRoute[],
  prefix: string,
  deps: RouteDeps,
  spec: RouteSpec<P, Q, B>,
): void {
  const permission = permissionKey(spec.method, spec.path);
  registry.push({
    ...(spec as unknown as RouteSpec<z.ZodType, z.ZodType, z.ZodType>),
    fullPath: prefix + spec.path,
    permission,
  });
  router[spec.method](spec.path, async (ctx) => {
    if (spec.errorStatuses) ctx.state.errorStatuses = spec.errorStatuses;
    const principal = await authenticate(ctx, deps, spec.auth, permission);
    const params = parseOrThrow(spec.params ?? ANY_PARAMS, ctx.params, 'path parameters');
    const query = parseOrThrow(spec.query ?? NO_QUERY, { ...ctx.query }, 'query');
    const rawBody = ctx.state.body;
    if (!spec.body && rawBody !== undefined)
      throw badRequest('UNEXPECTED_BODY', 'This endpoint takes no body');
    // An absent body counts as {}; an explicit JSON null does not.
    const body = spec.body
      ? parseOrThrow(spec.body, rawBody === undefined ? {} : rawBody, 'body')
      : undefined;
    const base = {
      ctx,
      params: params as z.infer<P>,
      query: query as z.infer<Q>,
      body: body as z.infer<B>,
      principal,
      requestId: ctx.state.requestId as string,
    };

    const handle = CHECK_RESPONSES
      ? async (input: HandlerInput<z.infer<P>, z.infer<Q>, z.infer<B>>) =>
          checkReply(spec, await spec.handler(input))
      : spec.handler;
    if (!spec.idempotent) {
      applyReply(ctx, await handle({ ...base, idempotency: null }));
      return;
    }
    const key = ctx.get('idempotency-key');
    if (!key) throw badRequest('IDEMPOTENCY_KEY_REQUIRED', '缺少 Idempotency-Key 请求头');
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key must be 1–255 printable ASCII characters');
    }
    const scope = principalId(principal);
    const hash = canonicalHash(ctx.method, ctx.path, rawBody);
    await runIdempotently(
      ctx,
      deps.idempotency,
      new IdempotencyTicket(deps.idempotency, scope, key, hash, spec.idempotent.status),
      spec.fastRefusal?.(base.params) ?? null,
      () => handle({ ...base, idempotency: ticketFor(ctx) }),
    );
  });
}

function ticketFor(ctx: Context): IdempotencyTicket {
  return ctx.state.idempotencyTicket as IdempotencyTicket;
}

function applyReply(ctx: Context, reply: Reply) {
  ctx.status = reply.status;
  if (reply.body !== undefined) ctx.body = reply.body;
  for (const [k, v] of Object.entries(reply.headers ?? {})) ctx.set(k, v);
}

function assertSameRequest(stored: StoredResponse, ticket: IdempotencyTicket) {
  if (stored.request_hash !== ticket.requestHash) {
    throw unprocessable('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个不同的请求');
  }
}

async function runIdempotently(
  ctx: Context,
  store: IdempotencyStore,
  ticket: IdempotencyTicket,
  guard: { guardKey: string; error: () => DomainError } | null,
  run: () => Promise<Reply>,
) {
  const begun = await store.begin(ticket.scope, ticket.key, guard?.guardKey);
  if (begun.kind === 'guarded') throw guard!.error();
  if (begun.kind === 'replay') {
    assertSameRequest(begun.response, ticket);
    return replay(ctx, begun.response);
  }
  if (begun.kind === 'in_flight') {
    throw conflict('IDEMPOTENCY_REQUEST_IN_PROGRESS', '相同 Idempotency-Key 的请求正在处理中，请稍后重试');
  }
  ctx.state.idempotencyTicket = ticket;
  try {
    const reply = await run();
    if (reply.status < 300 && (!ticket.saved || reply.status !== ticket.status)) {
      throw new Error(
        `idempotent handler ${ctx.method} ${ctx.path} returned ${reply.status} without recording its key as ${ticket.status}`,
      );
    }
    applyReply(ctx, reply);
  } catch (err) {
    // Only a committed success is stored. A refusal changed nothing, so retrying it is safe; but when
    // the cache may have missed, a refusal could be a replay of something that did commit: check.
    const raced = err instanceof IdempotencyRaceError;
    if (raced || (err instanceof DomainError && store.cacheMayMiss)) {
      const stored = await store.findDurable(ticket.scope, ticket.key);
      if (stored) {
        await store.finish(ticket.scope, ticket.key, stored);
        assertSameRequest(stored, ticket);
        return replay(ctx, stored);
      }
    }
    await store.finish(ticket.scope, ticket.key, null);
    throw err;
  }
  await store.finish(ticket.scope, ticket.key, ticket.saved);
}
