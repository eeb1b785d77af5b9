import { createHash, randomBytes } from 'node:crypto';

// SM2 signatures (GB/T 32918.2) with SM3, in TypeScript on BigInt. Node's crypto hashes SM3 but its
// SM2 keys sign as plain ECDSA without the user-id prefix Z, so they do not interoperate with
// `openssl dgst -sm3 -sigopt distid:1234567812345678`, banks' SDKs or WeChat Pay's SM2 scheme; this
// does (tests cross-check it against openssl). Speed comes from fixed-window tables: one for the
// base point, built once, and one per public key, cached (a partner's key is verified many times).

const P = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF');
const A = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC');
const B = BigInt('0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93');
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
const GX = BigInt('0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7');
const GY = BigInt('0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0');

/** The user id every party uses unless agreed otherwise (GM/T 0009, WeChat Pay, CMB). */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

type Affine = { x: bigint; y: bigint } | null;
type Jacobian = { x: bigint; y: bigint; z: bigint };

const mod = (a: bigint, m = P) => {
  const r = a % m;
  return r < 0n ? r + m : r;
};

function inv(a: bigint, m = P): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return mod(s0, m);
}

const INFINITY: Jacobian = { x: 1n, y: 1n, z: 0n };

// Doubling for a = -3 (dbl-2001-b).
function double(p: Jacobian): Jacobian {
  if (p.z === 0n || p.y === 0n) return INFINITY;
  const delta = mod(p.z * p.z);
  const gamma = mod(p.y * p.y);
  const beta = mod(p.x * gamma);
  const alpha = mod(3n * (p.x - delta) * (p.x + delta));
  const x = mod(alpha * alpha - 8n * beta);
  const z = mod((p.y + p.z) ** 2n - gamma - delta);
  const y = mod(alpha * (4n * beta - x) - 8n * gamma * gamma);
  return { x, y, z };
}

// Mixed addition: Jacobian + affine (madd-2007-bl).
function addAffine(p: Jacobian, q: Affine): Jacobian {
  if (!q) return p;
  if (p.z === 0n) return { x: q.x, y: q.y, z: 1n };
  const z1z1 = mod(p.z * p.z);
  const u2 = mod(q.x * z1z1);
  const s2 = mod(q.y * p.z * z1z1);
  const h = mod(u2 - p.x);
  const r = mod(2n * (s2 - p.y));
  if (h === 0n) return r === 0n ? double(p) : INFINITY;
  const hh = mod(h * h);
  const i = 4n * hh;
  const j = mod(h * i);
  const v = mod(p.x * i);
  const x = mod(r * r - j - 2n * v);
  const y = mod(r * (v - x) - 2n * p.y * j);
  const z = mod((p.z + h) ** 2n - z1z1 - hh);
  return { x, y, z };
}

function toAffine(p: Jacobian): Affine {
  if (p.z === 0n) return null;
  const zi = inv(p.z);
  const zi2 = mod(zi * zi);
  return { x: mod(p.x * zi2), y: mod(p.y * zi2 * zi) };
}

const WINDOW = 8;
const WINDOWS = 32; // 256 bits / 8

/** table[w][d] = d · 256^w · point, affine: a scalar multiple is then 32 mixed additions. */
type Table = Affine[][];

function buildTable(point: Affine): Table {
  const table: Table = [];
  let base: Jacobian = { x: point!.x, y: point!.y, z: 1n };
  for (let w = 0; w < WINDOWS; w++) {
    const row: Affine[] = [null];
    const baseAffine = toAffine(base);
    let acc: Jacobian = INFINITY;
    for (let d = 1; d < 1 << WINDOW; d++) {
      acc = addAffine(acc, baseAffine);
      row.push(toAffine(acc));
    }
    table.push(row);
    for (let i = 0; i < WINDOW; i++) base = double(base);
  }
  return table;
}

function multiply(table: Table, k: bigint): Jacobian {
  let acc: Jacobian = INFINITY;
  for (let w = 0; w < WINDOWS; w++) {
    const digit = Number((k >> BigInt(w * WINDOW)) & 255n);
    if (digit) acc = addAffine(acc, table[w][digit]);
  }
  return acc;
}

let baseTable: Table | null = null;
const gTable = () => (baseTable ??= buildTable({ x: GX, y: GY }));
const keyTables = new Map<string, Table>();
const KEY_TABLE_CACHE = 64;

function tableFor(pub: { x: bigint; y: bigint }, cacheKey: string): Table {
  let t = keyTables.get(cacheKey);
  if (!t) {
    t = buildTable(pub);
    if (keyTables.size >= KEY_TABLE_CACHE) keyTables.delete(keyTables.keys().next().value!);
    keyTables.set(cacheKey, t);
  }
  return t;
}

const hex32 = (n: bigint) => n.toString(16).padStart(64, '0');
const big = (b: Buffer) => BigInt(`0x${b.toString('hex') || '0'}`);

function onCurve(x: bigint, y: bigint) {
  return x < P && y < P && mod(y * y) === mod(x * x * x + A * x + B);
}

/** An SM2 public key: the point, from hex (`04‖x‖y`), raw 64 bytes or an SPKI PEM/DER. */
export type Sm2PublicKey = { x: bigint; y: bigint; hex: string };

const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d03420004', 'hex');

export function parseSm2PublicKey(input: string | Buffer): Sm2PublicKey {
  let bytes: Buffer;
  if (Buffer.isBuffer(input)) bytes = input;
  else if (input.includes('BEGIN PUBLIC KEY')) bytes = pemBody(input);
  else if (/^(04)?[0-9a-f]{128}$/i.test(input.trim())) bytes = Buffer.from(input.trim(), 'hex');
  else throw new Error('not an SM2 public key');
  if (bytes.length === 91 && bytes.subarray(0, SPKI_PREFIX.length).equals(SPKI_PREFIX))
    bytes = bytes.subarray(SPKI_PREFIX.length - 1);
  if (bytes.length === 65 && bytes[0] === 4) bytes = bytes.subarray(1);
  if (bytes.length !== 64) throw new Error('not an SM2 public key');
  const x = big(bytes.subarray(0, 32));
  const y = big(bytes.subarray(32));
  if (!onCurve(x, y)) throw new Error('point is not on the SM2 curve');
  return { x, y, hex: `04${hex32(x)}${hex32(y)}` };
}

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** The public key as an SPKI PEM (what `openssl pkey -pubout` writes). */
export function sm2PublicKeyPem(pub: Sm2PublicKey): string {
  const der = Buffer.concat([SPKI_PREFIX, Buffer.from(pub.hex.slice(2), 'hex')]);
  const lines = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN PUBLIC KEY-----\n${lines}\n-----END PUBLIC KEY-----\n`;
}

/** A private key from 64 hex digits or a PKCS#8/SEC1 PEM (openssl genpkey -algorithm SM2). */
export function parseSm2PrivateKey(input: string): bigint {
  const s = input.trim();
  if (/^[0-9a-f]{64}$/i.test(s)) return BigInt(`0x${s}`);
  const der = pemBody(s);
  // ECPrivateKey ::= SEQUENCE { version INTEGER 1, privateKey OCTET STRING (32) … }
  const at = der.indexOf(Buffer.from([0x02, 0x01, 0x01, 0x04, 0x20]));
  if (at < 0) throw new Error('not an SM2 private key');
  return big(der.subarray(at + 5, at + 37));
}

export function generateSm2KeyPair(): { privateKeyHex: string; publicKey: Sm2PublicKey } {
  for (;;) {
    const d = big(randomBytes(32));
    if (d <= 0n || d >= N - 1n) continue;
    const q = toAffine(multiply(gTable(), d))!;
    return { privateKeyHex: hex32(d), publicKey: parseSm2PublicKey(`04${hex32(q.x)}${hex32(q.y)}`) };
  }
}

export function publicKeyOf(privateKeyHex: string): Sm2PublicKey {
  const q = toAffine(multiply(gTable(), parseSm2PrivateKey(privateKeyHex)))!;
  return parseSm2PublicKey(`04${hex32(q.x)}${hex32(q.y)}`);
}

/** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), the prefix that binds a signature to its signer. */
function zDigest(pub: { x: bigint; y: bigint }, userId: string): Buffer {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  const h = createHash('sm3').update(entl).update(id);
  for (const v of [A, B, GX, GY, pub.x, pub.y]) h.update(Buffer.from(hex32(v), 'hex'));
  return h.digest();
}

function messageDigest(pub: { x: bigint; y: bigint }, message: Buffer | string, userId: string): bigint {
  return big(createHash('sm3').update(zDigest(pub, userId)).update(message).digest());
}

/** Signs message (SM3 with Z); answers the DER `SEQUENCE { r, s }` openssl writes. */
export function sm2Sign(
  privateKey: string,
  message: Buffer | string,
  userId = SM2_DEFAULT_USER_ID,
  pub?: Sm2PublicKey,
): Buffer {
  const d = parseSm2PrivateKey(privateKey);
  const e = messageDigest(pub ?? publicKeyOf(hex32(d)), message, userId);
  const dInv = inv(1n + d, N);
  for (;;) {
    const k = mod(big(randomBytes(32)), N);
    if (k === 0n) continue;
    const x1 = toAffine(multiply(gTable(), k))!.x;
    const r = mod(e + x1, N);
    if (r === 0n || r + k === N) continue;
    const s = mod(dInv * (k - r * d), N);
    if (s === 0n) continue;
    return derSignature(r, s);
  }
}

/** Verifies a DER (or 64-byte r‖s) signature; false for anything malformed. */
export function sm2Verify(
  publicKey: Sm2PublicKey,
  message: Buffer | string,
  signature: Buffer,
  userId = SM2_DEFAULT_USER_ID,
): boolean {
  const rs = parseSignature(signature);
  if (!rs) return false;
  const { r, s } = rs;
  if (r <= 0n || r >= N || s <= 0n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const e = messageDigest(publicKey, message, userId);
  const sg = multiply(gTable(), s);
  const tp = toAffine(multiply(tableFor(publicKey, publicKey.hex), t));
  const sum = toAffine(addAffine(sg, tp));
  if (!sum) return false;
  return mod(e + sum.x, N) === r;
}

function derInt(n: bigint): Buffer {
  let b = Buffer.from(hex32(n), 'hex');
  while (b.length > 1 && b[0] === 0 && b[1] < 0x80) b = b.subarray(1);
  if (b[0] >= 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return Buffer.concat([Buffer.from([0x02, b.length]), b]);
}

function derSignature(r: bigint, s: bigint): Buffer {
  const body = Buffer.concat([derInt(r), derInt(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

function parseSignature(sig: Buffer): { r: bigint; s: bigint } | null {
  if (sig.length === 64) return { r: big(sig.subarray(0, 32)), s: big(sig.subarray(32)) };
  if (sig.length < 8 || sig[0] !== 0x30 || sig[1] !== sig.length - 2) return null;
  const readInt = (at: number) => {
    if (sig[at] !== 0x02) return null;
    const len = sig[at + 1];
    if (len < 1 || len > 33 || at + 2 + len > sig.length) return null;
    return { value: big(sig.subarray(at + 2, at + 2 + len)), next: at + 2 + len };
  };
  const r = readInt(2);
  const s = r && readInt(r.next);
  if (!r || !s || s.next !== sig.length) return null;
  return { r: r.value, s: s.value };
}
