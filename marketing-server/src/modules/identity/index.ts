// The door of the identity module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createSmsClient, createWechatClient } from './clients';
import { createIdentityService, type IdentityService } from './service';
import { registerIdentityRoutes } from './routes';
export { createSmsClient, createWechatClient, type SmsClient, type WechatClient } from './clients';
export { isValidIdNumber } from './id-number';
export { limitCodeSend } from './rate-limits';
export { createIdentityService, type IdentityService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    identity: IdentityService;
  }
}

export const identityModule: ModuleDescriptor = {
  name: 'identity',
  services: {
    provides: ['identity'],
    create: ({ db, clock, tokens, adminTokens, accessControl, sims, config, registries }) => ({
      identity: createIdentityService({
        db,
        clock,
        tokens,
        adminTokens,
        access: accessControl,
        wechat: createWechatClient(sims.urls.wechat, config.wechat.appId, config.wechat.appSecret),
        sms: createSmsClient(sims.urls.sms),
        hashSecret: config.idHashSecret,
        registry: registries.identity,
      }),
    }),
  },
  migrations: ['012-ownership-verification'],
  routes: (kit, { services }) => registerIdentityRoutes(kit, services.identity),
};
