// The door of the ledger module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { checkLedger } from './check';
export { startLedgerCheckJob } from './job';
export { registerLedgerRoutes } from './routes';
