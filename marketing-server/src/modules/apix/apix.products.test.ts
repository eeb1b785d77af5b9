import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV, waitFor } from '../../../test/bank';
import { bindMerchant, productionApp, type SandboxApp } from '../../../test/apix';
import { driverWithWallet, walletBalance } from '../../../test/parking';
import { addProduct, approvedMerchant, boughtContract, escrowState } from '../../../test/prepaid';
import { toRfc3339 } from '../../shared/time';

// The payment, prepaid-scenario and operations products of the catalogue, through the SDK: an app
// acts only for the merchants an approver bound to it, finds only what it created, every retry is
// the same answer with the money moved once, bad input changes nothing, and the books stay balanced.
describe.each(MODES)('APIX payment, prepaid and statement products (%s)', (mode) => {
  let env: TestEnv;
  let a: SandboxApp & { sandbox: SandboxApp };
  let b: SandboxApp;
  let c: SandboxApp;
  let m1: string;
  let m2: string;
  let merchantToken: string;
  let packId: string;

  beforeAll(async () => {
    env = await startEnv(mode, { ...FAST_BANK_ENV, BANK_TIMEOUT_MS: '5000' });
    const merchant = await approvedMerchant(env);
    m1 = merchant.merchantId;
    merchantToken = merchant.token;
    packId = (
      await addProduct(env, merchantToken, {
        kind: 'class_pack',
        name: '羽毛球 10 次课',
        unit_price_fen: 4_000,
        units: 10,
      })
    ).id;
    const [other] = await env.platform.db.query<{ id: string }>(
      'SELECT id FROM merchants WHERE id <> ? ORDER BY id LIMIT 1',
      [m1],
    );
    m2 = other.id;
    // Production credentials: these products move money, which sandbox keys never reach.
    [a, b, c] = [await productionApp(env), await productionApp(env), await productionApp(env)];
    await bindMerchant(env, a.appId, m1);
    await bindMerchant(env, b.appId, m1);
  });
  afterAll(async () => env?.close());

  const ordersNow = async () =>
    Number((await env.platform.db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM cashier_orders'))[0].n);
  const refundsNow = async () =>
    Number((await env.platform.db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM cashier_refunds'))[0].n);
  const create = (app: SandboxApp, body: Record<string, unknown>, key: string) =>
    app.client().call('postOpenV1PaymentOrders', { body, idempotencyKey: key });

  it('sandbox keys are refused on the money and statement products before anything runs', async () => {
    const before = await ordersNow();
    const sandbox = a.sandbox.client();
    const order = await sandbox.call('postOpenV1PaymentOrders', {
      body: { merchant_id: m1, out_trade_no: 'S-000001', amount_fen: 100 },
      idempotencyKey: 'sbx-1',
    });
    expect(order.status).toBe(403);
    expect(order.body).toMatchObject({ code: 'APIX_SANDBOX_UNAVAILABLE', request_id: expect.any(String) });
    expect(await ordersNow()).toBe(before);
    const stmt = await sandbox.call('getOpenV1OperationsStatements', {
      query: { date: '2026-12-01', format: 'csv' },
    });
    expect(stmt.body.code).toBe('APIX_SANDBOX_UNAVAILABLE');
  });

  it('a binding is maker-checker: the proposer cannot approve it, and an unbound merchant is refused', async () => {
    const proposed = await env.api('POST', `/api/v1/admin/apix/apps/${c.appId}/changes`, {
      token: await env.admin('registrar'),
      body: { kind: 'apix.merchant', action: 'bind', merchant_id: m2, reason: '测试' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('pending');
    const self = await env.api('POST', `/api/v1/admin/apix/changes/${proposed.body.id}/decision`, {
      token: await env.admin('registrar'),
      body: { decision: 'approve' },
    });
    expect(self.status).toBe(403);
    const before = await ordersNow();
    const pending = await create(c, { merchant_id: m2, out_trade_no: 'C-000001', amount_fen: 100 }, 'c-1');
    expect(pending.status).toBe(403);
    expect(pending.body).toMatchObject({ code: 'APIX_MERCHANT_NOT_BOUND', request_id: expect.any(String) });
    const notMine = await create(a, { merchant_id: m2, out_trade_no: 'A-000001', amount_fen: 100 }, 'a-x');
    expect(notMine.body.code).toBe('APIX_MERCHANT_NOT_BOUND');
    expect(await ordersNow()).toBe(before);
    // The escrow's collection merchant sells only through prepaid: refused, and its number stays free.
    await bindMerchant(env, c.appId, 'mch_prepaid_escrow');
    const escrow = await create(
      c,
      { merchant_id: 'mch_prepaid_escrow', out_trade_no: 'C-000002', amount_fen: 100 },
      'c-2',
    );
    expect(escrow.status).toBe(422);
    expect(escrow.body.code).toBe('MERCHANT_ORDERS_RESERVED');
    expect(await env.platform.db.query('SELECT * FROM apix_trade_nos WHERE app_id = ?', [c.appId])).toEqual(
      [],
    );
    expect(await ordersNow()).toBe(before);
    const rejected = await env.api('POST', `/api/v1/admin/apix/changes/${proposed.body.id}/decision`, {
      token: await env.admin('approver'),
      body: { decision: 'reject' },
    });
    expect(rejected.status).toBe(200);
    const listed = await env.api('GET', `/api/v1/admin/apix/apps/${a.appId}/merchants`, {
      token: await env.admin('auditor'),
    });
    expect(listed.body.items).toEqual([expect.objectContaining({ merchant_id: m1, status: 'active' })]);
  });

  it('orders: one out_trade_no per app is one order, another app never sees it, bad input changes nothing', async () => {
    const body = { merchant_id: m1, out_trade_no: 'ORD-000001', amount_fen: 1_234, description: '测试商品' };
    const first = await create(a, body, 'o-1');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.signatureValid).toBe(true);
    expect(first.body).toMatchObject({ out_trade_no: 'ORD-000001', status: 'created', amount_fen: 1_234 });
    expect(first.body.pay_url).toContain(first.body.order_id);
    const replay = await create(a, body, 'o-1');
    expect(replay.body).toEqual(first.body);
    const otherKey = await create(a, body, 'o-2');
    expect(otherKey.body.order_id).toBe(first.body.order_id);
    const reused = await create(a, { ...body, amount_fen: 999 }, 'o-3');
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('OUT_TRADE_NO_REUSED');
    // Another app bound to the same merchant has its own numbers: the same one is its own order.
    const theirs = await create(b, body, 'o-1');
    expect(theirs.status).toBe(201);
    expect(theirs.body.order_id).not.toBe(first.body.order_id);
    const onlyA = await create(a, { ...body, out_trade_no: 'ONLY-A-0001' }, 'o-4');
    expect(onlyA.status).toBe(201);
    const peek = await b
      .client()
      .call('getOpenV1PaymentOrdersByOutTradeNo', { params: { out_trade_no: 'ONLY-A-0001' } });
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ code: 'NOT_FOUND', request_id: expect.any(String) });
    const mine = await a
      .client()
      .call('getOpenV1PaymentOrdersByOutTradeNo', { params: { out_trade_no: 'ONLY-A-0001' } });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ order_id: onlyA.body.order_id, refunds: [] });

    const before = await ordersNow();
    for (const bad of [
      { ...body, out_trade_no: 'ORD-000009', amount_fen: -5 },
      { ...body, out_trade_no: 'ORD-000009', amount_fen: 12.5 },
      { ...body, out_trade_no: 'x' },
      { ...body, out_trade_no: 'ORD-000009', extra: 1 },
    ]) {
      const r = await create(a, bad, `bad-${JSON.stringify(bad).length}-${bad.amount_fen}`);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
        request_id: expect.any(String),
      });
    }
    const noKey = await a.client().request('POST', '/api/v1/open/v1/payment/orders', { body });
    expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(await ordersNow()).toBe(before);
  });

  it('pay with the subsidy, refund partly then fully: retries are the same refund and the money moves once', async () => {
    const { id: campaignId } = await runningCampaign(env, {
      kind: 'coupon',
      name: '合作方立减券',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 }, merchant_ids: [m1] },
    });
    const citizen = await driverWithWallet(env, 20_000);
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: citizen.token,
      idem: `c-${campaignId}`,
      body: {},
    });
    expect(claim.status).toBe(201);
    const made = await create(a, { merchant_id: m1, out_trade_no: 'PAY-A-0001', amount_fen: 3_000 }, 'p-1');
    expect(made.status).toBe(201);
    const paid = await env.api('POST', `/api/v1/me/cashier/orders/${made.body.order_id}/pay`, {
      token: citizen.token,
      idem: 'pay-1',
      body: { channel: 'ecny', coupon_code: claim.body.coupon.code },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const order = await a
      .client()
      .call('getOpenV1PaymentOrdersByOutTradeNo', { params: { out_trade_no: 'PAY-A-0001' } });
    expect(order.body).toMatchObject({ status: 'paid', channel: 'ecny', discount_fen: 500, paid_fen: 2_500 });
    expect(await walletBalance(env, citizen.walletId)).toBe(17_500);

    const refund = (app: SandboxApp, body: Record<string, unknown>, key: string, otn = 'PAY-A-0001') =>
      app.client().call('postOpenV1PaymentOrdersByOutTradeNoRefunds', {
        params: { out_trade_no: otn },
        body,
        idempotencyKey: key,
      });
    const before = await refundsNow();
    const stranger = await refund(b, { out_refund_no: 'RF-B-0001', amount_fen: 100 }, 'r-b');
    expect(stranger.status).toBe(404);
    const over = await refund(a, { out_refund_no: 'RF-A-0009', amount_fen: 2_501 }, 'r-over');
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ code: 'REFUND_AMOUNT_EXCEEDED', request_id: expect.any(String) });
    const badAmount = await refund(a, { out_refund_no: 'RF-A-0009', amount_fen: 0 }, 'r-zero');
    expect(badAmount.status).toBe(400);
    expect(await refundsNow()).toBe(before);

    const part = await refund(a, { out_refund_no: 'RF-A-0001', amount_fen: 1_000 }, 'r-1');
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    expect(part.body).toMatchObject({ out_trade_no: 'PAY-A-0001', amount_fen: 1_000, discount_fen: 0 });
    const again = await refund(a, { out_refund_no: 'RF-A-0001', amount_fen: 1_000 }, 'r-1');
    expect(again.body).toEqual(part.body);
    const sameNo = await refund(a, { out_refund_no: 'RF-A-0001', amount_fen: 1_000 }, 'r-1b');
    expect(sameNo.body.refund_id).toBe(part.body.refund_id);
    const settled = await waitFor('the partial refund to succeed', async () => {
      const q = await a.client().call('getOpenV1PaymentOrdersByOutTradeNoRefundsByOutRefundNo', {
        params: { out_trade_no: 'PAY-A-0001', out_refund_no: 'RF-A-0001' },
      });
      return q.body.status === 'succeeded' ? q : false;
    });
    expect(settled.body.refund_id).toBe(part.body.refund_id);
    expect(await walletBalance(env, citizen.walletId)).toBe(18_500);

    const rest = await refund(a, { out_refund_no: 'RF-A-0002', amount_fen: 1_500 }, 'r-2');
    expect(rest.status).toBe(201);
    // The refund that completes the order takes the subsidy back (the coupon is usable again).
    expect(rest.body.discount_fen).toBe(500);
    const done = await waitFor('the order to be refunded', async () => {
      const q = await a
        .client()
        .call('getOpenV1PaymentOrdersByOutTradeNo', { params: { out_trade_no: 'PAY-A-0001' } });
      return q.body.status === 'refunded' ? q : false;
    });
    expect(done.body).toMatchObject({ refunded_fen: 2_500 });
    expect(done.body.refunds).toHaveLength(2);
    expect(await walletBalance(env, citizen.walletId)).toBe(20_000);
    const missing = await a.client().call('getOpenV1PaymentOrdersByOutTradeNoRefundsByOutRefundNo', {
      params: { out_trade_no: 'PAY-A-0001', out_refund_no: 'RF-A-NONE' },
    });
    expect(missing.status).toBe(404);

    // The day's statement (Beijing time): this app's payment and refunds, not the other app's.
    const today = toRfc3339(new Date())!.slice(0, 10);
    const jsonl = await a
      .client()
      .call('getOpenV1OperationsStatements', { query: { date: today, format: 'jsonl' } });
    expect(jsonl.status, JSON.stringify(jsonl.body)).toBe(200);
    const lines = (jsonl.body.content as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.out_trade_no === 'PAY-A-0001').map((l) => [l.type, l.amount_fen])).toEqual([
      ['PAY', 2_500],
      ['REFUND', 1_000],
      ['REFUND', 1_500],
    ]);
    expect(jsonl.body).toMatchObject({ bill_date: today, paid_fen_total: 2_500, refunded_fen_total: 2_500 });
    const csv = await a.client().call('getOpenV1OperationsStatements', { query: { date: today } });
    expect(csv.body.format).toBe('csv');
    expect((csv.body.content as string).split('\n')[0]).toBe(
      'type,time,merchant_id,out_trade_no,order_id,out_refund_no,channel,order_amount_fen,discount_fen,amount_fen',
    );
    expect(csv.body.count).toBe(3);
    const theirs = await b.client().call('getOpenV1OperationsStatements', { query: { date: today } });
    expect(theirs.body.count).toBe(0);
    const future = await a.client().call('getOpenV1OperationsStatements', { query: { date: '2999-01-01' } });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('STATEMENT_DATE_IN_FUTURE');
    const badDate = await a.client().call('getOpenV1OperationsStatements', { query: { date: '2026-13-45' } });
    expect(badDate.status).toBe(400);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('prepaid: a bound merchant’s products and contracts; a write-off is exactly once and its confirmation releases once', async () => {
    const products = await a
      .client('APIX-HMAC-SM3')
      .call('getOpenV1PrepaidProducts', { query: { merchant_id: m1 } });
    expect(products.status).toBe(200);
    expect(products.body.items.map((p: { id: string }) => p.id)).toContain(packId);
    const unbound = await c.client().call('getOpenV1PrepaidProducts', { query: { merchant_id: m1 } });
    expect(unbound.body.code).toBe('APIX_MERCHANT_NOT_BOUND');

    const { consumer, id } = await boughtContract(env, packId);
    const contract = await a
      .client()
      .call('getOpenV1PrepaidContractsByContractId', { params: { contract_id: id } });
    expect(contract.status).toBe(200);
    expect(contract.body.contract).toMatchObject({
      id,
      merchant_id: m1,
      paid_fen: 40_000,
      remaining_units: 10,
    });
    const hidden = await c
      .client()
      .call('getOpenV1PrepaidContractsByContractId', { params: { contract_id: id } });
    expect(hidden.status).toBe(404);

    const writeOff = (app: SandboxApp, body: Record<string, unknown>, key: string) =>
      app.client().call('postOpenV1PrepaidContractsByContractIdWriteOffs', {
        params: { contract_id: id },
        body,
        idempotencyKey: key,
      });
    const countWriteOffs = async () =>
      Number(
        (
          await env.platform.db.query<{ n: unknown }>(
            'SELECT COUNT(*) AS n FROM prepaid_writeoffs WHERE contract_id = ?',
            [id],
          )
        )[0].n,
      );
    expect((await writeOff(c, { seq: 1, units: 1 }, 'w-c')).status).toBe(404);
    expect((await writeOff(a, { seq: 1, units: 11 }, 'w-big')).body.code).toBe('WRITE_OFF_EXCEEDS');
    expect((await writeOff(a, { seq: 0, units: 1 }, 'w-zero')).status).toBe(400);
    expect(await countWriteOffs()).toBe(0);

    const w = await writeOff(a, { seq: 1, units: 1 }, 'w-1');
    expect(w.status, JSON.stringify(w.body)).toBe(201);
    expect(w.body).toMatchObject({ created: true, write_off: { seq: 1, units: 1, amount_fen: 4_000 } });
    expect((await writeOff(a, { seq: 1, units: 1 }, 'w-1')).body).toEqual(w.body);
    const sameSeq = await writeOff(a, { seq: 1, units: 1 }, 'w-1b');
    expect(sameSeq.body).toMatchObject({ created: false, write_off: { id: w.body.write_off.id } });
    const reused = await writeOff(a, { seq: 1, units: 2 }, 'w-1c');
    expect(reused.body.code).toBe('WRITE_OFF_SEQ_REUSED');
    expect(await countWriteOffs()).toBe(1);

    // The consumer confirms through the existing path: exactly one release to the merchant.
    const confirmed = await env.api(
      'POST',
      `/api/v1/me/prepaid/contracts/${id}/write-offs/${w.body.write_off.id}/confirm`,
      { token: consumer.token, body: {} },
    );
    expect(confirmed.status).toBe(200);
    const released = await waitFor('the release', async () => {
      const r = await a
        .client()
        .call('getOpenV1PrepaidContractsByContractId', { params: { contract_id: id } });
      return r.body.contract.released_fen === 4_000 ? r : false;
    });
    expect(released.body.write_offs).toEqual([expect.objectContaining({ id: w.body.write_off.id })]);
    await writeOff(a, { seq: 1, units: 1 }, 'w-1');
    const esc = (await escrowState(env)).contracts.find((x) => x.contract_id === id)!;
    expect(esc).toMatchObject({ funded_fen: 40_000, released_fen: 4_000 });
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('unbinding (maker-checker again) stops new orders and refunds at once; the app still reads its own orders', async () => {
    await bindMerchant(env, b.appId, m1, 'unbind');
    const before = await ordersNow();
    const refused = await create(b, { merchant_id: m1, out_trade_no: 'ORD-000777', amount_fen: 100 }, 'u-1');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('APIX_MERCHANT_NOT_BOUND');
    const refund = await b.client().call('postOpenV1PaymentOrdersByOutTradeNoRefunds', {
      params: { out_trade_no: 'ORD-000001' },
      body: { out_refund_no: 'RF-B-0002', amount_fen: 100 },
      idempotencyKey: 'u-2',
    });
    expect(refund.body.code).toBe('APIX_MERCHANT_NOT_BOUND');
    expect(await ordersNow()).toBe(before);
    const own = await b
      .client()
      .call('getOpenV1PaymentOrdersByOutTradeNo', { params: { out_trade_no: 'ORD-000001' } });
    expect(own.status).toBe(200);
    const chain = await env.api('GET', `/api/v1/admin/apix/apps/${b.appId}/actions`, {
      token: await env.admin('auditor'),
    });
    expect(chain.body.items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['merchant.bind', 'merchant.unbind']),
    );
  });
});
