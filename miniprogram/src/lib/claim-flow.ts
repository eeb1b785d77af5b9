import { ApiError } from '../api/errors';
import type { ApiClient } from '../api/client';
import type { Claim } from '../api/types';
import { createOneTap } from './one-tap';

/**
 * One tap on "领取" → at most one claim, however the tap ends: a claim token first (the server wants
 * one per user and campaign), then the claim under a per-tap Idempotency-Key (see one-tap.ts).
 */
export function createClaimFlow(client: ApiClient, channel: 'weapp' | 'h5') {
  const taps = createOneTap('claim');

  async function claimToken(campaignId: string): Promise<string> {
    const res = await client.request<{ claim_token: string }>(`/campaigns/${campaignId}/claim-tokens`, {
      method: 'POST',
      attempts: 3, // a token grants nothing by itself; asking twice is harmless
    });
    return res.claim_token;
  }

  // The token that went with an undecided key: its retry resends it, because the server looks the key
  // up before it checks the token, so even a lapsed token gets back a claim that went through. (A fresh
  // token could be refused once the campaign closed, and would hide that claim.)
  const tokenOfKey = new Map<string, string>();

  async function claimWithKey(campaignId: string, key: string): Promise<Claim> {
    let token = tokenOfKey.get(key) ?? (await claimToken(campaignId));
    tokenOfKey.set(key, token);
    for (let renewed = false; ; renewed = true) {
      try {
        const claimed = await client.post<Claim>(
          `/campaigns/${campaignId}/claims`,
          { channel },
          { idempotencyKey: key, headers: { 'x-claim-token': token } },
        );
        tokenOfKey.delete(key);
        return claimed;
      } catch (err) {
        // The token lapsed while the page sat open: one fresh token, same key.
        if (err instanceof ApiError && err.code === 'CLAIM_TOKEN_INVALID' && !renewed) {
          token = await claimToken(campaignId);
          tokenOfKey.set(key, token);
          continue;
        }
        if (!(err instanceof ApiError && err.retryable)) tokenOfKey.delete(key);
        throw err;
      }
    }
  }

  return {
    claim: (campaignId: string) => taps.run(campaignId, (key) => claimWithKey(campaignId, key)),
    pendingKey: taps.pendingKey,
  };
}

export type ClaimFlow = ReturnType<typeof createClaimFlow>;
