// The door of the claims module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { registerAdminClaimRoutes } from './admin-routes';
import { registerClaimRoutes } from './routes';
export { CLAIM_COLUMNS, claimsOfCampaign } from './admin-routes';
export { createClaimsService, type ClaimsService } from './service';
export {
  CLAIM_TRANSITIONS,
  moveClaim,
  moveClaims,
  type ClaimStatus,
  type ClaimTransition,
} from './claim-states';

export const claimsModule: ModuleDescriptor = {
  name: 'claims',
  migrations: ['002-lean-claim-path', '010-person-slot-periods'],
  ledgerAccounts: ['granted:'],
  routes(kit, { services, claimTokens, clock, db }) {
    registerClaimRoutes(kit, services.claims, claimTokens, clock, services.dayStats);
    registerAdminClaimRoutes(kit, db, clock);
  },
};
