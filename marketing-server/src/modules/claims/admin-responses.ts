import { z } from 'zod';

/** A claim as operators see it: the claimant's phone and real name masked unless unmasked (audited). */
export const AdminClaim = z
  .object({
    id: z.string(),
    user_id: z.string(),
    kind: z.string(),
    amount_fen: z.number().int(),
    status: z.string(),
    coupon_code: z.string().nullable(),
    channel: z.string().nullable(),
    created_at: z.string(),
    phone: z.string().nullable(),
    real_name: z.string().nullable(),
  })
  .meta({ id: 'AdminClaim' });

export const getAdminCampaignsByIdClaims = z.object({
  items: z.array(AdminClaim),
  next_cursor: z.string().nullable(),
});

export const postAdminCampaignsByIdClaimsByClaimIdUnmask = AdminClaim;
