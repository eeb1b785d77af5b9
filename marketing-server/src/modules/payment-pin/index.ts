// The door of the payment-pin module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerPaymentPinRoutes } from './routes';
import { createPaymentPinService, type PaymentPinService } from './service';
export {
  createPaymentPinService,
  MAX_PIN_ATTEMPTS,
  PAYMENT_TOKEN_TTL_MS,
  PIN_FREE_LIMIT_FEN,
  PIN_LOCK_MS,
  type PaymentPinService,
  type PaymentPurpose,
} from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    paymentPin: PaymentPinService;
  }
}

export const paymentPinModule: ModuleDescriptor = {
  name: 'payment-pin',
  services: {
    provides: ['paymentPin'],
    create: ({ db, clock }) => ({ paymentPin: createPaymentPinService({ db, clock }) }),
  },
  // 024: the PIN hashes with their failure counts and locks, and the single-use payment tokens.
  migrations: ['024-payment-pin'],
  routes: (kit, { services }) => registerPaymentPinRoutes(kit, services.paymentPin),
};
