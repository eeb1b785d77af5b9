// The door of the rules module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerRuleRoutes } from './routes';
export { createRulesService, type RulesService } from './service';
