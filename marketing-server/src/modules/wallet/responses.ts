import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const BoundWallet = z
  .object({
    bound: z.literal(true),
    wallet_id_masked: z.string(),
    wallet_type: z.string(),
    wallet_level: z.string(),
    status: z.enum(['closed', 'normal', 'frozen']),
    phone_masked: z.string(),
    card_no_masked: z.string().nullable(),
    balance_fen: z.number().int(),
    restricted_balance_fen: z.number().int(),
    total_balance_fen: z.number().int(),
    limits: z
      .object({
        balance_fen: z.number().int(),
        per_payment_fen: z.number().int(),
        daily_fen: z.number().int(),
        yearly_fen: z.number().int(),
      })
      .nullable(),
    usage: z.object({ daily_paid_fen: z.number().int(), yearly_paid_fen: z.number().int() }),
    headroom: z
      .object({
        balance_fen: z.number().int(),
        daily_payment_fen: z.number().int(),
        yearly_payment_fen: z.number().int(),
        per_payment_fen: z.number().int(),
      })
      .nullable(),
    as_of: z.string(),
    day: z.string(),
  })
  .meta({ id: 'BoundWallet' });
export const getMeWallet = z
  .union([z.object({ bound: z.literal(false) }), BoundWallet])
  .meta({ id: 'Wallet' });
export const postMeWalletBindings = z.object({
  binding_id: z.string(),
  phone_masked: z.string(),
  otp_expires_at: z.string().nullable(),
});
export const postMeWalletBindingsByBindingIdConfirm = getMeWallet;
export const postMeWalletTopups = z.object({
  wallet: getMeWallet,
  id: z.string(),
  amount_fen: z.number().int(),
  status: z.enum(['failed', 'processing', 'succeeded']),
  error_code: z.string().nullable(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export const getMeWalletTopups = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      amount_fen: z.number().int(),
      status: z.enum(['failed', 'processing', 'succeeded']),
      error_code: z.string().nullable(),
      created_at: z.string(),
      completed_at: z.string().nullable(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
