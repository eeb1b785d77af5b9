// The door of the ecny module (the 2.5-layer institution's e-CNY business system: operator link,
// wallets, 兑出/兑回): everything other modules (and the platform) may use of it.
import type { ModuleDescriptor } from '../../platform/module';
import { checkEcnyBooks } from './books';
import { registerEcnyRoutes } from './routes';
import { startEcnySweep } from './runtime';
export { createEcnyService, type EcnyService, type EcnyDeps } from './service';
export { checkEcnyBooks };
export { createEcnyRuntime, type EmbeddedEcny } from './runtime';
export { DEFAULT_TIER_LIMITS, type TierTable } from './limits';

export const ecnyModule: ModuleDescriptor = {
  name: 'ecny',
  migrations: ['016-ecny-business-system'],
  ledgerAccounts: ['core_deposits', 'ecny_in_circulation', 'ecny_exchange_pending'],
  ledgerInvariants: [{ key: 'ecny_exchanges', check: checkEcnyBooks }],
  routes: (kit, { services }) => registerEcnyRoutes(kit, services.ecny),
  jobs: [
    {
      name: 'ecny.core-sweep',
      start: ({ services, logger, config }) =>
        startEcnySweep(services.ecny, logger, config.payouts.sweepSeconds),
    },
  ],
};
