// The door of the claims module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createClaimsService, type ClaimsService } from './service';
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

declare module '../../platform/module' {
  interface PlatformServices {
    claims: ClaimsService;
  }
}

export const claimsModule: ModuleDescriptor = {
  name: 'claims',
  services: {
    provides: ['claims'],
    needs: ['rules', 'risk'],
    create: ({ db, redis, clock }, services) => ({
      claims: createClaimsService({
        db,
        redis,
        clock,
        eligibility: services.rules.eligibility,
        risk: services.risk,
        // Late: payouts and the day's figures are told about a claim when it happens.
        onRedPacketGranted: (claim) => services.payouts.notifyClaimed(claim),
        onRiskRejected: (campaignId) => services.dayStats.record(campaignId, 'risk_rejected'),
      }),
    }),
  },
  migrations: ['002-lean-claim-path', '010-person-slot-periods'],
  ledgerAccounts: ['granted:'],
  routes(kit, { services, claimTokens, clock, db }) {
    registerClaimRoutes(kit, services.claims, claimTokens, clock, services.dayStats);
    registerAdminClaimRoutes(kit, db, clock);
  },
};
