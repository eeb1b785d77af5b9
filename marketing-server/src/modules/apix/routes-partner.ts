import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { ApixService } from './service';

// The developer portal for partner users (role partner_developer): their organisation's apps, keys,
// call log, webhooks and quota, nothing else. Registrars register the partner users; partner users log
// in through POST /admin/auth/login like everyone else (its rate limits and lockouts apply).

const PARTNER = { kind: 'admin', roles: ['partner_developer'] } as const;
const id = z.strictObject({ id: z.string().min(1).max(40) });

export function registerPartnerRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'post',
    path: '/admin/apix/partner-users',
    summary: 'Register a partner user of an organisation (logs into the developer portal)',
    tags,
    auth: { kind: 'admin', roles: ['registrar'] },
    body: z.strictObject({
      org_name: z.string().min(1).max(120),
      username: z.string().regex(/^[a-z0-9_.-]{3,64}$/),
      display_name: z.string().min(1).max(64),
      password: z.string().min(12).max(128),
    }),
    responses: { 201: R.PartnerUser },
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await apix.partners.register(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/partner/apix/apps',
    summary: "My organisation's apps",
    tags,
    auth: PARTNER,
    responses: { 200: R.PartnerApps },
    handler: async ({ principal }) => ({ status: 200, body: await apix.partners.apps(principal!.sub) }),
  });
  kit.route({
    method: 'get',
    path: '/partner/apix/apps/:id',
    summary: 'One of my apps with its keys (no secrets)',
    tags,
    auth: PARTNER,
    params: id,
    responses: { 200: R.AppDetail },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.apps.get(await apix.partners.own(principal!.sub, params.id)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/partner/apix/apps/:id/calls',
    summary: 'Calls of one of my apps (masked parameters, signature verdict)',
    tags,
    auth: PARTNER,
    params: id,
    query: z.strictObject({
      cursor: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: R.Calls },
    handler: async ({ principal, params, query }) => ({
      status: 200,
      body: await apix.apps.calls({ ...query, app_id: await apix.partners.own(principal!.sub, params.id) }),
    }),
  });
  registerPartnerAppReads(kit, apix);
}

function registerPartnerAppReads(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  kit.route({
    method: 'get',
    path: '/partner/apix/apps/:id/endpoints',
    summary: 'Webhook endpoints of one of my apps',
    tags,
    auth: PARTNER,
    params: id,
    responses: { 200: R.Endpoints },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.webhooks.endpoints(await apix.partners.own(principal!.sub, params.id)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/partner/apix/apps/:id/deliveries',
    summary: 'Webhook deliveries of one of my apps',
    tags,
    auth: PARTNER,
    params: id,
    responses: { 200: R.Deliveries },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.webhooks.deliveries(await apix.partners.own(principal!.sub, params.id)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/partner/apix/apps/:id/quota-usage',
    summary: 'Calls of one of my apps in the last hour by operation and verdict',
    tags,
    auth: PARTNER,
    params: id,
    responses: { 200: R.QuotaUsage },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.apps.quotaUsage(await apix.partners.own(principal!.sub, params.id)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/partner/apix/apps/:id/api-keys/:serial/reveal',
    summary: 'Show a production API key of one of my apps, once',
    tags,
    auth: PARTNER,
    params: z.strictObject({ id: z.string().min(1).max(40), serial: z.string().min(1).max(40) }),
    responses: { 200: R.ApiKeyShown },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.apps.revealApiKey(
        actorOf(principal),
        await apix.partners.own(principal!.sub, params.id),
        params.serial,
      ),
    }),
  });
}
