// The door of the identity module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerIdentityRoutes } from './routes';
export { createSmsClient, createWechatClient } from './clients';
export { isValidIdNumber } from './id-number';
export { limitCodeSend } from './rate-limits';
export { createIdentityService, type IdentityService } from './service';

export const identityModule: ModuleDescriptor = {
  name: 'identity',
  migrations: ['012-ownership-verification'],
  routes: (kit, { services }) => registerIdentityRoutes(kit, services.identity),
};
