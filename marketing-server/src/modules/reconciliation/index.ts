// The door of the reconciliation module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerReconciliationRoutes } from './routes';
export { createReconciliationService, type ReconciliationService } from './service';
