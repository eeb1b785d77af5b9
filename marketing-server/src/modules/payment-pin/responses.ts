import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId).

export const getMePaymentPin = z
  .object({
    set: z.boolean(),
    locked_until: z.string().nullable(),
    remaining_attempts: z.number().int(),
  })
  .meta({ id: 'PaymentPinStatus' });
export const postMePaymentPin = getMePaymentPin;
export const postMePaymentPinVerify = z.object({
  payment_token: z.string(),
  purpose: z.enum(['topup']),
  amount_fen: z.number().int(),
  expires_at: z.string(),
});
