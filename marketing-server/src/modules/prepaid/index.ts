// The door of the prepaid module (prepaid-funds supervision on e-CNY smart contracts, issue 17):
// everything other modules (and the platform) may use of it.
import type { ModuleDescriptor } from '../../platform/module';
import { prepaidInvariants } from './ledger-invariants';
import { registerPrepaidRoutes } from './routes';
export { createPrepaidService, type PrepaidService } from './service';
export { createEscrowRuntime, type EmbeddedEscrow } from './runtime';

export const prepaidModule: ModuleDescriptor = {
  name: 'prepaid',
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
