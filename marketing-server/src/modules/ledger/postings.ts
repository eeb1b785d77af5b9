import type { Sql } from '../../db/sql';
import { accounts } from './accounts';
import { post } from './post';

/** A grant that will not be used (an expired coupon, a rejected held claim) goes back to the campaign budget. */
export function releaseGrant(sql: Sql, campaignId: string, claimId: string, amount_fen: number, now: Date) {
  return post(
    sql,
    {
      kind: 'expire',
      campaign_id: campaignId,
      ref_id: claimId,
      transfers: [
        {
          source: accounts.granted(campaignId),
          destination: accounts.campaignBudget(campaignId),
          amount_fen,
        },
      ],
    },
    now,
  );
}
