// The door of the ecny module (the 2.5-layer institution's e-CNY business system: operator link,
// wallets, 兑出/兑回): everything other modules (and the platform) may use of it.
import type { ModuleDescriptor } from '../../platform/module';
import { createEcnyRuntime, type EmbeddedEcny } from './runtime';
import type { EcnyService } from './service';
import { checkEcnyBooks } from './books';
import { registerEcnyRoutes } from './routes';
import { startEcnyInterest, startEcnySweep } from './runtime';
import { checkInterestBooks } from './interest-books';
import { checkSubWalletBooks } from './sub-wallet-books';
export { createEcnyService, type EcnyService, type EcnyDeps } from './service';
export { checkEcnyBooks };
export { createEcnyRuntime, type EmbeddedEcny } from './runtime';
export { DEFAULT_TIER_LIMITS, type TierTable } from './limits';

declare module '../../platform/module' {
  interface PlatformServices {
    /** The e-CNY business system (null: neither configured nor allowed in-process). */
    ecny: EcnyService | null;
  }
  interface EmbeddedHandles {
    /** The in-process e-CNY operators and core banking (dev backends only). */
    ecny: EmbeddedEcny | null;
  }
}

export const ecnyModule: ModuleDescriptor = {
  name: 'ecny',
  services: {
    provides: ['ecny'],
    needs: ['payments'],
    async create({ config, db, clock, logger, sims, embedded, onListening }, { payments }) {
      const runtime = await createEcnyRuntime({
        config,
        db,
        clock,
        logger,
        orders: payments,
        mocks: sims.running,
      });
      embedded.ecny = runtime.embedded;
      onListening((base) => runtime.listening(base));
      return { ecny: runtime.service };
    },
  },
  migrations: ['016-ecny-business-system', '023-ecny-interest', '031-ecny-sub-wallets'],
  ledgerAccounts: [
    'core_deposits',
    'ecny_in_circulation',
    'ecny_exchange_pending',
    'ecny_interest_expense',
    'ecny_subwallet:',
    'ecny_subwallet_pending',
    'ecny_subwallet_paid:',
  ],
  ledgerInvariants: [
    { key: 'ecny_exchanges', check: checkEcnyBooks },
    { key: 'ecny_interest', check: checkInterestBooks },
    { key: 'ecny_sub_wallets', check: checkSubWalletBooks },
  ],
  routes: (kit, { services }) => registerEcnyRoutes(kit, services.ecny),
  jobs: [
    {
      name: 'ecny.core-sweep',
      start: ({ services, logger, config }) =>
        startEcnySweep(services.ecny, logger, config.payouts.sweepSeconds),
    },
    {
      name: 'ecny.interest',
      start: ({ services, logger }) => startEcnyInterest(services.ecny, logger),
    },
  ],
};
