import { createBankWalletMock, type RunningMock } from 'mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './breaker';
import { BankOutcomeUnknown, BankRefusal, createBankWalletClient } from './client';
import { STATUS_BY_CODE } from '../../http/errors';

describe('bank wallet connector against the simulator', () => {
  let bank: RunningMock;
  let payer: string;
  let citizen: string;
  const post = async (path: string, body: unknown) =>
    (
      await fetch(bank.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json() as Promise<any>;

  beforeAll(async () => {
    bank = await createBankWalletMock({ duplicateCallbacks: 0 }).listen();
    payer = (await post('/v1/wallets', { wallet_type: 'WT09', merchant_id: 'shuyuan', name: '数元平台' }))
      .wallet_id;
    await post('/__mock/fund', { wallet_id: payer, amount_fen: 10_000_000 });
    citizen = (await post('/v1/wallets', { wallet_type: 'WT01', wallet_level: 'WL04', phone: '13800001111' }))
      .wallet_id;
  });
  afterAll(async () => bank?.close());

  it('pays once per out_trade_no, even when the bank commits and the answer is lost', async () => {
    const bankWithFault = createBankWalletClient({
      baseUrl: bank.url,
      timeoutMs: 300,
      attempts: 3,
      backoffMs: 10,
      headers: { 'x-mock-fault': 'timeout-after-commit' },
    });
    const order = {
      out_trade_no: 'clm_test_1',
      payer_wallet_id: payer,
      payee_wallet_id: citizen,
      amount_fen: 1234,
    };
    await expect(bankWithFault.pay(order)).rejects.toBeInstanceOf(BankOutcomeUnknown);
    const client = createBankWalletClient({ baseUrl: bank.url });
    const seen = await client.queryPayment('clm_test_1');
    expect(seen).toMatchObject({ status: 'SUCCESS', amount_fen: 1234 });
    const retried = await client.pay(order);
    expect(retried.trade_no).toBe(seen!.trade_no);
    expect((await client.getWallet(citizen)).balance_fen).toBe(1234);
    expect(await client.queryPayment('never-sent')).toBeNull();
  });

  it('retries idempotent calls through 5xx and maps business refusals to platform codes', async () => {
    const client = createBankWalletClient({ baseUrl: bank.url, backoffMs: 5 });
    const failed = await client.pay({
      out_trade_no: 'too-much',
      payer_wallet_id: payer,
      payee_wallet_id: citizen,
      amount_fen: 200_000,
    });
    expect(failed).toMatchObject({ status: 'FAILED', error_code: 'LIMIT_BALANCE_EXCEEDED' });
    await expect(
      client.pay({
        out_trade_no: 'too-much',
        payer_wallet_id: payer,
        payee_wallet_id: citizen,
        amount_fen: 1,
      }),
    ).rejects.toMatchObject({
      // A domain error: the platform code, and the bank's own HTTP answer kept as httpStatus.
      code: 'BANK_ORDER_CONFLICT',
      httpStatus: 409,
    });
    const flaky = createBankWalletClient({
      baseUrl: bank.url,
      attempts: 2,
      backoffMs: 5,
      headers: { 'x-mock-fault': 'error' },
    });
    await expect(
      flaky.pay({ out_trade_no: 'flaky-1', payer_wallet_id: payer, payee_wallet_id: citizen, amount_fen: 5 }),
    ).rejects.toBeInstanceOf(BankOutcomeUnknown);
    expect(await client.queryPayment('flaky-1')).toBeNull(); // the injected error came before any work
    // The platform code and the citizen's message; its HTTP status is the route layer's (STATUS_BY_CODE).
    expect(new BankRefusal('WALLET_FROZEN', '')).toMatchObject({
      code: 'WALLET_FROZEN',
      message: '钱包已冻结',
    });
    expect(STATUS_BY_CODE.WALLET_FROZEN).toBe(422);
  });

  it('does not retry calls that are not idempotent', async () => {
    const client = createBankWalletClient({
      baseUrl: bank.url,
      attempts: 3,
      backoffMs: 5,
      timeoutMs: 200,
      headers: { 'x-mock-fault': 'timeout-after-commit' },
    });
    const started = Date.now();
    await expect(client.startBinding('13800002222')).rejects.toBeInstanceOf(BankOutcomeUnknown);
    expect(Date.now() - started).toBeLessThan(1000); // one timeout, not three
    const otps = (await (await fetch(`${bank.url}/__mock/otps?phone=13800002222`)).json()) as
      { otps?: unknown[] } | unknown[];
    const count = Array.isArray(otps) ? otps.length : (otps.otps?.length ?? 0);
    expect(count).toBe(1);
  });

  it('opens the circuit after repeated failures and fails fast until the cool-down ends', async () => {
    const client = createBankWalletClient({
      baseUrl: bank.url,
      attempts: 1,
      breaker: { failureThreshold: 2, cooldownMs: 60_000 },
      headers: { 'x-mock-fault': 'error' },
    });
    for (let i = 0; i < 2; i++)
      await expect(client.queryPayment(`x${i}`)).rejects.toBeInstanceOf(BankOutcomeUnknown);
    await expect(client.queryPayment('x3')).rejects.toMatchObject({ code: 'BANK_UNAVAILABLE' });
    expect(client.breaker.state).toBe('open');
  });
});

describe('circuit breaker', () => {
  it('lets one trial through after the cool-down, and closes on its success', () => {
    let t = 0;
    const b = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 100, now: () => t });
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.allow()).toBe(false);
    t = 150;
    expect(b.allow()).toBe(true);
    expect(b.allow()).toBe(false); // only one trial at a time
    b.success();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });
});
