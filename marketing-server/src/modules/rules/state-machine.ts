export type RuleSetStatus = 'draft' | 'pending_approval' | 'active' | 'superseded' | 'rejected' | 'shadow';
export type RuleSetAction = 'submit' | 'approve' | 'reject' | 'rollback' | 'shadow';

/**
 * Allowed transitions of one rule set version. Approving a version (or rolling back to an older one)
 * makes it the campaign's active version and supersedes the one active before. A version in shadow mode
 * changes no outcome; it can then be submitted like a draft.
 */
export const RULE_SET_TRANSITIONS: Record<RuleSetAction, { from: RuleSetStatus[]; to: RuleSetStatus }> = {
  submit: { from: ['draft', 'shadow'], to: 'pending_approval' },
  approve: { from: ['pending_approval'], to: 'active' },
  reject: { from: ['pending_approval'], to: 'rejected' },
  rollback: { from: ['superseded'], to: 'active' },
  /** Risk policies: run a draft beside the live policy and only record what it would decide. */
  shadow: { from: ['draft'], to: 'shadow' },
};
