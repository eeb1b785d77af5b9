// The door of the coupons module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerCouponRoutes } from './routes';
export {
  createCouponService,
  evaluateCoupon,
  redeemCouponInTx,
  refundRedemptionInTx,
  type CouponClaim,
  type CouponService,
} from './service';
