// The door of the analytics module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { createDayStats, type DayStats } from './day-stats';
export { registerAnalyticsRoutes } from './routes';
export { createAnalyticsService, type AnalyticsService } from './service';
