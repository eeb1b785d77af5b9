// The door of the risk module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createMemoryRiskCounters, createRedisRiskCounters } from './counters';
import { createRiskService, type RiskService } from './service';
import { registerRiskRoutes } from './routes';
export { createMemoryRiskCounters, createRedisRiskCounters } from './counters';
export { createRiskService, type RiskService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    risk: RiskService;
  }
}

export const riskModule: ModuleDescriptor = {
  name: 'risk',
  services: {
    provides: ['risk'],
    needs: ['rules'],
    create: ({ db, clock, redis }, { rules }) => ({
      risk: createRiskService({
        db,
        clock,
        rules,
        counters: redis ? createRedisRiskCounters(redis) : createMemoryRiskCounters(clock),
      }),
    }),
  },
  migrations: ['004-risk'],
  routes: (kit, { services }) => registerRiskRoutes(kit, services.risk),
};
