import { createHmac, timingSafeEqual } from 'node:crypto';

export type Principal =
  | { typ: 'citizen'; sub: string }
  | { typ: 'admin'; sub: string; roles: string[]; merchant_id?: string | null; funder_id?: string | null };

type Payload = Principal & { exp: number; iat: number };

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

/** Compact HMAC-SHA256 signed tokens: `v1.<payload>.<signature>`; stateless, so any node can verify. */
export function createTokenService(secret: string, ttlSeconds: number, now: () => number = Date.now) {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');
  return {
    issue(principal: Principal): { token: string; expires_at: Date } {
      const iat = Math.floor(now() / 1000);
      const payload: Payload = { ...principal, iat, exp: iat + ttlSeconds };
      const body = `v1.${b64(JSON.stringify(payload))}`;
      return { token: `${body}.${sign(body)}`, expires_at: new Date(payload.exp * 1000) };
    },
    verify(token: string): Principal | null {
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
      const { exp: _exp, iat: _iat, ...principal } = payload;
      return principal as Principal;
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
