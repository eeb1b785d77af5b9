// The door of the parking module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { startParkingSweeps } from './jobs';
import { parkingInvariants } from './ledger-invariants';
import { registerParkingRoutes } from './routes';
export { displayPlate } from './plates';
export { createParkingService, type ParkingService } from './service';

export const parkingModule: ModuleDescriptor = {
  name: 'parking',
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
