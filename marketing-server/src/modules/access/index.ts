// The door of the access module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerAccessRoutes } from './routes';
export { createAccessService, type AccessService } from './service';
