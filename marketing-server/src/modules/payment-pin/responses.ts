import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId).

export const getMePaymentPin = z
  .object({
    set: z.boolean(),
    locked_until: z.string().nullable(),
    remaining_attempts: z.number().int(),
    /** 小额免密: wallet payments up to this need no PIN; above it they do once a PIN is set. */
    pin_free_limit_fen: z.number().int(),
  })
  .meta({ id: 'PaymentPinStatus' });
export const postMePaymentPin = getMePaymentPin;
export const postMePaymentPinVerify = z.object({
  payment_token: z.string(),
  purpose: z.enum(['topup', 'parking', 'cashier']),
  amount_fen: z.number().int(),
  expires_at: z.string(),
});
