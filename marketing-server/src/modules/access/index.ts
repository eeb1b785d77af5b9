// The door of the access module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createAccessService, type AccessService } from './service';
import { registerAccessRoutes } from './routes';
export { createAccessService, type AccessService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    access: AccessService;
  }
}

export const accessModule: ModuleDescriptor = {
  name: 'access',
  services: {
    provides: ['access'],
    create: ({ db, clock, accessControl, adminTokens }) => ({
      access: createAccessService({ db, clock, access: accessControl, adminTokens }),
    }),
  },
  migrations: ['013-access-control'],
  routes: (kit, { services }) => registerAccessRoutes(kit, services.access),
};
