import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

describe.each(MODES)('claim tokens (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('a claim needs a fresh token of this user for this campaign; a retry still gets its claim', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const other = (
      await runningCampaign(env, {
        kind: 'red_packet',
        budget_fen: 1000,
        red_packet: { mode: 'fixed', amount_fen: 100 },
      })
    ).id;
    const [alice, bob] = await env.citizens(2);
    const tokenFor = async (token: string, campaign: string) =>
      (await env.api('POST', `/api/v1/campaigns/${campaign}/claim-tokens`, { token })).body
        .claim_token as string;
    const claim = (token: string, claimToken: string, key: string) =>
      env.api('POST', `/api/v1/campaigns/${id}/claims`, {
        token,
        idem: key,
        body: {},
        headers: { 'x-claim-token': claimToken },
      });

    expect((await claim(alice.token, '', 'k0')).body.code).toBe('CLAIM_TOKEN_REQUIRED');
    const bobs = await tokenFor(bob.token, id);
    expect((await claim(alice.token, bobs, 'k1')).body.code).toBe('CLAIM_TOKEN_INVALID');
    expect((await claim(alice.token, await tokenFor(alice.token, other), 'k2')).body.code).toBe(
      'CLAIM_TOKEN_INVALID',
    );
    expect(
      (
        await claim(
          alice.token,
          bobs.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
          'k3',
        )
      ).status,
    ).toBe(403);

    const fresh = await tokenFor(alice.token, id);
    const first = await claim(alice.token, fresh, 'k4');
    expect(first.status).toBe(201);
    env.clock.advance(6 * 60_000);
    const expiredNewTap = await claim(alice.token, fresh, 'k5');
    expect(expiredNewTap.body.code).toBe('CLAIM_TOKEN_INVALID');
    const retry = await claim(alice.token, fresh, 'k4');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });
});
