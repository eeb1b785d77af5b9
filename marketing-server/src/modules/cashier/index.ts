// The door of the cashier module (the aggregated cashier: orders, channels, subsidy on e-CNY only,
// refunds, per-channel reconciliation). Anything not exported here is the module's own.
import type { ModuleDescriptor } from '../../platform/module';
import { cashierLedgerInvariant } from './books';
import { registerCashierRoutes } from './routes';
export { createCashierReconciliation, checkCashierBooks, type CashierReconciliation } from './books';
export { createCashierService, channelOfCode, type CashierService, type CashierOrderOwner } from './service';

export const cashierModule: ModuleDescriptor = {
  name: 'cashier',
  migrations: ['017-cashier', '022-merchant-onboarding'],
  // Per channel: what each merchant collected, and where it came from (citizens' e-CNY wallets or
  // the payers of a channel).
  ledgerAccounts: ['cashier_collected:', 'channel_payers:'],
  ledgerInvariants: [cashierLedgerInvariant],
  routes: (kit, { services }) => registerCashierRoutes(kit, services.cashier, services.cashierRecon),
  jobs: [
    {
      name: 'cashier sweep',
      start: ({ services, logger, config }) => {
        const every = Math.max(1000, config.payouts.sweepSeconds * 1000);
        const timer = setInterval(() => {
          services.cashier.sweep().catch((err) => logger.error('cashier sweep failed', { err }));
        }, every);
        return () => clearInterval(timer);
      },
    },
  ],
};
