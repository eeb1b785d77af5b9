import { z } from 'zod';
import type { Reply, Responses } from './route';

/**
 * Whether every reply is checked against the response its route declares: on under vitest and with
 * CHECK_RESPONSES=1 (e.g. in development), off in production, where the check would only cost time.
 * CHECK_RESPONSES=0 turns it off under vitest too (benchmarks).
 */
export const CHECK_RESPONSES =
  process.env.CHECK_RESPONSES === '1' ||
  (process.env.VITEST !== undefined && process.env.CHECK_RESPONSES !== '0');

/** Thrown when a handler answers something its route does not declare: a broken contract is a bug (500). */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

/** What every refusal answers (the error mapper's shape); a handler returning a 4xx must match it too. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  request_id: z.string(),
  details: z.unknown().optional(),
});

type Declaring = { method: string; path: string; responses: Responses };

/** Checks what the client will see (the body after JSON encoding) against the declared schema. */
export function checkReply(route: Declaring, reply: Reply): Reply {
  const where = `${route.method.toUpperCase()} ${route.path} → ${reply.status}`;
  const declared =
    reply.status in route.responses
      ? route.responses[reply.status]
      : reply.status >= 400
        ? ErrorBody
        : undefined;
  if (declared === undefined) throw new ResponseContractError(`${where}: status not declared in responses`);
  if (declared === null) {
    if (reply.body !== undefined) throw new ResponseContractError(`${where}: declared without a body`);
    return reply;
  }
  if (!(declared instanceof z.ZodType)) return reply;
  const seen = reply.body === undefined ? undefined : JSON.parse(JSON.stringify(reply.body));
  const result = declared.safeParse(seen);
  if (!result.success) {
    const message = `${where}: body does not match its schema\n${z.prettifyError(result.error)}`;
    console.error(message);
    throw new ResponseContractError(message);
  }
  // z.object drops fields it does not declare: a field the handler sends that the schema lacks would be
  // missing from the document and the generated front-end types, so it fails too.
  const undeclared = fieldsDropped(seen, result.data, '');
  if (undeclared.length) {
    const message = `${where}: fields not declared in its schema: ${undeclared.slice(0, 10).join(', ')}`;
    console.error(message);
    throw new ResponseContractError(message);
  }
  return reply;
}

function fieldsDropped(sent: unknown, kept: unknown, at: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((v, i) => fieldsDropped(v, kept[i], `${at}[${i}]`));
  if (!isObject(sent) || !isObject(kept)) return [];
  return Object.entries(sent).flatMap(([key, value]) =>
    key in kept ? fieldsDropped(value, kept[key], `${at}.${key}`) : [`${at}.${key}`.slice(1)],
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
