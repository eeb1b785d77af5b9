// The door of the reconciliation module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerReconciliationRoutes } from './routes';
export { createReconciliationService, parseBill, type ReconciliationService } from './service';

export const reconciliationModule: ModuleDescriptor = {
  name: 'reconciliation',
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
