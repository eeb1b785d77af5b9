import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const getMerchantCouponsByCode = z.object({
  discount_fen: z.number().int(),
  payable_fen: z.number().int(),
  coupon_code: z.string(),
  status: z.string(),
  use_end_at: z.string(),
  order_amount_fen: z.number().int(),
});
export const postMerchantCouponRedemptions = z.object({
  id: z.string(),
  coupon_code: z.string(),
  claim_id: z.string(),
  campaign_id: z.string(),
  merchant_id: z.string(),
  order_no: z.string(),
  order_amount_fen: z.number().int(),
  discount_fen: z.number().int(),
  payable_fen: z.number().int(),
  status: z.string(),
  created_at: z.string(),
  refunded_at: z.string().nullable(),
});
export const postMerchantCouponRedemptionsByIdRefund = z.object({
  coupon_status: z.string(),
  id: z.string(),
  coupon_code: z.string(),
  claim_id: z.string(),
  campaign_id: z.string(),
  merchant_id: z.string(),
  order_no: z.string(),
  order_amount_fen: z.number().int(),
  discount_fen: z.number().int(),
  payable_fen: z.number().int(),
  status: z.string(),
  created_at: z.string(),
  refunded_at: z.string().nullable(),
});
export const getMerchantCouponRedemptions = z.object({
  items: z.array(postMerchantCouponRedemptions),
  next_cursor: z.string().nullable(),
});
