// The door of the campaigns module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createCampaignService, type CampaignService } from './service';
import { registerCampaignDecisionRoutes } from './decisions';
import { registerCampaignRoutes } from './routes';
export {
  allowAll,
  type EligibilityCheck,
  type EligibilityFacts,
  type RiskAssessment,
  type RiskGate,
} from './eligibility';
export { findCampaign, forUpdate, type CampaignRow } from './repository';
export { rfc3339, type CampaignConfig, type CampaignLimits } from './schemas';
export { createCampaignService, type CampaignService } from './service';
export { computeDiscount, couponUseWindow } from './terms';

declare module '../../platform/module' {
  interface PlatformServices {
    campaigns: CampaignService;
  }
}

export const campaignsModule: ModuleDescriptor = {
  name: 'campaigns',
  services: {
    provides: ['campaigns'],
    create: ({ db, clock, config }, services) => ({
      campaigns: createCampaignService(
        { db, clock, stockBuckets: config.stockBuckets },
        // Late: the lifecycle (built after campaigns) arms the timers of a campaign that moved.
        { afterTransition: (c) => services.lifecycle?.arm(c) },
      ),
    }),
  },
  migrations: [],
  ledgerAccounts: ['campaign_budget:'],
  routes: (kit, { services, db }) => {
    registerCampaignRoutes(kit, services.campaigns);
    registerCampaignDecisionRoutes(kit, db);
  },
};
