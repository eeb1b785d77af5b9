// The door of the analytics module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerAnalyticsRoutes } from './routes';
export { createDayStats, type DayStats } from './day-stats';
export { createAnalyticsService, type AnalyticsService } from './service';

export const analyticsModule: ModuleDescriptor = {
  name: 'analytics',
  migrations: ['006-campaign-day-stats'],
  routes: (kit, { services }) => registerAnalyticsRoutes(kit, services.analytics),
};
