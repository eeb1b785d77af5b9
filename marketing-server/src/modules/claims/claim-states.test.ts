import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { CLAIM_TRANSITIONS, moveClaim } from './claim-states';

describe.each(MODES)('claim state table (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('moves a claim once however many race, and never from a status the table does not allow', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 10_000,
      coupon: { type: 'instant', discount_fen: 100, use_window: { days: 7 } },
    });
    const [u] = await env.citizens(1);
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'c',
      body: {},
    });
    const claimId = claim.body.claim_id ?? claim.body.id;
    const moves = await Promise.all(
      Array.from({ length: 5 }, () =>
        env.platform.db.tx((sql) => moveClaim(sql, claimId, 'redeem', new Date())),
      ),
    );
    expect(moves.filter(Boolean)).toHaveLength(1);
    // redeemed → paid is not in the table: refused, status unchanged.
    expect(await env.platform.db.tx((sql) => moveClaim(sql, claimId, 'confirm_payout', new Date()))).toBe(
      false,
    );
    const [row] = await env.platform.db.query<{ status: string }>('SELECT status FROM claims WHERE id = ?', [
      claimId,
    ]);
    expect(row.status).toBe('redeemed');
  });

  it('every transition leads somewhere other than where it starts', () => {
    for (const [name, t] of Object.entries(CLAIM_TRANSITIONS)) expect(t.from, name).not.toContain(t.to);
  });
});
