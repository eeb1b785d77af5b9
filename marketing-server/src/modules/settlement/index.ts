// The door of the settlement module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerSettlementRoutes } from './routes';
export { createSettlementService, type SettlementService } from './service';
