import { describe, expect, it } from 'vitest';
import { pendingOfflineText } from './pending-offline';

describe('the pending offline figure', () => {
  it('says nothing when every uploaded spend is booked', () => {
    expect(pendingOfflineText({ pending_offline_fen: 0, pending_offline_count: 0 })).toBeNull();
  });

  it('gives the amount in yuan and the number of records', () => {
    expect(pendingOfflineText({ pending_offline_fen: 123_456, pending_offline_count: 3 })).toBe(
      '待确认脱机消费 ¥1,234.56（3 笔）',
    );
  });
});
