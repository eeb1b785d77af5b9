// The door of the lifecycle module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
export { createLifecycle, type Lifecycle } from './service';

export const lifecycleModule: ModuleDescriptor = {
  name: 'lifecycle',
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
