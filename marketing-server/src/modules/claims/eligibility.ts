import type { CampaignRow } from '../campaigns/repository';

export type EligibilityFacts = {
  campaign: CampaignRow;
  userId: string;
  channel?: string;
  deviceId?: string;
  now: Date;
};

export type EligibilityVerdict = { eligible: true } | { eligible: false; reasons: string[] };

/**
 * The seam where campaign eligibility rules plug into the claim path. The rules-engine issue supplies
 * an implementation that evaluates the campaign's approved rule set; until a campaign carries one,
 * every citizen who passes the limits is eligible.
 */
export type EligibilityCheck = (facts: EligibilityFacts) => Promise<EligibilityVerdict>;

export const allowAll: EligibilityCheck = async () => ({ eligible: true });
