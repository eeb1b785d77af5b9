import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const postAuthWechat = z.object({
  token: z.string(),
  expires_at: z.string().nullable(),
  user: z.object({
    id: z.string(),
    phone: z.string().nullable(),
    wechat_bound: z.boolean(),
    verified: z.boolean(),
    real_name: z.string().nullable(),
    id_number: z.string().nullable(),
    created_at: z.string(),
  }),
});
export const postAuthOtp = z.object({ expires_in_s: z.number(), resend_after_s: z.number() });
export const postAuthOtpVerify = postAuthWechat;
export const getMe = z
  .object({
    identity_review: z
      .object({ id: z.string(), status: z.enum(['pending', 'resolved']), message: z.string() })
      .nullable(),
    id: z.string(),
    phone: z.string().nullable(),
    wechat_bound: z.boolean(),
    verified: z.boolean(),
    real_name: z.string().nullable(),
    id_number: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: 'Me' });
export const postMeIdentity = getMe;
export const postAdminAuthLogin = z.object({
  token: z.string(),
  expires_at: z.string().nullable(),
  user: z.object({
    id: z.string(),
    username: z.string(),
    display_name: z.string(),
    roles: z.array(z.string()),
    merchant_id: z.string().nullable(),
    funder_id: z.string().nullable(),
  }),
});
