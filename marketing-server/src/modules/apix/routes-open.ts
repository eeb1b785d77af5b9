import { z } from 'zod';
import { citizenId, type RouteKit } from '../../http/router-kit';
import type { ModuleContext } from '../../platform/module';
import * as R from './responses';
import type { ApixService } from './service';

// The partner API: one route per catalogue entry, every one behind the APIX gateway (auth kind
// `partner`), and the citizen's side of consent (grant, list, revoke, confirm with a second factor).

export const OPEN_PREFIX = '/open/v1';

export function registerOpenRoutes(kit: RouteKit, ctx: ModuleContext) {
  for (const op of ctx.partnerOperations) {
    kit.route({
      method: op.method,
      path: `${OPEN_PREFIX}${op.path}`,
      summary: op.summary,
      description: `${op.name} — ${op.code}, level ${op.level}${op.actsForCitizen ? ', acts for a citizen (Apix-Consent-Id + Apix-Second-Factor)' : ''}.`,
      tags: ['open'],
      auth: { kind: 'partner', operation: op.code },
      params: op.params,
      query: op.query,
      body: op.body,
      idempotent: op.idempotent,
      responses: op.responses,
      handler: async ({ principal, params, query, body, idempotency, requestId }) => {
        if (principal?.typ !== 'partner') throw new Error('partner route without a partner principal');
        const call = {
          app_id: principal.app_id,
          environment: principal.environment,
          citizen_id: principal.citizen_id,
          params,
          query,
          body,
          idempotency,
          requestId,
        };
        return op.handler(call, ctx);
      },
    });
  }
}

export function registerConsentRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  const id = z.strictObject({ id: z.string().min(1).max(40) });
  kit.route({
    method: 'get',
    path: '/me/partner-consents',
    summary: 'Partner apps I allowed to act for me',
    tags,
    auth: { kind: 'citizen' },
    responses: { 200: R.Consents },
    handler: async ({ principal }) => ({ status: 200, body: await apix.consents.list(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents',
    summary: 'Allow a partner app to perform these operations for me',
    tags,
    auth: { kind: 'citizen' },
    body: z.strictObject({
      app_id: z.string().min(1).max(40),
      operations: z.array(z.string().length(24)).min(1).max(20),
    }),
    responses: { 201: R.Consent },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await apix.consents.grant(citizenId(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents/:id/revocation',
    summary: 'Withdraw a consent',
    tags,
    auth: { kind: 'citizen' },
    params: id,
    responses: { 200: R.Consent },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.consents.revoke(citizenId(principal), params.id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents/:id/confirmations',
    summary: 'Confirm one operation: a one-time code (5 min) for the partner',
    tags,
    auth: { kind: 'citizen' },
    params: id,
    responses: { 201: R.SecondFactor },
    handler: async ({ principal, params }) => ({
      status: 201,
      body: await apix.consents.confirm(citizenId(principal), params.id),
    }),
  });
}
