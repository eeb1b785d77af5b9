import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const getAdminFunders = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      merchant_id: z.string().nullable(),
      balance_fen: z.number().int(),
      created_at: z.string(),
    }),
  ),
});
export const postAdminFunders = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  merchant_id: z.string().nullable(),
  balance_fen: z.number().int(),
  created_at: z.string(),
});
export const getAdminFundersById = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  merchant_id: z.string().nullable(),
  balance_fen: z.number().int(),
  created_at: z.string(),
});
export const postAdminFundersByIdDeposits = z.object({
  id: z.string(),
  funder_id: z.string(),
  amount_fen: z.number().int(),
  reference: z.string(),
  source: z.enum(['declared', 'merchant_wallet']),
  status: z.enum(['pending', 'rejected', 'confirmed']),
  recorded_by: z.string(),
  created_at: z.string(),
  confirmed_by: z.string().nullable(),
  confirmed_at: z.string().nullable(),
  rejected_by: z.string().nullable(),
  rejected_at: z.string().nullable(),
  decision_comment: z.string().nullable(),
});
export const getAdminFundersByIdDeposits = z.object({ items: z.array(postAdminFundersByIdDeposits) });
export const postAdminFundersByIdDepositsByDepositIdDAction = postAdminFundersByIdDeposits;
export const postAdminFundersByIdWalletDeposits = postAdminFundersByIdDeposits;
export const getAdminMerchants = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      payable_fen: z.number().int(),
      created_at: z.string(),
    }),
  ),
});
export const postAdminMerchants = z.object({
  payable_fen: z.number().int(),
  created_at: z.string(),
  name: z.string(),
  category: z.string(),
  id: z.string(),
});
