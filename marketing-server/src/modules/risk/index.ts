// The door of the risk module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerRiskRoutes } from './routes';
export { createMemoryRiskCounters, createRedisRiskCounters } from './counters';
export { createRiskService, type RiskService } from './service';

export const riskModule: ModuleDescriptor = {
  name: 'risk',
  migrations: ['004-risk'],
  routes: (kit, { services }) => registerRiskRoutes(kit, services.risk),
};
