import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningMock } from '../shared/serve';
import { verifyCallback } from './callbacks';
import { createBankWalletMock, type BankWalletMockOptions } from './server';

// Real HTTP against the simulator on port 0, with a movable clock.

const started: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((m) => m.close()));
});

const cst = (s: string) => new Date(`${s}+08:00`);

async function setup(opts: BankWalletMockOptions = {}, start = '2026-03-10T10:00:00') {
  const clock = { t: cst(start) };
  const mock = await createBankWalletMock({
    duplicateCallbacks: 0,
    now: () => new Date(clock.t),
    ...opts,
  }).listen();
  started.push(mock);
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(mock.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const isJson = res.headers.get('content-type')?.includes('json');
    return { status: res.status, body: (isJson ? JSON.parse(text) : text) as any };
  }
  async function institution(merchantId: string, fundFen = 0) {
    const w = await call('POST', '/v1/wallets', {
      wallet_type: 'WT09',
      wallet_level: 'WL01',
      merchant_id: merchantId,
    });
    expect(w.status).toBe(201);
    if (fundFen) await call('POST', '/__mock/fund', { wallet_id: w.body.wallet_id, amount_fen: fundFen });
    return w.body.wallet_id as string;
  }
  /** Binds a citizen by phone through the OTP flow; returns the (new) wallet id. */
  async function citizen(phone: string) {
    const b = await call('POST', '/v1/bindings', { phone });
    expect(b.status).toBe(200);
    const otps = await call('GET', `/__mock/otps?phone=${phone}`);
    const otp = otps.body.otps.at(-1).otp;
    const c = await call('POST', `/v1/bindings/${b.body.binding_id}/confirm`, { otp });
    expect(c.status).toBe(200);
    return c.body.wallet_id as string;
  }
  const wallet = async (id: string) => (await call('GET', `/v1/wallets/${id}`)).body;
  return { mock, clock, call, institution, citizen, wallet };
}

/** A local HTTP receiver for callbacks; `failFirst` answers 500 to the first n deliveries. */
async function receiver(failFirst = 0) {
  const got: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let seen = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    seen += 1;
    if (seen <= failFirst) {
      res.writeHead(500).end();
      return;
    }
    got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200).end('{"code":"SUCCESS"}');
  });
  const running = await listen(server);
  started.push(running);
  return { url: running.url + '/callbacks', got, attempts: () => seen };
}

async function waitFor(check: () => boolean, ms = 3_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('wallets and binding', () => {
  it('opens a wallet with a 16-character id, masks it, and freezes/unfreezes it', async () => {
    const { call } = await setup();
    const w = await call('POST', '/v1/wallets', {
      wallet_type: 'WT01',
      wallet_level: 'WL04',
      phone: '13800001234',
    });
    expect(w.status).toBe(201);
    expect(w.body.wallet_id).toMatch(/^002250\d{10}$/);
    expect(w.body.wallet_id_masked).toBe(`002250******${w.body.wallet_id.slice(-4)}`);
    expect(w.body).toMatchObject({
      status: 'normal',
      phone_masked: '138****1234',
      balance_fen: 0,
      restricted_balance_fen: 0,
      limits: { balance_fen: 100_000, per_payment_fen: 50_000, daily_fen: 100_000, yearly_fen: 1_000_000 },
    });
    const again = await call('POST', '/v1/wallets', { wallet_type: 'WT01', phone: '13800001234' });
    expect(again.body.code).toBe('WALLET_EXISTS');
    expect((await call('POST', '/v1/wallets', { wallet_type: 'WT07', phone: '13800001234' })).status).toBe(
      400,
    );

    const frozen = await call('POST', `/v1/wallets/${w.body.wallet_id}/freeze`, { reason: 'court order' });
    expect(frozen.body.status).toBe('frozen');
    const normal = await call('POST', `/v1/wallets/${w.body.wallet_id}/unfreeze`, {});
    expect(normal.body.status).toBe('normal');
    expect((await call('GET', '/v1/wallets/0022500000000000')).body.code).toBe('WALLET_NOT_FOUND');
  });

  it('binds a citizen by phone with an OTP and returns the wallet and a masked card', async () => {
    const { call, wallet } = await setup();
    const req = await call('POST', '/v1/bindings', {
      phone: '13900005678',
      bank_card_no: '6222021234567890123',
    });
    expect(req.body).toMatchObject({ phone_masked: '139****5678' });
    const { otps } = (await call('GET', '/__mock/otps?phone=13900005678')).body;
    expect(otps).toHaveLength(1);
    const wrong = otps[0].otp === '000000' ? '111111' : '000000';
    const bad = await call('POST', `/v1/bindings/${req.body.binding_id}/confirm`, { otp: wrong });
    expect(bad).toMatchObject({ status: 422, body: { code: 'OTP_INVALID' } });
    const ok = await call('POST', `/v1/bindings/${req.body.binding_id}/confirm`, { otp: otps[0].otp });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      wallet_opened: true,
      bank_card: { card_no_masked: '622202******0123', status: 'signed' },
    });
    expect(ok.body.wallet_id).toHaveLength(16);
    const w = await wallet(ok.body.wallet_id);
    expect(w).toMatchObject({
      wallet_type: 'WT01',
      wallet_level: 'WL04',
      bank_card: { card_no_masked: '622202******0123' },
    });
    // a retried confirm answers the same; binding the same phone again reuses the wallet
    expect(
      (await call('POST', `/v1/bindings/${req.body.binding_id}/confirm`, { otp: otps[0].otp })).body,
    ).toEqual(ok.body);
    const req2 = await call('POST', '/v1/bindings', { phone: '13900005678' });
    const otp2 = (await call('GET', '/__mock/otps?phone=13900005678')).body.otps.at(-1).otp;
    const ok2 = await call('POST', `/v1/bindings/${req2.body.binding_id}/confirm`, { otp: otp2 });
    expect(ok2.body).toMatchObject({ wallet_id: ok.body.wallet_id, wallet_opened: false });
  });

  it('expires OTPs on the injected clock', async () => {
    const { call, clock } = await setup();
    const req = await call('POST', '/v1/bindings', { phone: '13900001111' });
    const otp = (await call('GET', '/__mock/otps?phone=13900001111')).body.otps[0].otp;
    clock.t = new Date(clock.t.getTime() + 5 * 60_000 + 1);
    const late = await call('POST', `/v1/bindings/${req.body.binding_id}/confirm`, { otp });
    expect(late.body.code).toBe('OTP_EXPIRED');
  });
});

describe('level limits', () => {
  it('an L4 wallet cannot be topped up beyond its balance limit', async () => {
    const { call, citizen, wallet } = await setup();
    const w = await citizen('13800000001');
    const first = await call('POST', '/v1/topups', {
      out_trade_no: 'TU1',
      wallet_id: w,
      amount_fen: 100_000,
    });
    expect(first.body.status).toBe('SUCCESS');
    const over = await call('POST', '/v1/topups', { out_trade_no: 'TU2', wallet_id: w, amount_fen: 1 });
    expect(over).toMatchObject({ status: 422, body: { code: 'LIMIT_BALANCE_EXCEEDED', status: 'FAILED' } });
    expect((await call('GET', '/v1/topups/TU2')).body).toMatchObject({
      status: 'FAILED',
      error_code: 'LIMIT_BALANCE_EXCEEDED',
    });
    expect((await wallet(w)).balance_fen).toBe(100_000);
  });

  it('enforces per-payment and daily limits, and the daily limit resets at CST midnight', async () => {
    const { call, clock, citizen, institution, wallet } = await setup({}, '2026-03-10T20:00:00');
    await institution('M1');
    const w = await citizen('13800000002');
    const topUp = (n: string, amount: number) =>
      call('POST', '/v1/topups', { out_trade_no: n, wallet_id: w, amount_fen: amount });
    const pay = (n: string, amount: number) =>
      call('POST', '/v1/transfers', { out_trade_no: n, wallet_id: w, merchant_id: 'M1', amount_fen: amount });

    await topUp('T1', 100_000);
    expect((await pay('P0', 50_001)).body.code).toBe('LIMIT_PER_PAYMENT_EXCEEDED');
    expect((await pay('P1', 50_000)).body.status).toBe('SUCCESS');
    expect((await pay('P2', 50_000)).body.status).toBe('SUCCESS');
    await topUp('T2', 100_000);
    expect((await pay('P3', 1)).body.code).toBe('LIMIT_DAILY_EXCEEDED');
    expect((await wallet(w)).usage.daily_paid_fen).toBe(100_000);

    clock.t = cst('2026-03-10T23:59:59'); // 15:59:59 UTC, still the 10th in Beijing
    expect((await pay('P4', 1)).body.code).toBe('LIMIT_DAILY_EXCEEDED');
    clock.t = cst('2026-03-11T00:00:00'); // 16:00 UTC on the 10th, but a new day in CST
    expect((await pay('P5', 50_000)).body.status).toBe('SUCCESS');
    expect((await wallet(w)).usage).toEqual({ daily_paid_fen: 50_000, yearly_paid_fen: 150_000 });
  });

  it('uses a configurable table and resets the yearly limit on 1 January CST', async () => {
    const limits = {
      WL01: { balance_fen: 1e9, per_payment_fen: 1e9, daily_fen: 1e9, yearly_fen: 1e9 },
      WL02: { balance_fen: 1e9, per_payment_fen: 1e9, daily_fen: 1e9, yearly_fen: 1e9 },
      WL03: { balance_fen: 1e9, per_payment_fen: 1e9, daily_fen: 1e9, yearly_fen: 1e9 },
      WL04: { balance_fen: 100_000, per_payment_fen: 50_000, daily_fen: 50_000, yearly_fen: 60_000 },
    };
    const { call, clock, citizen, institution } = await setup({ limits }, '2026-12-30T12:00:00');
    await institution('M1');
    const w = await citizen('13800000003');
    await call('POST', '/v1/topups', { out_trade_no: 'T1', wallet_id: w, amount_fen: 100_000 });
    const pay = (n: string, amount: number) =>
      call('POST', '/v1/transfers', { out_trade_no: n, wallet_id: w, merchant_id: 'M1', amount_fen: amount });
    expect((await pay('P1', 50_000)).body.status).toBe('SUCCESS');
    clock.t = cst('2026-12-31T23:00:00');
    expect((await pay('P2', 10_000)).body.status).toBe('SUCCESS');
    expect((await pay('P3', 1)).body.code).toBe('LIMIT_YEARLY_EXCEEDED');
    clock.t = cst('2027-01-01T00:00:00');
    expect((await pay('P4', 1)).body.status).toBe('SUCCESS');
  });

  it('a frozen wallet can neither receive nor pay', async () => {
    const { call, citizen } = await setup();
    const w = await citizen('13800000004');
    await call('POST', `/v1/wallets/${w}/freeze`, {});
    const r = await call('POST', '/v1/topups', { out_trade_no: 'T1', wallet_id: w, amount_fen: 100 });
    expect(r).toMatchObject({ status: 422, body: { code: 'WALLET_FROZEN' } });
  });
});

describe('payments', () => {
  it('are idempotent on out_trade_no: replay gives the same result, another body is ORDER_CONFLICT', async () => {
    const { call, institution, citizen, wallet } = await setup();
    const payer = await institution('PLATFORM', 1_000_000);
    const w = await citizen('13800000010');
    const body = { out_trade_no: 'PAY-1', payer_wallet_id: payer, payee_wallet_id: w, amount_fen: 10_000 };
    const first = await call('POST', '/v1/payments', body);
    expect(first).toMatchObject({ status: 200, body: { status: 'SUCCESS', amount_fen: 10_000 } });
    const replay = await call('POST', '/v1/payments', body);
    expect(replay.body).toEqual(first.body);
    const conflict = await call('POST', '/v1/payments', { ...body, amount_fen: 10_001 });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'ORDER_CONFLICT' } });
    expect((await wallet(w)).balance_fen).toBe(10_000);
    expect((await wallet(payer)).balance_fen).toBe(990_000);
    expect((await call('GET', '/v1/payments/PAY-1')).body).toMatchObject({
      status: 'SUCCESS',
      trade_no: first.body.trade_no,
    });
    expect(await call('GET', '/v1/payments/NOPE')).toMatchObject({
      status: 404,
      body: { status: 'NOT_FOUND' },
    });
  });

  it('rejects amounts that are not positive integers of fen', async () => {
    const { call, institution, citizen } = await setup();
    const payer = await institution('PLATFORM', 1_000_000);
    const w = await citizen('13800000011');
    for (const amount_fen of [1.5, 0, -1, '100', 2 ** 53]) {
      const r = await call('POST', '/v1/payments', {
        out_trade_no: 'X',
        payer_wallet_id: payer,
        payee_wallet_id: w,
        amount_fen,
      });
      expect(r).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST' } });
    }
    expect((await call('GET', '/v1/payments/X')).status).toBe(404);
  });

  it('timeout-after-commit: the caller times out, the query shows SUCCESS and a retry does not pay twice', async () => {
    const { call, mock, institution, citizen, wallet } = await setup();
    const payer = await institution('PLATFORM', 1_000_000);
    const w = await citizen('13800000012');
    const body = { out_trade_no: 'PAY-T', payer_wallet_id: payer, payee_wallet_id: w, amount_fen: 2_000 };
    await expect(
      fetch(mock.url + '/v1/payments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mock-fault': 'timeout-after-commit' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect((await call('GET', '/v1/payments/PAY-T')).body.status).toBe('SUCCESS');
    const retry = await call('POST', '/v1/payments', body);
    expect(retry.body.status).toBe('SUCCESS');
    expect((await wallet(w)).balance_fen).toBe(2_000);
    expect((await wallet(payer)).balance_fen).toBe(998_000);
  });

  it('an injected error answers 503 before doing anything; processing=ms keeps an order PROCESSING', async () => {
    const { call, institution, citizen, wallet } = await setup();
    const payer = await institution('PLATFORM', 1_000_000);
    const w = await citizen('13800000013');
    const body = { out_trade_no: 'PAY-E', payer_wallet_id: payer, payee_wallet_id: w, amount_fen: 100 };
    expect((await call('POST', '/v1/payments', body, { 'x-mock-fault': 'error' })).status).toBe(503);
    expect((await call('GET', '/v1/payments/PAY-E')).body.status).toBe('NOT_FOUND');

    const slow = await call(
      'POST',
      '/v1/payments',
      { ...body, out_trade_no: 'PAY-S' },
      { 'x-mock-fault': 'processing=150' },
    );
    expect(slow.body.status).toBe('PROCESSING');
    expect((await call('GET', '/v1/payments/PAY-S')).body.status).toBe('PROCESSING');
    await new Promise((r) => setTimeout(r, 250));
    expect((await call('GET', '/v1/payments/PAY-S')).body.status).toBe('SUCCESS');
    expect((await wallet(w)).balance_fen).toBe(100);
  });

  it('a failed order is recorded and replayed as FAILED', async () => {
    const { call, institution, citizen } = await setup();
    const payer = await institution('POOR', 50);
    const w = await citizen('13800000014');
    const body = { out_trade_no: 'PAY-F', payer_wallet_id: payer, payee_wallet_id: w, amount_fen: 100 };
    const r = await call('POST', '/v1/payments', body);
    expect(r).toMatchObject({ status: 422, body: { code: 'INSUFFICIENT_BALANCE', status: 'FAILED' } });
    expect((await call('POST', '/v1/payments', body)).body).toEqual(r.body);
    expect((await call('GET', '/v1/payments/PAY-F')).body.status).toBe('FAILED');
  });
});

describe('red packets', () => {
  it('are restricted balance: usable only at scoped merchants, not withdrawable, returned at expiry', async () => {
    const { call, clock, institution, citizen, wallet } = await setup();
    const payer = await institution('BUREAU', 1_000_000);
    await institution('M1');
    await institution('M2');
    const w = await citizen('13800000020');
    const rp = await call('POST', '/v1/payments', {
      out_trade_no: 'RP-1',
      payer_wallet_id: payer,
      payee_wallet_id: w,
      amount_fen: 20_000,
      kind: 'red_packet',
      expires_at: cst('2026-03-17T10:00:00').toISOString(),
      merchant_scope: ['M1'],
    });
    expect(rp.body).toMatchObject({ status: 'SUCCESS', kind: 'red_packet', merchant_scope: ['M1'] });
    expect(await wallet(w)).toMatchObject({
      balance_fen: 0,
      restricted_balance_fen: 20_000,
      total_balance_fen: 20_000,
    });

    const wd = await call('POST', '/v1/withdrawals', { out_trade_no: 'WD-1', wallet_id: w, amount_fen: 1 });
    expect(wd).toMatchObject({ status: 422, body: { code: 'INSUFFICIENT_BALANCE' } });
    const elsewhere = { out_trade_no: 'TR-0', wallet_id: w, merchant_id: 'M2', amount_fen: 100 };
    expect((await call('POST', '/v1/transfers', elsewhere)).body.code).toBe('INSUFFICIENT_BALANCE');
    const spend = await call('POST', '/v1/transfers', {
      out_trade_no: 'TR-1',
      wallet_id: w,
      merchant_id: 'M1',
      amount_fen: 5_000,
    });
    expect(spend.body).toMatchObject({ status: 'SUCCESS', restricted_used_fen: 5_000 });

    // a refund of the purchase goes back into the red packet, not into withdrawable money
    const refund = { out_request_no: 'RF-1', out_trade_no: 'TR-1', amount_fen: 1_000 };
    expect((await call('POST', '/v1/refunds', refund)).body.status).toBe('SUCCESS');
    expect(await wallet(w)).toMatchObject({ balance_fen: 0, restricted_balance_fen: 16_000 });

    expect((await call('POST', '/__mock/expire', {})).body.recovered).toEqual([]); // not yet
    clock.t = cst('2026-03-17T10:00:00');
    const swept = await call('POST', '/__mock/expire', {});
    expect(swept.body.recovered).toEqual([
      expect.objectContaining({ out_trade_no: 'RP-1', recovered_fen: 16_000 }),
    ]);
    expect(await wallet(w)).toMatchObject({ restricted_balance_fen: 0, balance_fen: 0 });
    expect((await wallet(payer)).balance_fen).toBe(1_000_000 - 20_000 + 16_000);
  });

  it('are swept automatically by the clock check on the next request', async () => {
    const { call, clock, institution, citizen, wallet } = await setup();
    const payer = await institution('BUREAU', 100_000);
    await institution('M1');
    const w = await citizen('13800000021');
    await call('POST', '/v1/payments', {
      out_trade_no: 'RP-2',
      payer_wallet_id: payer,
      payee_wallet_id: w,
      amount_fen: 3_000,
      kind: 'red_packet',
      expires_at: cst('2026-03-11T00:00:00').toISOString(),
      merchant_scope: ['M1'],
    });
    clock.t = cst('2026-03-11T00:00:01');
    const spend = await call('POST', '/v1/transfers', {
      out_trade_no: 'TR-2',
      wallet_id: w,
      merchant_id: 'M1',
      amount_fen: 1,
    });
    expect(spend.body.code).toBe('INSUFFICIENT_BALANCE');
    expect((await wallet(payer)).balance_fen).toBe(100_000);
  });
});

describe('refunds', () => {
  it('are idempotent on out_request_no and never exceed the order', async () => {
    const { call, institution, citizen, wallet } = await setup();
    const payer = await institution('PLATFORM', 100_000);
    const w = await citizen('13800000030');
    await call('POST', '/v1/payments', {
      out_trade_no: 'P',
      payer_wallet_id: payer,
      payee_wallet_id: w,
      amount_fen: 1_000,
    });
    const r1 = await call('POST', '/v1/refunds', {
      out_request_no: 'R1',
      out_trade_no: 'P',
      amount_fen: 600,
    });
    expect(r1.body.status).toBe('SUCCESS');
    expect(
      (await call('POST', '/v1/refunds', { out_request_no: 'R1', out_trade_no: 'P', amount_fen: 600 })).body,
    ).toEqual(r1.body);
    const conflict = await call('POST', '/v1/refunds', {
      out_request_no: 'R1',
      out_trade_no: 'P',
      amount_fen: 500,
    });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'ORDER_CONFLICT' } });
    const over = await call('POST', '/v1/refunds', {
      out_request_no: 'R2',
      out_trade_no: 'P',
      amount_fen: 401,
    });
    expect(over.body).toMatchObject({ code: 'REFUND_AMOUNT_EXCEEDED', status: 'FAILED' });
    expect((await call('GET', '/v1/refunds/R2')).body.status).toBe('FAILED');
    expect((await call('GET', '/v1/refunds/R9')).body.status).toBe('NOT_FOUND');
    expect((await wallet(w)).balance_fen).toBe(400);
    expect((await wallet(payer)).balance_fen).toBe(99_600);
    expect((await call('GET', '/v1/payments/P')).body.refunded_fen).toBe(600);
  });
});

describe('signed callbacks', () => {
  it('are signed with HMAC-SHA256 over timestamp.nonce.body and verified by verifyCallback', async () => {
    const rx = await receiver();
    const { call, clock, institution, citizen } = await setup({
      callbackUrl: rx.url,
      callbackSecret: 's3cret',
    });
    const payer = await institution('PLATFORM', 100_000);
    const w = await citizen('13800000040');
    await call('POST', '/v1/payments', {
      out_trade_no: 'CB-1',
      payer_wallet_id: payer,
      payee_wallet_id: w,
      amount_fen: 700,
    });
    await waitFor(() => rx.got.length === 1);
    const { headers, body } = rx.got[0];
    expect(JSON.parse(body)).toMatchObject({
      event_type: 'PAYMENT.SUCCESS',
      resource: { out_trade_no: 'CB-1', status: 'SUCCESS', amount_fen: 700 },
    });
    expect(verifyCallback('s3cret', headers, body, clock.t)).toEqual({ ok: true });
    expect(verifyCallback('s3cret', headers, body.replace('700', '7000'), clock.t)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(verifyCallback('other', headers, body, clock.t).ok).toBe(false);
    expect(verifyCallback('s3cret', { ...headers, 'x-nonce': 'ab' }, body, clock.t).ok).toBe(false);
    expect(verifyCallback('s3cret', { ...headers, 'x-signature': undefined }, body, clock.t).ok).toBe(false);
    const late = new Date(clock.t.getTime() + 5 * 60_000 + 1_000);
    expect(verifyCallback('s3cret', headers, body, late)).toEqual({
      ok: false,
      reason: 'timestamp outside the 5-minute window',
    });
  });

  it('are retried with backoff when the receiver fails', async () => {
    const rx = await receiver(2);
    const { call, citizen } = await setup({ callbackUrl: rx.url, callbackRetryDelaysMs: [30, 60, 120] });
    const w = await citizen('13800000041');
    await call('POST', '/v1/topups', { out_trade_no: 'TU-CB', wallet_id: w, amount_fen: 100 });
    await waitFor(() => rx.got.length === 1);
    expect(rx.attempts()).toBe(3);
    expect(JSON.parse(rx.got[0].body)).toMatchObject({ event_type: 'TOPUP.SUCCESS' });
    const log = (await call('GET', '/__mock/callbacks')).body.deliveries;
    expect(log.map((d: any) => d.status)).toEqual([500, 500, 200]);
  });

  it('are deliberately duplicated (same event_id, fresh nonce) when configured', async () => {
    const rx = await receiver();
    const { call, clock, citizen } = await setup({ callbackUrl: rx.url });
    const w = await citizen('13800000042');
    await call('POST', '/__mock/faults', { duplicate_callbacks: 1 });
    for (let i = 0; i < 3; i++) {
      await call('POST', '/v1/topups', { out_trade_no: `TU-D${i}`, wallet_id: w, amount_fen: 100 });
    }
    await waitFor(() => rx.got.length === 6);
    const ids = rx.got.map((g) => JSON.parse(g.body).event_id as string);
    expect(new Set(ids).size).toBe(3);
    expect(new Set(rx.got.map((g) => g.headers['x-nonce'])).size).toBe(6);
    for (const g of rx.got)
      expect(verifyCallback('bank-mock-secret', g.headers, g.body, clock.t).ok).toBe(true);

    await call('POST', '/__mock/faults', { duplicate_callbacks: 0 });
    await call('POST', '/v1/topups', { out_trade_no: 'TU-D9', wallet_id: w, amount_fen: 100 });
    await waitFor(() => rx.got.length === 7);
    await new Promise((r) => setTimeout(r, 200));
    expect(rx.got).toHaveLength(7);
  });
});

describe('reconciliation file', () => {
  it('lists the CST day’s movements with a summary row that adds up', async () => {
    const { call, clock, institution, citizen } = await setup({}, '2026-03-10T00:00:30');
    const payer = await institution('PLATFORM', 1_000_000);
    await institution('M1');
    const w = await citizen('13800000050');
    await call('POST', '/v1/payments', {
      out_trade_no: 'B-P1',
      payer_wallet_id: payer,
      payee_wallet_id: w,
      amount_fen: 12_345,
    });
    await call('POST', '/v1/topups', { out_trade_no: 'B-T1', wallet_id: w, amount_fen: 5_000 });
    clock.t = cst('2026-03-10T23:59:59');
    await call('POST', '/v1/transfers', {
      out_trade_no: 'B-X1',
      wallet_id: w,
      merchant_id: 'M1',
      amount_fen: 2_000,
    });
    await call('POST', '/v1/refunds', { out_request_no: 'B-R1', out_trade_no: 'B-X1', amount_fen: 500 });
    await call('POST', '/v1/topups', { out_trade_no: 'B-T2', wallet_id: w, amount_fen: 999_999 }); // fails: not billed
    clock.t = cst('2026-03-11T00:00:00');
    await call('POST', '/v1/withdrawals', { out_trade_no: 'B-W1', wallet_id: w, amount_fen: 100 }); // next day

    expect((await call('GET', '/v1/bills?bill_date=20260311')).body.code).toBe('BILL_NOT_READY');
    expect((await call('GET', '/v1/bills?bill_date=20260231')).status).toBe(400);
    const bill = await call('GET', '/v1/bills?bill_date=20260310');
    expect(bill.status).toBe(200);
    const lines = (bill.body as string).trim().split('\n');
    expect(lines[0]).toBe(
      'trade_time,type,out_trade_no,out_request_no,amount_fen,status,wallet_id_masked,counterparty_wallet_id_masked',
    );
    const details = lines.slice(1, -2).map((l) => l.split(','));
    expect(details.map((d) => [d[1], d[2], d[3], d[4]])).toEqual([
      ['PAYMENT', 'B-P1', '', '12345'],
      ['TOPUP', 'B-T1', '', '5000'],
      ['TRANSFER', 'B-X1', '', '2000'],
      ['REFUND', 'B-X1', 'B-R1', '500'],
    ]);
    expect(details[0][0]).toBe('2026-03-10 00:00:30');
    expect(details[3][0]).toBe('2026-03-10 23:59:59');
    expect(details.every((d) => d[5] === 'SUCCESS' && d[6] === `002250******${w.slice(-4)}`)).toBe(true);
    expect(lines.at(-2)).toBe('total_count,total_amount_fen');
    const [count, total] = lines.at(-1)!.split(',').map(Number);
    expect(count).toBe(details.length);
    expect(total).toBe(details.reduce((s, d) => s + Number(d[4]), 0));
    expect(total).toBe(12_345 + 5_000 + 2_000 + 500);
  });
});
