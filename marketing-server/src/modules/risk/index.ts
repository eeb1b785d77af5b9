// The door of the risk module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { createMemoryRiskCounters, createRedisRiskCounters } from './counters';
export { registerRiskRoutes } from './routes';
export { createRiskService, type RiskService } from './service';
