import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const DayFigures = z.object({
  day: z.string(),
  views: z.number(),
  claims: z.number(),
  claimed_fen: z.number().int(),
  redemptions: z.number(),
  subsidy_fen: z.number().int(),
  order_fen: z.number().int(),
  risk: z.object({ pass: z.number(), review: z.number(), reject: z.number() }),
});

export const getAdminAnalyticsOverview = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  campaign_id: z.string().nullable(),
  days: z.array(DayFigures),
  funnel: z.object({ views: z.number(), claims: z.number(), redemptions: z.number() }),
  by_merchant: z.array(
    z.object({
      merchant_id: z.string(),
      name: z.string(),
      category: z.string(),
      redemptions: z.number(),
      subsidy_fen: z.number().int(),
      order_fen: z.number().int(),
    }),
  ),
  by_category: z.array(
    z.object({
      redemptions: z.number(),
      subsidy_fen: z.number().int(),
      order_fen: z.number().int(),
      category: z.string(),
    }),
  ),
  leverage: z.object({
    subsidy_fen: z.number().int(),
    order_fen: z.number().int(),
    ratio: z.number().nullable(),
  }),
  burn: z
    .object({
      budget_fen: z.number().int(),
      points: z.array(
        z.object({ day: z.string(), remaining_fen: z.number().int(), plan_remaining_fen: z.number().int() }),
      ),
    })
    .nullable(),
});
