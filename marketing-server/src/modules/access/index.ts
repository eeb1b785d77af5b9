// The door of the access module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerAccessRoutes } from './routes';
export { createAccessService, type AccessService } from './service';

export const accessModule: ModuleDescriptor = {
  name: 'access',
  migrations: ['013-access-control'],
  routes: (kit, { services }) => registerAccessRoutes(kit, services.access),
};
