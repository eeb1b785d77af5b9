import { expect } from 'vitest';
import { RATE_LIMIT_DEFAULTS } from '../src/config';

/** The limits a deployment gets (the harness raises the per-address ones for the volume suites). */
export const DEFAULT_LIMITS_ENV = Object.fromEntries(
  Object.entries(RATE_LIMIT_DEFAULTS).map(([k, v]) => [k, String(v)]),
);

/** Asserts the usual refusal body and a Retry-After header within [min, max] seconds. */
export function expectRateLimited(
  res: { status: number; body: any; headers: Headers },
  retryAfterS: { min: number; max: number },
) {
  expect(res.status, JSON.stringify(res.body)).toBe(429);
  expect(res.body.code).toBe('RATE_LIMITED');
  expect(res.body.message).toMatch(/^操作过于频繁，请 \d+ 秒后再试$/);
  expect(typeof res.body.request_id).toBe('string');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(retryAfterS.min);
  expect(retryAfter).toBeLessThanOrEqual(retryAfterS.max);
  expect(res.body.message).toContain(`请 ${retryAfter} 秒后再试`);
}
