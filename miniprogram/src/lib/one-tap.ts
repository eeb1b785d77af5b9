import { ApiError } from '../api/errors';
import { newIdempotencyKey } from '../api/client';

/**
 * Makes one tap on a money-moving button mean one operation. Taps on the same scope while one is in
 * flight join it; the Idempotency-Key is kept until the server gives a definite answer, so a tap after
 * a timeout or after the network came back repeats the same request instead of making a new one.
 */
export function createOneTap(prefix: string) {
  const inFlight = new Map<string, Promise<unknown>>();
  const undecidedKeys = new Map<string, string>();

  function run<T>(scope: string, action: (idempotencyKey: string) => Promise<T>): Promise<T> {
    const running = inFlight.get(scope);
    if (running) return running as Promise<T>;
    const key = undecidedKeys.get(scope) ?? newIdempotencyKey(prefix);
    undecidedKeys.set(scope, key);
    const p = action(key)
      .then(
        (result) => {
          undecidedKeys.delete(scope);
          return result;
        },
        (err: unknown) => {
          // A refusal is an answer; only a request whose fate is unknown keeps its key.
          if (!(err instanceof ApiError) || !err.retryable) undecidedKeys.delete(scope);
          throw err;
        },
      )
      .finally(() => inFlight.delete(scope));
    inFlight.set(scope, p);
    return p;
  }

  return { run, pendingKey: (scope: string) => undecidedKeys.get(scope) ?? null };
}
