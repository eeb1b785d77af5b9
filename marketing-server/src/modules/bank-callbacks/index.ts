// The door of the bank-callbacks module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { startNoncePurge } from './jobs';
import { registerBankCallbackRoutes } from './routes';
export { createBankCallbacks, type BankCallbacks } from './service';

export const bankCallbacksModule: ModuleDescriptor = {
  name: 'bank-callbacks',
  migrations: [],
  routes: (kit, { services }) => registerBankCallbackRoutes(kit, services.bankCallbacks),
  jobs: [
    {
      name: 'bank callback nonce purge',
      start: ({ services, logger }) => startNoncePurge(services.bankCallbacks, logger),
    },
  ],
};
