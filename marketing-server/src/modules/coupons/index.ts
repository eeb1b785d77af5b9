// The door of the coupons module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerCouponRoutes } from './routes';
export {
  createCouponService,
  evaluateCoupon,
  redeemCouponInTx,
  refundRedemptionInTx,
  type CouponClaim,
  type CouponService,
} from './service';

export const couponsModule: ModuleDescriptor = {
  name: 'coupons',
  migrations: [],
  routes: (kit, { services }) => registerCouponRoutes(kit, services.coupons),
};
