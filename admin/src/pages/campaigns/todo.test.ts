import { describe, expect, it } from 'vitest';
import { awaitingMe } from './todo';
import type { Campaign } from './types';

const c = (id: string, status: string, created_by: string, submitted_by: string | null) =>
  ({ id, status, created_by, submitted_by }) as Campaign;

describe('待我审批', () => {
  it('counts campaigns awaiting approval that this approver neither made nor submitted', () => {
    const items = [
      c('a', 'pending_approval', 'maker', 'maker'),
      c('b', 'pending_approval', 'me', 'me'),
      c('c', 'pending_approval', 'maker', 'me'),
      c('d', 'draft', 'maker', null),
      c('e', 'pending_approval', 'other', 'maker'),
    ];
    expect(awaitingMe(items, 'me').map((x) => x.id)).toEqual(['a', 'e']);
  });
});
