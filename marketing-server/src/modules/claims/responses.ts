import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const MerchantRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'MerchantRef' });
const ClaimPreview = z
  .object({
    eligible: z.boolean(),
    code: z.string().nullable(),
    reasons: z.array(z.string()),
    claimed_in_period: z.number(),
    limit: z.number().int(),
    period: z.string(),
  })
  .meta({ id: 'ClaimPreview' });
const CampaignCoupon = z.object({
  merchants: z.array(MerchantRef),
  type: z.enum(['threshold', 'instant', 'percent']),
  use_window: z.union([
    z.object({ end_at: z.string(), start_at: z.string().optional() }),
    z.object({ days: z.number().int() }),
  ]),
  merchant_ids: z.array(z.string()),
  threshold_fen: z.number().int().optional(),
  discount_fen: z.number().int().optional(),
  percent_off: z.number().optional(),
  cap_fen: z.number().int().optional(),
});
const CouponTerms = z.object({
  type: z.enum(['threshold', 'instant', 'percent']),
  merchant_ids: z.array(z.string()),
  threshold_fen: z.number().int().optional(),
  discount_fen: z.number().int().optional(),
  percent_off: z.number().optional(),
  cap_fen: z.number().int().optional(),
});
const ClaimCoupon = z.object({
  code: z.string(),
  terms: CouponTerms.optional(),
  use_start_at: z.string(),
  use_end_at: z.string(),
});
const FixedRedPacket = z.object({
  mode: z.literal('fixed'),
  amount_fen: z.number().int(),
  merchant_ids: z.array(z.string()).optional(),
  use_days: z.number().int().optional(),
});
export const postCampaignsByIdClaimTokens = z.object({
  claim_token: z.string(),
  expires_at: z.string().nullable(),
});
export const getCampaignsById = z
  .object({
    id: z.string(),
    kind: z.enum(['red_packet', 'coupon']),
    name: z.string(),
    description: z.string().nullable(),
    /** Who funds it (the funder's name), shown as 主办方. */
    organizer: z.string().nullable(),
    status: z.enum(['upcoming', 'running', 'paused', 'ended', 'settled']),
    face_fen: z.number().int(),
    red_packet: z
      .union([
        FixedRedPacket,
        z.object({
          mode: z.literal('random'),
          count: z.number().int(),
          merchant_ids: z.array(z.string()).optional(),
          use_days: z.number().int().optional(),
        }),
      ])
      .nullable(),
    coupon: CampaignCoupon.nullable(),
    per_user: z.object({ count: z.number().int(), period: z.enum(['day', 'week', 'month', 'lifetime']) }),
    claim_start_at: z.string(),
    claim_end_at: z.string(),
    starts_in_s: z.number(),
    remaining: z.number(),
    stock_total: z.number(),
  })
  .meta({ id: 'Campaign' });
export const getCampaigns = z.object({ items: z.array(getCampaignsById) });
export const getMeCampaigns = z.object({ items: z.array(getCampaignsById.extend({ mine: ClaimPreview })) });
export const getMeCampaignsByIdEligibility = ClaimPreview;
export const postCampaignsByIdClaims = z
  .object({
    id: z.string(),
    campaign_id: z.string(),
    campaign_name: z.string().optional(),
    kind: z.enum(['red_packet', 'coupon']),
    amount_fen: z.number().int(),
    status: z.enum(['granted', 'held', 'rejected', 'paying', 'paid', 'redeemed', 'expired', 'cancelled']),
    /** A red packet that reaches nobody until a wallet is bound (GET /me/claims, /me/claims/{id}). */
    awaiting_wallet: z.boolean().optional(),
    coupon: ClaimCoupon.extend({ merchants: z.array(MerchantRef).optional() }).nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'Claim' });
export const getMeClaims = z.object({
  items: z.array(postCampaignsByIdClaims),
  next_cursor: z.string().nullable(),
});
export const getMeClaimsByClaimId = postCampaignsByIdClaims;
export const getMeCoupons = getMeClaims;
