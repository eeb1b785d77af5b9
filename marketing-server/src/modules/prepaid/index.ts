// The door of the prepaid module (prepaid-funds supervision on e-CNY smart contracts, issue 17):
// everything other modules (and the platform) may use of it.
import type { ModuleDescriptor } from '../../platform/module';
import { createEscrowRuntime, type EmbeddedEscrow } from './runtime';
import { createPrepaidService, type PrepaidService } from './service';
import { prepaidInvariants } from './ledger-invariants';
import { PREPAID_PARTNER_OPERATIONS } from './partner-operations';
import { registerPrepaidRoutes } from './routes';
export { createPrepaidService, type PrepaidService } from './service';
export { createEscrowRuntime, type EmbeddedEscrow } from './runtime';

declare module '../../platform/module' {
  interface PlatformServices {
    /** Prepaid-funds supervision on the escrow's smart contracts. */
    prepaid: PrepaidService;
  }
  interface EmbeddedHandles {
    /** The escrow backend of prepaid supervision (its in-process simulator in embedded mode). */
    escrow: EmbeddedEscrow | null;
  }
}

export const prepaidModule: ModuleDescriptor = {
  name: 'prepaid',
  services: {
    provides: ['prepaid'],
    needs: ['payments', 'cashier', 'wallet'],
    async create({ config, db, clock, logger, sims, embedded, onListening }, { payments, cashier, wallet }) {
      // The escrow backend (the simulator in-process in embedded mode).
      const escrow = await createEscrowRuntime({ config, clock, mocks: sims.running });
      embedded.escrow = escrow.embedded;
      onListening((base) => escrow.listening(base));
      const prepaid = createPrepaidService({
        db,
        clock,
        logger,
        orders: payments,
        cashier,
        wallet,
        escrow: escrow.client,
      });
      await prepaid.ensureReferenceData();
      return { prepaid };
    },
  },
  migrations: ['018-prepaid'],
  ledgerAccounts: [
    'prepaid_locked:',
    'prepaid_pending',
    'prepaid_released:',
    'prepaid_refunded',
    'prepaid_exceptions',
  ],
  ledgerInvariants: prepaidInvariants,
  routes: (kit, { services }) => registerPrepaidRoutes(kit, services.prepaid),
  partnerOperations: PREPAID_PARTNER_OPERATIONS,
  jobs: [
    {
      name: 'prepaid sweep (auto-confirm, accrual, frozen refunds, escrow freezes)',
      start: ({ services, logger, config }) => {
        const every = Math.max(1000, config.payouts.sweepSeconds * 1000);
        const timer = setInterval(() => {
          services.prepaid.sweep().catch((err) => logger.error('prepaid sweep failed', { err }));
        }, every);
        return () => clearInterval(timer);
      },
    },
  ],
};
