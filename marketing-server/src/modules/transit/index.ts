// The door of the transit module (rail transit and tram with e-CNY: fares as data, ride codes,
// gates, journeys, pay after the ride, day tickets, TVMs, service desk). Anything not exported
// here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createTransitService, type TransitService } from './service';
import { transitInvariants } from './ledger-invariants';
import { TRANSIT_PARTNER_OPERATIONS } from './partner-operations';
import { registerTransitRoutes } from './routes';
export { createTransitService, type TransitService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    transit: TransitService;
  }
}

export const transitModule: ModuleDescriptor = {
  name: 'transit',
  services: {
    provides: ['transit'],
    needs: ['payments', 'wallet', 'cashier'],
    async create({ db, clock, logger, config }, { payments, wallet, cashier }) {
      const transit = createTransitService({
        db,
        clock,
        logger,
        orders: payments,
        wallet,
        cashier,
        codeSecret: config.tokenSecret,
      });
      await transit.ensureExample();
      return { transit };
    },
  },
  migrations: ['020-transit'],
  ledgerAccounts: ['transit_rider_wallets', 'transit_collected:'],
  ledgerInvariants: transitInvariants,
  routes: (kit, { services }) => registerTransitRoutes(kit, services.transit),
  partnerOperations: TRANSIT_PARTNER_OPERATIONS,
  jobs: [
    {
      name: 'transit sweep',
      start: ({ services, logger, config }) => {
        const every = Math.max(1000, config.payouts.sweepSeconds * 1000);
        const timer = setInterval(() => {
          services.transit.sweep().catch((err) => logger.error('transit sweep failed', { err }));
        }, every);
        return () => clearInterval(timer);
      },
    },
  ],
};
