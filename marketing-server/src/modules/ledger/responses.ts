import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const CampaignFigures = z.object({
  campaign_id: z.string(),
  name: z.string(),
  status: z.string(),
  reserved_fen: z.number().int(),
  budget_fen: z.number().int(),
  granted_fen: z.number().int(),
  spent_fen: z.number().int(),
  returned_fen: z.number().int(),
  claims: z.number(),
  stock_taken: z.number(),
  granted_claims_fen: z.number().int(),
  balanced: z.boolean(),
  issues: z.array(z.string()),
});

export const getAdminLedgerCheck = z
  .object({
    balanced: z.boolean(),
    checked_at: z.string(),
    total_fen: z.number().int(),
    unbalanced_postings: z.array(z.object({ txn_id: z.string(), sum_fen: z.number().int() })),
    campaigns: z.array(CampaignFigures),
  })
  // One section per module that vouches for a property of the books (its LedgerInvariant's key).
  .catchall(z.looseObject({ balanced: z.boolean(), issues: z.array(z.string()) }));
export const getAdminLedgerAlerts = z.object({
  last_check: z
    .object({ balanced: z.boolean(), issues: z.array(z.string()), checked_at: z.string() })
    .nullable(),
  open_bank_order_exceptions: z.number(),
});
