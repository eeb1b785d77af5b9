import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV, muteBankCallbacks, pinToken, setBankFaults, waitFor } from '../../../test/bank';
import { driverWithWallet, walletBalance } from '../../../test/parking';

// The aggregated cashier through the real simulators (bank, WeChat Pay, Alipay, card acquirer):
// each channel pays, the subsidy is e-CNY only, lost answers are resolved by asking (paid once),
// notifies are hints (duplicates and late ones change nothing), refunds partial and full, the books
// and each channel's day reconcile.
describe.each(MODES)('aggregated cashier (%s)', (mode) => {
  let env: TestEnv;
  let till: string;
  let merchantId: string;
  let seq = 0;
  const otn = () => `T${mode}${Date.now()}${seq++}`;
  const channels = () => env.platform.embedded.payChannels.mocks;

  beforeAll(async () => {
    // A 1.5 s bank timeout (not 300 ms): the shared machine is often slower than that without a fault.
    env = await startEnv(mode, { ...FAST_BANK_ENV, BANK_TIMEOUT_MS: '1500', PAYOUT_SWEEP_SECONDS: '1' });
    till = await env.admin('cashier');
    // Opening is idempotent; on a loaded machine the bank's answer can miss the 300 ms timeout.
    for (let k = 0; ; k++) {
      try {
        await env.platform.openEmbeddedMerchantWallets();
        break;
      } catch (err) {
        if (k >= 5) throw err;
      }
    }
    const probe = await newOrder(100);
    merchantId = probe.order.merchant_id;
  });
  afterAll(async () => {
    await setBankFaults(env, {}).catch(() => undefined);
    await env?.close();
  });

  async function newOrder(amount_fen: number, key = otn()) {
    const r = await env.api('POST', '/api/v1/admin/cashier/orders', {
      token: till,
      body: { out_trade_no: key, amount_fen, description: '测试商品' },
    });
    expect(r.status).toBe(201);
    return r.body as { order: { id: string; merchant_id: string }; qr_payload: string };
  }
  const pay = (token: string, orderId: string, body: Record<string, unknown>, idem: string) =>
    env.api('POST', `/api/v1/me/cashier/orders/${orderId}/pay`, { token, idem, body });
  const order = async (id: string) =>
    (await env.api('GET', `/api/v1/admin/cashier/orders/${id}`, { token: till })).body;
  async function couponFor(token: string) {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      name: '收银台立减券',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 }, merchant_ids: [merchantId] },
    });
    const claim = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token,
      idem: `c-${id}`,
      body: {},
    });
    expect(claim.status).toBe(201);
    return claim.body.coupon.code as string;
  }

  it('an e-CNY payment above ¥200 needs the payment PIN once set; ¥200 and WeChat Pay do not', async () => {
    const citizen = await driverWithWallet(env, 60_000);
    await pinToken(env, citizen.token, 1, 'cashier'); // sets the PIN
    const small = await newOrder(20_000);
    expect((await pay(citizen.token, small.order.id, { channel: 'ecny' }, 'pin-s')).status).toBe(201);
    const big = await newOrder(25_000);
    const bare = await pay(citizen.token, big.order.id, { channel: 'ecny' }, 'pin-b1');
    expect(bare.status).toBe(403);
    expect(bare.body.code).toBe('PAYMENT_TOKEN_REQUIRED');
    expect((await order(big.order.id)).order.status).toBe('created');
    expect(await walletBalance(env, citizen.walletId)).toBe(40_000);
    const body = { channel: 'ecny', payment_token: await pinToken(env, citizen.token, 25_000, 'cashier') };
    const paid = await pay(citizen.token, big.order.id, body, 'pin-b2');
    expect(paid.status).toBe(201);
    expect(paid.body.order).toMatchObject({ status: 'paid', paid_fen: 25_000 });
    // The token was used up: another order of the same amount needs a new one.
    const again = await newOrder(25_000);
    const reused = await pay(citizen.token, again.order.id, body, 'pin-b3');
    expect(reused.body.code).toBe('PAYMENT_TOKEN_INVALID');
    expect(await walletBalance(env, citizen.walletId)).toBe(15_000);
    // WeChat Pay confirms in its own sheet: no PIN of ours.
    const wx = await pay(citizen.token, again.order.id, { channel: 'wechat' }, 'pin-w');
    expect(wx.status).toBe(201);
  });

  it('one out_trade_no is one order: the same body again is that order, another body is refused', async () => {
    const key = otn();
    const a = await newOrder(1234, key);
    const again = await env.api('POST', '/api/v1/admin/cashier/orders', {
      token: till,
      body: { out_trade_no: key, amount_fen: 1234, description: '测试商品' },
    });
    expect(again.status).toBe(200);
    expect(again.body.order.id).toBe(a.order.id);
    expect(a.qr_payload).toContain(a.order.id);
    const other = await env.api('POST', '/api/v1/admin/cashier/orders', {
      token: till,
      body: { out_trade_no: key, amount_fen: 999, description: '测试商品' },
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('OUT_TRADE_NO_REUSED');
    const bad = await env.api('POST', '/api/v1/admin/cashier/orders', {
      token: till,
      body: { out_trade_no: 'x', amount_fen: -1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: expect.any(String), request_id: expect.any(String) });
  });

  it('e-CNY with the subsidy: the coupon takes its part, the wallet pays the rest, once', async () => {
    const citizen = await driverWithWallet(env, 20_000);
    const code = await couponFor(citizen.token);
    const o = await newOrder(3_000);
    const page = await env.api('GET', `/api/v1/me/cashier/orders/${o.order.id}`, { token: citizen.token });
    expect(page.body.channels.find((c: { channel: string }) => c.channel === 'ecny').subsidy_eligible).toBe(
      true,
    );
    const refused = await pay(citizen.token, o.order.id, { channel: 'wechat', coupon_code: code }, 'w1');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SUBSIDY_ECNY_ONLY');
    expect((await order(o.order.id)).order.status).toBe('created');
    const paid = await pay(citizen.token, o.order.id, { channel: 'ecny', coupon_code: code }, 'e1');
    expect(paid.status).toBe(201);
    expect(paid.body.order).toMatchObject({
      status: 'paid',
      discount_fen: 500,
      paid_fen: 2_500,
      channel: 'ecny',
    });
    expect(await walletBalance(env, citizen.walletId)).toBe(20_000 - 2_500);
    const replay = await pay(citizen.token, o.order.id, { channel: 'ecny', coupon_code: code }, 'e1');
    expect(replay.status).toBe(201);
    expect(await walletBalance(env, citizen.walletId)).toBe(20_000 - 2_500);

    // A partial refund, then the rest: the last one also takes the subsidy back (coupon usable again).
    const part = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/refunds`, {
      token: till,
      body: { out_refund_no: `R${o.order.id}1`, amount_fen: 1_000 },
    });
    expect(part.status).toBe(201);
    expect((await order(o.order.id)).order.status).toBe('partially_refunded');
    const tooMuch = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/refunds`, {
      token: till,
      body: { out_refund_no: `R${o.order.id}x`, amount_fen: 2_000 },
    });
    expect(tooMuch.body.code).toBe('REFUND_AMOUNT_EXCEEDED');
    const rest = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/refunds`, {
      token: till,
      body: { out_refund_no: `R${o.order.id}2`, amount_fen: 1_500 },
    });
    expect(rest.status).toBe(201);
    expect(rest.body.discount_fen).toBe(500);
    expect((await order(o.order.id)).order).toMatchObject({ status: 'refunded', refunded_fen: 2_500 });
    expect(await walletBalance(env, citizen.walletId)).toBe(20_000);
    const [coupon] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM claims WHERE coupon_code = ?',
      [code],
    );
    expect(coupon.status).toBe('granted');
  });

  it('e-CNY: the bank books the transfer and the answer is lost; the retry asks and pays once', async () => {
    const citizen = await driverWithWallet(env, 10_000);
    const o = await newOrder(1_800);
    const unmute = muteBankCallbacks(env);
    await setBankFaults(env, { timeout_after_commit: true });
    const lost = await pay(citizen.token, o.order.id, { channel: 'ecny' }, 'lost');
    expect(lost.status).toBe(503);
    expect(lost.body.code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    await setBankFaults(env, {});
    unmute();
    const retry = await waitFor('the retry to succeed', async () => {
      const r = await pay(citizen.token, o.order.id, { channel: 'ecny' }, 'lost');
      return r.status === 503 ? false : r;
    });
    expect(retry.status).toBe(201);
    expect(retry.body.order.status).toBe('paid');
    expect(await walletBalance(env, citizen.walletId)).toBe(10_000 - 1_800);
  });

  it('WeChat Pay in the app: paying until the payer confirms; the notify (twice, and late) pays once', async () => {
    const [citizen] = await env.citizens(1);
    const o = await newOrder(2_200);
    const r = await pay(citizen.token, o.order.id, { channel: 'wechat' }, 'wx1');
    expect(r.status).toBe(201);
    expect(r.body.payment.status).toBe('paying');
    expect(r.body.payment.pay_params.package).toMatch(/^prepay_id=/);
    const book = channels().wechat!.book;
    book.setFaults({ duplicate_notifies: 1 });
    book.succeed(book.get(r.body.payment.id), 'o-openid');
    await waitFor(
      'the notify to be applied',
      async () => (await order(o.order.id)).order.status === 'paid' || false,
    );
    await book.renotify(r.body.payment.id);
    book.setFaults({});
    const d = await order(o.order.id);
    expect(d.payments).toHaveLength(1);
    expect(d.order).toMatchObject({ status: 'paid', paid_fen: 2_200, channel: 'wechat' });
    const polled = await env.api('GET', `/api/v1/me/cashier/payments/${r.body.payment.id}`, {
      token: citizen.token,
    });
    expect(polled.body.payment.status).toBe('paid');
    // A forged notify is refused.
    const forged = await env.api('POST', '/api/v1/callbacks/cashier/wechat', {
      raw: '{"resource":{}}',
      headers: { 'wechatpay-timestamp': '1', 'wechatpay-nonce': 'x', 'wechatpay-signature': 'bad' },
    });
    expect(forged.status).toBe(401);
  });

  it('WeChat Pay code payment: the answer is lost after the charge; the query finds it, paid once', async () => {
    const o = await newOrder(990);
    const book = channels().wechat!.book;
    // The charge is made, the answer lost and the notify held back: only asking can tell.
    book.setFaults({ timeout_after_commit: true, notify_delay_ms: 120_000 });
    const scan = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/scan`, {
      token: till,
      body: { auth_code: '134567890123456781' },
    });
    book.setFaults({});
    expect(scan.status).toBe(202);
    expect(scan.body.payment.status).toBe('paying');
    await waitFor('the sweep to ask', async () => (await order(o.order.id)).order.status === 'paid' || false);
    const trades = [...book.trades.values()].filter((t) => t.out_trade_no === scan.body.payment.id);
    expect(trades).toHaveLength(1);
    expect(trades[0].state).toBe('SUCCESS');
  });

  it('a scan retried after a lost answer (same Idempotency-Key, or the same code) is the same attempt: charged once', async () => {
    const o = await newOrder(1_990);
    const book = channels().wechat!.book;
    const scan = (auth_code: string, idem?: string) =>
      env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/scan`, {
        token: till,
        idem,
        body: { auth_code },
      });
    book.setFaults({ timeout_after_commit: true, notify_delay_ms: 120_000 });
    const first = await scan('134567890123450001', 'till-scan-1');
    book.setFaults({});
    expect(first.status).toBe(202);
    // The till retries: the platform asks the channel about the same attempt instead of charging again.
    const again = await scan('134567890123450001', 'till-scan-1');
    expect(again.status).toBe(201);
    expect(again.body.payment.id).toBe(first.body.payment.id);
    expect(again.body.order.status).toBe('paid');
    const otherCode = await scan('134567890123450002', 'till-scan-1');
    expect(otherCode.status).toBe(409);
    expect(otherCode.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const ids = new Set(((await order(o.order.id)).payments as { id: string }[]).map((p) => p.id));
    expect(ids.size).toBe(1);
    expect([...book.trades.values()].filter((t) => ids.has(t.out_trade_no))).toHaveLength(1);

    // Without a key the code is the key: a card taken twice is one sale.
    const card = await newOrder(2_990);
    const take = () =>
      env.api('POST', `/api/v1/admin/cashier/orders/${card.order.id}/scan`, {
        token: till,
        body: { auth_code: 'tok_retry12345' },
      });
    const [one, two] = [await take(), await take()];
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(two.body.payment.id).toBe(one.body.payment.id);
    const sales = [...channels().card!.book.trades.values()].filter(
      (t) => t.out_trade_no === one.body.payment.id,
    );
    expect(sales).toHaveLength(1);
    expect((await env.platform.checkLedger()).balanced).toBe(true);
  });

  it('Alipay code payment waiting for the password (10003), then paid; a second payer meanwhile is refused', async () => {
    const o = await newOrder(4_321);
    const scan = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/scan`, {
      token: till,
      body: { auth_code: '2812345678900000' },
    });
    expect(scan.status).toBe(202);
    const [citizen] = await env.citizens(1);
    const meanwhile = await pay(
      citizen.token,
      o.order.id,
      { channel: 'card', card_token: 'tok_abcd1234' },
      'c0',
    );
    expect(meanwhile.status).toBe(409);
    channels().alipay!.book.succeed(channels().alipay!.book.get(scan.body.payment.id), 'buyer');
    await waitFor('paid', async () => (await order(o.order.id)).order.status === 'paid' || false);
    const refund = await env.api('POST', `/api/v1/admin/cashier/orders/${o.order.id}/refunds`, {
      token: till,
      body: { out_refund_no: `R${o.order.id}`, amount_fen: 321 },
    });
    expect(refund.status).toBe(201);
    expect((await order(o.order.id)).order).toMatchObject({
      status: 'partially_refunded',
      refunded_fen: 321,
    });
  });

  it("Alipay's form notify and the acquirer's webhook are verified and acknowledged the way each channel expects", async () => {
    const [citizen] = await env.citizens(1);
    const o = await newOrder(1_111);
    const r = await pay(citizen.token, o.order.id, { channel: 'alipay' }, 'ali-notify');
    expect(r.body.payment.pay_params.tradeNO).toBeTruthy();
    const book = channels().alipay!.book;
    book.succeed(book.get(r.body.payment.id), 'buyer');
    await waitFor(
      'the notify delivered',
      async () =>
        book.delivered.some((d) => d.out_trade_no === r.body.payment.id && d.status === 200) || false,
    );
    expect((await order(o.order.id)).order.status).toBe('paid');
    const raw = 'out_trade_no=x&trade_status=TRADE_SUCCESS&sign=forged';
    const forged = await fetch(`${env.url}/api/v1/callbacks/cashier/alipay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: raw,
    });
    expect(forged.status).toBe(401);
    const card = await newOrder(2_345);
    const slow = await pay(
      citizen.token,
      card.order.id,
      { channel: 'card', card_token: 'tok_slow0000' },
      'slow',
    );
    expect(slow.body.payment.status).toBe('paying');
    const acq = channels().card!.book;
    acq.succeed(acq.get(slow.body.payment.id), '****0000');
    await waitFor(
      'the webhook delivered',
      async () =>
        acq.delivered.some((d) => d.out_trade_no === slow.body.payment.id && d.status === 200) || false,
    );
    await waitFor('paid', async () => (await order(card.order.id)).order.status === 'paid' || false);
  });

  it('a bank card: approved at once; a declined card leaves the order payable on another channel', async () => {
    const [citizen] = await env.citizens(1);
    const o = await newOrder(5_000);
    const declined = await pay(
      citizen.token,
      o.order.id,
      { channel: 'card', card_token: 'tok_nofunds9999' },
      'd1',
    );
    expect(declined.status).toBe(422);
    expect((await order(o.order.id)).order.status).toBe('created');
    const ok = await pay(citizen.token, o.order.id, { channel: 'card', card_token: 'tok_good4242' }, 'd2');
    expect(ok.status).toBe(201);
    expect(ok.body.order).toMatchObject({ status: 'paid', channel: 'card', paid_fen: 5_000 });
  });

  it('an order nobody pays closes after its timeout, at the channel too; paying it then is refused', async () => {
    const [citizen] = await env.citizens(1);
    const o = await newOrder(777);
    const r = await pay(citizen.token, o.order.id, { channel: 'alipay' }, 'ali-timeout');
    expect(r.body.payment.status).toBe('paying');
    env.clock.advance(16 * 60_000);
    await env.platform.services.cashier.sweep();
    await env.platform.services.cashier.sweep();
    const d = await order(o.order.id);
    expect(d.order.status).toBe('closed');
    expect(d.payments[0].status).toBe('closed');
    expect(channels().alipay!.book.get(r.body.payment.id).state).toBe('CLOSED');
    const late = await pay(
      citizen.token,
      o.order.id,
      { channel: 'card', card_token: 'tok_late4242' },
      'late',
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ORDER_NOT_PAYABLE');
  });

  it('the books balance per channel, and each channel reconciles three ways with nothing unresolved', async () => {
    const check = await env.platform.checkLedger();
    expect(check.balanced, JSON.stringify(check)).toBe(true);
    const books = (
      check as unknown as {
        cashier: { channels: Record<string, { orders_fen: number; ledger_fen: number }> };
      }
    ).cashier;
    for (const c of ['ecny', 'wechat', 'alipay', 'card'])
      expect(books.channels[c].orders_fen).toBe(books.channels[c].ledger_fen);
    const day = new Date(env.clock.now().getTime() + 8 * 3600_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    env.clock.advance(86_400_000);
    const auditor = await env.admin('auditor');
    for (const channel of ['ecny', 'wechat', 'alipay', 'card']) {
      const r = await env.api('POST', '/api/v1/admin/cashier/reconciliation/runs', {
        token: auditor,
        body: { channel, bill_date: day },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.summary.unresolved, `${channel}: ${JSON.stringify(r.body.items)}`).toBe(0);
      expect(r.body.summary.matched).toBeGreaterThan(0);
    }
    // The bank's own daily reconciliation still comes out clean with the cashier's transfers and refunds in it.
    const bankRecon = await env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: auditor,
      body: { bill_date: day },
    });
    expect(bankRecon.status, JSON.stringify(bankRecon.body)).toBe(201);
    expect(bankRecon.body.summary.unresolved, JSON.stringify(bankRecon.body)).toBe(0);
    const list = await env.api('GET', '/api/v1/admin/cashier/all-orders?status=paid', { token: auditor });
    expect(list.status).toBe(200);
    expect(list.body.items.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    const own = await env.api('GET', '/api/v1/admin/cashier/orders?channel=card', {
      token: await env.admin('cashier'),
    });
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    for (const o of own.body.items) expect(o).toMatchObject({ merchant_id: merchantId, channel: 'card' });
    const other = await env.api('GET', '/api/v1/admin/cashier/orders', {
      token: await env.admin('cashier2'),
    });
    expect(other.body.items).toEqual([]);
    const admin = await env.api('GET', '/api/v1/admin/cashier/all-orders', {
      token: await env.admin('admin'),
    });
    expect(admin.status).toBe(403);
  });
});
