import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import { createClaimFlow } from './claim-flow';

type Sent = { path: string; key?: string; token?: string };

/**
 * A scripted server behind a real client: claim answers come from `claimOutcomes` in order. It
 * remembers which Idempotency-Keys it granted, as the real one does, so a replayed key gets the same claim.
 */
function scriptedApi(
  claimOutcomes: ('network' | 'in_progress' | 'token_invalid' | 'sold_out' | 'ok')[],
  tokenRefused = false,
) {
  const sent: Sent[] = [];
  const granted = new Map<string, { id: string }>();
  let tokens = 0;
  let claims = 0;
  const api: ApiClient = createApiClient({ baseUrl: '', getToken: () => 't', sleep: async () => {} });
  const fake: ApiClient = {
    ...api,
    async request<T>(path: string, o: { headers?: Record<string, string>; idempotencyKey?: string } = {}) {
      if (path.endsWith('/claim-tokens')) {
        if (tokenRefused && tokens > 0) throw new ApiError(409, 'CAMPAIGN_NOT_RUNNING', '活动已结束');
        return { claim_token: `tok${++tokens}` } as T;
      }
      sent.push({ path, key: o.idempotencyKey, token: o.headers?.['x-claim-token'] });
      const key = o.idempotencyKey!;
      if (granted.has(key)) return granted.get(key) as T;
      const outcome = claimOutcomes.shift() ?? 'ok';
      if (outcome === 'network') {
        granted.set(key, { id: `clm${++claims}` }); // the server did claim; the answer was lost
        throw new ApiError(0, 'NETWORK_ERROR', '网络不给力');
      }
      if (outcome === 'in_progress') throw new ApiError(409, 'IDEMPOTENCY_REQUEST_IN_PROGRESS', '处理中');
      if (outcome === 'token_invalid') throw new ApiError(403, 'CLAIM_TOKEN_INVALID', '领取凭证已失效');
      if (outcome === 'sold_out') throw new ApiError(409, 'STOCK_EXHAUSTED', '来晚了，已被领完');
      const claim = { id: `clm${++claims}` };
      granted.set(key, claim);
      return claim as T;
    },
  };
  fake.post = (path, body, o = {}) => fake.request(path, { ...o, method: 'POST', body });
  return { api: fake, sent, claimCount: () => claims };
}

describe('claim flow', () => {
  it('joins a double tap to the claim already in flight', async () => {
    const s = scriptedApi(['ok']);
    const flow = createClaimFlow(s.api, 'h5');
    const [a, b] = await Promise.all([flow.claim('c1'), flow.claim('c1')]);
    expect(a).toBe(b);
    expect(s.claimCount()).toBe(1);
    expect(s.sent).toHaveLength(1);
  });

  it('keeps the Idempotency-Key when the answer was lost, so the next tap gets the same claim', async () => {
    const s = scriptedApi(['network']);
    const flow = createClaimFlow(s.api, 'h5');
    await expect(flow.claim('c1')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    const kept = flow.pendingKey('c1');
    expect(kept).toMatch(/^claim-/);
    const second = await flow.claim('c1');
    expect(second).toEqual({ id: 'clm1' });
    expect(s.claimCount()).toBe(1);
    expect(s.sent.map((x) => x.key)).toEqual([kept, kept]);
    expect(flow.pendingKey('c1')).toBeNull();
  });

  it('renews a lapsed claim token once and keeps the same key', async () => {
    const s = scriptedApi(['token_invalid', 'ok']);
    const flow = createClaimFlow(s.api, 'weapp');
    await flow.claim('c1');
    expect(s.sent.map((x) => x.token)).toEqual(['tok1', 'tok2']);
    expect(new Set(s.sent.map((x) => x.key)).size).toBe(1);
  });

  it('drops the key after a refusal: a later tap is a new attempt', async () => {
    const s = scriptedApi(['sold_out', 'ok']);
    const flow = createClaimFlow(s.api, 'h5');
    await expect(flow.claim('c1')).rejects.toMatchObject({ code: 'STOCK_EXHAUSTED' });
    expect(flow.pendingKey('c1')).toBeNull();
    await flow.claim('c1');
    expect(s.sent[0].key).not.toBe(s.sent[1].key);
  });

  it('claims different campaigns independently', async () => {
    const s = scriptedApi(['ok', 'ok']);
    const flow = createClaimFlow(s.api, 'h5');
    const [a, b] = await Promise.all([flow.claim('c1'), flow.claim('c2')]);
    expect(a).not.toEqual(b);
    expect(s.claimCount()).toBe(2);
  });

  it('keeps the key while the first attempt is still running at the server (409 in progress)', async () => {
    const s = scriptedApi(['in_progress', 'ok']);
    const flow = createClaimFlow(s.api, 'h5');
    await expect(flow.claim('c1')).rejects.toMatchObject({ code: 'IDEMPOTENCY_REQUEST_IN_PROGRESS' });
    const kept = flow.pendingKey('c1');
    expect(kept).not.toBeNull();
    await flow.claim('c1');
    expect(s.sent.map((x) => x.key)).toEqual([kept, kept]);
  });

  it('resends the first token with a lost claim, so a campaign that closed meanwhile still returns it', async () => {
    const s = scriptedApi(['network'], true);
    const flow = createClaimFlow(s.api, 'h5');
    await expect(flow.claim('c1')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    const second = await flow.claim('c1'); // a new token would be refused now
    expect(second).toEqual({ id: 'clm1' });
    expect(s.sent.map((x) => x.token)).toEqual(['tok1', 'tok1']);
  });
});
