export const CAMPAIGN_STATUSES = [
  'draft',
  'pending_approval',
  'rejected',
  'approved',
  'running',
  'paused',
  'ended',
  'settled',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export type CampaignAction =
  'submit' | 'approve' | 'reject' | 'revise' | 'start' | 'pause' | 'resume' | 'stop' | 'end' | 'settle';

/** Every allowed transition, and nothing else (shared/docs/ARCHITECTURE.md §3). */
export const TRANSITIONS: Record<CampaignAction, { from: readonly CampaignStatus[]; to: CampaignStatus }> = {
  submit: { from: ['draft'], to: 'pending_approval' },
  approve: { from: ['pending_approval'], to: 'approved' },
  reject: { from: ['pending_approval'], to: 'rejected' },
  revise: { from: ['rejected'], to: 'draft' },
  start: { from: ['approved'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  /** A manager stops a campaign early (also before it started). */
  stop: { from: ['approved', 'running', 'paused'], to: 'ended' },
  /** The scheduler ends it when the claim window closes. */
  end: { from: ['approved', 'running', 'paused'], to: 'ended' },
  settle: { from: ['ended'], to: 'settled' },
};

export function canTransition(from: CampaignStatus, action: CampaignAction): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/** Stock buckets accept claims only while running. */
export const isOpenForClaims = (s: CampaignStatus) => s === 'running';
