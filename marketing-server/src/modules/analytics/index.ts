// The door of the analytics module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createDayStats, type DayStats } from './day-stats';
import { createAnalyticsService, type AnalyticsService } from './service';
import { registerAnalyticsRoutes } from './routes';
export { createDayStats, type DayStats } from './day-stats';
export { createAnalyticsService, type AnalyticsService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    analytics: AnalyticsService;
    dayStats: DayStats;
  }
}

export const analyticsModule: ModuleDescriptor = {
  name: 'analytics',
  services: {
    provides: ['analytics', 'dayStats'],
    create({ db, clock, logger, onClose }) {
      const dayStats = createDayStats({ db, clock, logger });
      dayStats.start();
      onClose(() => dayStats.stop().catch(() => undefined));
      return { analytics: createAnalyticsService(db), dayStats };
    },
  },
  migrations: ['006-campaign-day-stats'],
  routes: (kit, { services }) => registerAnalyticsRoutes(kit, services.analytics),
};
