/**
 * A circuit breaker: after `failureThreshold` consecutive failures the circuit opens and calls fail
 * fast for `cooldownMs`; then one trial call is let through (half-open) and its outcome decides.
 */
export function createCircuitBreaker(opts: {
  failureThreshold: number;
  cooldownMs: number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;
  return {
    /** Whether a call may go out now (claims the half-open trial slot if it is the one). */
    allow(): boolean {
      if (openedAt === null) return true;
      if (now() - openedAt < opts.cooldownMs || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    success() {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    failure() {
      failures++;
      trialInFlight = false;
      if (openedAt !== null || failures >= opts.failureThreshold) openedAt = now();
    },
    get state(): 'closed' | 'open' | 'half_open' {
      if (openedAt === null) return 'closed';
      return now() - openedAt < opts.cooldownMs ? 'open' : 'half_open';
    },
  };
}
