import { z } from 'zod';
import * as R from './review-responses';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { IdentityService } from './service';

const REVIEWERS = { kind: 'admin' as const, roles: ['risk_analyst'] as const };

/** Reviews of an ID number verified by a second account: the holder keeps it until one is resolved. */
export function registerIdentityReviewRoutes(kit: RouteKit, identity: IdentityService) {
  kit.route({
    method: 'get',
    path: '/admin/identity-reviews',
    summary: 'Real-name reviews: an ID number another account already holds (names and phones masked)',
    tags: ['identity'],
    responses: { 200: R.getAdminIdentityReviews },
    auth: REVIEWERS,
    query: z.strictObject({
      status: z.enum(['pending', 'resolved']).default('pending'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ query }) => ({ status: 200, body: await identity.reviews.listReviews(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/identity-reviews/:review_id/resolve',
    summary:
      'Resolve a real-name review: keep_holder, share (one person, two accounts) or grant_claimant (the holder loses it; audited)',
    tags: ['identity'],
    responses: { 200: R.postAdminIdentityReviewsByReviewIdResolve },
    auth: REVIEWERS,
    params: z.object({ review_id: z.string().min(1).max(64) }),
    body: z.strictObject({
      decision: z.enum(['keep_holder', 'grant_claimant', 'share']),
      note: z.string().min(1).max(255),
    }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await identity.reviews.resolveReview(
        actorOf(principal),
        params.review_id,
        body.decision,
        body.note,
      ),
    }),
  });
}
