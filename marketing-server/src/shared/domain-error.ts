// A refusal by the domain: a stable UPPER_SNAKE code, a message for people (Chinese for citizens and
// operators) and optional facts. Services and connectors throw these and know nothing of HTTP; the one
// table in http/errors.ts gives every code its status, so the route, not the service, decides it.

export class DomainError extends Error {
  readonly code: string;
  readonly details?: unknown;
  /** Seconds until the same request may succeed (a rate limit): the HTTP layer sends Retry-After. */
  readonly retryAfterS?: number;

  constructor(code: string, message: string, details?: unknown, opts: { retryAfterS?: number } = {}) {
    // Refusals are expected outcomes (thousands per second in a sell-out), not bugs: skip the stack trace.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.code = code;
    this.details = details;
    if (opts.retryAfterS !== undefined) this.retryAfterS = opts.retryAfterS;
  }
}

/** The request is refused for a reason the code names (a rule, a state, a limit, a dependency). */
export const refused = (code: string, message: string, details?: unknown) =>
  new DomainError(code, message, details);

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what}不存在`);

export const forbidden = (message = '无权执行此操作') => new DomainError('FORBIDDEN', message);

export const unauthenticated = (message = '请先登录') => new DomainError('UNAUTHENTICATED', message);

/** Whether err is a domain refusal, with one of `codes` when any are given. */
export function isRefusal(err: unknown, ...codes: string[]): err is DomainError {
  return err instanceof DomainError && (codes.length === 0 || codes.includes(err.code));
}
