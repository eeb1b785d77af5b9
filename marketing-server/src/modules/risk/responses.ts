import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const getAdminRiskReviews = z.object({
  items: z.array(
    z.object({
      claim_id: z.string(),
      campaign_id: z.string(),
      campaign_name: z.string().nullable(),
      user_id: z.string(),
      phone: z.string().nullable(),
      amount_fen: z.number().int(),
      risk_version: z.number().int().nullable(),
      reasons: z.array(z.string()),
      // The facts the risk rules saw (velocity, lists, user, request), as recorded with the claim.
      facts: z.record(z.string(), z.unknown()).nullable(),
      created_at: z.string(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
export const postAdminRiskReviewsDecisions = z.object({
  items: z.array(z.object({ claim_id: z.string(), status: z.string() })),
});
export const getAdminRiskLists = z.object({
  items: z.array(
    z.object({
      created_at: z.string(),
      id: z.string(),
      list: z.string(),
      subject_type: z.string(),
      value: z.string(),
      reason: z.string().nullable(),
    }),
  ),
});
export const postAdminRiskLists = z.object({
  created_at: z.string(),
  list: z.enum(['block', 'allow']),
  subject_type: z.enum(['user', 'device', 'ip']),
  value: z.string(),
  reason: z.string().optional(),
  id: z.string(),
});
