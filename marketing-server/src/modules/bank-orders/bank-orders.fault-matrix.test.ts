import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { signCallback } from 'mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import {
  bankCall,
  bankWallet,
  bindWallet,
  cstToday,
  FAST_BANK_ENV,
  muteBankCallbacks,
  setBankFaults,
  waitFor,
} from '../../../test/bank';
import { driverWithWallet, startTestLot, walletBalance, type TestLot } from '../../../test/parking';
import { freePort } from '../../../test/server-process';

// The fault matrix of the one bank-order lifecycle: every kind of order (payout, settlement, parking
// transfer, top-up) under every way the bank can let us down — an answer lost after the bank booked
// it; a lost answer whose retries are answered 429, 403, 404; a request that reaches the bank late,
// after the platform has asked and heard "no such order"; callbacks twice, and before or after the
// answer; the queue's Redis going away mid-run. Every cell: each order paid exactly once at the bank
// (one SUCCESS order, one bill row, every balance moved once), none lost, the ledger check balanced,
// and the day's reconciliation with nothing unresolved.
//
// The faults are made by an interceptor inside the embedded bank's own HTTP server (the simulator's
// request handler is wrapped), so the platform talks to the same bank over the same socket, and a
// rule can drop an answer after the bank booked it, answer in the bank's place, or hold a request
// back and let it reach the bank later.

type Action =
  | 'pass'
  /** The bank books it; the caller never hears. */
  | 'drop'
  /** Held back until release(); it then reaches the bank, and the caller has long given up. */
  | 'hold'
  /** The bank books it; the answer waits until the platform has the order as paid (by callback). */
  | 'answer-after-paid'
  | { status: number; code: string };
type Req = { method: 'GET' | 'POST'; otn: string; n: number };
type Rule = (r: Req) => Action;
type LogEntry = Req & { action: string; bankStatus?: number; paidBeforeAnswer?: boolean };

const BYPASS = 'x-fault-matrix-bypass';

function installInterceptor(env: TestEnv) {
  const mock = env.platform.embeddedBank!;
  const server = mock.server as http.Server;
  const original = server.listeners('request')[0] as (
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => void;
  server.removeAllListeners('request');
  const bankUrl = env.platform.urls.bank;
  let rule: Rule | null = null;
  const counts = new Map<string, number>();
  const held: (() => void)[] = [];
  const log: LogEntry[] = [];

  const forward = async (req: http.IncomingMessage, body: string) => {
    const res = await fetch(bankUrl + req.url, {
      method: req.method,
      headers: { 'content-type': 'application/json', [BYPASS]: '1' },
      body: req.method === 'POST' ? body : undefined,
    });
    return { status: res.status, text: await res.text() };
  };
  const answer = (res: http.ServerResponse, status: number, text: string) => {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(text);
  };
  const paidOnPlatform = async (otn: string) => {
    const [p] = await env.platform.db.query<{ status: string }>(
      'SELECT status FROM bank_payments WHERE out_trade_no = ?',
      [otn],
    );
    return p?.status === 'paid';
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const m = /^\/v1\/(payments|transfers|topups)(?:\/([^/?]+))?$/.exec((req.url ?? '').split('?')[0]);
    const r = rule;
    const isOrderCall = m && ((req.method === 'POST' && !m[2]) || (req.method === 'GET' && m[2]));
    if (!r || req.headers[BYPASS] || !isOrderCall) return original(req, res);
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      const method = req.method as 'GET' | 'POST';
      let otn = m[2] ? decodeURIComponent(m[2]) : '';
      if (method === 'POST')
        otn = String((JSON.parse(body || '{}') as { out_trade_no?: string }).out_trade_no);
      const key = `${method}:${otn}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const action = r({ method, otn, n });
      const entry: LogEntry = {
        method,
        otn,
        n,
        action: typeof action === 'string' ? action : String(action.status),
      };
      log.push(entry);
      try {
        if (typeof action === 'object') {
          answer(res, action.status, JSON.stringify({ code: action.code, message: `HTTP ${action.status}` }));
        } else if (action === 'hold') {
          await new Promise<void>((resolve) => held.push(resolve));
          entry.bankStatus = (await forward(req, body)).status;
          res.destroy();
        } else if (action === 'drop') {
          entry.bankStatus = (await forward(req, body)).status;
          setTimeout(() => res.destroy(), 2_000).unref();
        } else if (action === 'answer-after-paid') {
          const a = await forward(req, body);
          entry.bankStatus = a.status;
          await waitFor(
            'the callback to confirm the order',
            async () => (await paidOnPlatform(otn)) || false,
            5_000,
          ).catch(() => undefined);
          entry.paidBeforeAnswer = await paidOnPlatform(otn);
          answer(res, a.status, a.text);
        } else {
          const a = await forward(req, body);
          entry.bankStatus = a.status;
          answer(res, a.status, a.text);
        }
      } catch {
        res.destroy();
      }
    })();
  });

  return {
    log,
    arm(r: Rule) {
      counts.clear();
      log.splice(0);
      rule = r;
    },
    disarm() {
      rule = null;
    },
    release() {
      for (const h of held.splice(0)) h();
    },
  };
}
type Interceptor = ReturnType<typeof installInterceptor>;

const DAY = 86400_000;
const CST = 8 * 3600_000;
/** Moves the test clock to 10:00 CST of the next day (so a cell never straddles midnight). */
function nextDay(env: TestEnv): string {
  const now = env.clock.now().getTime();
  const startOfToday = Math.floor((now + CST) / DAY) * DAY - CST;
  env.clock.advance(startOfToday + DAY + 10 * 3600_000 - now);
  return cstToday(env);
}

const KINDS = ['payout', 'settlement', 'parking', 'topup'] as const;
type Kind = (typeof KINDS)[number];
const ORDERS_PER_KIND = 3;
const PAYOUT_FEN = 2_00;
const TOPUP_FEN = 50_00;
const DRIVER_FEN = 300_00;
const CHANNEL_PATH = { payment: 'payments', transfer: 'transfers', topup: 'topups' } as const;

type OrderRow = {
  out_trade_no: string;
  purpose: Kind;
  channel: 'payment' | 'transfer' | 'topup';
  ref_id: string;
  user_id: string | null;
  amount_fen: number;
  status: string;
  attempts: number;
  last_error: string | null;
};

type Fixture = {
  day: string;
  payerBefore: number;
  payout: { campaignId: string; users: { id: string; token: string; walletId: string }[] };
  settlement: {
    billDate: string;
    merchants: { id: string; walletId: string; owed: number; before: number }[];
  };
  parking: {
    cars: { sessionId: string; due: number; driver: { id: string; token: string; walletId: string } }[];
    merchantBefore: number;
  };
  topup: { users: { id: string; token: string; walletId: string }[] };
};

type Triggered = {
  fixture: Fixture;
  statuses: Record<Kind, number[]>;
};

function harness(env: () => TestEnv, lot: () => TestLot, bank: () => Interceptor) {
  let seq = 0;
  let merchants: { id: string; cashier: string; walletId: string }[] = [];
  const plate = () => `粤B${env().mode === 'mysql' ? 'M' : 'S'}${String(1000 + seq++)}`;

  async function init() {
    await env().platform.openEmbeddedMerchantWallets();
    const rows = await env().platform.db.query<{ username: string; merchant_id: string; wallet_id: string }>(
      `SELECT a.username, a.merchant_id, m.wallet_id FROM admin_users a JOIN merchants m ON m.id = a.merchant_id
        WHERE a.username IN ('cashier','cashier2') ORDER BY a.username`,
    );
    merchants = rows.map((r) => ({ id: r.merchant_id, cashier: r.username, walletId: r.wallet_id }));
  }

  /** Everything each kind needs before its orders are made; the clock ends at 10:00+ of the cell's day. */
  async function prepare(): Promise<Fixture> {
    const e = env();
    // Settlement: one redemption per merchant today; the orders are made tomorrow, for today.
    nextDay(e);
    const coupon = await runningCampaign(e, {
      kind: 'coupon',
      name: '矩阵券',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 300 + seq, use_window: { days: 30 } },
    });
    const owed = new Map<string, number>();
    for (const m of merchants) {
      const [u] = await e.citizens(1);
      const c = await e.api('POST', `/api/v1/campaigns/${coupon.id}/claims`, {
        token: u.token,
        idem: `fm-claim-${seq++}`,
        body: {},
      });
      expect(c.status, JSON.stringify(c.body)).toBe(201);
      const order = `FM-${seq++}`;
      const used = await e.api('POST', '/api/v1/merchant/coupon-redemptions', {
        token: await e.admin(m.cashier),
        idem: `fm-r-${order}`,
        body: { coupon_code: c.body.coupon.code, order_no: order, order_amount_fen: 10_000 },
      });
      expect(used.status, JSON.stringify(used.body)).toBe(201);
      owed.set(m.id, Number(used.body.discount_fen ?? 0));
    }
    const billDate = cstToday(e);
    const day = nextDay(e);

    // Parking: cars in, 100 minutes, cars at the exit.
    const drivers = [];
    for (let i = 0; i < ORDERS_PER_KIND; i++) drivers.push(await driverWithWallet(e, DRIVER_FEN));
    const plates = drivers.map(() => plate());
    for (const p of plates) await lot().gate.vehicleAt({ lane_id: lot().entry, plate: p });
    e.clock.advance(100 * 60_000);
    const cars = [];
    for (const [i, p] of plates.entries()) {
      const out = await lot().gate.vehicleAt({ lane_id: lot().exit, plate: p });
      cars.push({ sessionId: out.decision!.session_id!, due: out.decision!.due_fen!, driver: drivers[i] });
    }
    expect(cars.every((c) => c.due > 0)).toBe(true);

    // Payouts: a red-packet campaign and citizens with bound wallets.
    const rp = await runningCampaign(e, {
      kind: 'red_packet',
      name: '矩阵红包',
      budget_fen: 100 * PAYOUT_FEN,
      red_packet: { mode: 'fixed', amount_fen: PAYOUT_FEN, use_days: 30 },
    });
    const payoutUsers = [];
    for (const u of await e.citizens(ORDERS_PER_KIND))
      payoutUsers.push({ ...u, walletId: (await bindWallet(e, u.token)).walletId });
    const topupUsers = [];
    for (const u of await e.citizens(ORDERS_PER_KIND))
      topupUsers.push({ ...u, walletId: (await bindWallet(e, u.token)).walletId });

    const settleMerchants = [];
    for (const m of merchants) {
      settleMerchants.push({
        id: m.id,
        walletId: m.walletId,
        owed: owed.get(m.id)!,
        before: (await bankWallet(e, m.walletId)).balance_fen as number,
      });
    }
    return {
      day,
      payerBefore: (await bankWallet(e, e.platform.services.payments.payerWalletId)).balance_fen,
      payout: { campaignId: rp.id, users: payoutUsers },
      settlement: { billDate, merchants: settleMerchants },
      parking: { cars, merchantBefore: await merchantWallet(lot().merchantId) },
      topup: { users: topupUsers },
    };
  }

  async function merchantWallet(merchantId: string) {
    const [m] = await env().platform.db.query<{ wallet_id: string }>(
      'SELECT wallet_id FROM merchants WHERE id = ?',
      [merchantId],
    );
    return walletBalance(env(), m.wallet_id);
  }

  const payParking = (token: string, sessionId: string) =>
    env().api('POST', `/api/v1/me/parking/sessions/${sessionId}/payments`, {
      token,
      idem: `fm-park-${sessionId}`,
      body: {},
    });
  const topUp = (u: { id: string; token: string }) =>
    env().api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: `fm-top-${u.id}`,
      body: { amount_fen: TOPUP_FEN },
    });

  /** Makes every kind's orders at once (the faults are armed); returns what each request answered. */
  async function trigger(f: Fixture): Promise<Triggered> {
    const e = env();
    const funder = await e.admin('funder');
    const [payout, settlement, parking, topup] = await Promise.all([
      Promise.all(
        f.payout.users.map((u, i) =>
          e.api('POST', `/api/v1/campaigns/${f.payout.campaignId}/claims`, {
            token: u.token,
            idem: `fm-rp-${f.day}-${i}`,
            body: {},
          }),
        ),
      ),
      e.api('POST', '/api/v1/admin/settlements/runs', {
        token: funder,
        body: { bill_date: f.settlement.billDate },
      }),
      Promise.all(f.parking.cars.map((c) => payParking(c.driver.token, c.sessionId))),
      Promise.all(f.topup.users.map((u) => topUp(u))),
    ]);
    const statuses = {
      payout: payout.map((r) => r.status),
      settlement: [settlement.status],
      parking: parking.map((r) => r.status),
      topup: topup.map((r) => r.status),
    };
    expect(
      statuses.payout.every((s) => s === 201),
      JSON.stringify(statuses),
    ).toBe(true);
    expect(statuses.settlement, JSON.stringify(settlement.body)).toEqual([200]);
    // A citizen's request waits for its attempt: paid, or "outcome unknown" (never a refusal).
    for (const k of ['parking', 'topup'] as const)
      expect(
        statuses[k].every((s) => s === 201 || s === 503),
        `${k} ${JSON.stringify(statuses)}`,
      ).toBe(true);
    return { fixture: f, statuses };
  }

  /** The cell's bank orders, by kind. */
  async function orders(f: Fixture): Promise<Record<Kind, OrderRow[]>> {
    const db = env().platform.db;
    const q = (where: string, params: unknown[]) =>
      db
        .query<OrderRow>(`SELECT * FROM bank_payments WHERE ${where} ORDER BY out_trade_no`, params)
        .then((rows) =>
          rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen), attempts: Number(r.attempts) })),
        );
    const inList = (n: number) => new Array(n).fill('?').join(',');
    const payoutIds = f.payout.users.map((u) => u.id);
    const driverIds = f.parking.cars.map((c) => c.driver.id);
    const topupIds = f.topup.users.map((u) => u.id);
    return {
      payout: await q(`purpose = 'payout' AND user_id IN (${inList(payoutIds.length)})`, payoutIds),
      settlement: await q(
        "purpose = 'settlement' AND ref_id IN (SELECT id FROM settlements WHERE bill_date = ?)",
        [f.settlement.billDate],
      ),
      parking: await q(`purpose = 'parking' AND user_id IN (${inList(driverIds.length)})`, driverIds),
      topup: await q(`purpose = 'topup' AND user_id IN (${inList(topupIds.length)})`, topupIds),
    };
  }

  const EXPECTED: Record<Kind, () => number> = {
    payout: () => ORDERS_PER_KIND,
    settlement: () => merchants.length,
    parking: () => ORDERS_PER_KIND,
    topup: () => ORDERS_PER_KIND,
  };

  /** Waits until every order of the cell is final (paid, failed, cancelled; dead counts as stuck). */
  async function settled(f: Fixture, timeoutMs = 60_000) {
    return waitFor(
      'every bank order of the cell to end',
      async () => {
        const o = await orders(f);
        const all = KINDS.flatMap((k) => o[k]);
        const complete = KINDS.every((k) => o[k].length === EXPECTED[k]());
        return complete && all.every((r) => ['paid', 'failed', 'cancelled'].includes(r.status)) ? o : false;
      },
      timeoutMs,
    ).catch(async (err) => {
      const o = await orders(f);
      throw new Error(`${(err as Error).message}: ${JSON.stringify(o)}`);
    });
  }

  /**
   * The cell's verdict: every order paid exactly once at the bank, its business row done, the
   * balances moved once, nothing for a person to sort out, the books balanced and the day reconciled.
   */
  async function verify(f: Fixture, label: string) {
    const e = env();
    const o = await settled(f);
    const db = e.platform.db;
    const ledgerEntries = e.platform.embeddedBank!.ledger.entries;
    for (const k of KINDS) {
      expect(o[k].length, `${label}/${k}: orders`).toBe(EXPECTED[k]());
      for (const r of o[k]) {
        const where = `${label}/${k} ${r.out_trade_no}`;
        // 0 lost: paid (none of these faults exhausts the retries).
        expect(r.status, `${where}: ${r.last_error}`).toBe('paid');
        // 0 paid twice: one order at the bank, SUCCESS, for this amount, booked once on its bill.
        const at = await bankCall(e, 'GET', `/v1/${CHANNEL_PATH[r.channel]}/${r.out_trade_no}`);
        expect(at.body, where).toMatchObject({ status: 'SUCCESS', amount_fen: r.amount_fen });
        expect(
          ledgerEntries.filter((b) => b.out_trade_no === r.out_trade_no),
          where,
        ).toHaveLength(1);
      }
    }
    // The business rows followed.
    const claims = await db.query<{ status: string }>(
      `SELECT status FROM claims WHERE id IN (${o.payout.map(() => '?').join(',')})`,
      o.payout.map((r) => r.ref_id),
    );
    expect(
      claims.map((c) => c.status),
      `${label}/payout claims`,
    ).toEqual(o.payout.map(() => 'paid'));
    const stl = await db.query<{ status: string }>('SELECT status FROM settlements WHERE bill_date = ?', [
      f.settlement.billDate,
    ]);
    expect(
      stl.map((s) => s.status),
      `${label}/settlements`,
    ).toEqual(stl.map(() => 'paid'));
    const pp = await db.query<{ status: string; session_status: string }>(
      `SELECT p.status, s.status AS session_status FROM parking_payments p JOIN parking_sessions s ON s.id = p.session_id
        WHERE p.id IN (${o.parking.map(() => '?').join(',')})`,
      o.parking.map((r) => r.ref_id),
    );
    expect(pp, `${label}/parking payments`).toEqual(
      o.parking.map(() => ({ status: 'succeeded', session_status: 'completed' })),
    );
    const tp = await db.query<{ status: string }>(
      `SELECT status FROM wallet_topups WHERE id IN (${o.topup.map(() => '?').join(',')})`,
      o.topup.map((r) => r.ref_id),
    );
    expect(
      tp.map((x) => x.status),
      `${label}/top-ups`,
    ).toEqual(o.topup.map(() => 'succeeded'));

    // A citizen who asks again (same Idempotency-Key) hears "paid", and nothing moves again.
    for (const c of f.parking.cars) expect((await payParking(c.driver.token, c.sessionId)).status).toBe(201);
    for (const u of f.topup.users) expect((await topUp(u)).status).toBe(201);

    // Balances moved exactly once.
    for (const u of f.payout.users)
      expect((await bankWallet(e, u.walletId)).total_balance_fen, `${label}/payout wallet`).toBe(PAYOUT_FEN);
    for (const u of f.topup.users)
      expect((await bankWallet(e, u.walletId)).balance_fen, `${label}/top-up wallet`).toBe(TOPUP_FEN);
    for (const c of f.parking.cars)
      expect(await walletBalance(e, c.driver.walletId), `${label}/driver wallet`).toBe(DRIVER_FEN - c.due);
    const dues = f.parking.cars.reduce((s, c) => s + c.due, 0);
    expect(await merchantWallet(lot().merchantId), `${label}/lot merchant`).toBe(
      f.parking.merchantBefore + dues,
    );
    let settledFen = 0;
    for (const m of f.settlement.merchants) {
      const now = (await bankWallet(e, m.walletId)).balance_fen as number;
      expect(now - m.before, `${label}/merchant ${m.id}`).toBe(m.owed);
      settledFen += m.owed;
    }
    expect(
      (await bankWallet(e, e.platform.services.payments.payerWalletId)).balance_fen,
      `${label}/payer`,
    ).toBe(f.payerBefore - ORDERS_PER_KIND * PAYOUT_FEN - settledFen);

    // Nothing contradicts the bank; the books balance.
    const exceptions = await db.query('SELECT out_trade_no FROM bank_order_exceptions');
    expect(exceptions, `${label}: bank order exceptions`).toEqual([]);
    const check = await ledgerCheck(e);
    expect(check.balanced, `${label}: ${JSON.stringify(check.issues ?? check)}`).toBe(true);

    // The day's bank file is ready tomorrow: every order matched, nothing unresolved.
    nextDay(e);
    const report = await e.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: await e.admin('auditor'),
      body: { bill_date: f.day },
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    const open = (report.body.items as { resolution: string }[]).filter((i) => i.resolution === 'unresolved');
    expect(report.body.summary.unresolved, `${label}: ${JSON.stringify(open)}`).toBe(0);
    const all = KINDS.flatMap((k) => o[k].map((r) => r.out_trade_no));
    const items = new Map(
      (report.body.items as { out_trade_no: string; class: string }[]).map((i) => [i.out_trade_no, i.class]),
    );
    for (const otn of all) expect(items.get(otn) ?? 'matched', `${label}: recon ${otn}`).toBe('matched');
    expect(report.body.summary.matched + report.body.summary.auto_resolved).toBeGreaterThanOrEqual(
      all.length,
    );
    return o;
  }

  return { init, prepare, trigger, orders, settled, verify, bank };
}

/** A SUCCESS callback for an order, signed like the bank's, with our own event id. */
async function sendCallback(env: TestEnv, order: Record<string, unknown>, eventId: string) {
  const type = String(order.type);
  const body = JSON.stringify({
    event_id: eventId,
    event_type: `${type}.SUCCESS`,
    created_at: env.clock.now().toISOString(),
    resource: order,
  });
  const ts = String(Math.floor(env.clock.now().getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const res = await fetch(`${env.url}/api/v1/callbacks/bank-wallet`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-timestamp': ts,
      'x-nonce': nonce,
      'x-signature': signCallback(env.config.bank.callbackSecret, ts, nonce, body),
    },
    body,
  });
  return res.status;
}

const lostThenRefused: Rule = ({ method, n }) => {
  if (method === 'POST') {
    if (n === 1) return 'drop';
    if (n === 2) return { status: 429, code: 'TOO_MANY_REQUESTS' };
    if (n === 3) return { status: 403, code: 'FORBIDDEN' };
    if (n === 4) return { status: 404, code: 'NOT_FOUND' };
    return 'pass';
  }
  return 'pass';
};

describe.each(MODES)('the bank-order fault matrix (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  let bank: Interceptor;
  const h = harness(
    () => env,
    () => lot,
    () => bank,
  );
  beforeAll(async () => {
    env = await startEnv(mode, FAST_BANK_ENV);
    lot = await startTestLot(env);
    bank = installInterceptor(env);
    await h.init();
  });
  afterAll(async () => {
    bank?.disarm();
    bank?.release();
    await lot?.close();
    await env?.close();
  });

  it('(a) the bank books it and the answer is lost: every kind paid once after the platform asks', async () => {
    const f = await h.prepare();
    const unmute = muteBankCallbacks(env);
    // All three tries of the first attempt are lost: only a query can learn the outcome.
    bank.arm(({ method, n }) => (method === 'POST' && n <= 3 ? 'drop' : 'pass'));
    try {
      const t = await h.trigger(f);
      await h.settled(f);
      expect(t.statuses.parking.concat(t.statuses.topup).every((s) => s === 503)).toBe(true);
      // The outcome came from a query: every order was asked about.
      for (const k of KINDS)
        for (const r of (await h.orders(f))[k]) {
          expect(
            bank.log.some((l) => l.method === 'GET' && l.otn === r.out_trade_no && l.bankStatus === 200),
          ).toBe(true);
        }
    } finally {
      bank.disarm();
      unmute();
    }
    await h.verify(f, 'lost answer');
  });

  it('(b) a lost answer, then 429, 403 and 404 to the retries: never refused, paid once', async () => {
    const f = await h.prepare();
    const unmute = muteBankCallbacks(env);
    // The bank's query side lags (says "no such order") until the retries have met all three
    // refusals, so the platform sends again each time and hears 429, then 403, then 404.
    bank.arm((r) => {
      if (r.method === 'GET') {
        const posts = bank.log.filter((l) => l.method === 'POST' && l.otn === r.otn).length;
        return posts < 4 ? { status: 404, code: 'ORDER_NOT_FOUND' } : 'pass';
      }
      return lostThenRefused(r);
    });
    try {
      await h.trigger(f);
      await h.settled(f);
      for (const k of KINDS)
        for (const r of (await h.orders(f))[k]) {
          const answers = bank.log
            .filter((l) => l.method === 'POST' && l.otn === r.out_trade_no)
            .map((l) => l.action);
          expect(answers.slice(0, 4), `${k} ${r.out_trade_no}`).toEqual(['drop', '429', '403', '404']);
        }
    } finally {
      bank.disarm();
      unmute();
    }
    await h.verify(f, '429/403/404');
  });

  it('(c) the request reaches the bank late, after the platform asked and heard "no such order"', async () => {
    const f = await h.prepare();
    const unmute = muteBankCallbacks(env);
    bank.arm(({ method }) => (method === 'POST' ? 'hold' : 'pass'));
    try {
      await h.trigger(f);
      // Every order has been looked for at the bank (the sweep's / next attempt's query) and not found.
      await waitFor(
        'every order queried and not found',
        async () => {
          const o = await h.orders(f);
          const all = KINDS.flatMap((k) => o[k]);
          return (
            all.every((r) =>
              bank.log.some((l) => l.method === 'GET' && l.otn === r.out_trade_no && l.bankStatus === 404),
            ) && all.every((r) => r.status === 'in_flight')
          );
        },
        30_000,
      );
      bank.disarm();
      bank.release(); // the held requests reach the bank now; their callers gave up long ago
      await h.settled(f);
    } finally {
      bank.disarm();
      bank.release();
      unmute();
    }
    await h.verify(f, 'late request');
  });

  it('(d) every callback twice, the answer PROCESSING and the SUCCESS callback after it', async () => {
    const f = await h.prepare();
    const deliveries = env.platform.embeddedBank!.deliveries;
    const from = deliveries.length;
    await setBankFaults(env, { duplicate_callbacks: 1, processing_ms: 200 });
    try {
      await h.trigger(f);
      await h.settled(f);
    } finally {
      await setBankFaults(env, {});
    }
    const o = await h.verify(f, 'duplicate callbacks');
    // Every order's SUCCESS came by callback (recorded once) and was delivered a second time too.
    const all = KINDS.flatMap((k) => o[k].map((r) => r.out_trade_no));
    const events = await env.platform.db.query<{ event_id: string; out_trade_no: string }>(
      `SELECT event_id, out_trade_no FROM bank_callback_events WHERE out_trade_no IN (${all.map(() => '?').join(',')})`,
      all,
    );
    expect(new Set(events.map((e) => e.out_trade_no)).size).toBe(all.length);
    expect(events).toHaveLength(all.length);
    const mine = deliveries.slice(from).filter((d) => events.some((e) => e.event_id === d.event_id));
    for (const e of events) {
      const got = mine.filter((d) => d.event_id === e.event_id && d.status !== null && d.status < 300);
      expect(got.length, e.out_trade_no).toBeGreaterThanOrEqual(2);
      expect(got.some((d) => d.duplicate)).toBe(true);
    }
  });

  it('(d) the SUCCESS callback before the answer, and replayed long after: applied once', async () => {
    const f = await h.prepare();
    await setBankFaults(env, { duplicate_callbacks: 1 });
    bank.arm(({ method }) => (method === 'POST' ? 'answer-after-paid' : 'pass'));
    let o: Record<Kind, OrderRow[]>;
    try {
      await h.trigger(f);
      o = await h.settled(f);
    } finally {
      bank.disarm();
      await setBankFaults(env, {});
    }
    // Each answer went out only once the callback had confirmed the order.
    const answered = await waitFor('the held answers to go out', async () => {
      const held = bank.log.filter((l) => l.action === 'answer-after-paid');
      return held.every((l) => l.paidBeforeAnswer !== undefined) && held;
    });
    expect(answered.length).toBeGreaterThanOrEqual(KINDS.reduce((n, k) => n + o[k].length, 0));
    expect(answered.filter((l) => !l.paidBeforeAnswer)).toEqual([]);
    // Late deliveries of the same SUCCESS, once with a new event id and once more with the same one.
    for (const k of KINDS)
      for (const r of o[k]) {
        const at = await bankCall(env, 'GET', `/v1/${CHANNEL_PATH[r.channel]}/${r.out_trade_no}`);
        const id = `EVlate${randomBytes(6).toString('hex')}`;
        expect(await sendCallback(env, at.body, id)).toBeLessThan(300);
        expect(await sendCallback(env, at.body, id)).toBeLessThan(300);
      }
    await h.verify(f, 'callback before answer');
  });
});

/** A Redis of the test's own, to stop and start again (empty: no persistence). */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(
    'redis to accept connections',
    async () => {
      const net = await import('node:net');
      return new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1');
        s.once('connect', () => {
          s.destroy();
          resolve(true);
        });
        s.once('error', () => resolve(false));
      });
    },
    10_000,
  );
  return child;
}

describe('the bank-order fault matrix: the queue’s Redis goes away mid-run (mysql)', () => {
  let env: TestEnv;
  let lot: TestLot;
  let bank: Interceptor;
  let redis: ChildProcess | null = null;
  let port = 0;
  const h = harness(
    () => env,
    () => lot,
    () => bank,
  );
  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    env = await startEnv('mysql', { ...FAST_BANK_ENV, REDIS_URL: `redis://127.0.0.1:${port}` });
    lot = await startTestLot(env);
    bank = installInterceptor(env);
    await h.init();
  });
  afterAll(async () => {
    bank?.disarm();
    bank?.release();
    if (!redis) redis = await startRedis(port).catch(() => null);
    await lot?.close();
    await env?.close();
    redis?.kill('SIGKILL');
  });

  it('(e) orders in flight when Redis dies, held answers landing meanwhile, a fresh empty Redis: paid once', async () => {
    const f = await h.prepare();
    const unmute = muteBankCallbacks(env);
    bank.arm(({ method }) => (method === 'POST' ? 'hold' : 'pass'));
    try {
      await h.trigger(f);
      // Every order's first attempt has ended with the outcome unknown: its retry sits in Redis.
      await waitFor(
        'every order waiting for a retry',
        async () => {
          const o = await h.orders(f);
          return KINDS.every(
            (k) => o[k].length > 0 && o[k].every((r) => r.status === 'in_flight' && r.attempts >= 1),
          );
        },
        30_000,
      );
      const dying = redis!;
      redis = null;
      dying.kill('SIGKILL');
      await new Promise((r) => dying.once('exit', r));
      bank.disarm();
      bank.release(); // the bank books them now; nobody hears
      await new Promise((r) => setTimeout(r, 3_000)); // sweeps tick; the queue cannot take anything
      redis = await startRedis(port); // empty: every queued retry is gone
      await h.settled(f, 90_000);
    } finally {
      bank.disarm();
      bank.release();
      unmute();
    }
    await h.verify(f, 'redis down');
  }, 180_000);
});

describe('BANK_BREAKER_COOLDOWN_MS', () => {
  it("is how long the bank client's circuit stays open (fails before: always 10 s, so the matrix stalled)", async () => {
    const env = await startEnv('sqlite', { BANK_BREAKER_COOLDOWN_MS: '100' });
    try {
      const breaker = env.platform.bank.breaker;
      for (let i = 0; i < 5; i++) breaker.failure();
      expect(breaker.state).toBe('open');
      await new Promise((r) => setTimeout(r, 300));
      expect(breaker.state).toBe('half_open');
    } finally {
      await env.close();
    }
  });
});
