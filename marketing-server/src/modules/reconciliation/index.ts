// The door of the reconciliation module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createReconciliationService, type ReconciliationService } from './service';
import { registerReconciliationRoutes } from './routes';
export { createReconciliationService, parseBill, type ReconciliationService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    reconciliation: ReconciliationService;
  }
}

export const reconciliationModule: ModuleDescriptor = {
  name: 'reconciliation',
  services: {
    provides: ['reconciliation'],
    needs: ['payments'],
    create: ({ db, clock, logger, bank }, { payments }) => ({
      reconciliation: createReconciliationService({ db, clock, logger, bank, payments }),
    }),
  },
  migrations: [],
  routes: (kit, { services }) => registerReconciliationRoutes(kit, services.reconciliation),
  jobs: [
    {
      name: 'daily reconciliation',
      start({ services }) {
        services.reconciliation.start();
        return () => services.reconciliation.stop();
      },
    },
  ],
};
