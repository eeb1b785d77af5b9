export type RuleSetStatus = 'draft' | 'pending_approval' | 'active' | 'superseded' | 'rejected';
export type RuleSetAction = 'submit' | 'approve' | 'reject' | 'rollback';

/**
 * Allowed transitions of one rule set version. Approving a version (or rolling back to an older one)
 * makes it the campaign's active version and supersedes the one active before.
 */
export const RULE_SET_TRANSITIONS: Record<RuleSetAction, { from: RuleSetStatus[]; to: RuleSetStatus }> = {
  submit: { from: ['draft'], to: 'pending_approval' },
  approve: { from: ['pending_approval'], to: 'active' },
  reject: { from: ['pending_approval'], to: 'rejected' },
  rollback: { from: ['superseded'], to: 'active' },
};
