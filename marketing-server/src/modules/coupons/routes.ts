import { z } from 'zod';
import * as R from './responses';
import { actorOf, merchantOf, type RouteKit } from '../../http/router-kit';
import { applyPolicy, policyFor } from '../../masking/policy';
import type { CouponService } from './service';

const code = z.string().regex(/^\d{12}$/, 'must be the 12-digit coupon code');
const orderAmount = z
  .number()
  .int('order_amount_fen must be an integer number of fen')
  .positive()
  .max(1_000_000_000);

const merchant = { kind: 'admin', roles: ['merchant_operator'] } as const;

export function registerCouponRoutes(kit: RouteKit, coupons: CouponService) {
  registerCouponListRoutes(kit, coupons);
  registerCouponRedemptionsRefundRoutes(kit, coupons);
}

function registerCouponListRoutes(kit: RouteKit, coupons: CouponService) {
  kit.route({
    method: 'get',
    path: '/merchant/coupons/:code',
    summary: 'Verify a coupon for an order amount (changes nothing)',
    tags: ['merchant'],
    responses: { 200: R.getMerchantCouponsByCode },
    auth: merchant,
    params: z.strictObject({ code }),
    query: z.strictObject({ order_amount_fen: z.coerce.number().int().positive().max(1_000_000_000) }),
    handler: async ({ params, query, principal, requestId }) => {
      // Codes are 12 digits: without a limit an operator account could walk through them.
      const limit = kit.limiter.limits.couponLookupOperatorMinute;
      await kit.limiter.take([{ name: 'coupon-lookup', key: principal!.sub, limit }]);
      const merchantId = merchantOf(principal);
      return {
        status: 200,
        body: await coupons.quote(
          actorOf(principal),
          merchantId,
          params.code,
          query.order_amount_fen,
          requestId,
        ),
      };
    },
  });
  kit.route({
    method: 'post',
    path: '/merchant/coupon-redemptions',
    summary: 'Redeem a coupon on an order',
    tags: ['merchant'],
    responses: { 201: R.postMerchantCouponRedemptions },
    auth: merchant,
    body: z.strictObject({
      coupon_code: code,
      order_no: z.string().min(1).max(64),
      order_amount_fen: orderAmount,
    }),
    idempotent: { status: 201 },
    handler: async ({ body, principal, idempotency }) => ({
      status: 201,
      body: await coupons.redeem(actorOf(principal), merchantOf(principal), body, idempotency!),
    }),
  });
}

function registerCouponRedemptionsRefundRoutes(kit: RouteKit, coupons: CouponService) {
  kit.route({
    method: 'post',
    path: '/merchant/coupon-redemptions/:id/refund',
    summary: 'Refund the order: reverse the subsidy, return the coupon',
    tags: ['merchant'],
    responses: { 200: R.postMerchantCouponRedemptionsByIdRefund },
    auth: merchant,
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    idempotent: { status: 200 },
    handler: async ({ params, principal, idempotency }) => ({
      status: 200,
      body: await coupons.refund(actorOf(principal), merchantOf(principal), params.id, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/merchant/coupon-redemptions',
    summary: 'Redemptions at my merchant',
    tags: ['merchant'],
    responses: { 200: R.getMerchantCouponRedemptions },
    auth: merchant,
    query: z.strictObject({
      cursor: z.string().max(60).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: async ({ query, principal }) => ({
      status: 200,
      // The code is the holder's: a cashier's history shows its last 4 digits.
      body: applyPolicy(await coupons.listRedemptions(merchantOf(principal), query), policyFor(principal)),
    }),
  });
}
