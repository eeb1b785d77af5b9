import { z } from 'zod';

const MAX_FEN = 1_000_000_000_00; // ¥1,000,000,000 per campaign is far beyond any pilot
const fen = (what: string) =>
  z
    .number({ error: `${what} must be an integer number of fen` })
    .int(`${what} must be an integer number of fen`)
    .positive(`${what} must be positive`)
    .max(MAX_FEN);
const count = (what: string) => z.number().int(`${what} must be an integer`).positive().max(10_000_000);
export const rfc3339 = z.iso.datetime({ offset: true, message: 'must be an RFC 3339 time with offset' });
const idString = z.string().min(1).max(40);

// How a red packet lands in the citizen's wallet: with `merchant_ids` it is restricted money (spendable
// only there, for `use_days` after payout, then taken back by the bank); without, ordinary balance.
const redPacketPayout = {
  merchant_ids: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/))
    .min(1)
    .max(1000)
    .optional(),
  use_days: z.number().int().min(1).max(366).optional(),
};

const redPacketTerms = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('fixed'), amount_fen: fen('amount_fen'), ...redPacketPayout }),
  z.strictObject({ mode: z.literal('random'), count: count('count'), ...redPacketPayout }),
]);

const useWindow = z.union([
  z.strictObject({ start_at: rfc3339.optional(), end_at: rfc3339 }),
  z.strictObject({ days: z.number().int().min(1).max(366) }),
]);

const couponTerms = z
  .strictObject({
    type: z.enum(['threshold', 'instant', 'percent']),
    threshold_fen: z.number().int().min(0).max(MAX_FEN).optional(),
    discount_fen: fen('discount_fen').optional(),
    percent_off: z.number().int().min(1).max(99).optional(),
    cap_fen: fen('cap_fen').optional(),
    use_window: useWindow,
    merchant_ids: z.array(idString).max(1000).default([]),
  })
  .superRefine((c, ctx) => {
    const need = (field: keyof typeof c, why: string) => {
      if (c[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (c.type === 'threshold') {
      need('threshold_fen', 'required for a threshold (满减) coupon');
      need('discount_fen', 'required for a threshold (满减) coupon');
      if (c.threshold_fen !== undefined && c.discount_fen !== undefined && c.discount_fen > c.threshold_fen) {
        ctx.addIssue({ code: 'custom', path: ['discount_fen'], message: 'must not exceed threshold_fen' });
      }
    }
    if (c.type === 'instant') need('discount_fen', 'required for an instant (立减) coupon');
    if (c.type === 'percent') {
      need('percent_off', 'required for a percent (折扣) coupon');
      need('cap_fen', 'a percent coupon needs a cap so its cost is bounded');
    }
  });

const limits = z.strictObject({
  max_count: count('max_count').optional(),
  max_amount_fen: fen('max_amount_fen').optional(),
  max_count_per_day: count('max_count_per_day').optional(),
  per_user: z
    .strictObject({
      count: z.number().int().min(1).max(1000),
      period: z.enum(['day', 'week', 'month', 'lifetime']),
    })
    .default({ count: 1, period: 'lifetime' }),
  natural_person: z.boolean().default(false),
});

const campaignFields = {
  name: z.string().trim().min(1).max(128),
  description: z.string().max(2000).optional(),
  funder_id: idString,
  budget_fen: fen('budget_fen'),
  claim_start_at: rfc3339,
  claim_end_at: rfc3339,
  red_packet: redPacketTerms.optional(),
  coupon: couponTerms.optional(),
  limits: limits.default({ per_user: { count: 1, period: 'lifetime' }, natural_person: false }),
};

function checkCampaign(
  c: {
    kind?: string;
    red_packet?: unknown;
    coupon?: unknown;
    claim_start_at?: string;
    claim_end_at?: string;
  },
  ctx: z.RefinementCtx,
) {
  if (c.kind === 'red_packet' && !c.red_packet) {
    ctx.addIssue({ code: 'custom', path: ['red_packet'], message: 'required for a red_packet campaign' });
  }
  if (c.kind === 'coupon' && !c.coupon) {
    ctx.addIssue({ code: 'custom', path: ['coupon'], message: 'required for a coupon campaign' });
  }
  if (c.kind === 'red_packet' && c.coupon) {
    ctx.addIssue({ code: 'custom', path: ['coupon'], message: 'not allowed for a red_packet campaign' });
  }
  if (c.kind === 'coupon' && c.red_packet) {
    ctx.addIssue({ code: 'custom', path: ['red_packet'], message: 'not allowed for a coupon campaign' });
  }
  if (c.claim_start_at && c.claim_end_at && Date.parse(c.claim_end_at) <= Date.parse(c.claim_start_at)) {
    ctx.addIssue({ code: 'custom', path: ['claim_end_at'], message: 'must be after claim_start_at' });
  }
}

export const createCampaignBody = z
  .strictObject({ kind: z.enum(['red_packet', 'coupon']), ...campaignFields })
  .superRefine(checkCampaign);

export const updateCampaignBody = z
  .strictObject({
    name: campaignFields.name.optional(),
    description: campaignFields.description,
    funder_id: campaignFields.funder_id.optional(),
    budget_fen: campaignFields.budget_fen.optional(),
    claim_start_at: rfc3339.optional(),
    claim_end_at: rfc3339.optional(),
    red_packet: redPacketTerms.optional(),
    coupon: couponTerms.optional(),
    limits: limits.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'at least one field to change' });

export type CreateCampaignInput = z.infer<typeof createCampaignBody>;
export type UpdateCampaignInput = z.infer<typeof updateCampaignBody>;
export type CouponTerms = z.infer<typeof couponTerms>;
export type RedPacketTerms = z.infer<typeof redPacketTerms>;
export type CampaignLimits = z.infer<typeof limits>;

/** What is stored in campaigns.config (terms and limits); windows and money live in columns. */
export type CampaignConfig = {
  red_packet?: RedPacketTerms;
  coupon?: CouponTerms;
  limits: CampaignLimits;
};

export const campaignIdParams = z.strictObject({ id: idString });
export const commentBody = z.strictObject({ comment: z.string().trim().min(1).max(500) });
export const optionalCommentBody = z.strictObject({ comment: z.string().trim().max(500).optional() });
export const listCampaignsQuery = z.strictObject({
  status: z
    .enum(['draft', 'pending_approval', 'rejected', 'approved', 'running', 'paused', 'ended', 'settled'])
    .optional(),
  kind: z.enum(['red_packet', 'coupon']).optional(),
  cursor: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
