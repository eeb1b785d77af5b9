import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Field encryption for personal data (WeChat Pay v3's encrypted resources): a field that holds a
// phone number, a name or an ID number travels as an envelope
//   { algorithm: "AEAD_SM4_GCM" | "AEAD_AES_256_GCM", ciphertext, nonce, associated_data }
// where ciphertext is base64(encrypted bytes ‖ 16-byte GCM tag), nonce is base64 of 12 random bytes
// and associated_data is plain text authenticated with it (the field's place, e.g. `consent.granted/phone`).
// The key is the app's API key for its environment: 32 random bytes, shown once as base64. AES-256-GCM
// uses it as is; SM4-GCM uses the first 16 bytes of HMAC-SM3(api key, "APIX-AEAD-SM4-GCM").
//
// Node's crypto has SM4 (ECB, CBC, CTR…) but not SM4-GCM, so GCM is written here over the SM4 block
// cipher (NIST SP 800-38D); the same construction over AES is checked against Node's aes-256-gcm.

export const AEAD_ALGORITHMS = ['AEAD_SM4_GCM', 'AEAD_AES_256_GCM'] as const;
export type AeadAlgorithm = (typeof AEAD_ALGORITHMS)[number];
export type Envelope = {
  algorithm: AeadAlgorithm;
  ciphertext: string;
  nonce: string;
  associated_data: string;
};

const TAG_BYTES = 16;
const NONCE_BYTES = 12;
const SM4_KDF_LABEL = 'APIX-AEAD-SM4-GCM';

export class FieldDecryptError extends Error {}

/** A new API key: 32 random bytes as base64. */
export const newApiKey = () => randomBytes(32).toString('base64');

function keyBytes(apiKey: string): Buffer {
  const k = Buffer.from(apiKey, 'base64');
  if (k.length !== 32) throw new FieldDecryptError('an API key is 32 bytes in base64');
  return k;
}

export const sm4KeyOf = (apiKey: string) =>
  createHmac('sm3', keyBytes(apiKey)).update(SM4_KDF_LABEL).digest().subarray(0, 16);

/** One block cipher in ECB mode, no padding: what GCM needs of it. */
export function blockEncrypt(cipher: 'sm4-ecb' | 'aes-256-ecb' | 'aes-128-ecb', key: Buffer) {
  return (blocks: Buffer): Buffer => {
    const c = createCipheriv(cipher, key, null);
    c.setAutoPadding(false);
    return Buffer.concat([c.update(blocks), c.final()]);
  };
}

const R = 0xe1n << 120n;
const big = (b: Buffer) => BigInt(`0x${b.toString('hex') || '0'}`);
const bytes16 = (n: bigint) => Buffer.from(n.toString(16).padStart(32, '0'), 'hex');

/** Multiplication in GF(2^128) with GCM's bit order (SP 800-38D, algorithm 1). */
function gmul(x: bigint, y: bigint): bigint {
  let z = 0n;
  let v = y;
  for (let i = 127n; i >= 0n; i--) {
    if ((x >> i) & 1n) z ^= v;
    v = v & 1n ? (v >> 1n) ^ R : v >> 1n;
  }
  return z;
}

function ghash(h: bigint, aad: Buffer, ct: Buffer): bigint {
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((16 - (b.length % 16)) % 16)]);
  const lengths = Buffer.alloc(16);
  lengths.writeBigUInt64BE(BigInt(aad.length * 8), 0);
  lengths.writeBigUInt64BE(BigInt(ct.length * 8), 8);
  const all = Buffer.concat([pad(aad), pad(ct), lengths]);
  let y = 0n;
  for (let i = 0; i < all.length; i += 16) y = gmul(y ^ big(all.subarray(i, i + 16)), h);
  return y;
}

/** GCM over a 128-bit block cipher with a 96-bit nonce: answers ciphertext and the 16-byte tag. */
export function gcmSeal(encrypt: (b: Buffer) => Buffer, nonce: Buffer, plain: Buffer, aad: Buffer) {
  if (nonce.length !== NONCE_BYTES) throw new FieldDecryptError('the nonce is 12 bytes');
  const h = big(encrypt(Buffer.alloc(16)));
  const n = Math.ceil(plain.length / 16);
  // Counter blocks J0+1 … J0+n (inc32 on the last 32 bits), then J0 itself for the tag.
  const counters = Buffer.alloc((n + 1) * 16);
  for (let i = 0; i <= n; i++) {
    nonce.copy(counters, i * 16);
    counters.writeUInt32BE(i === n ? 1 : (i + 2) >>> 0, i * 16 + 12);
  }
  const stream = encrypt(counters);
  const ct = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i++) ct[i] = plain[i] ^ stream[i];
  const ekj0 = stream.subarray(n * 16, n * 16 + 16);
  const tag = bytes16(ghash(h, aad, ct) ^ big(ekj0));
  return { ciphertext: ct, tag };
}

export function gcmOpen(
  encrypt: (b: Buffer) => Buffer,
  nonce: Buffer,
  ct: Buffer,
  tag: Buffer,
  aad: Buffer,
): Buffer {
  // CTR is its own inverse: sealing the ciphertext gives the plaintext, and the tag over ct is checked.
  if (nonce.length !== NONCE_BYTES || tag.length !== TAG_BYTES) throw new FieldDecryptError('bad envelope');
  const h = big(encrypt(Buffer.alloc(16)));
  const j0 = Buffer.concat([nonce, Buffer.from([0, 0, 0, 1])]);
  const expected = bytes16(ghash(h, aad, ct) ^ big(encrypt(j0)));
  if (!timingSafeEqual(expected, tag)) throw new FieldDecryptError('the tag does not verify');
  return gcmSeal(encrypt, nonce, ct, aad).ciphertext;
}

function seal(algorithm: AeadAlgorithm, apiKey: string, nonce: Buffer, plain: Buffer, aad: Buffer) {
  if (algorithm === 'AEAD_SM4_GCM') {
    const { ciphertext, tag } = gcmSeal(blockEncrypt('sm4-ecb', sm4KeyOf(apiKey)), nonce, plain, aad);
    return Buffer.concat([ciphertext, tag]);
  }
  const c = createCipheriv('aes-256-gcm', keyBytes(apiKey), nonce);
  c.setAAD(aad);
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function open(algorithm: AeadAlgorithm, apiKey: string, nonce: Buffer, sealed: Buffer, aad: Buffer) {
  if (sealed.length < TAG_BYTES) throw new FieldDecryptError('bad envelope');
  const ct = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  if (algorithm === 'AEAD_SM4_GCM')
    return gcmOpen(blockEncrypt('sm4-ecb', sm4KeyOf(apiKey)), nonce, ct, tag, aad);
  try {
    const d = createDecipheriv('aes-256-gcm', keyBytes(apiKey), nonce);
    d.setAAD(aad);
    d.setAuthTag(tag);
    return Buffer.concat([d.update(ct), d.final()]);
  } catch {
    throw new FieldDecryptError('the tag does not verify');
  }
}

export function encryptField(
  algorithm: AeadAlgorithm,
  apiKey: string,
  plaintext: string,
  associatedData: string,
): Envelope {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = seal(algorithm, apiKey, nonce, Buffer.from(plaintext, 'utf8'), Buffer.from(associatedData));
  return {
    algorithm,
    ciphertext: sealed.toString('base64'),
    nonce: nonce.toString('base64'),
    associated_data: associatedData,
  };
}

/** The plaintext of an envelope under the first of the keys that opens it (two during a rotation). */
export function decryptField(envelope: Envelope, apiKeys: readonly string[]): string {
  if (!AEAD_ALGORITHMS.includes(envelope.algorithm)) throw new FieldDecryptError('unknown algorithm');
  const nonce = Buffer.from(envelope.nonce, 'base64');
  const sealed = Buffer.from(envelope.ciphertext, 'base64');
  const aad = Buffer.from(envelope.associated_data ?? '', 'utf8');
  for (const key of apiKeys) {
    try {
      return open(envelope.algorithm, key, nonce, sealed, aad).toString('utf8');
    } catch (err) {
      if (!(err instanceof FieldDecryptError)) throw err;
    }
  }
  throw new FieldDecryptError('no key opens this envelope');
}

export function isEnvelope(v: unknown): v is Envelope {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.algorithm === 'string' &&
    typeof e.ciphertext === 'string' &&
    typeof e.nonce === 'string' &&
    typeof e.associated_data === 'string'
  );
}

/** A copy of value with every envelope in it (at any depth) replaced by its plaintext. */
export function decryptEnvelopes<T>(value: T, apiKeys: readonly string[]): T {
  if (isEnvelope(value)) return decryptField(value, apiKeys) as T;
  if (Array.isArray(value)) return value.map((v) => decryptEnvelopes(v, apiKeys)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decryptEnvelopes(v, apiKeys)])) as T;
  return value;
}
