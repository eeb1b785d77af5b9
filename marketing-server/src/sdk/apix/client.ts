import { randomBytes } from 'node:crypto';
import {
  formatAuthorization,
  responseStringToSign,
  signWith,
  stringToSign,
  verifyWith,
  type SchemeName,
} from '../../shared/open-signing';
import { parseSm2PublicKey, publicKeyOf, type Sm2PublicKey } from '../../shared/sm2';
import { decryptEnvelopes, encryptField, type AeadAlgorithm } from '../../shared/field-crypto';
import { OPERATIONS, type OperationId } from './operations';

// The APIX partner SDK: signs every request (SM2-with-SM3, RSA-SHA256 or HMAC), verifies the
// platform's SM2 signature on every answer, and offers the partner operations by their OpenAPI
// operationId (operations.ts and schema.d.ts are generated from the partner OpenAPI document).

export const SDK_VERSION = '1.0.0';

export type ApixClientOptions = {
  baseUrl: string;
  appId: string;
  serialNo: string;
  scheme: SchemeName;
  /** SM2: 64 hex digits or PEM; RSA: PEM; HMAC: the app secret. */
  privateKey: string;
  /** The platform's SM2 public key (PEM or hex): answers whose signature does not verify are refused. */
  platformPublicKey?: string;
  /** Seconds to add to the local clock (tests of the ±300 s window). */
  clockSkewS?: number;
  /**
   * The app's API key(s) for this environment (base64; two during a rotation): personal-data fields
   * in answers arrive as AEAD envelopes and are decrypted transparently, and the personal fields of
   * request bodies are encrypted with the first.
   */
  apiKeys?: string[];
  /** The algorithm for request fields (default AEAD_SM4_GCM). */
  encryption?: AeadAlgorithm;
};

export type CallOptions = {
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  idempotencyKey?: string;
  /** For operations that act for a citizen: their consent and the one-time code they confirmed. */
  consentId?: string;
  secondFactor?: string;
  headers?: Record<string, string>;
};

// Untyped answers default to `any`: a caller names the type from schema.d.ts (ApixPaths) when it wants one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApixResponse<T = any> = {
  status: number;
  body: T;
  headers: Headers;
  signatureValid: boolean | null;
};

export class ApixSignatureError extends Error {}

/** Checks the platform's SM2 signature over `timestamp \n nonce \n body \n` of an answer. */
export function verifyPlatformSignature(platformKey: Sm2PublicKey, res: Response, text: string): boolean {
  const ts = res.headers.get('apix-timestamp') ?? '';
  const nonce = res.headers.get('apix-nonce') ?? '';
  const sig = res.headers.get('apix-signature') ?? '';
  return verifyWith('APIX-SM2-WITH-SM3', platformKey.hex, responseStringToSign(ts, nonce, text), sig);
}

/** An operation's path with its parameters filled in, and the query string. */
function urlOf(template: string, o: CallOptions) {
  const path = template.replace(/\{([A-Za-z_]+)\}/g, (_, name: string) =>
    encodeURIComponent(o.params?.[name] ?? ''),
  );
  const qs = o.query
    ? new URLSearchParams(Object.entries(o.query).map(([k, v]) => [k, String(v)])).toString()
    : '';
  return qs ? `${path}?${qs}` : path;
}

/** Personal fields of a request body as envelopes (associated data: `<operation code>/<field>`). */
function sealFields(
  apiKeys: readonly string[],
  algorithm: AeadAlgorithm | undefined,
  code: string,
  fields: readonly string[],
  body: unknown,
) {
  if (!apiKeys.length || !fields.length || !body || typeof body !== 'object') return body;
  const out = { ...(body as Record<string, unknown>) };
  for (const f of fields)
    if (typeof out[f] === 'string')
      out[f] = encryptField(algorithm ?? 'AEAD_SM4_GCM', apiKeys[0], out[f] as string, `${code}/${f}`);
  return out;
}

export function createApixClient(opts: ApixClientOptions) {
  const sm2Pub: Sm2PublicKey | undefined =
    opts.scheme === 'APIX-SM2-WITH-SM3' && /^[0-9a-f]{64}$/i.test(opts.privateKey)
      ? publicKeyOf(opts.privateKey)
      : undefined;
  const platformKey = opts.platformPublicKey ? parseSm2PublicKey(opts.platformPublicKey) : null;

  /** The Authorization header for one request (exported for curl-style use and the debugger). */
  function authorization(method: string, url: string, body: string) {
    const timestamp = String(Math.floor(Date.now() / 1000) + (opts.clockSkewS ?? 0));
    const nonce = randomBytes(16).toString('hex');
    const signature = signWith(
      opts.scheme,
      opts.privateKey,
      stringToSign(method, url, timestamp, nonce, body),
      sm2Pub,
    );
    return formatAuthorization({
      scheme: opts.scheme,
      app_id: opts.appId,
      serial_no: opts.serialNo,
      nonce_str: nonce,
      timestamp,
      signature,
    });
  }

  const apiKeys = opts.apiKeys ?? [];
  const verifyAnswer = (res: Response, text: string) =>
    platformKey ? verifyPlatformSignature(platformKey, res, text) : null;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function request<T = any>(
    method: string,
    pathAndQuery: string,
    o: CallOptions = {},
  ): Promise<ApixResponse<T>> {
    const body = o.body === undefined ? '' : JSON.stringify(o.body);
    const headers: Record<string, string> = {
      ...(o.headers ?? {}),
      authorization: authorization(method, pathAndQuery, body),
    };
    if (body) headers['content-type'] = 'application/json';
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (o.consentId) headers['apix-consent-id'] = o.consentId;
    if (o.secondFactor) headers['apix-second-factor'] = o.secondFactor;
    const res = await fetch(opts.baseUrl + pathAndQuery, { method, headers, body: body || undefined });
    const text = await res.text();
    const signatureValid = verifyAnswer(res, text);
    if (signatureValid === false)
      throw new ApixSignatureError(`the platform's signature on ${method} ${pathAndQuery} does not verify`);
    // The signature covers the envelopes as sent; what the caller sees is their plaintext.
    const parsed: unknown = text ? JSON.parse(text) : null;
    return {
      status: res.status,
      body: (apiKeys.length ? decryptEnvelopes(parsed, apiKeys) : parsed) as T,
      headers: res.headers,
      signatureValid,
    };
  }

  /** Calls an operation by its operationId, filling path parameters and the query string. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function call<T = any>(operationId: OperationId, o: CallOptions = {}) {
    const op = OPERATIONS[operationId];
    if (op.idempotent && !o.idempotencyKey)
      throw new Error(`${operationId} moves money or stock: pass an idempotencyKey`);
    const personal: readonly string[] = op.personalBody;
    return request<T>(op.method, urlOf(op.path, o), {
      ...o,
      body: sealFields(apiKeys, opts.encryption, `${op.code}`, personal, o.body),
    });
  }

  /** A webhook's parsed body with its encrypted fields opened (verify its signature first). */
  function openWebhook<T = unknown>(body: string): T {
    return decryptEnvelopes(JSON.parse(body) as T, apiKeys);
  }

  return { request, call, authorization, openWebhook, version: SDK_VERSION };
}
export type ApixClient = ReturnType<typeof createApixClient>;
