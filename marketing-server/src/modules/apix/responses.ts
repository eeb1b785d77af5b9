import { z } from 'zod';

const Credential = z.object({
  serial_no: z.string(),
  environment: z.enum(['sandbox', 'production']),
  scheme: z.enum(['SM2', 'RSA', 'HMAC']),
  public_key: z.string().nullable(),
  secret_hint: z.string().nullable(),
  status: z.enum(['active', 'revoked']),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});

export const App = z
  .object({
    id: z.string(),
    org_name: z.string(),
    name: z.string(),
    state: z.enum(['DRAFT', 'SANDBOX_ACTIVE', 'PROD_REVIEW', 'PROD_ACTIVE', 'SUSPENDED', 'RETIRED']),
    tier: z.enum(['sandbox', 'bronze', 'silver', 'gold']),
    rate_limit_per_minute: z.number().int().nullable(),
    products: z.array(z.string()),
    licence_no: z.string().nullable(),
    ip_allowlist: z.array(z.string()),
    callback_url: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'ApixApp' });
const ApiKey = z.object({
  serial_no: z.string(),
  environment: z.enum(['sandbox', 'production']),
  algorithm: z.enum(['AEAD_SM4_GCM', 'AEAD_AES_256_GCM']),
  status: z.enum(['active', 'revoked']),
  /** Whether the secret has been shown (it is shown once). */
  revealed: z.boolean(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
/** An API key with its secret: only in the one answer that shows it. */
export const ApiKeyShown = ApiKey.extend({ api_key: z.string() });
export const AppDetail = App.extend({ credentials: z.array(Credential), api_keys: z.array(ApiKey) });
export const Apps = z.object({ items: z.array(App) });
export const Activated = z.object({
  app: AppDetail,
  sandbox_credentials: z.object({
    sm2: Credential.extend({ private_key: z.string() }),
    hmac: Credential.extend({ secret: z.string() }),
    api_key: ApiKeyShown,
  }),
});
export const CredentialOut = Credential;

export const Change = z.object({
  id: z.string(),
  kind: z.string(),
  target_id: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  summary: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  proposed_by: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  decision_comment: z.string().nullable(),
  created_at: z.string().nullable(),
});
export const Changes = z.object({ items: z.array(Change) });

export const Actions = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      action: z.string(),
      actor_id: z.string(),
      payload: z.record(z.string(), z.unknown()),
      created_at: z.string(),
      hash: z.string(),
    }),
  ),
  chain_valid: z.boolean(),
  broken_at_seq: z.number().int().nullable(),
});

export const Calls = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      request_id: z.string(),
      app_id: z.string().nullable(),
      environment: z.string().nullable(),
      operation_code: z.string().nullable(),
      method: z.string(),
      path: z.string(),
      status: z.number().int(),
      latency_ms: z.number().int(),
      verdict: z.string(),
      params: z.unknown(),
      ip: z.string(),
      created_at: z.string(),
      retain_until: z.string(),
    }),
  ),
  next_cursor: z.string().nullable(),
});

export const QuotaUsage = z.object({
  since: z.string(),
  items: z.array(
    z.object({ operation_code: z.string().nullable(), verdict: z.string(), calls: z.number().int() }),
  ),
});

export const Catalogue = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      product: z.enum(['marketing', 'payment', 'scenarios', 'operations']),
      name: z.string(),
      level: z.enum(['A1', 'A2']),
      acts_for_citizen: z.boolean(),
      method: z.string(),
      path: z.string(),
      summary: z.string(),
      idempotent: z.boolean(),
      per_minute: z.number().int().nullable(),
      schemes: z.array(z.string()),
    }),
  ),
  tiers: z.record(z.string(), z.number().int()),
});
export const PlatformKey = z.object({
  serial: z.string(),
  public_key: z.string(),
  algorithm: z.literal('SM2-WITH-SM3'),
});

const Endpoint = z.object({
  id: z.string(),
  app_id: z.string(),
  url: z.string(),
  event_types: z.array(z.string()),
  status: z.enum(['enabled', 'disabled']),
  disabled_reason: z.string().nullable(),
  created_at: z.string(),
});
export const EndpointCreated = Endpoint.extend({ secret: z.string() });
export const Endpoints = z.object({ items: z.array(Endpoint) });
export const Delivery = z.object({
  id: z.string(),
  event_id: z.string(),
  endpoint_id: z.string(),
  event_type: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  next_attempt_at: z.string().nullable(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
});
export const Deliveries = z.object({ items: z.array(Delivery) });
export const DebugResult = z.object({ string_to_sign: z.string(), valid: z.boolean(), verdict: z.string() });

export const Consent = z.object({
  id: z.string(),
  app_id: z.string(),
  app_name: z.string().nullable(),
  org_name: z.string().nullable(),
  operations: z.array(z.string()),
  granted_at: z.string(),
  revoked_at: z.string().nullable(),
});
export const Consents = z.object({ items: z.array(Consent) });
export const SecondFactor = z.object({ code: z.string(), expires_at: z.string() });

export const MerchantBindings = z.object({
  items: z.array(
    z.object({
      app_id: z.string(),
      merchant_id: z.string(),
      status: z.enum(['active', 'revoked']),
      change_id: z.string(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  ),
});
export const PartnerUser = z.object({
  id: z.string(),
  username: z.string(),
  display_name: z.string(),
  org_name: z.string(),
});
export const PartnerApps = z.object({ org_name: z.string().nullable(), items: z.array(App) });
