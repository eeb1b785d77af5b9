import type { FactSchema } from 'rules-engine';

/**
 * The facts an eligibility rule set may use, and their types. The server owns this schema: a rule set
 * is validated against it, so a rule can only name facts the claim path actually provides.
 */
export const ELIGIBILITY_FACTS: FactSchema = {
  'user.verified': 'boolean',
  'user.registered_at': 'date',
  'user.wallet_type': 'string',
  'user.wallet_level': 'number',
  'user.region': 'string',
  'user.tags': 'string[]',
  'request.time': 'date',
  'request.channel': 'string',
  'request.device_id': 'string',
};

export type UserProfile = { wallet_type?: string; wallet_level?: number; region?: string; tags?: string[] };

export function eligibilityFacts(
  user: { id: string; verified: boolean; registered_at: Date; profile: UserProfile },
  request: { time: Date; channel?: string; device_id?: string },
) {
  return {
    user: {
      id: user.id,
      verified: user.verified,
      registered_at: user.registered_at.toISOString(),
      ...user.profile,
    },
    request: { time: request.time.toISOString(), channel: request.channel, device_id: request.device_id },
  };
}

/** The facts a risk policy may use: velocity counters, list hits, and a little about the user and request. */
export const RISK_FACTS: FactSchema = {
  'velocity.user_claims_1h': 'number',
  'velocity.user_claims_24h': 'number',
  'velocity.device_claims_1h': 'number',
  'velocity.device_users_24h': 'number',
  'velocity.ip_claims_1h': 'number',
  'velocity.ip_users_24h': 'number',
  'velocity.subnet_users_24h': 'number',
  'velocity.user_amount_today_fen': 'number',
  'lists.blocked': 'boolean',
  'lists.allowed': 'boolean',
  'user.verified': 'boolean',
  'user.registered_at': 'date',
  'request.channel': 'string',
  'request.has_device_id': 'boolean',
};
