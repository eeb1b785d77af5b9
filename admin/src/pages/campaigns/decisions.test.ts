import { describe, expect, it } from 'vitest';
import { openRejection, type Decision } from './decisions';

const d = (action: Decision['action'], comment: string | null = null): Decision => ({
  action,
  comment,
  actor_id: 'adm_1',
  actor_name: '审批员',
  at: '2026-12-01T12:00:00Z',
});

describe('the rejection a maker must answer', () => {
  it('is the last rejection, also after 退回修改, until the campaign is submitted again', () => {
    expect(openRejection([d('submit'), d('reject', '预算过高')])?.comment).toBe('预算过高');
    expect(openRejection([d('submit'), d('reject', '预算过高'), d('revise')])?.comment).toBe('预算过高');
    expect(openRejection([d('submit'), d('reject', 'x'), d('revise'), d('submit')])).toBeNull();
    expect(openRejection([d('submit'), d('approve')])).toBeNull();
    expect(openRejection([])).toBeNull();
  });
});
