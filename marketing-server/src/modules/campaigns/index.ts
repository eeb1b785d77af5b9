// The door of the campaigns module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
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

export const campaignsModule: ModuleDescriptor = {
  name: 'campaigns',
  migrations: [],
  ledgerAccounts: ['campaign_budget:'],
  routes: (kit, { services, db }) => {
    registerCampaignRoutes(kit, services.campaigns);
    registerCampaignDecisionRoutes(kit, db);
  },
};
