// The door of the lifecycle module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createLifecycle, type Lifecycle } from './service';
export { createLifecycle, type Lifecycle } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    lifecycle: Lifecycle;
  }
}

export const lifecycleModule: ModuleDescriptor = {
  name: 'lifecycle',
  services: {
    provides: ['lifecycle'],
    needs: ['campaigns', 'payouts'],
    create({ db, clock, queue, logger, onClose }, { campaigns, payouts }) {
      const lifecycle = createLifecycle({ db, clock, queue, logger, campaigns, payouts });
      onClose(() => lifecycle.stop());
      return { lifecycle };
    },
  },
  migrations: [],
  jobs: [
    {
      name: 'campaign lifecycle',
      async start({ services }) {
        await services.lifecycle.start();
        return () => services.lifecycle.stop();
      },
    },
  ],
};
