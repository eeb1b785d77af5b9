// The door of the bank-orders module (the one outbound bank-order lifecycle): everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createPaymentService, type PaymentService } from './service';
import { bankOrderInvariants } from './ledger-invariants';
import { registerPaymentRoutes } from './routes';
export {
  type AfterCommit,
  INLINE_ATTEMPT_GRACE_MS,
  type ChannelDriver,
  createPaymentService,
  insertPayments,
  type NewPayment,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    payments: PaymentService;
  }
}

export const bankOrdersModule: ModuleDescriptor = {
  name: 'bank-orders',
  services: {
    provides: ['payments'],
    create: ({ db, clock, queue, logger, bank, sims, config }) => ({
      payments: createPaymentService({
        db,
        clock,
        queue,
        logger,
        bank,
        payerWalletId: sims.payerWalletId!,
        retry: {
          maxAttempts: config.payouts.maxAttempts,
          baseDelayMs: config.payouts.retryBaseMs,
          leaseMs: config.payouts.leaseMs,
        },
        concurrency: config.payouts.concurrency,
        breakerCooldownMs: config.bank.breakerCooldownMs,
      }),
    }),
  },
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
