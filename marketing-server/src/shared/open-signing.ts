import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { parseSm2PublicKey, sm2Sign, sm2Verify, type Sm2PublicKey } from './sm2';

// The APIX request signature, shared by the platform and the partner SDK (WeChat Pay v3 style):
//   Authorization: <SCHEME> app_id="…",serial_no="…",nonce_str="…",timestamp="…",signature="…"
//   string to sign = METHOD \n URL(path?query) \n timestamp \n nonce \n body \n
// Schemes: APIX-SM2-WITH-SM3 (SM2, user id 1234567812345678, DER signature in base64),
// APIX-SHA256-RSA2048 (PKCS#1 v1.5), and for read-only (A1) products APIX-HMAC-SHA256 / APIX-HMAC-SM3
// (base64 MAC with the app's secret). Responses carry Apix-Timestamp, Apix-Nonce, Apix-Serial and
// Apix-Signature over `timestamp \n nonce \n body \n`, signed with the platform's SM2 key.

export const SCHEMES = {
  'APIX-SM2-WITH-SM3': 'SM2',
  'APIX-SHA256-RSA2048': 'RSA',
  'APIX-HMAC-SHA256': 'HMAC',
  'APIX-HMAC-SM3': 'HMAC',
} as const;
export type SchemeName = keyof typeof SCHEMES;
export type KeyKind = (typeof SCHEMES)[SchemeName];

export const TIMESTAMP_WINDOW_S = 300;

export function stringToSign(method: string, url: string, timestamp: string, nonce: string, body: string) {
  return `${method.toUpperCase()}\n${url}\n${timestamp}\n${nonce}\n${body}\n`;
}

export function responseStringToSign(timestamp: string, nonce: string, body: string) {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

export type AuthorizationFields = {
  scheme: SchemeName;
  app_id: string;
  serial_no: string;
  nonce_str: string;
  timestamp: string;
  signature: string;
};

export function formatAuthorization(f: AuthorizationFields): string {
  return `${f.scheme} app_id="${f.app_id}",serial_no="${f.serial_no}",nonce_str="${f.nonce_str}",timestamp="${f.timestamp}",signature="${f.signature}"`;
}

/** The header's fields, or null when it is not one of ours or a field is missing or repeated. */
export function parseAuthorization(header: string): AuthorizationFields | null {
  const m = /^(APIX-[A-Z0-9-]+) (.+)$/.exec(header.trim());
  if (!m || !(m[1] in SCHEMES)) return null;
  const fields: Record<string, string> = {};
  for (const part of m[2].split(',')) {
    const kv = /^\s*([a-z_]+)="([^"]*)"\s*$/.exec(part);
    if (!kv || kv[1] in fields) return null;
    fields[kv[1]] = kv[2];
  }
  const { app_id, serial_no, nonce_str, timestamp, signature } = fields;
  if (!app_id || !serial_no || !nonce_str || !timestamp || !signature) return null;
  return { scheme: m[1] as SchemeName, app_id, serial_no, nonce_str, timestamp, signature };
}

/** A signer's key: an SM2 or RSA private key (PEM or, for SM2, hex), or an HMAC secret. */
export function signWith(scheme: SchemeName, key: string, message: string, sm2Pub?: Sm2PublicKey): string {
  switch (scheme) {
    case 'APIX-SM2-WITH-SM3':
      return sm2Sign(key, message, undefined, sm2Pub).toString('base64');
    case 'APIX-SHA256-RSA2048':
      return sign('sha256', Buffer.from(message), createPrivateKey(key)).toString('base64');
    case 'APIX-HMAC-SHA256':
      return createHmac('sha256', key).update(message).digest('base64');
    case 'APIX-HMAC-SM3':
      return createHmac('sm3', key).update(message).digest('base64');
  }
}

const publicKeys = new Map<string, Sm2PublicKey | ReturnType<typeof createPublicKey>>();

function cachedKey(kind: 'SM2' | 'RSA', pem: string) {
  const id = `${kind}:${createHash('sha256').update(pem).digest('hex')}`;
  let k = publicKeys.get(id);
  if (!k) {
    k = kind === 'SM2' ? parseSm2PublicKey(pem) : createPublicKey(pem);
    if (publicKeys.size > 1000) publicKeys.clear();
    publicKeys.set(id, k);
  }
  return k;
}

/** Verifies a signature; false (never a throw) for anything malformed. */
export function verifyWith(scheme: SchemeName, key: string, message: string, signatureB64: string): boolean {
  try {
    const sig = Buffer.from(signatureB64, 'base64');
    switch (scheme) {
      case 'APIX-SM2-WITH-SM3':
        return sm2Verify(cachedKey('SM2', key) as Sm2PublicKey, message, sig);
      case 'APIX-SHA256-RSA2048':
        return verify('sha256', Buffer.from(message), cachedKey('RSA', key) as never, sig);
      case 'APIX-HMAC-SHA256':
      case 'APIX-HMAC-SM3': {
        const expected = Buffer.from(signWith(scheme, key, message), 'base64');
        return sig.length === expected.length && timingSafeEqual(sig, expected);
      }
    }
  } catch {
    return false;
  }
}

/** Standard Webhooks 1.0: `v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>`; secret `whsec_<base64>`. */
export function standardWebhookSignature(secret: string, id: string, timestamp: string, body: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
