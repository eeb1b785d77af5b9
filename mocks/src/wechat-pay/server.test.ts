import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechatPayMock } from './server';
import type { RunningMock } from '../shared/serve';

// The simulator keeps WeChat Pay's conventions: out_trade_no is the merchant's key, code payments may
// wait for the password, unpaid orders close after their timeout, refunds never exceed the order,
// and `timeout-after-commit` charges without answering.
describe('WeChat Pay simulator', () => {
  let now = new Date('2026-12-01T02:00:00Z');
  const mock = createWechatPayMock({ now: () => now, codeTimeoutMs: 30_000 });
  let running: RunningMock;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(running.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text && text[0] === '{' ? JSON.parse(text) : text };
  };
  const order = (out_trade_no: string, total: number) => ({
    mchid: mock.mchid,
    description: 'x',
    out_trade_no,
    amount: { total, currency: 'CNY' },
  });
  beforeAll(async () => {
    running = await mock.listen();
  });
  afterAll(() => running.close());

  it('same out_trade_no, other amount: refused; same body: the same order', async () => {
    expect((await call('POST', '/v3/pay/transactions/native', order('NATIVE0001', 100))).status).toBe(200);
    expect((await call('POST', '/v3/pay/transactions/native', order('NATIVE0001', 100))).status).toBe(200);
    const other = await call('POST', '/v3/pay/transactions/native', order('NATIVE0001', 200));
    expect(other.body.code).toBe('OUT_TRADE_NO_USED');
  });

  it('a code payment waits for the password (USERPAYING), and closes after its timeout', async () => {
    const r = await call('POST', '/v3/pay/transactions/codepay', {
      ...order('CODE00001', 500),
      payer: { auth_code: '134567890123450000' },
    });
    expect(r.status).toBe(202);
    expect(r.body.code).toBe('USERPAYING');
    const q = await call('GET', '/v3/pay/transactions/out-trade-no/CODE00001');
    expect(q.body.trade_state).toBe('USERPAYING');
    now = new Date(now.getTime() + 31_000);
    expect((await call('GET', '/v3/pay/transactions/out-trade-no/CODE00001')).body.trade_state).toBe(
      'CLOSED',
    );
  });

  it('timeout-after-commit charges and never answers; the query tells; refunds stop at the order', async () => {
    const lost = await Promise.race([
      call(
        'POST',
        '/v3/pay/transactions/codepay',
        { ...order('CODE00002', 900), payer: { auth_code: '134567890123451234' } },
        {
          'x-mock-fault': 'timeout-after-commit',
        },
      ),
      new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), 300)),
    ]);
    expect(lost).toBe('no answer');
    const q = await call('GET', '/v3/pay/transactions/out-trade-no/CODE00002');
    expect(q.body).toMatchObject({ trade_state: 'SUCCESS', amount: { total: 900 } });
    const r1 = await call('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: 'CODE00002',
      out_refund_no: 'RF1',
      amount: { refund: 600, total: 900, currency: 'CNY' },
    });
    expect(r1.body.status).toBe('SUCCESS');
    const r2 = await call('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: 'CODE00002',
      out_refund_no: 'RF2',
      amount: { refund: 400, total: 900, currency: 'CNY' },
    });
    expect(r2.body.code).toBe('REFUND_AMOUNT_EXCEEDED');
    expect((await call('GET', '/v3/pay/transactions/out-trade-no/NOPE000001')).status).toBe(404);
  });
});
