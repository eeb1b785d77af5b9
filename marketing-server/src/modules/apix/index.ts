// The door of the apix module (the APIX open platform): everything other modules (and the platform)
// may use of it. Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createApixService, type ApixService } from './service';
import { APIX_OPERATIONS } from './operations';
import { registerApixAdminRoutes } from './routes-admin';
import { registerConsentRoutes, registerOpenRoutes } from './routes-open';
import { registerPartnerRoutes } from './routes-partner';
export { createApixService, platformKeyOf, type ApixService } from './service';
export { partnerOperation } from './operations';
export { RETRY_SCHEDULE_MS } from './webhooks';

const DISPATCH_EVERY_MS = 1_000;
const PURGE_EVERY_MS = 6 * 3600_000;

declare module '../../platform/module' {
  interface PlatformServices {
    /** The APIX open platform (partner apps, signatures, quotas, webhooks). */
    apix: ApixService;
  }
}

export const apixModule: ModuleDescriptor = {
  name: 'apix',
  services: {
    provides: ['apix'],
    create: ({ db, redis, clock, logger, config, partnerOperations }) => ({
      apix: createApixService({
        db,
        redis,
        clock,
        logger,
        prefix: config.queuePrefix,
        platformPrivateKeyHex: config.apix.platformSm2PrivateKey,
        webhookTimeoutMs: config.apix.webhookTimeoutMs,
        operations: partnerOperations,
      }),
    }),
  },
  migrations: ['021-apix', '029-apix-merchant-bindings', '030-apix-field-encryption'],
  partnerOperations: APIX_OPERATIONS,
  routes(kit, ctx) {
    registerApixAdminRoutes(kit, ctx.services.apix);
    registerPartnerRoutes(kit, ctx.services.apix);
    registerConsentRoutes(kit, ctx.services.apix);
    registerOpenRoutes(kit, ctx);
  },
  jobs: [
    {
      name: 'apix webhook dispatcher',
      start({ services, logger }) {
        let running = false;
        const timer = setInterval(() => {
          if (running) return;
          running = true;
          services.apix.webhooks
            .runOnce()
            .catch((err) => logger.error('webhook dispatch failed', { err }))
            .finally(() => (running = false));
        }, DISPATCH_EVERY_MS);
        return () => clearInterval(timer);
      },
    },
    {
      name: 'apix call-log retention sweep',
      start({ services, logger }) {
        const timer = setInterval(() => {
          services.apix.purgeExpiredCalls().catch((err) => logger.error('apix log purge failed', { err }));
        }, PURGE_EVERY_MS);
        return () => clearInterval(timer);
      },
    },
  ],
};
