import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCommitFromEnv } from './group-commit';
import { ledgerCheck, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

// Fixed-amount, one-per-user campaigns on MySQL claim in groups (group-commit.ts); these storms check
// that groups form and that grouping changes no outcome: the stock is exact, a duplicate fails only its
// own claim, every claim has its ledger posting and its idempotent replay.
describe('group commit of claims (mysql)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    // A 20 ms window (1 ms by default): a user's two taps, sent one after the other, meet in one group
    // however loaded the machine is, so the fallback is exercised every run, not only on a quiet one.
    // The claims service reads the window from the process environment (groupCommitFromEnv).
    process.env.CLAIM_GROUP_COMMIT_WINDOW_MS = '20';
    env = await startEnv('mysql');
  });
  afterAll(async () => {
    delete process.env.CLAIM_GROUP_COMMIT_WINDOW_MS;
    await env?.close();
  });

  const stats = () => env.platform.services.claims.groupCommitStats()!;
  const outcomes = (results: { status: number; body: { code?: string } }[]) => {
    const out: Record<string, number> = {};
    for (const r of results) {
      const k = `${r.status} ${r.body?.code ?? ''}`.trim();
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };

  it('the switch: on by default, CLAIM_GROUP_COMMIT=off turns it off', () => {
    expect(groupCommitFromEnv({})).toEqual({ windowMs: 1, maxClaims: 64 });
    expect(groupCommitFromEnv({ CLAIM_GROUP_COMMIT: 'off' })).toBeNull();
    expect(groupCommitFromEnv({ CLAIM_GROUP_COMMIT_WINDOW_MS: '2', CLAIM_GROUP_COMMIT_MAX: '16' })).toEqual({
      windowMs: 2,
      maxClaims: 16,
    });
  });

  it('600 users, 60 of them tapping twice with another key, on plenty of stock: 600 claims, 60 refusals', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000_00,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const users = await env.citizens(600);
    const before = stats();
    // Each of the first 60 users taps twice in a row (another key): twins in one group.
    const taps = users.flatMap((u, i) =>
      i < 60
        ? [
            { u, idem: `g-${i}` },
            { u, idem: `g2-${i}` },
          ]
        : [{ u, idem: `g-${i}` }],
    );
    const results = await Promise.all(
      taps.map(({ u, idem }) =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem, body: {} }),
      ),
    );
    expect(outcomes(results)).toEqual({ '201': 600, '409 USER_LIMIT_REACHED': 60 });
    const after = stats();
    // Groups formed, and some fell back because a duplicate was in them.
    expect(after.groups).toBeGreaterThan(before.groups);
    expect(after.claims - before.claims).toBeGreaterThan(after.groups - before.groups);
    expect(after.fallbacks).toBeGreaterThan(before.fallbacks);
    const won = results.filter((r) => r.status === 201);
    expect(new Set(won.map((r) => r.body.id)).size).toBe(600);
    // Each committed claim replays under its key.
    const replay = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: users[77].token,
      idem: 'g-77',
      body: {},
    });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(results[taps.findIndex((t) => t.idem === 'g-77')].body);
    const rows = await env.platform.db.query<{ n: number; seqs: number; users: number }>(
      'SELECT COUNT(*) AS n, COUNT(DISTINCT packet_seq) AS seqs, COUNT(DISTINCT user_id) AS users FROM claims WHERE campaign_id = ?',
      [id],
    );
    expect(rows[0]).toMatchObject({ n: 600, seqs: 600, users: 600 });
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === id);
    expect(fig).toMatchObject({ claims: 600, stock_taken: 600, granted_fen: 600_00 });
  });

  it('1,000 users on 100 packets: exactly 100 claims whatever groups the buckets could not fill', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 100_00,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const users = await env.citizens(1000);
    const results = await Promise.all(
      users.map((u, i) =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: `s-${i}`, body: {} }),
      ),
    );
    expect(outcomes(results)).toEqual({ '201': 100, '409 STOCK_EXHAUSTED': 900 });
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === id);
    expect(fig).toMatchObject({ claims: 100, stock_taken: 100, granted_fen: 100_00, budget_fen: 0 });
  });
});
