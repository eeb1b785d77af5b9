// The door of the funding module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createFundingService, type FundingService } from './service';
import { registerFundingRoutes } from './routes';
import { registerStatementRoutes, startStatementMatching } from './statement-routes';
export { createFundingService, type FundingService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    funding: FundingService;
  }
}

export const fundingModule: ModuleDescriptor = {
  name: 'funding',
  services: {
    provides: ['funding'],
    needs: ['payments'],
    create: ({ db, clock, bank, sims }, { payments }) => ({
      funding: createFundingService({
        db,
        clock,
        payments,
        statement: { fetchBill: (day) => bank.fetchBill(day), payerWalletId: sims.payerWalletId! },
      }),
    }),
  },
  migrations: ['009-deposit-confirmation', '033-merchant-funders'],
  // Deposits come from the world outside into a funder's account.
  ledgerAccounts: ['world', 'funder:'],
  routes: (kit, { services }) => {
    registerFundingRoutes(kit, services.funding);
    registerStatementRoutes(kit, services.funding);
  },
  jobs: [
    {
      name: 'deposit statement matching',
      start: ({ services, clock, logger }) => startStatementMatching(services.funding, clock, logger),
    },
  ],
};
