import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { ParkingPayResult } from '../api/types';
import { createParkingPayFlow, type ParkingPayBody } from './parking-pay';

type Outcome = 'ok' | 'network' | 'unknown' | 'fee_changed' | 'insufficient';
type Sent = { path: string; key?: string; body: ParkingPayBody };

/**
 * A scripted parking server behind the flow: answers come from `outcomes` in order. It remembers the
 * payment made under each Idempotency-Key, as the real one does (parking_payments.idem_key), so a
 * replayed key reaches the same payment; `payments` counts what would have left the wallet.
 */
function scriptedApi(outcomes: Outcome[]) {
  const sent: Sent[] = [];
  const byKey = new Map<string, ParkingPayResult>();
  let payments = 0;
  const made = (body: ParkingPayBody): ParkingPayResult => ({
    payment: {
      id: `ppay_${++payments}`,
      session_id: 'pss_1',
      lot_id: 'lot_1',
      channel: 'app',
      due_fen: body.expected_due_fen,
      discount_fen: body.coupon_code ? 500 : 0,
      payable_fen: body.expected_due_fen - (body.coupon_code ? 500 : 0),
      status: 'succeeded',
      error_code: null,
      priced_until: null,
      created_at: '2026-12-01T09:00:00+08:00',
      completed_at: null,
    },
    session: { id: 'pss_1', status: 'completed', paid_until: null, covered_fen: body.expected_due_fen },
  });
  const real = createApiClient({ baseUrl: '', getToken: () => 't', sleep: async () => {} });
  const fake: ApiClient = {
    ...real,
    async request<T>(path: string, o: { idempotencyKey?: string; body?: unknown } = {}) {
      const body = o.body as ParkingPayBody;
      sent.push({ path, key: o.idempotencyKey, body });
      await new Promise((r) => setTimeout(r, 1));
      const key = o.idempotencyKey!;
      const outcome = outcomes.shift() ?? 'ok';
      const known = byKey.get(key);
      if (outcome === 'network') {
        if (!known) byKey.set(key, made(body)); // the server paid; the answer was lost
        throw new ApiError(0, 'NETWORK_ERROR', '网络不给力');
      }
      if (outcome === 'unknown') throw new ApiError(503, 'PAYMENT_OUTCOME_UNKNOWN', '支付结果确认中');
      if (known) return known as T;
      if (outcome === 'fee_changed')
        throw new ApiError(409, 'FEE_CHANGED', '停车费已更新为 ¥30.00，请确认后再支付', 'r', {
          due_fen: 3000,
        });
      if (outcome === 'insufficient') throw new ApiError(422, 'WALLET_INSUFFICIENT_BALANCE', '钱包余额不足');
      const result = made(body);
      byKey.set(key, result);
      return result as T;
    },
  };
  fake.post = (path, body, o = {}) => fake.request(path, { ...o, method: 'POST', body });
  return { api: fake, sent, payments: () => payments };
}

const flowOn = (api: ApiClient) => createParkingPayFlow(api, { sleep: async () => {}, confirmWaitMs: 0 });
const body = { expected_due_fen: 2500, coupon_code: '615530915677' };

describe('parking pay flow', () => {
  it('turns a double tap into one payment: the second tap joins the first', async () => {
    const s = scriptedApi(['ok']);
    const flow = flowOn(s.api);
    const [a, b] = await Promise.all([flow.pay('pss_1', body), flow.pay('pss_1', body)]);
    expect(a).toBe(b);
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]).toMatchObject({ path: '/me/parking/sessions/pss_1/payments', body });
    expect(s.sent[0].key).toMatch(/^park-/);
    expect(s.payments()).toBe(1);
  });

  it('keeps the key and the body it went with when the answer was lost, so the next tap pays nothing more', async () => {
    const s = scriptedApi(['network']);
    const flow = flowOn(s.api);
    await expect(flow.pay('pss_1', body)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    const kept = flow.pendingKey('pss_1');
    expect(kept).not.toBeNull();
    expect(flow.undecided('pss_1')).toEqual(body);
    // Meanwhile the page would offer another coupon or a newer fee: the retry resends what was confirmed.
    const again = await flow.pay('pss_1', { expected_due_fen: 3000 });
    expect(again.payment.id).toBe('ppay_1');
    expect(s.payments()).toBe(1);
    expect(s.sent.map((x) => x.key)).toEqual([kept, kept]);
    expect(s.sent[1].body).toEqual(body);
    expect(flow.undecided('pss_1')).toBeNull();
  });

  it('asks again with the same key while the bank outcome is unknown', async () => {
    const s = scriptedApi(['unknown', 'unknown', 'ok']);
    const flow = flowOn(s.api);
    const paid = await flow.pay('pss_1', body);
    expect(paid.session.status).toBe('completed');
    expect(new Set(s.sent.map((x) => x.key)).size).toBe(1);
    expect(s.sent).toHaveLength(3);
    expect(s.payments()).toBe(1);
  });

  it('gives up asking after a few tries but keeps the key for the next tap', async () => {
    const s = scriptedApi(['unknown', 'unknown', 'unknown', 'unknown', 'ok']);
    const flow = createParkingPayFlow(s.api, { sleep: async () => {}, confirmAttempts: 4 });
    await expect(flow.pay('pss_1', body)).rejects.toMatchObject({ code: 'PAYMENT_OUTCOME_UNKNOWN' });
    expect(s.sent).toHaveLength(4);
    const kept = flow.pendingKey('pss_1');
    await flow.pay('pss_1', body);
    expect(s.sent.at(-1)!.key).toBe(kept);
    expect(s.payments()).toBe(1);
  });

  it('drops the key after a refusal: a changed fee is confirmed again as a new payment', async () => {
    const s = scriptedApi(['fee_changed', 'ok']);
    const flow = flowOn(s.api);
    const err = await flow.pay('pss_1', body).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FEE_CHANGED', details: { due_fen: 3000 } });
    expect(flow.pendingKey('pss_1')).toBeNull();
    await flow.pay('pss_1', { ...body, expected_due_fen: 3000 });
    expect(s.sent[0].key).not.toBe(s.sent[1].key);
    expect(s.sent[1].body.expected_due_fen).toBe(3000);
  });

  it('does not keep a key the wallet refused', async () => {
    const s = scriptedApi(['insufficient']);
    const flow = flowOn(s.api);
    await expect(flow.pay('pss_1', body)).rejects.toMatchObject({ code: 'WALLET_INSUFFICIENT_BALANCE' });
    expect(flow.pendingKey('pss_1')).toBeNull();
    expect(flow.undecided('pss_1')).toBeNull();
  });

  it('pays different sessions independently', async () => {
    const s = scriptedApi(['ok', 'ok']);
    const flow = flowOn(s.api);
    await Promise.all([flow.pay('pss_1', body), flow.pay('pss_2', body)]);
    expect(s.sent.map((x) => x.path)).toEqual([
      '/me/parking/sessions/pss_1/payments',
      '/me/parking/sessions/pss_2/payments',
    ]);
    expect(s.payments()).toBe(2);
  });
});
