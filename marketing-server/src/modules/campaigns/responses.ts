import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const StockFigures = z.object({ total: z.number().int(), remaining: z.number(), claimed: z.number() });

export const postAdminCampaigns = z.object({
  stock: StockFigures,
  id: z.string(),
  kind: z.enum(['red_packet', 'coupon']),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum([
    'approved',
    'rejected',
    'draft',
    'pending_approval',
    'running',
    'paused',
    'ended',
    'settled',
  ]),
  funder_id: z.string(),
  budget_fen: z.number().int(),
  reserved_fen: z.number().int(),
  face_fen: z.number().int(),
  stock_total: z.number(),
  claim_start_at: z.string(),
  claim_end_at: z.string(),
  use_end_at: z.string().nullable(),
  red_packet: z
    .union([
      z.object({
        mode: z.literal('fixed'),
        amount_fen: z.number().int(),
        merchant_ids: z.array(z.string()).optional(),
        use_days: z.number().int().optional(),
      }),
      z.object({
        mode: z.literal('random'),
        count: z.number().int(),
        merchant_ids: z.array(z.string()).optional(),
        use_days: z.number().int().optional(),
      }),
    ])
    .nullable(),
  coupon: z
    .object({
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
    })
    .nullable(),
  limits: z.object({
    per_user: z.object({ count: z.number().int(), period: z.enum(['day', 'week', 'month', 'lifetime']) }),
    natural_person: z.boolean(),
    max_count: z.number().int().optional(),
    max_amount_fen: z.number().int().optional(),
    max_count_per_day: z.number().int().optional(),
  }),
  version: z.number().int(),
  created_by: z.string(),
  submitted_by: z.string().nullable(),
  approved_by: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
});
export const getAdminCampaigns = z.object({
  items: z.array(postAdminCampaigns),
  next_cursor: z.string().nullable(),
});
export const getAdminCampaignsById = postAdminCampaigns;
export const patchAdminCampaignsById = postAdminCampaigns;
export const getAdminCampaignsByIdVersions = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      created_by: z.string(),
      created_at: z.string(),
      snapshot: z.record(z.string(), z.unknown()),
      changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    }),
  ),
});
export const postAdminCampaignsByIdAAction = postAdminCampaigns;
