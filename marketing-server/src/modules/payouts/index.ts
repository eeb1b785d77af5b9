// The door of the payouts module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { startPayoutIntakeSweep } from './jobs';
export { createPayoutService, type PayoutService } from './service';
