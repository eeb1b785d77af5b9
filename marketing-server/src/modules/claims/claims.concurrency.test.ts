import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

describe.each(MODES)('claims under concurrency (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('1,000 parallel claims by 1,000 users on 100 packets yield exactly 100, ledger balanced', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 100_00,
      red_packet: { mode: 'random', count: 100 },
    });
    const users = await env.citizens(1000);
    const results = await Promise.all(
      users.map((u, i) =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: `storm-${i}`, body: {} }),
      ),
    );
    const won = results.filter((r) => r.status === 201);
    const lost = results.filter((r) => r.status !== 201);
    const outcomes: Record<string, number> = {};
    for (const r of results)
      outcomes[`${r.status} ${r.body?.code ?? ''}`.trim()] =
        (outcomes[`${r.status} ${r.body?.code ?? ''}`.trim()] ?? 0) + 1;
    expect(outcomes).toEqual({ '201': 100, '409 STOCK_EXHAUSTED': 900 });
    expect(won).toHaveLength(100);
    expect(new Set(lost.map((r) => r.body.code))).toEqual(new Set(['STOCK_EXHAUSTED']));
    expect(won.reduce((s, r) => s + r.body.amount_fen, 0)).toBe(100_00);
    expect(won.every((r) => Number.isInteger(r.body.amount_fen) && r.body.amount_fen >= 1)).toBe(true);
    // After the sell-out, a winner's retry still replays its claim; a new tap is refused cheaply.
    const winner = results.findIndex((r) => r.status === 201);
    const replay = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: users[winner].token,
      idem: `storm-${winner}`,
      body: {},
    });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(results[winner].body);
    const [late] = await env.citizens(1);
    const refused = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: late.token,
      idem: 'late',
      body: {},
    });
    expect(refused.body.code).toBe('STOCK_EXHAUSTED');
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    const fig = check.campaigns.find((c: { campaign_id: string }) => c.campaign_id === id);
    expect(fig).toMatchObject({ claims: 100, stock_taken: 100, granted_fen: 100_00, budget_fen: 0 });
  });

  it('200 parallel claims by ONE user with a per-user limit of 1 yield exactly 1', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 500_00,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const [u] = await env.citizens(1);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: `one-${i}`, body: {} }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status !== 201)
        .every((r) => r.status === 409 && r.body.code === 'USER_LIMIT_REACHED'),
    ).toBe(true);
    const mine = await env.api('GET', '/api/v1/me/claims', { token: u.token });
    expect(mine.body.items).toHaveLength(1);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('replays the same Idempotency-Key, refuses it for another body, and 409s while in flight', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_00,
      coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
      limits: { per_user: { count: 3, period: 'day' } },
    });
    const [u] = await env.citizens(1);
    const first = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'tap-1',
      body: { channel: 'h5' },
    });
    expect(first.status).toBe(201);
    expect(first.body.coupon.code).toMatch(/^\d{12}$/);
    const again = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'tap-1',
      body: { channel: 'h5' },
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'tap-1',
      body: { channel: 'weapp' },
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    // Hold the key as a first request still running would, then send the retry.
    const scope = `citizen:${u.id}`;
    const begun = await env.platform.idempotencyStore.begin(scope, 'tap-2');
    expect(begun.kind).toBe('proceed');
    const during = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'tap-2',
      body: {},
    });
    expect(during.status).toBe(409);
    expect(during.body.code).toBe('IDEMPOTENCY_REQUEST_IN_PROGRESS');
    await env.platform.idempotencyStore.finish(scope, 'tap-2', null);
    const after = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'tap-2',
      body: {},
    });
    expect(after.status).toBe(201);
    expect(after.body.id).not.toBe(first.body.id);

    // The same key fired many times at once creates one claim; the others replay it or see 409.
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 'tap-3', body: {} }),
      ),
    );
    const ok = burst.filter((r) => r.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(1);
    expect(burst.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const mine = await env.api('GET', '/api/v1/me/coupons', { token: u.token });
    expect(mine.body.items).toHaveLength(3);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a replay after Redis lost its cache still returns the committed claim, never a second one', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 100_00,
      red_packet: { mode: 'fixed', amount_fen: 100 },
      limits: { per_user: { count: 5, period: 'lifetime' } },
    });
    const [u] = await env.citizens(1);
    const first = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'lost-1',
      body: {},
    });
    expect(first.status).toBe(201);
    if (env.platform.redis) await env.platform.redis.del(`idem:r:citizen:${u.id}:lost-1`);
    const again = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'lost-1',
      body: {},
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const mine = await env.api('GET', '/api/v1/me/claims', { token: u.token });
    expect(mine.body.items).toHaveLength(1);
  });
});
