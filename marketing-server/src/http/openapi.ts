import { z } from 'zod';
import type { RawBody, RegisteredRoute } from './route';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema. Schemas named with `.meta({ id })` come back under `$defs`; they are
 * moved into `components.schemas` (shared by every operation, and named types in the generated clients).
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>) {
  const {
    $schema: _dialect,
    $defs,
    ...js
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    components[id] = pointAtComponents(def) as JsonSchema;
  }
  return pointAtComponents(js) as JsonSchema;
}

function pointAtComponents(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pointAtComponents);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) =>
      k === '$ref' && typeof v === 'string'
        ? [k, v.replace('#/$defs/', '#/components/schemas/')]
        : [k, pointAtComponents(v)],
    ),
  );
}

function parametersOf(route: RegisteredRoute, components: Record<string, JsonSchema>) {
  const out: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchema(schema, 'input', components) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      const { description, ...rest } = s;
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        description:
          description ?? (where === 'path' ? `The ${name.replace(/_/g, ' ')}` : `Filter or page: ${name}`),
        schema: rest,
      });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string', maxLength: 255 },
      description: 'Same key + same body replays the first response; another body → 422; in flight → 409.',
    });
  }
  return out;
}

const errorSchema = {
  type: 'object',
  required: ['code', 'message', 'request_id'],
  properties: {
    code: { type: 'string', description: 'A stable UPPER_SNAKE code, e.g. STOCK_EXHAUSTED' },
    message: { type: 'string', description: 'For people (Chinese); 5xx details stay in the log' },
    request_id: { type: 'string', description: 'Quote it when asking about this request' },
    details: { description: 'Field issues of a 400, or facts about a refusal' },
  },
};

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted (waits for a second person, or for the bank)',
  204: 'No content',
};

/** The tags every operation may use, in the document's order. */
const TAGS: Record<string, string> = {
  identity: 'Citizen login (WeChat, SMS), real-name verification and the citizen profile',
  campaigns: 'Red-packet and coupon campaigns: the public list and the maker-checker lifecycle',
  claims: 'Claiming a red packet or coupon, and the claims behind a campaign',
  coupons: 'My coupons and their redemption at a merchant',
  merchant: 'What a merchant operator does at the till',
  funding: 'Funders, deposits into the campaign pool, and their confirmation',
  ledger: 'The double-entry ledger: balances and the integrity check',
  rules: 'Eligibility rules (the rules engine) and their versions',
  risk: 'Risk reviews of suspicious claims',
  wallet: "The citizen's e-CNY wallet: binding, balance and top-ups",
  payments: 'Bank orders: payouts of red packets and top-ups, as the bank sees them',
  bank: "Callbacks from the bank's e-CNY system",
  settlement: 'Daily merchant settlement and the payee wallets it pays',
  reconciliation: "Reconciliation against the bank's daily file",
  parking: 'Smart parking: lots, tariffs, plates, sessions, gate events and payments',
  analytics: 'Campaign statistics',
  audit: 'The audit log',
  export: 'CSV exports of the admin lists',
  access: 'Admin users, roles and their maker-checker changes',
  admin: 'Admin sessions: login, logout and who I am',
  cashier:
    'The aggregated cashier: orders, payment by e-CNY, WeChat Pay, Alipay or card, refunds and its reconciliation',
  ecny: 'The e-CNY business system: customer wallets, their bank-account link and exchanges',
};

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `POST /admin/merchants/:id/wallet` → `postAdminMerchantsByIdWallet`: stable, camelCase and unique per route. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = segment.startsWith(':');
      const parts = segment
        .replace(/^:/, '')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(pascal);
      return param ? ['By', ...parts] : parts;
    });
  return method.toLowerCase() + words.join('');
}

function whoMayCall(route: RegisteredRoute): string {
  switch (route.auth.kind) {
    case 'none':
      return 'Open to anyone (no login).';
    case 'citizen':
      return 'A logged-in citizen (bearer token from the identity endpoints).';
    case 'admin_session':
      return 'Any admin session.';
    case 'partner':
      return `A partner app's signed request (APIX signature, see the partner OpenAPI document at /api/v1/open/v1/openapi.json), operation \`${route.auth.operation}\`.`;
    case 'admin':
      return `Admin roles that grant \`${route.permission}\`: ${route.auth.roles.join(', ')} (built-in; custom roles may grant it too).`;
  }
}

function descriptionOf(route: RegisteredRoute): string {
  const lines = [route.description ?? `${route.summary}.`, '', whoMayCall(route)];
  if (route.idempotent)
    lines.push('Requires an Idempotency-Key: a retry with the same key replays the first answer.');
  return lines.join('\n');
}

function responsesOf(route: RegisteredRoute, components: Record<string, JsonSchema>) {
  const out: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(route.responses)) {
    const description = STATUS_TEXT[Number(status)] ?? 'Success';
    if (body === null || body === undefined) out[status] = { description };
    else if (body instanceof z.ZodType)
      out[status] = {
        description,
        content: { 'application/json': { schema: jsonSchema(body, 'output', components) } },
      };
    else
      out[status] = {
        description: (body as RawBody).description,
        content: { [(body as RawBody).mediaType]: {} },
      };
  }
  out.default = { description: 'Error', content: { 'application/json': { schema: errorSchema } } };
  return out;
}

/** OpenAPI 3.1 document built from the same zod schemas that validate the requests and the responses. */
export function buildOpenApi(routes: RegisteredRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Record<string, JsonSchema> = {};
  for (const r of routes) {
    const path = r.fullPath.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method] = {
      operationId: operationIdOf(r.method, r.path),
      summary: r.summary,
      description: descriptionOf(r),
      tags: r.tags,
      security:
        r.auth.kind === 'none' ? [] : r.auth.kind === 'partner' ? [{ apixSignature: [] }] : [{ bearer: [] }],
      ...(r.auth.kind === 'partner' ? { 'x-apix-operation': r.auth.operation } : {}),
      // x-roles: the built-in roles that grant the operation (any admin session: ['*']).
      ...(r.auth.kind === 'admin' ? { 'x-roles': r.auth.roles, 'x-permission': r.permission } : {}),
      ...(r.auth.kind === 'admin_session' ? { 'x-roles': ['*'] } : {}),
      parameters: parametersOf(r, components),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body, 'input', components) } },
            },
          }
        : {}),
      responses: responsesOf(r, components),
    };
  }
  const used = new Set(routes.flatMap((r) => r.tags));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shuyuan (数元) API',
      version: '1.0.0',
      description:
        'The Shuyuan platform for digital-RMB (e-CNY) programmes: red packets and coupons funded by ' +
        'government agencies, an exact double-entry ledger, the bank wallet backend and smart parking. ' +
        'Amounts are integer fen (`*_fen`), times RFC 3339. Errors are `{code, message, request_id}`; ' +
        'money-moving POSTs take an Idempotency-Key.',
      contact: {
        name: 'Shuyuan platform team',
        email: 'platform@shuyuan.example',
        url: 'https://shuyuan.example',
      },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [...used].map((name) => ({ name, description: TAGS[name] ?? name })),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apixSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            'APIX-SM2-WITH-SM3 | APIX-SHA256-RSA2048 | APIX-HMAC-SHA256 | APIX-HMAC-SM3 app_id="…",serial_no="…",nonce_str="…",timestamp="…",signature="…" over METHOD\\nURL\\ntimestamp\\nnonce\\nbody\\n',
        },
      },
      schemas: components,
    },
    paths,
  };
}
