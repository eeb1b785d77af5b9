/**
 * What a new rule set starts from. The eligibility template refuses with the real-name message only
 * when real-name is what failed: each condition a maker adds becomes its own refusing rule with its own
 * message, and the default lets the rest through. (A template that allowed verified users and refused
 * everyone else by default told a verified user 请先完成实名认证 whichever added condition failed.)
 */
export function ruleSetTemplate(kind: string) {
  return kind === 'risk'
    ? {
        hit_policy: 'worst',
        rules: [
          {
            id: 'velocity',
            when: { all: [{ fact: 'velocity.user_claims_1h', op: 'gt', value: 5 }] },
            then: { decision: 'review', reason: 'HIGH_VELOCITY' },
          },
        ],
        default: { decision: 'pass' },
      }
    : {
        hit_policy: 'first',
        rules: [
          {
            id: 'verified',
            when: { all: [{ fact: 'user.verified', op: 'eq', value: false }] },
            then: { decision: 'reject', reason: 'NOT_VERIFIED', message: '请先完成实名认证' },
          },
        ],
        default: { decision: 'allow' },
      };
}
