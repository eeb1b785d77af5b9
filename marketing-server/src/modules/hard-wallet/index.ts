// The door of the hard-wallet module (hard wallets: cards, batches, life cycle, loads/unloads as bank
// orders, terminals/TMS, offline ingest; and the closed park: organisations, badges, doors, meal
// subsidies): everything other modules (and the platform) may use of it.
import type { ModuleDescriptor } from '../../platform/module';
import { createHardWalletService, type HardWalletService } from './service';
import { hardWalletInvariants } from './books';
import { startHardWalletJobs } from './jobs';
import { registerCardRoutes } from './routes-cards';
import { registerParkRoutes } from './routes-park';
import { registerStockRoutes } from './routes-stock';
import { registerTerminalRoutes } from './routes-terminals';
export { createHardWalletService, type HardWalletService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    /** Hard wallets and the closed park. */
    hardWallet: HardWalletService;
  }
}

export const hardWalletModule: ModuleDescriptor = {
  name: 'hard-wallet',
  services: {
    provides: ['hardWallet'],
    needs: ['payments'],
    create: async ({ config, db, clock, logger, sims }, { payments }) => ({
      hardWallet: await createHardWalletService({
        config,
        db,
        clock,
        logger,
        orders: payments,
        running: sims.running,
      }),
    }),
  },
  migrations: ['019-hard-wallet', '032-hard-wallet-stock'],
  ledgerAccounts: [
    'hw_soft_wallets',
    'hw_load_pending',
    'hw_unload_pending',
    'hw_card:',
    'hw_counter_cash:',
    'hw_holder_deposits',
    'hw_subsidy:',
    'park_fund:',
  ],
  ledgerInvariants: hardWalletInvariants,
  routes: (kit, { services }) => {
    registerCardRoutes(kit, services.hardWallet);
    registerStockRoutes(kit, services.hardWallet);
    registerTerminalRoutes(kit, services.hardWallet);
    registerParkRoutes(kit, services.hardWallet);
  },
  jobs: [
    {
      name: 'hard-wallet sweeps',
      start: ({ services, logger }) => startHardWalletJobs(services.hardWallet, logger),
    },
  ],
};
