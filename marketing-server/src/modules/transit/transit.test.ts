import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { cstToday, waitFor } from '../../../test/bank';
import { walletBalance } from '../../../test/parking';
import { code, journeys, rider, startGate, startTvm, type TestGate } from '../../../test/transit';
import { cstDayKey } from '../../shared/time';

const H = 3_600_000;

// The whole rail scenario through the simulators (gates, TVM, bank, cashier) on both databases:
// every fen of every journey ends where the table says, exactly once.
describe.each(MODES)('rail transit and tram (%s)', (mode) => {
  let env: TestEnv;
  let inXilang: TestGate;
  let outFangcun: TestGate;
  let outJichangnan: TestGate;
  let tram: TestGate;
  const gates = () => [inXilang, outFangcun, outJichangnan, tram];

  beforeAll(async () => {
    env = await startEnv(mode, { PAYOUT_SWEEP_SECONDS: '1', PAYOUT_RETRY_BASE_MS: '20' });
    await env.platform.openEmbeddedMerchantWallets();
    inXilang = await startGate(env, 'xilang', 'entry');
    outFangcun = await startGate(env, 'fangcun', 'exit');
    outJichangnan = await startGate(env, 'jichangnan', 'exit');
    tram = await startGate(env, 'thz1-pazhou', 'onboard');
  });
  afterAll(async () => {
    for (const g of gates()) await g?.running.close();
    await env?.close();
  });

  const settledJourneys = (token: string, n: number) =>
    waitFor(`${n} settled journeys`, async () => {
      const js = await journeys(env, token);
      return js.length >= n && js.every((j) => j.status !== 'charging') ? js : false;
    });

  it('in → out: charged the table fare once, by agreement, in the books', async () => {
    const r = await rider(env, 10_000);
    const shown = await env.api('GET', '/api/v1/me/transit/ride-code', { token: r.token });
    expect(shown.body).toMatchObject({ status: 'ok', expires_in_s: 60 });
    expect(inXilang.present(shown.body.code).open).toBe(true);
    env.clock.advance(20 * 60_000);
    expect(outFangcun.present(await code(env, r.token)).open).toBe(true);
    await inXilang.upload();
    await outFangcun.upload();
    const [j] = await settledJourneys(r.token, 1);
    expect(j).toMatchObject({
      status: 'paid',
      fare_fen: 300,
      paid_fen: 300,
      rule: 'distance',
      fare_version: 1,
    });
    expect(j.breakdown.reduce((s, b) => s + b.amount_fen, 0)).toBe(300);
    // The console filters by Beijing day: the ride is on today's list and on no other day's.
    const ops = await env.admin('auditor');
    const today = cstDayKey(env.clock.now());
    const onDay = await env.api('GET', `/api/v1/admin/transit/journeys?day=${today}&station=xilang`, {
      token: ops,
    });
    expect(onDay.body.items.map((x: { id: string }) => x.id)).toContain(j.id);
    const other = await env.api('GET', '/api/v1/admin/transit/journeys?day=20200101', { token: ops });
    expect(other.body.items).toEqual([]);
    const bad = await env.api('GET', '/api/v1/admin/transit/journeys?day=20201341', { token: ops });
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_DAY']);
    expect(await walletBalance(env, r.walletId)).toBe(10_000 - 300);
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.transit).toMatchObject({ balanced: true });
  });

  it('refuses forged, expired, replayed and passback codes with reason codes', async () => {
    const r = await rider(env, 1_000);
    const c = await code(env, r.token);
    const forged = c.slice(0, -4) + (c.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(inXilang.present(forged).reason).toBe('BAD_SIGNATURE');
    expect(inXilang.present('TR1.nokey.x.y.1.2.sig').reason).toBe('UNKNOWN_KEY');
    expect(inXilang.present('garbage').reason).toBe('MALFORMED');
    expect(inXilang.present(c, new Date(env.clock.now().getTime() + 60_000 + 121_000)).reason).toBe(
      'EXPIRED',
    );
    expect(inXilang.present(c, new Date(env.clock.now().getTime() - 121_000)).reason).toBe('NOT_YET_VALID');
    expect(inXilang.present(c, new Date(env.clock.now().getTime() + 60_000 + 119_000)).open).toBe(true); // within skew
    expect(inXilang.present(c).reason).toBe('REPLAYED');
    expect(inXilang.present(await code(env, r.token)).reason).toBe('PASSBACK');
    // A copy of the code shown at another gate (offline, it cannot know): the platform keeps one tap.
    const other = await startGate(env, 'xilang', 'entry');
    try {
      expect(other.present(c).open).toBe(true);
      await inXilang.upload();
      await other.upload();
      expect(other.answers.at(-1)).toMatchObject({ accepted: 0, duplicates: 1 });
    } finally {
      await other.running.close();
    }
  });

  it('offline gate: the queue goes up later, out of order, and twice — counted once', async () => {
    const r = await rider(env, 10_000);
    inXilang.setOnline(false);
    outJichangnan.setOnline(false);
    inXilang.present(await code(env, r.token));
    env.clock.advance(90 * 60_000);
    outJichangnan.present(await code(env, r.token));
    expect(await outJichangnan.upload()).toBe(0);
    outJichangnan.setOnline(true);
    inXilang.setOnline(true);
    await outJichangnan.upload(); // the exit arrives before its entry
    await inXilang.upload();
    await inXilang.resend();
    await outJichangnan.resend();
    expect(inXilang.answers.at(-1)).toMatchObject({ duplicate_batch: true });
    const js = await settledJourneys(r.token, 1);
    expect(js).toHaveLength(1);
    expect(js[0]).toMatchObject({ status: 'paid', fare_fen: 1000 });
    expect(await walletBalance(env, r.walletId)).toBe(9_000);
  });

  it("a rider's entry and exit uploaded at once by two gates (and again) pair into one journey, charged once", async () => {
    const r = await rider(env, 10_000);
    inXilang.present(await code(env, r.token));
    env.clock.advance(20 * 60_000);
    outFangcun.present(await code(env, r.token));
    await Promise.all([inXilang.upload(), outFangcun.upload()]);
    await Promise.all([inXilang.resend(), outFangcun.resend(), inXilang.resend()]);
    const js = await settledJourneys(r.token, 1);
    expect(js).toHaveLength(1);
    expect(js[0]).toMatchObject({ status: 'paid', rule: 'distance', fare_fen: 300, paid_fen: 300 });
    expect(await walletBalance(env, r.walletId)).toBe(10_000 - 300);
  });

  it('overtime pays the highest single fare; unpaired records pay the lowest after the wait', async () => {
    const r = await rider(env, 10_000);
    inXilang.present(await code(env, r.token));
    env.clock.advance(4 * H + 60_000);
    outFangcun.present(await code(env, r.token));
    env.clock.advance(11 * 60_000);
    inXilang.present(await code(env, r.token)); // this entry never gets an exit
    await inXilang.upload();
    await outFangcun.upload();
    let js = await settledJourneys(r.token, 1);
    expect(js[0]).toMatchObject({ rule: 'overtime', fare_fen: 1100 });
    const u = await rider(env, 10_000);
    outFangcun.present(await code(env, u.token)); // an exit without an entry
    await outFangcun.upload();
    env.clock.advance(5 * H + 60_000);
    await env.platform.services.transit.sweep();
    js = await settledJourneys(r.token, 2);
    expect(js.find((j) => j.rule === 'unpaired_entry')).toMatchObject({ fare_fen: 200, status: 'paid' });
    const ju = await settledJourneys(u.token, 1);
    expect(ju[0]).toMatchObject({ rule: 'unpaired_exit', fare_fen: 200, status: 'paid' });
  });

  it('tram: flat fare on board', async () => {
    const r = await rider(env, 1_000);
    expect(tram.present(await code(env, r.token)).open).toBe(true);
    await tram.upload();
    const [j] = await settledJourneys(r.token, 1);
    expect(j).toMatchObject({ rule: 'onboard', fare_fen: 200, status: 'paid' });
    expect(await walletBalance(env, r.walletId)).toBe(800);
  });

  it('a day ticket bought through the cashier covers several rides', async () => {
    const r = await rider(env, 10_000);
    const buy = await env.api('POST', '/api/v1/me/transit/day-tickets', {
      token: r.token,
      idem: `dt-${r.id}`,
      body: { product_id: 'day1' },
    });
    expect(buy.status).toBe(201);
    const pay = await env.api('POST', `/api/v1/me/cashier/orders/${buy.body.ticket.order_id}/pay`, {
      token: r.token,
      idem: `dtp-${r.id}`,
      body: { channel: 'ecny' },
    });
    expect(pay.status).toBe(201);
    const list = await env.api('GET', '/api/v1/me/transit/day-tickets', { token: r.token });
    expect(list.body.items[0]).toMatchObject({ status: 'valid', state: 'unused' });
    for (let i = 0; i < 3; i++) {
      env.clock.advance(11 * 60_000);
      inXilang.present(await code(env, r.token));
      env.clock.advance(40 * 60_000);
      (i % 2 ? outFangcun : outJichangnan).present(await code(env, r.token));
    }
    await inXilang.upload();
    await outFangcun.upload();
    await outJichangnan.upload();
    const js = await settledJourneys(r.token, 3);
    expect(js.map((j) => j.fare_fen)).toEqual([0, 0, 0]);
    expect(js.every((j) => j.status === 'settled')).toBe(true);
    expect(await walletBalance(env, r.walletId)).toBe(10_000 - 2_000);
    const after = await env.api('GET', '/api/v1/me/transit/day-tickets', { token: r.token });
    expect(after.body.items[0]).toMatchObject({ state: 'in_use' });
  });

  it('a failed charge is a debt → blacklisted after the grace → paid → off the list at the next sync', async () => {
    const r = await rider(env, 100); // cannot pay ¥10
    inXilang.present(await code(env, r.token));
    env.clock.advance(30 * 60_000);
    outJichangnan.present(await code(env, r.token));
    await inXilang.upload();
    await outJichangnan.upload();
    const [j] = await settledJourneys(r.token, 1);
    expect(j).toMatchObject({ status: 'debt', fare_fen: 1000, paid_fen: 0 });
    env.clock.advance(25 * H);
    await env.platform.services.transit.sweep();
    await inXilang.sync();
    const token = (
      await env.platform.db.query<{ rider_token: string }>(
        'SELECT rider_token FROM transit_riders WHERE user_id = ?',
        [r.id],
      )
    )[0].rider_token;
    expect(inXilang.isBlacklisted(token)).toBe(true);
    const blocked = await env.api('GET', '/api/v1/me/transit/ride-code', { token: r.token });
    expect(blocked.body).toMatchObject({
      status: 'blocked',
      reason: 'DEBT_BLACKLISTED',
      debt_fen: 1000,
      expires_in_s: null,
    });
    const top = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: r.token,
      idem: `top2-${r.id}`,
      body: { amount_fen: 5_000 },
    });
    expect(top.status).toBe(201);
    const paid = await env.api('POST', `/api/v1/me/transit/journeys/${j.id}/pay`, {
      token: r.token,
      idem: `debt-${j.id}`,
      body: {},
    });
    expect(paid.status).toBe(201);
    const again = await env.api('POST', `/api/v1/me/transit/journeys/${j.id}/pay`, {
      token: r.token,
      idem: `debt-${j.id}`,
      body: {},
    });
    expect(again.body).toEqual(paid.body);
    expect(await walletBalance(env, r.walletId)).toBe(100 + 5_000 - 1_000);
    await inXilang.sync();
    expect(inXilang.isBlacklisted(token)).toBe(false);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('service desk adds the missing entry: the table fare is charged by agreement, once, in the books', async () => {
    const r = await rider(env, 100); // cannot pay the ¥2 of an exit without its entry
    const exitAt = env.clock.now();
    outFangcun.present(await code(env, r.token));
    await outFangcun.upload();
    env.clock.advance(5 * H + 60_000);
    await env.platform.services.transit.sweep();
    const [owed] = await settledJourneys(r.token, 1);
    expect(owed).toMatchObject({ status: 'debt', rule: 'unpaired_exit', fare_fen: 200 });
    const top = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: r.token,
      idem: `top-desk-${r.id}`,
      body: { amount_fen: 5_000 },
    });
    expect(top.status).toBe(201);
    const desk = await env.api('POST', '/api/v1/admin/transit/desk-actions', {
      token: await env.admin('manager'),
      body: {
        action: 'add_missing_tap',
        journey_id: owed.id,
        station_id: 'xilang',
        at: new Date(exitAt.getTime() - 20 * 60_000).toISOString(),
        reason: '乘客进站未刷码，人工补录',
      },
    });
    expect(desk.status, JSON.stringify(desk.body)).toBe(201);
    // Before: the repriced journey stayed a debt of 300 and nothing was charged.
    const [j] = await settledJourneys(r.token, 1);
    expect(j).toMatchObject({ id: owed.id, status: 'paid', rule: 'distance', fare_fen: 300, paid_fen: 300 });
    const charges = await env.platform.services.transit.charges.chargesOf(owed.id);
    expect(charges.map((c) => [c.status, c.amount_fen])).toEqual([
      ['failed', 200],
      ['succeeded', 300],
    ]);
    expect(await walletBalance(env, r.walletId)).toBe(100 + 5_000 - 300);
    const check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.transit).toMatchObject({ balanced: true });
  });

  it('TVM: a paid ticket that fails to dispense is refunded once', async () => {
    const tvm = await startTvm(env, 'xilang');
    try {
      const buyer = await rider(env, 5_000);
      const start = await tvm.choose('jichangnan', 'req-1');
      expect(start.json).toMatchObject({ ticket: { fare_fen: 1000, status: 'awaiting_payment' } });
      const t = start.json!.ticket as { id: string; order_id: string };
      const pay = await env.api('POST', `/api/v1/me/cashier/orders/${t.order_id}/pay`, {
        token: buyer.token,
        idem: `tvm-${t.id}`,
        body: { channel: 'ecny' },
      });
      expect(pay.status).toBe(201);
      tvm.setJam(true);
      const out = await tvm.pollAndDispense(t.id);
      expect(out.json).toMatchObject({ ticket: { status: 'refunded' } });
      // The machine asks again (a restart): the ticket stays refunded, no second refund.
      const twice = await tvm.pollAndDispense(t.id);
      expect(twice.json).toMatchObject({ ticket: { status: 'refunded', ticket_code: null } });
      await env.platform.services.transit.sweep();
      const refunds = await env.platform.db.query('SELECT id FROM cashier_refunds WHERE order_id = ?', [
        t.order_id,
      ]);
      expect(refunds).toHaveLength(1);
      const tvms = await env.api('GET', '/api/v1/admin/transit/tvms', { token: await env.admin('auditor') });
      expect(tvms.body.items.find((m: { id: string }) => m.id === tvm.id)).toMatchObject({
        station_id: 'xilang',
        tickets: 1,
        dispense_failed: 1,
      });
      expect(await walletBalance(env, buyer.walletId)).toBe(5_000);
      expect((await ledgerCheck(env)).balanced).toBe(true);
    } finally {
      await tvm.running.close();
    }
  });

  it('a new fare table never reprices a journey already charged (maker-checker)', async () => {
    const r = await rider(env, 10_000);
    inXilang.present(await code(env, r.token));
    env.clock.advance(20 * 60_000);
    outFangcun.present(await code(env, r.token));
    await inXilang.upload();
    await outFangcun.upload();
    const [before] = await settledJourneys(r.token, 1);
    const net = await env.api('GET', '/api/v1/admin/transit/network', { token: await env.admin('auditor') });
    const rules = { ...net.body.rules, base_fen: 300 };
    const maker = await env.admin('manager');
    const proposed = await env.api('POST', '/api/v1/admin/transit/fare-versions', {
      token: maker,
      body: {
        network: {
          name: net.body.name,
          stations: (await env.platform.services.transit.fares.current()).network.stations,
          lines: (await env.platform.services.transit.fares.current()).network.lines,
        },
        rules,
        note: '起步价调整测试',
      },
    });
    expect(proposed.status).toBe(201);
    const approved = await env.api(
      'POST',
      `/api/v1/admin/transit/fare-versions/${proposed.body.version}/decision`,
      { token: await env.admin('approver'), body: { approve: true, comment: '同意' } },
    );
    expect(approved.body.status).toBe('active');
    env.platform.services.transit.fares.forget();
    const preview = await env.api('POST', '/api/v1/admin/transit/fares/preview', {
      token: maker,
      body: {
        journey: {
          entry: { station: 'xilang', at: new Date().toISOString() },
          exit: { station: 'fangcun', at: new Date(Date.now() + 600_000).toISOString() },
        },
      },
    });
    expect(preview.body).toMatchObject({ fare_fen: 400, fare_version: proposed.body.version });
    const [still] = await journeys(env, r.token);
    expect(still).toMatchObject({ id: before.id, fare_fen: 300, paid_fen: 300, fare_version: 1 });
  });
  it("the bank's daily reconciliation of a ride day matches every charge with its ledger leg", async () => {
    env.clock.advance(2 * 86_400_000); // a day of its own
    const day = cstToday(env);
    const r = await rider(env, 10_000);
    expect(inXilang.present(await code(env, r.token)).open).toBe(true);
    env.clock.advance(20 * 60_000);
    expect(outFangcun.present(await code(env, r.token)).open).toBe(true);
    await inXilang.upload();
    await outFangcun.upload();
    await settledJourneys(r.token, 1);
    env.clock.advance(86_400_000);
    const run = await env.api('POST', '/api/v1/admin/reconciliation/runs', {
      token: await env.admin('auditor'),
      body: { bill_date: day },
    });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    // The charges are the bank's TRANSFER rows whose out_trade_no is a transit charge id (trc_…).
    const transit = run.body.items.filter((i: { out_trade_no: string }) => i.out_trade_no.startsWith('trc_'));
    expect(transit.length, JSON.stringify(run.body.items)).toBeGreaterThan(0);
    // Before: reconciliation knew no transit leg, so each charge read as booked 0 (ledger_differs).
    expect(transit.map((i: { class: string }) => i.class)).toEqual(transit.map(() => 'matched'));
    expect(run.body.summary.unresolved, JSON.stringify(run.body.items)).toBe(0);
  });
});
