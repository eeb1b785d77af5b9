import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const postAdminPaymentsByOutTradeNoRetry = z.object({
  out_trade_no: z.string(),
  purpose: z.enum([
    'payout',
    'settlement',
    'parking',
    'topup',
    'ecny_exchange',
    'ecny_subwallet',
    'cashier',
    'cashier_refund',
    'funding',
  ]),
  channel: z.enum(['topup', 'payment', 'transfer', 'ecny', 'ecny_subwallet', 'refund']),
  ref_id: z.string(),
  generation: z.number(),
  campaign_id: z.string().nullable(),
  user_id: z.string().nullable(),
  wallet_id: z.string().nullable(),
  amount_fen: z.number().int(),
  kind: z.enum(['standard', 'red_packet']),
  status: z.enum(['pending', 'awaiting_wallet', 'in_flight', 'paid', 'failed', 'dead', 'cancelled']),
  attempts: z.number(),
  last_error: z.string().nullable(),
  bank_trade_no: z.string().nullable(),
  next_attempt_at: z.string().nullable(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export const getAdminPayments = z.object({
  items: z.array(postAdminPaymentsByOutTradeNoRetry),
  next_cursor: z.string().nullable(),
});
export const getAdminPaymentsDeadLetter = getAdminPayments;
export const postAdminPaymentsByOutTradeNoCancel = postAdminPaymentsByOutTradeNoRetry;
export const postAdminBankOrdersExceptionsByIdResolve = z.object({
  id: z.string(),
  out_trade_no: z.string(),
  purpose: z.string(),
  bank_status: z.string(),
  platform_status: z.string(),
  amount_fen: z.number().int(),
  note: z.string(),
  status: z.string(),
  resolved_by: z.string().nullable(),
  resolution: z.string().nullable(),
  created_at: z.string(),
  resolved_at: z.string().nullable(),
});
export const getAdminBankOrdersExceptions = z.object({
  items: z.array(postAdminBankOrdersExceptionsByIdResolve),
});
