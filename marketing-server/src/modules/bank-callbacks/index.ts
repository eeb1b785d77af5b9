// The door of the bank-callbacks module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createBankCallbacks, type BankCallbacks } from './service';
import { startNoncePurge } from './jobs';
import { registerBankCallbackRoutes } from './routes';
export { createBankCallbacks, type BankCallbacks } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    bankCallbacks: BankCallbacks;
  }
}

export const bankCallbacksModule: ModuleDescriptor = {
  name: 'bank-callbacks',
  services: {
    provides: ['bankCallbacks'],
    needs: ['payments'],
    create: ({ db, clock, logger, config }, { payments }) => ({
      bankCallbacks: createBankCallbacks({ db, clock, logger, secret: config.bank.callbackSecret, payments }),
    }),
  },
  migrations: [],
  routes: (kit, { services }) => registerBankCallbackRoutes(kit, services.bankCallbacks),
  jobs: [
    {
      name: 'bank callback nonce purge',
      start: ({ services, logger }) => startNoncePurge(services.bankCallbacks, logger),
    },
  ],
};
