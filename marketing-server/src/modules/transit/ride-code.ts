import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

// Ride codes (乘车码): `TR1.<kid>.<rider_token>.<serial>.<issued_s>.<expires_s>.<signature>`, the
// signature ECDSA P-256 / SHA-256 (IEEE P1363, base64url) over everything before it, by the issuer
// key `kid`. A gate verifies it offline with the issuer public keys it cached and its copy of the
// blacklist. Why P-256 and not SM2: sm-crypto-v2 is not installed here (no new dependencies), node's
// OpenSSL verifies P-256 natively in ~0.1 ms; SM2 (GM/T 0003) is the same curve-signature shape,
// so switching is a new `alg` prefix (TR2) and a key type, nothing else. See README "Transit".

export const CODE_PREFIX = 'TR1';
/** A code is shown for 60 s (the app refreshes it before that). */
export const CODE_TTL_S = 60;
/** Gate and issuer clocks may differ this much either way (SPECS §D2: ±120 s). */
export const CLOCK_SKEW_S = 120;

export type RideCodeClaims = {
  kid: string;
  rider_token: string;
  serial: string;
  issued_s: number;
  expires_s: number;
};

export type IssuerKey = { kid: string; privateKey: KeyObject; publicPem: string };

export function newIssuerKey(kid: string): { kid: string; publicPem: string; privatePem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    kid,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export const loadIssuerKey = (kid: string, privatePem: string, publicPem: string): IssuerKey => ({
  kid,
  privateKey: createPrivateKey(privatePem),
  publicPem,
});

export function issueRideCode(
  key: IssuerKey,
  riderToken: string,
  now: Date,
): { code: string; claims: RideCodeClaims } {
  const issued_s = Math.floor(now.getTime() / 1000);
  const claims = {
    kid: key.kid,
    rider_token: riderToken,
    serial: randomBytes(9).toString('base64url'),
    issued_s,
    expires_s: issued_s + CODE_TTL_S,
  };
  const body = [
    CODE_PREFIX,
    claims.kid,
    claims.rider_token,
    claims.serial,
    claims.issued_s,
    claims.expires_s,
  ].join('.');
  const sig = sign('sha256', Buffer.from(body), { key: key.privateKey, dsaEncoding: 'ieee-p1363' }).toString(
    'base64url',
  );
  return { code: `${body}.${sig}`, claims };
}

export type VerifyReason =
  'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'EXPIRED' | 'NOT_YET_VALID' | 'BLACKLISTED';

export type VerifyContext = {
  keys: ReadonlyMap<string, KeyObject>;
  blacklist: ReadonlySet<string>;
  now: Date;
  skewS?: number;
};

const FIELD = /^[A-Za-z0-9_-]{1,64}$/;

/** Offline verification, in the order a gate reports: shape, key, signature, time, blacklist. */
export function verifyRideCode(
  code: string,
  ctx: VerifyContext,
): { ok: true; claims: RideCodeClaims } | { ok: false; reason: VerifyReason } {
  const parts = code.length <= 400 ? code.split('.') : [];
  if (
    parts.length !== 7 ||
    parts[0] !== CODE_PREFIX ||
    !parts.slice(1, 4).every((p) => FIELD.test(p)) ||
    !/^\d{1,12}$/.test(parts[4]) ||
    !/^\d{1,12}$/.test(parts[5])
  )
    return { ok: false, reason: 'MALFORMED' };
  const [, kid, rider_token, serial, issued, expires, sig] = parts;
  const key = ctx.keys.get(kid);
  if (!key) return { ok: false, reason: 'UNKNOWN_KEY' };
  const body = code.slice(0, code.length - sig.length - 1);
  const sigBytes = Buffer.from(sig, 'base64url');
  if (
    sigBytes.length !== 64 ||
    !verify('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' }, sigBytes)
  )
    return { ok: false, reason: 'BAD_SIGNATURE' };
  const nowS = ctx.now.getTime() / 1000;
  const skew = ctx.skewS ?? CLOCK_SKEW_S;
  const claims = { kid, rider_token, serial, issued_s: Number(issued), expires_s: Number(expires) };
  if (claims.issued_s > nowS + skew) return { ok: false, reason: 'NOT_YET_VALID' };
  if (claims.expires_s + skew < nowS) return { ok: false, reason: 'EXPIRED' };
  if (ctx.blacklist.has(rider_token)) return { ok: false, reason: 'BLACKLISTED' };
  return { ok: true, claims };
}

export const publicKeyOf = (pem: string) => createPublicKey(pem);
