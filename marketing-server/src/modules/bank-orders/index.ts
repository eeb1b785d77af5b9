// The door of the bank-orders module (the one outbound bank-order lifecycle): everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { bankOrderInvariants } from './ledger-invariants';
import { registerPaymentRoutes } from './routes';
export {
  INLINE_ATTEMPT_GRACE_MS,
  type ChannelDriver,
  createPaymentService,
  insertPayments,
  type NewPayment,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from './service';

export const bankOrdersModule: ModuleDescriptor = {
  name: 'bank-orders',
  migrations: ['008-bank-orders'],
  ledgerInvariants: bankOrderInvariants,
  routes: (kit, { services }) => registerPaymentRoutes(kit, services.payments),
  jobs: [
    {
      name: 'bank-order lifecycle',
      start({ services, config }) {
        services.payments.start(config.payouts.sweepSeconds);
        return () => services.payments.stop();
      },
    },
  ],
};
