import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const Line = z.object({ campaign_id: z.string().nullable(), amount_fen: z.number().int() });

const Settlement = z
  .object({
    id: z.string(),
    merchant_id: z.string(),
    bill_date: z.string(),
    amount_fen: z.number().int(),
    lines: z.array(Line),
    status: z.string(),
    out_trade_no: z.string().nullable(),
    note: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string().nullable(),
  })
  .meta({ id: 'Settlement' });
export const postAdminSettlementsRuns = z.object({
  skipped: z.array(z.object({ merchant_id: z.string(), reason: z.string() })),
  items: z.array(Settlement),
  next_cursor: z.string().nullable(),
  bill_date: z.string(),
});
export const getAdminSettlements = z.object({
  items: z.array(Settlement),
  next_cursor: z.string().nullable(),
});
export const putAdminMerchantsByIdWallet = z.object({
  payload: z.object({ wallet_id: z.string().nullable(), wallet_fingerprint: z.string().nullable() }),
  id: z.string(),
  kind: z.string(),
  target_id: z.string().nullable(),
  summary: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  proposed_by: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  decision_comment: z.string().nullable(),
  created_at: z.string(),
});
export const getAdminMerchantsWalletChanges = z.object({ items: z.array(putAdminMerchantsByIdWallet) });
export const postAdminMerchantsByIdWalletChangesByChangeIdDecision = putAdminMerchantsByIdWallet;
