// The door of the lifecycle module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { createLifecycle } from './service';
