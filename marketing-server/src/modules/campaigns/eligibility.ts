import type { CampaignRow } from './repository';

export type EligibilityFacts = {
  campaign: CampaignRow;
  userId: string;
  channel?: string;
  deviceId?: string;
  now: Date;
};

/** `rule_version` and `facts` are recorded on the claim: which rules decided, and on what. */
export type EligibilityVerdict =
  | { eligible: true; rule_version?: number; facts?: unknown }
  | { eligible: false; reasons: string[]; codes?: string[]; rule_version?: number };

/**
 * Where campaign eligibility plugs into the claim path. The rules module supplies the implementation
 * (the campaign's active, approved rule set); a campaign without one lets every citizen through to the
 * limits.
 */
export type EligibilityCheck = (facts: EligibilityFacts) => Promise<EligibilityVerdict>;

export const allowAll: EligibilityCheck = async () => ({ eligible: true });

/** What a risk policy decided about a claim (modules/risk implements the check). */
export type RiskAssessment = {
  decision: 'pass' | 'review' | 'reject';
  version: number | null;
  reasons: string[];
  /** What the policy in shadow mode would have decided, e.g. "v3:reject" (recorded, never enforced). */
  shadow: string | null;
  facts: Record<string, unknown>;
};

/**
 * Where the risk policy plugs into the claim path (modules/risk supplies it): an assessment before the
 * claim, and the amount claimed afterwards for its velocity counters.
 */
export type RiskGate = {
  assess(a: EligibilityFacts & { ip?: string }): Promise<RiskAssessment | null>;
  recordClaimed(userId: string, amountFen: number): Promise<unknown>;
};
