import { ApiError } from '../api/errors';
import type { ApiClient } from '../api/client';
import type { ParkingPayResult } from '../api/types';
import { createOneTap } from './one-tap';

export type ParkingPayBody = {
  coupon_code?: string;
  expected_due_fen: number;
  /** The payment PIN's token for this amount (above the password-free limit, once a PIN is set). */
  payment_token?: string;
};

export type ParkingPayOptions = {
  /** How often to ask again while the bank's answer is unknown (PAYMENT_OUTCOME_UNKNOWN), first try included. */
  confirmAttempts?: number;
  confirmWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One tap on "确认支付" → at most one parking payment (see one-tap.ts): taps while it runs join it, and
 * the Idempotency-Key outlives a lost answer. A retry of an undecided key resends the body that went
 * with it (the coupon and amount the driver confirmed), whatever the page shows by then. While the
 * bank's answer is unknown the server says PAYMENT_OUTCOME_UNKNOWN; asking again with the same key is
 * how to learn the outcome, so the flow does that a few times before it gives the page the answer.
 */
export function createParkingPayFlow(client: ApiClient, opts: ParkingPayOptions = {}) {
  const taps = createOneTap('park');
  const sleep = opts.sleep ?? defaultSleep;
  const confirmAttempts = opts.confirmAttempts ?? 4;
  const confirmWaitMs = opts.confirmWaitMs ?? 2000;
  const bodyOfKey = new Map<string, ParkingPayBody>();

  async function payWithKey(sessionId: string, key: string, body: ParkingPayBody) {
    const sent = bodyOfKey.get(key) ?? body;
    bodyOfKey.set(key, sent);
    for (let attempt = 1; ; attempt++) {
      try {
        const paid = await client.post<ParkingPayResult>(`/me/parking/sessions/${sessionId}/payments`, sent, {
          idempotencyKey: key,
        });
        bodyOfKey.delete(key);
        return paid;
      } catch (err) {
        const unknown = err instanceof ApiError && err.code === 'PAYMENT_OUTCOME_UNKNOWN';
        if (unknown && attempt < confirmAttempts) {
          await sleep(confirmWaitMs);
          continue;
        }
        // A refusal (FEE_CHANGED, a balance too low…) is an answer: the next tap is a new payment.
        if (!(err instanceof ApiError && err.retryable)) bodyOfKey.delete(key);
        throw err;
      }
    }
  }

  return {
    pay: (sessionId: string, body: ParkingPayBody) =>
      taps.run(sessionId, (key) => payWithKey(sessionId, key, body)),
    /** The body of a payment whose outcome is not known yet (the next tap resends it), or null. */
    undecided(sessionId: string): ParkingPayBody | null {
      const key = taps.pendingKey(sessionId);
      return key ? (bodyOfKey.get(key) ?? null) : null;
    },
    pendingKey: taps.pendingKey,
  };
}

export type ParkingPayFlow = ReturnType<typeof createParkingPayFlow>;
