// The door of the settlement module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createSettlementService, type SettlementService } from './service';
import { settlementInvariants } from './ledger-invariants';
import { registerSettlementRoutes } from './routes';
export { createSettlementService, type SettlementService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    settlement: SettlementService;
  }
}

export const settlementModule: ModuleDescriptor = {
  name: 'settlement',
  services: {
    provides: ['settlement'],
    needs: ['payments'],
    create: ({ db, clock, logger }, { payments }) => ({
      settlement: createSettlementService({ db, clock, logger, payments }),
    }),
  },
  migrations: [],
  // A redeemed coupon's subsidy is payable to the merchant, then settling, then paid.
  ledgerAccounts: ['merchant_payable:', 'settlement_pending', 'merchant_paid:'],
  ledgerInvariants: settlementInvariants,
  routes: (kit, { services, db, clock }) => registerSettlementRoutes(kit, services.settlement, db, clock),
  jobs: [
    {
      name: 'merchant settlement',
      start({ services }) {
        services.settlement.start();
        return () => services.settlement.stop();
      },
    },
  ],
};
