// The door of the coupons module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createCouponService, type CouponService } from './service';
import { registerCouponRoutes } from './routes';
export {
  createCouponService,
  evaluateCoupon,
  redeemCouponInTx,
  refundRedemptionInTx,
  type CouponClaim,
  type CouponService,
} from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    coupons: CouponService;
  }
}

export const couponsModule: ModuleDescriptor = {
  name: 'coupons',
  services: {
    provides: ['coupons'],
    create: ({ db, clock }) => ({ coupons: createCouponService({ db, clock }) }),
  },
  migrations: [],
  routes: (kit, { services }) => registerCouponRoutes(kit, services.coupons),
};
