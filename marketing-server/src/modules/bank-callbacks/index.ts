// The door of the bank-callbacks module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { startNoncePurge } from './jobs';
export { registerBankCallbackRoutes } from './routes';
export { createBankCallbacks, type BankCallbacks } from './service';
