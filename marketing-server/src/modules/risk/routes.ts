import { z } from 'zod';
import * as R from './responses';
import { actorOf, type RouteKit } from '../../http/router-kit';
import { applyPolicy, policyFor } from '../../masking/policy';
import type { RiskService } from './service';

export function registerRiskRoutes(kit: RouteKit, risk: RiskService) {
  const analyst = { kind: 'admin', roles: ['risk_analyst'] } as const;
  registerRiskReviewsRoutes(kit, analyst, risk);
  registerRiskListsRoutes(kit, analyst, risk);
}

function registerRiskReviewsRoutes(
  kit: RouteKit,
  analyst: { readonly kind: 'admin'; readonly roles: readonly ['risk_analyst'] },
  risk: RiskService,
) {
  kit.route({
    method: 'get',
    path: '/admin/risk/reviews',
    summary: 'Claims held for review, with reasons and counters',
    tags: ['risk'],
    responses: { 200: R.getAdminRiskReviews },
    auth: analyst,
    query: z.strictObject({ campaign_id: z.string().min(1).max(40).optional() }),
    handler: async ({ query, principal }) => ({
      status: 200,
      body: applyPolicy(await risk.heldClaims(query.campaign_id), policyFor(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/risk/reviews/decisions',
    summary: 'Approve or reject held claims in bulk',
    tags: ['risk'],
    responses: { 200: R.postAdminRiskReviewsDecisions },
    auth: analyst,
    body: z.strictObject({
      claim_ids: z.array(z.string().min(1).max(40)).min(1).max(500),
      decision: z.enum(['approve', 'reject']),
      comment: z.string().trim().max(500).optional(),
    }),
    handler: async ({ body, principal, requestId }) => ({
      status: 200,
      body: await risk.decideHeld(actorOf(principal), body.claim_ids, body.decision, body.comment, requestId),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/risk/lists',
    summary: 'Block and allow list entries',
    tags: ['risk'],
    responses: { 200: R.getAdminRiskLists },
    auth: { kind: 'admin', roles: ['risk_analyst', 'auditor'] },
    handler: async () => ({ status: 200, body: await risk.listEntries() }),
  });
}

function registerRiskListsRoutes(
  kit: RouteKit,
  analyst: { readonly kind: 'admin'; readonly roles: readonly ['risk_analyst'] },
  risk: RiskService,
) {
  kit.route({
    method: 'post',
    path: '/admin/risk/lists',
    summary: 'Add a user, device or IP to the block or allow list',
    tags: ['risk'],
    responses: { 201: R.postAdminRiskLists },
    auth: analyst,
    body: z.strictObject({
      list: z.enum(['block', 'allow']),
      subject_type: z.enum(['user', 'device', 'ip']),
      value: z.string().trim().min(1).max(128),
      reason: z.string().trim().max(255).optional(),
    }),
    handler: async ({ body, principal, requestId }) => ({
      status: 201,
      body: await risk.addListEntry(actorOf(principal), body, requestId),
    }),
  });
  kit.route({
    method: 'delete',
    path: '/admin/risk/lists/:id',
    summary: 'Remove a list entry',
    tags: ['risk'],
    responses: { 204: null },
    auth: analyst,
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    handler: async ({ params, principal, requestId }) => {
      await risk.removeListEntry(actorOf(principal), params.id, requestId);
      return { status: 204 };
    },
  });
}
