// The door of the funding module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerFundingRoutes } from './routes';
export { createFundingService, type FundingService } from './service';
