import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { ApixService } from './service';
import { EVENT_TYPES } from './webhooks';

// The operators' side of APIX (the developer portal section of the admin app): registrars act for
// partner organisations (register apps, sandbox, production requests, keys, webhook endpoints),
// approvers decide the maker-checker changes and may suspend, auditors read the logs.

const READERS = ['registrar', 'approver', 'auditor'] as const;
const id = z.strictObject({ id: z.string().min(1).max(40) });
const tier = z.enum(['sandbox', 'bronze', 'silver', 'gold']);
const key = z.string().min(64).max(4096);
const algorithm = z.enum(['AEAD_SM4_GCM', 'AEAD_AES_256_GCM']);

export function registerApixAdminRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'get',
    path: '/admin/apix/catalogue',
    summary: 'The APIX product catalogue',
    tags,
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Catalogue },
    handler: async () => ({ status: 200, body: apix.catalogue() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/apps',
    summary: 'Partner apps',
    tags,
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Apps },
    handler: async () => ({ status: 200, body: await apix.apps.list() }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps',
    summary: 'Register a partner app (DRAFT)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    body: z.strictObject({
      org_name: z.string().min(1).max(120),
      name: z.string().min(1).max(80),
      products: z.array(z.string().length(24)).min(1).max(50),
      tier: tier.default('bronze'),
    }),
    responses: { 201: R.AppDetail },
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await apix.apps.create(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id',
    summary: 'One partner app with its credentials',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.AppDetail },
    handler: async ({ params }) => ({ status: 200, body: await apix.apps.get(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/sandbox',
    summary: 'Activate the sandbox: credentials at once (shown once)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    responses: { 200: R.Activated },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await apix.apps.activateSandbox(actorOf(principal), params.id),
    }),
  });
  registerProposalRoutes(kit, apix);
  registerDecisionRoutes(kit, apix);
  registerKeyAndQuotaRoutes(kit, apix);
  registerApiKeyRoutes(kit, apix);
  registerLogRoutes(kit, apix);
  registerWebhookRoutes(kit, apix);
}

function registerProposalRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/production-requests',
    summary: 'Ask for production (PROD_REVIEW): licence, IP allowlist, public key, callback',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    body: z.strictObject({
      licence_no: z.string().min(6).max(64),
      ip_allowlist: z.array(z.string().min(3).max(64)).min(1).max(50),
      callback_url: z.url().max(512),
      scheme: z.enum(['SM2', 'RSA']),
      public_key: key,
    }),
    responses: { 201: R.Change },
    handler: async ({ params, body, principal }) => ({
      status: 201,
      body: await apix.apps.submitProduction(actorOf(principal), params.id, body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/changes',
    summary:
      'Propose resuming or retiring the app, a new production key, a new production API key, or binding a merchant to it',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    body: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('apix.resume'), reason: z.string().min(1).max(200) }),
      z.strictObject({ kind: z.literal('apix.retire'), reason: z.string().min(1).max(200) }),
      z.strictObject({ kind: z.literal('apix.key'), scheme: z.enum(['SM2', 'RSA']), public_key: key }),
      // The merchant who signed the partner agreement: the app may then act for it (payment, prepaid).
      z.strictObject({
        kind: z.literal('apix.merchant'),
        action: z.enum(['bind', 'unbind']),
        merchant_id: z.string().min(1).max(40),
        reason: z.string().min(1).max(200),
      }),
      z.strictObject({ kind: z.literal('apix.api_key'), algorithm }),
    ]),
    responses: { 201: R.Change },
    handler: async ({ params, body, principal }) => {
      const { kind, ...payload } = body;
      return { status: 201, body: await apix.apps.propose(actorOf(principal), params.id, kind, payload) };
    },
  });
}

function registerDecisionRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'get',
    path: '/admin/apix/changes',
    summary: 'Pending and decided app changes',
    tags,
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({
      app_id: z.string().max(40).optional(),
      status: z.enum(['pending', 'approved', 'rejected']).optional(),
    }),
    responses: { 200: R.Changes },
    handler: async ({ query }) => ({
      status: 200,
      body: await apix.apps.changes(query.app_id, query.status),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/changes/:id/decision',
    summary: 'Approve or reject an app change (not its proposer)',
    tags,
    auth: { kind: 'admin', roles: ['approver'] },
    params: id,
    body: z.strictObject({
      decision: z.enum(['approve', 'reject']),
      comment: z.string().max(200).optional(),
    }),
    responses: { 200: R.Change },
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await apix.apps.decide(actorOf(principal), params.id, body.decision, body.comment),
    }),
  });
}

function registerKeyAndQuotaRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/suspension',
    summary: 'Suspend a production app at once (resuming needs a second person)',
    tags,
    auth: { kind: 'admin', roles: ['approver', 'registrar'] },
    params: id,
    body: z.strictObject({ reason: z.string().min(1).max(200) }),
    responses: { 200: R.AppDetail },
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await apix.apps.suspend(actorOf(principal), params.id, body.reason),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/sandbox-keys',
    summary: 'Add a sandbox public key (at most two active per algorithm)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    body: z.strictObject({ scheme: z.enum(['SM2', 'RSA']), public_key: key }),
    responses: { 201: R.CredentialOut },
    handler: async ({ params, body, principal }) => ({
      status: 201,
      body: await apix.apps.addSandboxKey(actorOf(principal), params.id, body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/keys/:serial/revocation',
    summary: 'Revoke a key at once',
    tags,
    auth: { kind: 'admin', roles: ['registrar', 'approver'] },
    params: z.strictObject({ id: z.string().min(1).max(40), serial: z.string().min(1).max(40) }),
    responses: { 200: R.AppDetail },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await apix.apps.revokeKey(actorOf(principal), params.id, params.serial),
    }),
  });
  kit.route({
    method: 'put',
    path: '/admin/apix/apps/:id/quota',
    summary: "Set the app's tier and an optional per-minute limit",
    tags,
    auth: { kind: 'admin', roles: ['approver'] },
    params: id,
    body: z.strictObject({ tier, rate_limit_per_minute: z.number().int().min(1).max(100_000).nullable() }),
    responses: { 200: R.AppDetail },
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await apix.apps.setQuota(actorOf(principal), params.id, body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/platform-key',
    summary: "The platform's SM2 public key that signs responses and webhooks",
    tags,
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.PlatformKey },
    handler: async () => ({ status: 200, body: { ...apix.platformKey, algorithm: 'SM2-WITH-SM3' as const } }),
  });
}

/** The API keys that encrypt personal-data fields (production ones rotate through /changes). */
function registerApiKeyRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/sandbox-api-keys',
    summary: 'A new sandbox API key for field encryption (shown once; at most two active)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    body: z.strictObject({ algorithm: algorithm.default('AEAD_SM4_GCM') }),
    responses: { 201: R.ApiKeyShown },
    handler: async ({ params, body, principal }) => ({
      status: 201,
      body: await apix.apps.addSandboxApiKey(actorOf(principal), params.id, body.algorithm),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/api-keys/:serial/reveal',
    summary: 'Show a production API key once (made when the approver applied the change)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: z.strictObject({ id: z.string().min(1).max(40), serial: z.string().min(1).max(40) }),
    responses: { 200: R.ApiKeyShown },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await apix.apps.revealApiKey(actorOf(principal), params.id, params.serial),
    }),
  });
}

function registerLogRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id/actions',
    summary: 'Hash-chained admin actions on the app, with the chain check',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.Actions },
    handler: async ({ params }) => ({ status: 200, body: await apix.apps.actions(params.id) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id/merchants',
    summary: 'The merchants the app may act for (bindings set by approved apix.merchant changes)',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.MerchantBindings },
    handler: async ({ params }) => ({ status: 200, body: await apix.apps.merchants(params.id) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/calls',
    summary: 'Partner API calls (masked parameters, signature verdict)',
    tags,
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({
      app_id: z.string().max(40).optional(),
      cursor: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: R.Calls },
    handler: async ({ query }) => ({ status: 200, body: await apix.apps.calls(query) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id/quota-usage',
    summary: 'Calls in the last hour by operation and verdict',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.QuotaUsage },
    handler: async ({ params }) => ({ status: 200, body: await apix.apps.quotaUsage(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/signature-debugger',
    summary: 'The string the server signs for a request, and whether a signature matches',
    tags,
    auth: { kind: 'admin', roles: READERS },
    body: z.strictObject({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      url: z.string().min(1).max(2048),
      timestamp: z.string().max(12),
      nonce_str: z.string().max(64),
      body: z.string().max(65536),
      scheme: z.enum(['APIX-SM2-WITH-SM3', 'APIX-SHA256-RSA2048', 'APIX-HMAC-SHA256', 'APIX-HMAC-SM3']),
      app_id: z.string().max(40),
      serial_no: z.string().max(40),
      signature: z.string().max(2048),
    }),
    responses: { 200: R.DebugResult },
    handler: async ({ body }) => ({ status: 200, body: await apix.debugSignature(body) }),
  });
}

function registerWebhookRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id/endpoints',
    summary: 'Webhook endpoints of the app',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.Endpoints },
    handler: async ({ params }) => ({ status: 200, body: await apix.webhooks.endpoints(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/endpoints',
    summary: 'Subscribe an endpoint to event types (its secret is shown once)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: id,
    body: z.strictObject({ url: z.url().max(512), event_types: z.array(z.enum(EVENT_TYPES)).min(1) }),
    responses: { 201: R.EndpointCreated },
    handler: async ({ params, body, principal }) => ({
      status: 201,
      body: await apix.webhooks.addEndpoint(actorOf(principal), params.id, body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/endpoints/:endpoint_id/enable',
    summary: 'Enable a disabled endpoint again',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: z.strictObject({ id: z.string().min(1).max(40), endpoint_id: z.string().min(1).max(40) }),
    responses: { 200: R.Endpoints },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await apix.webhooks.enable(actorOf(principal), params.id, params.endpoint_id),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/apix/apps/:id/deliveries',
    summary: 'Webhook deliveries of the app (newest first)',
    tags,
    auth: { kind: 'admin', roles: READERS },
    params: id,
    responses: { 200: R.Deliveries },
    handler: async ({ params }) => ({ status: 200, body: await apix.webhooks.deliveries(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/apix/apps/:id/deliveries/:delivery_id/resend',
    summary: 'Send a delivery again (same event id)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    params: z.strictObject({ id: z.string().min(1).max(40), delivery_id: z.string().min(1).max(40) }),
    responses: { 200: R.Delivery },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await apix.webhooks.resend(actorOf(principal), params.id, params.delivery_id),
    }),
  });
}
