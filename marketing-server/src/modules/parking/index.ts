// The door of the parking module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createParkingService, type ParkingService } from './service';
import { startParkingSweeps } from './jobs';
import { parkingInvariants } from './ledger-invariants';
import { registerParkingRoutes } from './routes';
export { displayPlate } from './plates';
export { createParkingService, type ParkingService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    parking: ParkingService;
  }
}

export const parkingModule: ModuleDescriptor = {
  name: 'parking',
  services: {
    provides: ['parking'],
    needs: ['payments', 'wallet', 'paymentPin'],
    async create({ db, clock, logger, bank, registries }, { payments, wallet, paymentPin }) {
      const parking = createParkingService({
        db,
        clock,
        logger,
        bank,
        wallet,
        pins: paymentPin,
        orders: payments,
        vehicles: registries.vehicles,
      });
      await parking.ensureExampleTariffs();
      return { parking };
    },
  },
  migrations: ['007-parking', '014-gate-nonces-demo-lot'],
  // A fee moves inside the bank, from the citizen's wallet to the lot's merchant: booked as collected.
  ledgerAccounts: ['citizen_wallets', 'parking_collected:'],
  ledgerInvariants: parkingInvariants,
  routes: (kit, { services }) => registerParkingRoutes(kit, services.parking),
  jobs: [
    {
      name: 'parking gate sweeps',
      start: ({ services, logger, config }) =>
        startParkingSweeps(services.parking, logger, config.payouts.sweepSeconds),
    },
  ],
};
