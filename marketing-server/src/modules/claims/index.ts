// The door of the claims module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { CLAIM_COLUMNS, claimsOfCampaign, registerAdminClaimRoutes } from './admin-routes';
export { registerClaimRoutes } from './routes';
export { createClaimsService, type ClaimsService } from './service';
export { CLAIM_TRANSITIONS, moveClaim, type ClaimStatus, type ClaimTransition } from './claim-states';
