import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token says: a citizen, or an admin's server-side session (roles are read per request). */
export type TokenClaims = { typ: 'citizen'; sub: string } | { typ: 'admin'; sub: string; sid: string };

/** Who is calling: for an admin, the live session with the user's current roles and permissions. */
export type Principal =
  | { typ: 'citizen'; sub: string }
  | {
      typ: 'admin';
      sub: string;
      sid: string;
      roles: string[];
      permissions: ReadonlySet<string>;
      merchant_id?: string | null;
      funder_id?: string | null;
    }
  /** A partner app (APIX) whose request signature was verified; `sub` is `<app_id>:<environment>`. */
  | {
      typ: 'partner';
      sub: string;
      app_id: string;
      environment: 'sandbox' | 'production';
      citizen_id: string | null;
    };

type Payload = TokenClaims & { exp: number; iat: number };

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

/**
 * Compact HMAC-SHA256 signed tokens: `v1.<payload>.<signature>`; any node can verify one. An admin
 * token only names a session, which the request checks is still live (see access.ts).
 */
export function createTokenService(secret: string, ttlSeconds: number, now: () => number = Date.now) {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');
  return {
    issue(principal: TokenClaims): { token: string; expires_at: Date } {
      const iat = Math.floor(now() / 1000);
      const payload: Payload = { ...principal, iat, exp: iat + ttlSeconds };
      const body = `v1.${b64(JSON.stringify(payload))}`;
      return { token: `${body}.${sign(body)}`, expires_at: new Date(payload.exp * 1000) };
    },
    verify(token: string): TokenClaims | null {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== 'v1') return null;
      const body = `${parts[0]}.${parts[1]}`;
      const expected = Buffer.from(sign(body));
      const given = Buffer.from(parts[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      let payload: Payload;
      try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      if (typeof payload.exp !== 'number' || payload.exp * 1000 <= now()) return null;
      // Admin tokens issued before sessions carry roles and no session: they are no longer accepted.
      if (payload.typ === 'admin' && typeof payload.sid !== 'string') return null;
      const { exp: _exp, iat: _iat, ...claims } = payload;
      return claims as TokenClaims;
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
