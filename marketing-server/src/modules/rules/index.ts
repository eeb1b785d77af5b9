// The door of the rules module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createRulesService, type RulesService } from './service';
import { registerRuleRoutes } from './routes';
export { createRulesService, type RulesService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    rules: RulesService;
  }
}

export const rulesModule: ModuleDescriptor = {
  name: 'rules',
  services: {
    provides: ['rules'],
    create: ({ db, clock }) => ({ rules: createRulesService({ db, clock }) }),
  },
  migrations: ['003-rule-sets'],
  routes: (kit, { services }) => registerRuleRoutes(kit, services.rules),
};
