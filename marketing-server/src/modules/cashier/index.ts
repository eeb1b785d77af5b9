// The door of the cashier module (the aggregated cashier: orders, channels, subsidy on e-CNY only,
// refunds, per-channel reconciliation). Anything not exported here is the module's own.
import type { ModuleDescriptor } from '../../platform/module';
import { startPayChannels, type PayChannels } from '../../connectors/pay-channels/start';
import { createBankRefundClient } from '../../connectors/bank-wallet/refunds';
import { createCashierReconciliation, type CashierReconciliation } from './books';
import { createCashierService, type CashierService } from './service';
import { cashierLedgerInvariant } from './books';
import { CASHIER_PARTNER_OPERATIONS } from './partner-operations';
import { registerCashierRoutes } from './routes';
export { createCashierReconciliation, checkCashierBooks, type CashierReconciliation } from './books';
export { createCashierService, channelOfCode, type CashierService, type CashierOrderOwner } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    cashier: CashierService;
    cashierRecon: CashierReconciliation;
  }
  interface EmbeddedHandles {
    /** The cashier's payment channels (their in-process simulators in embedded mode). */
    payChannels: PayChannels;
  }
}

export const cashierModule: ModuleDescriptor = {
  name: 'cashier',
  services: {
    provides: ['cashier', 'cashierRecon'],
    needs: ['payments', 'wallet', 'paymentPin'],
    async create(
      { config, db, clock, logger, bank, sims, embedded, onListening },
      { payments, wallet, paymentPin },
    ) {
      // Its payment channels (simulators in-process in embedded mode) and the notify URL they learn
      // once the port is known.
      const payChannels = await startPayChannels(process.env, {
        devBackends: config.devBackends,
        clock,
        timeoutMs: config.bank.timeoutMs,
        running: sims.running,
      });
      embedded.payChannels = payChannels;
      let notifyBase: string | null = null;
      onListening((base) => (notifyBase = base));
      const cashier = createCashierService({
        db,
        clock,
        logger,
        orders: payments,
        wallet,
        pins: paymentPin,
        channels: payChannels.clients,
        bankRefunds: createBankRefundClient({ baseUrl: sims.urls.bank, timeoutMs: config.bank.timeoutMs }),
        notifyBaseUrl: () => notifyBase,
        payPageUrl: '/h5/#/packages/cashier/index/index',
      });
      const cashierRecon = createCashierReconciliation({
        db,
        clock,
        bank,
        channels: payChannels.clients,
        resolveAttempt: cashier.resolveAttempt,
      });
      return { cashier, cashierRecon };
    },
  },
  migrations: ['017-cashier', '022-merchant-onboarding'],
  // Per channel: what each merchant collected, and where it came from (citizens' e-CNY wallets or
  // the payers of a channel).
  ledgerAccounts: ['cashier_collected:', 'channel_payers:'],
  ledgerInvariants: [cashierLedgerInvariant],
  routes: (kit, { services }) => registerCashierRoutes(kit, services.cashier, services.cashierRecon),
  partnerOperations: CASHIER_PARTNER_OPERATIONS,
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
