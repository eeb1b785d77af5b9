import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** True when the request carries `Authorization: Bearer <token>` with the simulator's API token. */
export function hasBearerToken(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
