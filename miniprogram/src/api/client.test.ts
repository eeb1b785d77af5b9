import Taro from '@tarojs/taro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import { ApiError, messageFor } from './errors';

type Call = { url: string; method: string; header: Record<string, string>; data: unknown };

/** Answers Taro.request with the given outcomes in order; 'network' rejects as a dropped connection does. */
function fakeServer(outcomes: ({ status: number; body: unknown } | 'network')[]) {
  const calls: Call[] = [];
  vi.spyOn(Taro, 'request').mockImplementation(((opts: Call) => {
    calls.push(opts);
    const next = outcomes.shift();
    if (!next || next === 'network') return Promise.reject({ errMsg: 'request:fail' });
    return Promise.resolve({ statusCode: next.status, data: next.body, header: {}, errMsg: 'request:ok' });
  }) as never);
  return calls;
}

const client = (token: string | null = 'tok', onUnauthenticated = vi.fn()) =>
  createApiClient({
    baseUrl: 'https://api.test',
    getToken: () => token,
    onUnauthenticated,
    sleep: async () => {},
  });

afterEach(() => vi.restoreAllMocks());

describe('api client', () => {
  it('retries a lost request with the same Idempotency-Key, so the server sees one operation', async () => {
    const calls = fakeServer([
      'network',
      { status: 503, body: { code: 'SERVICE_UNAVAILABLE' } },
      { status: 201, body: { id: 'clm_1' } },
    ]);
    const res = await client().post<{ id: string }>(
      '/campaigns/c1/claims',
      { channel: 'h5' },
      { idempotencyKey: 'claim-abc' },
    );
    expect(res).toEqual({ id: 'clm_1' });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.header['idempotency-key']))).toEqual(new Set(['claim-abc']));
    expect(calls[0].url).toBe('https://api.test/api/v1/campaigns/c1/claims');
    expect(calls[0].header.authorization).toBe('Bearer tok');
  });

  it('does not retry a POST without an Idempotency-Key (it could act twice)', async () => {
    const calls = fakeServer(['network', { status: 200, body: {} }]);
    await expect(client().post('/auth/otp', { phone: '13800000000' })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
    });
    expect(calls).toHaveLength(1);
  });

  it('does not retry a refusal: the server has decided', async () => {
    const calls = fakeServer([
      { status: 409, body: { code: 'STOCK_EXHAUSTED', message: '来晚了，已被领完', request_id: 'r1' } },
    ]);
    const err = await client()
      .post('/campaigns/c1/claims', {}, { idempotencyKey: 'k' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 409,
      code: 'STOCK_EXHAUSTED',
      message: '来晚了，已被领完',
      requestId: 'r1',
    });
    expect(calls).toHaveLength(1);
  });

  it('gives up after its attempts and says the network is at fault', async () => {
    const calls = fakeServer(['network', 'network', 'network', 'network']);
    await expect(client().get('/campaigns')).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: '网络不给力，请检查网络后重试',
    });
    expect(calls).toHaveLength(3);
  });

  it('tells the app when the session is over', async () => {
    fakeServer([{ status: 401, body: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } }]);
    const onUnauthenticated = vi.fn();
    await expect(client('old', onUnauthenticated).get('/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('does not end a session that was never there (a wrong login code is a 401 too)', async () => {
    fakeServer([{ status: 401, body: { code: 'OTP_INVALID', message: '验证码错误' } }]);
    const onUnauthenticated = vi.fn();
    await expect(client(null, onUnauthenticated).post('/auth/otp/verify', {})).rejects.toMatchObject({
      code: 'OTP_INVALID',
    });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('sends PUT and DELETE once, without retrying (the page shows the answer)', async () => {
    const calls = fakeServer(['network', { status: 200, body: {} }]);
    await expect(client().put('/me/parking/plates/p1/seamless', { enabled: false })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('PUT');
    const del = fakeServer([{ status: 200, body: { removed: true } }]);
    await expect(client().del('/me/parking/plates/p1')).resolves.toEqual({ removed: true });
    expect(del[0]).toMatchObject({ method: 'DELETE', data: undefined });
  });

  it('sends no authorization header when logged out', async () => {
    const calls = fakeServer([{ status: 200, body: { items: [] } }]);
    await client(null).get('/campaigns');
    expect(calls[0].header.authorization).toBeUndefined();
  });
});

describe('refusal messages', () => {
  it('maps every claim refusal code to Chinese a citizen understands', () => {
    expect(messageFor('STOCK_EXHAUSTED')).toBe('来晚了，已被领完');
    expect(messageFor('USER_LIMIT_REACHED')).toBe('您已领取过，不能重复领取');
    expect(messageFor('CAMPAIGN_NOT_STARTED')).toBe('活动尚未开始，请稍后再来');
    expect(messageFor('DAILY_LIMIT_REACHED')).toBe('今日名额已领完，请明天再来');
    expect(messageFor('RISK_REJECTED')).toContain('暂无法领取');
    expect(messageFor('NETWORK_ERROR')).toBe('网络不给力，请检查网络后重试');
  });
  it('keeps the rule reasons of NOT_ELIGIBLE and the figures of wallet limits', () => {
    expect(messageFor('NOT_ELIGIBLE', '仅限广州市户籍')).toBe('暂不符合领取条件：仅限广州市户籍');
    expect(messageFor('WALLET_BALANCE_LIMIT', '超出钱包余额上限：当前最多还可充值 ¥900.00')).toBe(
      '超出钱包余额上限：当前最多还可充值 ¥900.00',
    );
  });
  it('explains parking refusals, keeping the new figure of a changed fee', () => {
    expect(messageFor('FEE_CHANGED', '停车费已更新为 ¥15.00，请确认后再支付')).toBe(
      '停车费已更新为 ¥15.00，请确认后再支付',
    );
    expect(messageFor('FEE_CHANGED')).toBe('停车费已更新，请确认金额后再支付');
    expect(messageFor('PAYMENT_OUTCOME_UNKNOWN', 'x')).toContain('请勿重复支付');
    expect(messageFor('WALLET_INSUFFICIENT_BALANCE', '支付失败：钱包余额不足')).toBe(
      '钱包余额不足，请充值后再支付',
    );
    expect(messageFor('SESSION_NOT_FOUND')).toContain('没有找到该车辆');
    expect(messageFor('ORDER_BELOW_THRESHOLD', '订单金额未达到使用门槛（满 1000 分可用）')).toBe(
      '停车费未达到该券的使用门槛',
    );
    for (const code of [
      'NOTHING_DUE',
      'PAYMENT_IN_PROGRESS',
      'PLATE_INVALID',
      'PLATE_EXISTS',
      'AGREEMENT_NOT_ACCEPTED',
    ])
      expect(messageFor(code)).toMatch(/[\u4e00-\u9fa5]/);
  });
  it('falls back to the server message, then to a generic one, never to a code', () => {
    expect(messageFor('SOMETHING_NEW', '服务器的说明')).toBe('服务器的说明');
    expect(messageFor('SOMETHING_NEW')).toBe('系统开小差了，请稍后再试');
  });
});
