// The door of the campaigns module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export {
  allowAll,
  type EligibilityCheck,
  type EligibilityFacts,
  type RiskAssessment,
  type RiskGate,
} from './eligibility';
export { findCampaign, forUpdate, type CampaignRow } from './repository';
export { registerCampaignRoutes } from './routes';
export { rfc3339, type CampaignConfig, type CampaignLimits } from './schemas';
export { createCampaignService, type CampaignService } from './service';
export { computeDiscount, couponUseWindow } from './terms';
