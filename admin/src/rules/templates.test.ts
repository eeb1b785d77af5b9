import { describe, expect, it } from 'vitest';
import { compileRuleSet } from 'rules-engine';
import { ruleSetTemplate } from './templates';

// A maker starts from the template and adds a region condition, as the rule builder's 添加规则 does.
function withRegionRule() {
  const t = ruleSetTemplate('eligibility');
  return {
    ...t,
    rules: [
      ...t.rules,
      {
        id: 'region',
        when: { all: [{ fact: 'user.region', op: 'ne', value: '海珠区' }] },
        then: { decision: 'reject', reason: 'REGION_NOT_ALLOWED', message: '本活动仅限海珠区居民' },
      },
    ],
  };
}

describe('the eligibility template', () => {
  const rules = compileRuleSet(withRegionRule());
  const who = (verified: boolean, region: string) => rules.evaluate({ user: { verified, region } });

  it('tells an unverified citizen to verify', () => {
    expect(who(false, '海珠区')).toMatchObject({ decision: 'reject', messages: ['请先完成实名认证'] });
  });

  it('tells a verified citizen what actually failed, never to verify', () => {
    const r = who(true, '天河区');
    expect(r).toMatchObject({ decision: 'reject', messages: ['本活动仅限海珠区居民'] });
    expect(r.messages.join()).not.toContain('实名');
  });

  it('lets a verified citizen who meets every condition through', () => {
    expect(who(true, '海珠区').decision).toBe('allow');
  });
});
