import { createHmac, timingSafeEqual } from 'node:crypto';

export const CLAIM_TOKEN_TTL_MS = 5 * 60_000;

/**
 * Short-lived claim tokens bound to one user and one campaign. The claim endpoint requires one, so a
 * captured request cannot be replayed by other (scripted) accounts, and a script must fetch a fresh
 * token through a logged-in session for every account and campaign. Stateless: any node verifies it.
 */
export function createClaimTokens(secret: string) {
  // A key of its own, so a claim token can never pass as a login token or the reverse.
  const key = createHmac('sha256', secret).update('shuyuan/claim-token/v1').digest();
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    issue(userId: string, campaignId: string, now: Date) {
      const exp = now.getTime() + CLAIM_TOKEN_TTL_MS;
      const body = `${userId}.${campaignId}.${exp}`;
      return { token: `${exp}.${sign(body)}`, expires_at: new Date(exp) };
    },
    verify(token: string, userId: string, campaignId: string, now: Date): boolean {
      const [expText, sig] = token.split('.');
      const exp = Number(expText);
      if (!sig || !Number.isSafeInteger(exp) || exp <= now.getTime()) return false;
      const expected = Buffer.from(sign(`${userId}.${campaignId}.${exp}`));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

export type ClaimTokens = ReturnType<typeof createClaimTokens>;
