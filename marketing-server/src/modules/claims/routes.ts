import { z } from 'zod';
import * as R from './responses';
import { citizenId, type RouteKit } from '../../http/router-kit';
import { refused } from '../../shared/domain-error';
import type { ClaimTokens } from '../../security/claim-tokens';
import { toRfc3339, type Clock } from '../../shared/time';
import type { DayStats } from '../analytics';
import { soldOutKey, stockExhausted, type ClaimsService } from './service';

const listQuery = z.strictObject({
  status: z.enum(['granted', 'held', 'paying', 'paid', 'redeemed', 'expired', 'cancelled']).optional(),
  cursor: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function registerClaimRoutes(
  kit: RouteKit,
  claims: ClaimsService,
  claimTokens: ClaimTokens,
  clock: Clock,
  dayStats?: Pick<DayStats, 'record'>,
) {
  registerClaimTokenRoutes(kit, claims, claimTokens, clock, dayStats);
  registerClaimEligibilityRoutes(kit, claims, claimTokens, clock);
  registerClaimListRoutes(kit, claims);
}

function registerClaimTokenRoutes(
  kit: RouteKit,
  claims: ClaimsService,
  claimTokens: ClaimTokens,
  clock: Clock,
  dayStats: Pick<DayStats, 'record'> | undefined,
) {
  kit.route({
    method: 'post',
    path: '/campaigns/:id/claim-tokens',
    summary:
      'A short-lived token the claim request must carry (X-Claim-Token), bound to this user and campaign',
    tags: ['claims'],
    responses: { 201: R.postCampaignsByIdClaimTokens },
    auth: { kind: 'citizen' },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    handler: async ({ params, principal }) => {
      const limit = kit.limiter.limits.claimTokenCitizenMinute;
      await kit.limiter.take([{ name: 'claim-token', key: citizenId(principal), limit }]);
      await claims.assertClaimable(params.id);
      const { token, expires_at } = claimTokens.issue(citizenId(principal), params.id, clock.now());
      return { status: 201, body: { claim_token: token, expires_at: toRfc3339(expires_at) } };
    },
  });
  kit.route({
    method: 'get',
    path: '/campaigns',
    summary: 'Campaigns a citizen can claim now or soon',
    tags: ['claims'],
    responses: { 200: R.getCampaigns },
    auth: { kind: 'none' },
    handler: async () => ({ status: 200, body: await claims.listClaimable() }),
  });
  kit.route({
    method: 'get',
    path: '/campaigns/:id',
    summary: 'One campaign as citizens see it (terms, window, stock left)',
    tags: ['claims'],
    responses: { 200: R.getCampaignsById },
    auth: { kind: 'none' },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    handler: async ({ params }) => {
      const body = await claims.getClaimable(params.id);
      dayStats?.record(params.id, 'views');
      return { status: 200, body };
    },
  });
  kit.route({
    method: 'get',
    path: '/me/campaigns',
    summary: 'Campaigns I can claim now or soon, each with whether I am eligible and why not',
    tags: ['claims'],
    responses: { 200: R.getMeCampaigns },
    auth: { kind: 'citizen' },
    handler: async ({ principal }) => ({
      status: 200,
      body: await claims.listClaimableFor(citizenId(principal)),
    }),
  });
}

function registerClaimEligibilityRoutes(
  kit: RouteKit,
  claims: ClaimsService,
  claimTokens: ClaimTokens,
  clock: Clock,
) {
  kit.route({
    method: 'get',
    path: '/me/campaigns/:id/eligibility',
    summary:
      'What claiming this campaign now would meet for me (eligibility rules, my limit), without claiming',
    tags: ['claims'],
    responses: { 200: R.getMeCampaignsByIdEligibility },
    auth: { kind: 'citizen' },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await claims.previewClaim(params.id, citizenId(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/campaigns/:id/claims',
    summary: 'Claim a red packet or coupon (one tap)',
    tags: ['claims'],
    responses: { 201: R.postCampaignsByIdClaims },
    auth: { kind: 'citizen' },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    body: z.strictObject({
      channel: z.enum(['weapp', 'h5', 'app', 'api']).optional(),
      device_id: z.string().min(1).max(64).optional(),
    }),
    idempotent: { status: 201 },
    fastRefusal: (params) => ({ guardKey: soldOutKey(params.id), error: stockExhausted }),
    handler: async ({ ctx, params, body, principal, idempotency }) => {
      // Checked after the idempotency lookup, so a retried tap still gets its claim once the token expired.
      const claimToken = ctx.get('x-claim-token');
      if (!claimToken) throw refused('CLAIM_TOKEN_REQUIRED', '缺少领取凭证（X-Claim-Token）');
      if (!claimTokens.verify(claimToken, citizenId(principal), params.id, clock.now())) {
        throw refused('CLAIM_TOKEN_INVALID', '领取凭证已失效，请刷新页面后重试');
      }
      return {
        status: 201,
        body: await claims.claim({
          ip: ctx.ip,
          campaignId: params.id,
          userId: citizenId(principal),
          channel: body.channel,
          deviceId: body.device_id,
          idempotency: idempotency!,
        }),
      };
    },
  });
}

function registerClaimListRoutes(kit: RouteKit, claims: ClaimsService) {
  kit.route({
    method: 'get',
    path: '/me/claims',
    summary: 'My red packets and coupons',
    tags: ['claims'],
    responses: { 200: R.getMeClaims },
    auth: { kind: 'citizen' },
    query: listQuery,
    handler: async ({ query, principal }) => ({
      status: 200,
      body: await claims.listMyClaims(citizenId(principal), query),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/claims/:claim_id',
    summary: 'One of my red packets or coupons (the coupon code page)',
    tags: ['claims'],
    responses: { 200: R.getMeClaimsByClaimId },
    auth: { kind: 'citizen' },
    params: z.strictObject({ claim_id: z.string().min(1).max(40) }),
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await claims.getMyClaim(citizenId(principal), params.claim_id),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/coupons',
    summary: 'My coupons with their codes and use windows',
    tags: ['claims'],
    responses: { 200: R.getMeCoupons },
    auth: { kind: 'citizen' },
    query: listQuery,
    handler: async ({ query, principal }) => ({
      status: 200,
      body: await claims.listMyClaims(citizenId(principal), { ...query, kind: 'coupon' }),
    }),
  });
}
