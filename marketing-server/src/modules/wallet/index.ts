// The door of the wallet module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerWalletRoutes } from './routes';
export { createWalletService, headroom, type WalletService } from './service';
