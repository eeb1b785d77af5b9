import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerCheck,
  MODES,
  runningCampaign,
  setLotTariff,
  startEnv,
  type TestEnv,
} from '../../../test/harness';
import { cstToday, pinToken, waitFor } from '../../../test/bank';
import {
  driverWithWallet,
  merchantWalletBalance,
  startTestLot,
  walletBalance,
  type TestLot,
} from '../../../test/parking';
import { addOwnPlate, registerVehicle, verifyAs } from '../../../test/identity';
import { GUANGZHOU_TARIFFS, priceStay } from './tariff';
import { cstDayKey } from '../../shared/time';

const HOUR = 3600_000;

describe.each(MODES)('parking: gate flow through the gate simulator (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  let plateSeq = 0;
  const newPlate = () => `粤A${String(10000 + plateSeq++ * 7 + (mode === 'mysql' ? 50000 : 0)).slice(-5)}`;
  const display = (p: string) => `${p.slice(0, 2)}·${p.slice(2)}`;

  beforeAll(async () => {
    env = await startEnv(mode);
    lot = await startTestLot(env);
  });
  afterAll(async () => {
    await lot?.close();
    await env?.close();
  });

  /** The controller delivers an event it already sent again (it never saw the answer). */
  const resend = (eventId: string) =>
    fetch(`${lot.running.url}/__mock/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event_id: eventId }),
    }).then((r) => r.json());
  const arrive = (plate: string | null, extra: Record<string, unknown> = {}) =>
    lot.gate.vehicleAt({ lane_id: lot.entry, plate, ...extra });
  const leave = (plate: string | null, extra: Record<string, unknown> = {}) =>
    lot.gate.vehicleAt({ lane_id: lot.exit, plate, ...extra });
  const sessionsOf = (plate: string) =>
    env.platform.db.query<{ id: string; status: string; covered_fen: number }>(
      'SELECT id, status, covered_fen FROM parking_sessions WHERE plate = ?',
      [plate],
    );
  const feeFor = (entry: Date, exit: Date, cls: 'small' | 'new_energy' = 'small') =>
    priceStay(GUANGZHOU_TARIFFS['gz-central'], cls, entry, exit).fee_fen;
  const lookup = (token: string, plate: string) =>
    env.api('GET', `/api/v1/parking/lots/${lot.lotId}/session?plate=${encodeURIComponent(plate)}`, { token });
  const pay = (token: string, sessionId: string, idem: string, body: Record<string, unknown> = {}) =>
    env.api('POST', `/api/v1/me/parking/sessions/${sessionId}/payments`, { token, idem, body });

  it('entry → exit holds the barrier with the fee → the driver pays in the app → the gate opens', async () => {
    const plate = newPlate();
    const driver = await driverWithWallet(env, 50_000);
    const entered = await arrive(plate);
    expect(entered.barrier).toBe('open');
    expect(entered.decision).toMatchObject({ action: 'open', display: `${display(plate)} 欢迎光临` });
    const entryAt = env.clock.now();
    env.clock.advance(2 * HOUR + 5 * 60_000);

    const atExit = await leave(plate);
    const fee = feeFor(entryAt, env.clock.now());
    expect(fee).toBeGreaterThan(0);
    expect(atExit.barrier).toBe('closed');
    expect(atExit.decision).toMatchObject({ action: 'hold', due_fen: fee });

    const found = await lookup(driver.token, display(plate));
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ status: 'awaiting_payment', due_fen: fee, plate: display(plate) });
    const merchantBefore = await merchantWalletBalance(env, lot.merchantId);
    const paid = await pay(driver.token, found.body.id, 'pay-1', { expected_due_fen: fee });
    expect(paid.status).toBe(201);
    expect(paid.body.payment).toMatchObject({
      status: 'succeeded',
      due_fen: fee,
      payable_fen: fee,
      channel: 'app',
    });
    expect(paid.body.session.status).toBe('completed');

    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    expect(lot.gate.commands.filter((c) => c.session_id === found.body.id)).toHaveLength(1);
    expect(await walletBalance(env, driver.walletId)).toBe(50_000 - fee);
    expect(await merchantWalletBalance(env, lot.merchantId)).toBe(merchantBefore + fee);

    // A retried request answers the same and moves no more money.
    const again = await pay(driver.token, found.body.id, 'pay-1', { expected_due_fen: fee });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await walletBalance(env, driver.walletId)).toBe(50_000 - fee);
    // Another key finds nothing due.
    expect((await pay(driver.token, found.body.id, 'pay-2')).body.code).toBe('NOTHING_DUE');

    const receipt = await env.api('GET', `/api/v1/me/parking/payments/${paid.body.payment.id}/receipt`, {
      token: driver.token,
    });
    expect(receipt.body).toMatchObject({
      title: '停车缴费电子凭证',
      plate: display(plate),
      payable_fen: fee,
    });
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a fee above ¥200 paid in the app needs the payment PIN once set: refused without, paid once with its token', async () => {
    const plate = newPlate();
    const driver = await driverWithWallet(env, 90_000);
    await arrive(plate);
    env.clock.advance(5 * 24 * HOUR);
    await leave(plate);
    const found = await lookup(driver.token, display(plate));
    const fee = found.body.due_fen as number;
    expect(fee).toBeGreaterThan(20_000);
    const wrongAmount = await pinToken(env, driver.token, fee - 1, 'parking'); // sets the PIN too
    const bare = await pay(driver.token, found.body.id, 'pin-1', { expected_due_fen: fee });
    expect(bare.status).toBe(403);
    expect(bare.body).toMatchObject({
      code: 'PAYMENT_TOKEN_REQUIRED',
      details: { pin_free_limit_fen: 20_000 },
    });
    const wrong = await pay(driver.token, found.body.id, 'pin-2', {
      expected_due_fen: fee,
      payment_token: wrongAmount,
    });
    expect(wrong.body.code).toBe('PAYMENT_TOKEN_INVALID');
    const topupToken = await pinToken(env, driver.token, fee); // another purpose, the right amount
    const otherPurpose = await pay(driver.token, found.body.id, 'pin-3', {
      expected_due_fen: fee,
      payment_token: topupToken,
    });
    expect(otherPurpose.body.code).toBe('PAYMENT_TOKEN_INVALID');
    expect(await walletBalance(env, driver.walletId)).toBe(90_000);
    expect((await sessionsOf(plate))[0].status).toBe('awaiting_payment');

    const body = { expected_due_fen: fee, payment_token: await pinToken(env, driver.token, fee, 'parking') };
    const paid = await pay(driver.token, found.body.id, 'pin-4', body);
    expect(paid.status).toBe(201);
    expect(paid.body.payment).toMatchObject({ status: 'succeeded', payable_fen: fee });
    expect((await pay(driver.token, found.body.id, 'pin-4', body)).status).toBe(201); // the retry: no new token
    expect(await walletBalance(env, driver.walletId)).toBe(90_000 - fee);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('a fee that changed since the driver looked is not charged blind', async () => {
    const plate = newPlate();
    const driver = await driverWithWallet(env, 50_000);
    await arrive(plate);
    env.clock.advance(HOUR);
    const s = await lookup(driver.token, plate);
    const res = await pay(driver.token, s.body.id, 'stale', { expected_due_fen: s.body.due_fen - 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'FEE_CHANGED', details: { due_fen: s.body.due_fen } });
    expect(await walletBalance(env, driver.walletId)).toBe(50_000);
  });

  it('duplicate plate events are idempotent: one session, one decision, one charge', async () => {
    const plate = newPlate();
    const first = await arrive(plate);
    const resent = await resend(first.event.event_id);
    expect(resent.answer.decision).toEqual(first.decision);
    // The camera firing twice for one car (a new event id) does not open a second session either.
    const twice = await arrive(plate);
    expect(twice.decision!.session_id).toBe(first.decision!.session_id);
    expect(await sessionsOf(plate)).toHaveLength(1);

    env.clock.advance(HOUR);
    const exit = await leave(plate);
    const exitAgain = await resend(exit.event.event_id);
    expect(exitAgain.answer.decision).toEqual(exit.decision);
    const events = await env.platform.db.query('SELECT id FROM parking_events WHERE event_id IN (?, ?)', [
      first.event.event_id,
      exit.event.event_id,
    ]);
    expect(events).toHaveLength(2);
  });

  it('bills an 8-character (new-energy) plate as new energy even when the camera reports it blue', async () => {
    const plate = mode === 'mysql' ? '粤AD12345' : '粤AD54321';
    await arrive(plate, { plate_color: 'blue' });
    const entryAt = env.clock.now();
    env.clock.advance(2 * HOUR + 5 * 60_000);
    await leave(plate, { plate_color: 'blue' });
    const rows = await env.platform.db.query<{ plate_color: string; vehicle_class: string; fee_fen: number }>(
      'SELECT plate_color, vehicle_class, fee_fen FROM parking_sessions WHERE plate = ?',
      [plate],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ plate_color: 'green', vehicle_class: 'new_energy' });
    const fee = feeFor(entryAt, env.clock.now(), 'new_energy');
    expect(fee).toBeLessThan(feeFor(entryAt, env.clock.now(), 'small'));
    expect(Number(rows[0].fee_fen)).toBe(fee);
  });

  it('refuses unsigned or tampered gate events and changes nothing', async () => {
    const body = JSON.stringify({
      event_id: 'EVforged1',
      lane_id: lot.entry,
      direction: 'entry',
      plate: '粤B12345',
      plate_color: 'blue',
      confidence: 0.99,
      captured_at: env.clock.now().toISOString(),
      offline: false,
    });
    const res = await env.api('POST', '/api/v1/parking/gate-events', {
      raw: body,
      headers: {
        'x-lot-id': lot.lotId,
        'x-timestamp': '1',
        'x-nonce': 'ab'.repeat(16),
        'x-signature': '0'.repeat(64),
      },
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'GATE_SIGNATURE_INVALID' });
    expect(res.body.request_id).toBeTruthy();
    expect(await sessionsOf('粤B12345')).toHaveLength(0);
  });

  it('a coupon worth more than the fee is capped at the fee: nothing left to pay, no bank transfer', async () => {
    const { id: campaignId } = await runningCampaign(env, {
      kind: 'coupon',
      name: '停车券',
      budget_fen: 100_000,
      coupon: {
        type: 'instant',
        discount_fen: 50_000,
        use_window: { days: 7 },
        merchant_ids: [lot.merchantId],
      },
    });
    const driver = await driverWithWallet(env, 1_000);
    const claim = await env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: driver.token,
      idem: 'claim',
      body: {},
    });
    expect(claim.status).toBe(201);
    const plate = newPlate();
    await arrive(plate);
    const entryAt = env.clock.now();
    env.clock.advance(90 * 60_000);
    await leave(plate);
    const fee = feeFor(entryAt, env.clock.now());
    const s = await lookup(driver.token, plate);
    expect(s.body.coupons).toEqual([
      expect.objectContaining({ coupon_code: claim.body.coupon.code, discount_fen: fee }),
    ]);
    const paid = await pay(driver.token, s.body.id, 'coupon-pay', { coupon_code: claim.body.coupon.code });
    expect(paid.status).toBe(201);
    expect(paid.body.payment).toMatchObject({ due_fen: fee, discount_fen: fee, payable_fen: 0 });
    expect(lot.gate.lane(lot.exit).barrier).toBe('open');
    expect(await walletBalance(env, driver.walletId)).toBe(1_000);
    const ledger = await ledgerCheck(env);
    expect(ledger.balanced).toBe(true);
    const c = ledger.campaigns.find((x: { campaign_id: string }) => x.campaign_id === campaignId);
    expect(c.spent_fen).toBe(fee); // the subsidy owed to the operator is the fee, not the face value
  });

  it('seamless payment: an agreement holder is charged at exit and the barrier opens at once', async () => {
    const driver = await driverWithWallet(env, 50_000);
    const plate = newPlate();
    const owner = await verifyAs(env, driver.token);
    await registerVehicle(env, plate, owner);
    const added = await env.api('POST', '/api/v1/me/parking/plates', {
      token: driver.token,
      body: { plate: display(plate) },
    });
    expect(added.status).toBe(201);
    expect(added.body.verification).toBe('verified');
    const refused = await env.api('PUT', `/api/v1/me/parking/plates/${added.body.id}/seamless`, {
      token: driver.token,
      body: { enabled: true },
    });
    expect(refused.body.code).toBe('AGREEMENT_NOT_ACCEPTED');
    const signed = await env.api('PUT', `/api/v1/me/parking/plates/${added.body.id}/seamless`, {
      token: driver.token,
      body: { enabled: true, agreement_accepted: true },
    });
    expect(signed.body).toMatchObject({ seamless: true });
    await arrive(plate);
    const entryAt = env.clock.now();
    env.clock.advance(45 * 60_000);
    const out = await leave(plate);
    const fee = feeFor(entryAt, env.clock.now());
    expect(out.decision).toMatchObject({ action: 'open', display: '无感支付成功，一路平安', due_fen: 0 });
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'decision' });
    // The answer opened it; no separate command repeats it.
    expect(lot.gate.commands.filter((c) => c.session_id === out.decision!.session_id)).toHaveLength(0);
    expect(await walletBalance(env, driver.walletId)).toBe(50_000 - fee);
    const mine = await env.api('GET', '/api/v1/me/parking/sessions', { token: driver.token });
    expect(mine.body.history[0]).toMatchObject({
      plate: display(plate),
      status: 'completed',
      covered_fen: fee,
    });
  });

  it('seamless payment beyond what the wallet holds falls back to paying in the app', async () => {
    const driver = await driverWithWallet(env, 1);
    const plate = newPlate();
    const { plate: added } = await addOwnPlate(env, driver.token, plate);
    await env.api('PUT', `/api/v1/me/parking/plates/${added.id}/seamless`, {
      token: driver.token,
      body: { enabled: true, agreement_accepted: true },
    });
    await arrive(plate);
    env.clock.advance(HOUR);
    const out = await leave(plate);
    expect(out.decision).toMatchObject({ action: 'hold' });
    expect((await sessionsOf(plate))[0].status).toBe('awaiting_payment');
    expect(await walletBalance(env, driver.walletId)).toBe(1);
  });

  it('offline gate: lets the car out, replays later, charges exactly once (seamless)', async () => {
    const driver = await driverWithWallet(env, 50_000);
    const plate = newPlate();
    const { plate: added } = await addOwnPlate(env, driver.token, plate);
    await env.api('PUT', `/api/v1/me/parking/plates/${added.id}/seamless`, {
      token: driver.token,
      body: { enabled: true, agreement_accepted: true },
    });
    const entered = await arrive(plate);
    env.clock.advance(3 * HOUR);
    lot.gate.setOnline(false);
    const out = await leave(plate);
    const [entryAt, exitAt] = [new Date(entered.event.captured_at), new Date(out.event.captured_at)];
    expect(out).toMatchObject({ barrier: 'open', queued: true, decision: null });
    expect((await sessionsOf(plate))[0].status).toBe('parked');
    env.clock.advance(20 * 60_000); // the network comes back later; the fee stays the one at exit
    lot.gate.setOnline(true);
    const replay = await lot.gate.replay();
    expect(replay.remaining).toBe(0);
    const fee = feeFor(entryAt, exitAt);
    await waitFor(
      'the seamless charge',
      async () => (await sessionsOf(plate))[0].status === 'completed' || false,
    );
    expect(await walletBalance(env, driver.walletId)).toBe(50_000 - fee);
    // The controller replays the same event again (it never saw the answer): nothing more happens.
    const resent = await resend(out.event.event_id);
    expect(resent.answer.status).toBe(200);
    expect(await walletBalance(env, driver.walletId)).toBe(50_000 - fee);
    const pays = await env.platform.db.query(
      "SELECT id FROM parking_payments WHERE session_id = ? AND status = 'succeeded'",
      [(await sessionsOf(plate))[0].id],
    );
    expect(pays).toHaveLength(1);
  });

  it('offline exit without an agreement becomes a debt the driver pays later, once', async () => {
    const driver = await driverWithWallet(env, 50_000);
    const plate = newPlate();
    await arrive(plate);
    env.clock.advance(HOUR);
    lot.gate.setOnline(false);
    const out = await leave(plate);
    expect(out.barrier).toBe('open');
    lot.gate.setOnline(true);
    await lot.gate.replay();
    const [s] = await sessionsOf(plate);
    expect(s.status).toBe('left_unpaid');
    const staff = await env.admin('manager');
    const exceptions = await env.api('GET', '/api/v1/admin/parking/exceptions?status=open', { token: staff });
    const unpaid = exceptions.body.items.find((e: { session_id: string }) => e.session_id === s.id);
    expect(unpaid).toMatchObject({ kind: 'unpaid_exit', plate: expect.stringMatching(/^粤A·\*+\d\d$/) });

    const found = await lookup(driver.token, plate);
    expect(found.body).toMatchObject({ id: s.id, status: 'left_unpaid' });
    const paid = await pay(driver.token, s.id, 'later');
    expect(paid.status).toBe(201);
    expect(paid.body.session.status).toBe('completed');
    expect((await pay(driver.token, s.id, 'later-2')).body.code).toBe('NOTHING_DUE');
    const after = await env.api('GET', '/api/v1/admin/parking/exceptions?status=open', { token: staff });
    expect(after.body.items.find((e: { session_id: string }) => e.session_id === s.id)).toBeUndefined();
  });

  it('pre-pay before exit: free to leave within the window, an extra fee after it', async () => {
    const driver = await driverWithWallet(env, 50_000);
    const early = newPlate();
    await arrive(early);
    env.clock.advance(HOUR);
    const s = await lookup(driver.token, early);
    const prepaid = await pay(driver.token, s.body.id, 'pre-1');
    expect(prepaid.body.session.status).toBe('prepaid');
    env.clock.advance(10 * 60_000);
    expect((await leave(early)).decision).toMatchObject({ action: 'open', display: '已缴费，一路平安' });

    const late = newPlate();
    await arrive(late);
    const entryAt = env.clock.now();
    env.clock.advance(HOUR);
    const s2 = await lookup(driver.token, late);
    const firstFee = s2.body.due_fen;
    await pay(driver.token, s2.body.id, 'pre-2');
    env.clock.advance(40 * 60_000);
    const out = await leave(late);
    const extra = feeFor(entryAt, env.clock.now()) - firstFee;
    expect(extra).toBeGreaterThan(0);
    expect(out.decision).toMatchObject({ action: 'hold', due_fen: extra });
    const paid = await pay(driver.token, s2.body.id, 'extra-2');
    expect(paid.body.payment.due_fen).toBe(extra);
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
  });

  it('no-plate and misread vehicles become exceptions; a one-character misread holds the barrier for an attendant', async () => {
    const noPlate = await arrive(null);
    expect(noPlate.decision).toMatchObject({ action: 'hold' });
    const plate = newPlate();
    await arrive(plate);
    env.clock.advance(30 * 60_000);
    const misread = `${plate.slice(0, -1)}${plate.endsWith('8') ? '9' : '8'}`;
    const out = await leave(plate, { misread_as: misread });
    // The read may be another car: the barrier holds and the session is not touched until someone looks.
    expect(out.barrier).toBe('closed');
    expect(out.decision).toMatchObject({ action: 'hold', session_id: null });
    expect((await sessionsOf(plate))[0].status).toBe('parked');
    const staff = await env.admin('manager');
    const list = await env.api('GET', '/api/v1/admin/parking/exceptions?status=open', { token: staff });
    const kinds = list.body.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['no_plate', 'misread_matched']));
    expect(JSON.stringify(list.body)).not.toContain(misread); // the camera's read is personal data too
    const noPlateException = list.body.items.find((e: { kind: string }) => e.kind === 'no_plate');
    const resolved = await env.api(
      'POST',
      `/api/v1/admin/parking/exceptions/${noPlateException.id}/resolve`,
      {
        token: staff,
        body: { note: '人工核实后放行', open_gate: true },
      },
    );
    expect(resolved.body).toMatchObject({ status: 'resolved', gate_command: { delivered: true } });
    expect(lot.gate.lane(lot.entry)).toMatchObject({ barrier: 'open', opened_by: 'command' });

    // The attendant checks the car and confirms the match: the stay ends at the exit read, the car is
    // let out, and the fee becomes a debt.
    const candidate = list.body.items.find(
      (e: { kind: string; event_id: string }) =>
        e.kind === 'misread_matched' && e.event_id === out.event.event_id,
    );
    expect(candidate.session_id).toBe((await sessionsOf(plate))[0].id);
    const released = await env.api('POST', `/api/v1/admin/parking/exceptions/${candidate.id}/resolve`, {
      token: staff,
      body: { note: '核对车牌无误，车主无手机，登记后放行', open_gate: true },
    });
    expect(released.status).toBe(200);
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    expect((await sessionsOf(plate))[0].status).toBe('left_unpaid');
    const debts = await env.api('GET', '/api/v1/admin/parking/exceptions?status=open', { token: staff });
    expect(
      debts.body.items.find(
        (e: { session_id: string; kind: string }) => e.session_id === candidate.session_id,
      ),
    ).toMatchObject({
      kind: 'unpaid_exit',
    });
    const auditor = await env.admin('auditor');
    const refused = await env.api('POST', `/api/v1/admin/parking/exceptions/${candidate.id}/resolve`, {
      token: auditor,
      body: { note: 'x' },
    });
    expect(refused.status).toBe(403);
  });

  it("a one-character misread never charges the candidate's seamless wallet nor opens the barrier", async () => {
    const driver = await driverWithWallet(env, 50_000);
    const plate = newPlate();
    const { plate: added } = await addOwnPlate(env, driver.token, display(plate));
    await env.api('PUT', `/api/v1/me/parking/plates/${added.id}/seamless`, {
      token: driver.token,
      body: { enabled: true, agreement_accepted: true },
    });
    const entered = await arrive(plate);
    env.clock.advance(HOUR);
    // Another car, one character off, low confidence: the candidate is the seamless holder's car.
    const other = `${plate.slice(0, -1)}${plate.endsWith('8') ? '9' : '8'}`;
    const out = await leave(other, { confidence: 0.6 });
    expect(out.decision).toMatchObject({ action: 'hold', session_id: null });
    expect(out.barrier).toBe('closed');
    await new Promise((r) => setTimeout(r, 200)); // no charge after the answer either
    expect(await walletBalance(env, driver.walletId)).toBe(50_000);
    const payments = await env.platform.db.query('SELECT id FROM parking_payments WHERE session_id = ?', [
      entered.decision!.session_id,
    ]);
    expect(payments).toHaveLength(0);
    expect((await sessionsOf(plate))[0].status).toBe('parked');
    // The holder's own car, read exactly, still leaves the seamless way.
    const own = await leave(plate);
    expect(own.decision).toMatchObject({ action: 'open', display: '无感支付成功，一路平安' });
  });

  it("the lot's daily report adds up the day's payments", async () => {
    const staff = await env.admin('auditor');
    const report = await env.api(
      'GET',
      `/api/v1/admin/parking/lots/${lot.lotId}/daily-report?day=${cstToday(env)}`,
      {
        token: staff,
      },
    );
    expect(report.status).toBe(200);
    const paid = await env.platform.db.query<{ due: unknown; disc: unknown; pay: unknown; n: unknown }>(
      "SELECT SUM(due_fen) AS due, SUM(discount_fen) AS disc, SUM(payable_fen) AS pay, COUNT(*) AS n FROM parking_payments WHERE lot_id = ? AND status = 'succeeded'",
      [lot.lotId],
    );
    // All of this suite's payments happened on the test clock's today or later; the report covers today.
    expect(report.body.fee_collected_fen).toBeLessThanOrEqual(Number(paid[0].due));
    expect(report.body.fee_collected_fen).toBe(
      report.body.coupon_discount_fen + report.body.paid_by_drivers_fen,
    );
    const sessions = await env.api('GET', `/api/v1/admin/parking/sessions?lot_id=${lot.lotId}`, {
      token: staff,
    });
    expect(sessions.body.items.length).toBeGreaterThan(5);
    for (const s of sessions.body.items) expect(s.plate).toMatch(/^粤A·\*+\d\d$/);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
  it('an attendant releases a car held at the exit: a debt priced by the tariff it came in under', async () => {
    const plate = newPlate();
    const entered = await arrive(plate);
    env.clock.advance(70 * 60_000);
    const out = await leave(plate);
    const due = out.decision!.due_fen!;
    const manager = await env.admin('manager');
    // The lot switches to the cheaper outer-district tariff; this stay keeps its own.
    const switched = await setLotTariff(env, lot.lotId, 'gz-outer');
    expect(switched.body).toMatchObject({ status: 'approved' });
    const released = await env.api(
      'POST',
      `/api/v1/admin/parking/sessions/${entered.decision!.session_id}/release`,
      {
        token: manager,
        body: { note: '车主无法扫码，登记后放行' },
      },
    );
    expect(released.body).toMatchObject({ status: 'left_unpaid', gate_command: { delivered: true } });
    expect(lot.gate.lane(lot.exit)).toMatchObject({ barrier: 'open', opened_by: 'command' });
    const again = await env.api(
      'POST',
      `/api/v1/admin/parking/sessions/${entered.decision!.session_id}/release`,
      {
        token: manager,
        body: { note: 'x' },
      },
    );
    expect(again.body.code).toBe('SESSION_NOT_AT_BARRIER');
    const driver = await driverWithWallet(env, 50_000);
    const debt = await lookup(driver.token, plate);
    expect(debt.body).toMatchObject({
      status: 'left_unpaid',
      due_fen: due,
      tariff_name: GUANGZHOU_TARIFFS['gz-central'].name,
    });
    const exceptions = await env.api('GET', '/api/v1/admin/parking/exceptions?status=open', {
      token: manager,
    });
    expect(
      exceptions.body.items.find(
        (e: { session_id: string }) => e.session_id === entered.decision!.session_id,
      ),
    ).toMatchObject({ kind: 'unpaid_exit', lane_name: '1 号出口' });
    await setLotTariff(env, lot.lotId, 'gz-central');
    expect(
      (await env.api('GET', '/api/v1/admin/parking/sessions?status=gone', { token: manager })).status,
    ).toBe(400);
  });

  it("adding someone else's plate shows nothing of its car; the owner sees it now, not its past", async () => {
    const plate = newPlate();
    await arrive(plate);
    env.clock.advance(5 * 60_000);
    await leave(plate); // within the grace period: free, completed
    const [stranger, owner] = await env.citizens(2);
    const claimed = await env.api('POST', '/api/v1/me/parking/plates', {
      token: stranger.token,
      body: { plate },
    });
    expect(claimed.body.verification).toBe('unverified');
    await arrive(plate);
    const theirs = await env.api('GET', '/api/v1/me/parking/sessions', { token: stranger.token });
    expect(theirs.body).toEqual({ current: [], history: [] });
    env.clock.advance(1000);
    await addOwnPlate(env, owner.token, plate);
    const mine = await env.api('GET', '/api/v1/me/parking/sessions', { token: owner.token });
    expect(mine.body.current).toHaveLength(1);
    expect(mine.body.history).toEqual([]);
    // The lot list is public: a scanned QR shows its lot before logging in.
    const lots = await env.api('GET', '/api/v1/parking/lots');
    expect(lots.status).toBe(200);
    expect(lots.body.items.map((l: { id: string }) => l.id)).toContain(lot.lotId);
    expect(JSON.stringify(lots.body)).not.toContain('secret');
  });

  it("reconciles drivers' fees against the bank's file: every transfer matched, nothing unresolved", async () => {
    const paid = await env.platform.db.query<{
      id: string;
      payable_fen: unknown;
      completed_at: Date | string;
    }>(
      "SELECT id, payable_fen, completed_at FROM parking_payments WHERE lot_id = ? AND status = 'succeeded' AND payable_fen > 0",
      [lot.lotId],
    );
    expect(paid.length).toBeGreaterThan(3);
    const days = [...new Set(paid.map((p) => cstDayKey(new Date(p.completed_at))))];
    env.clock.advance(2 * 86_400_000); // bills are available from D+1
    const matched = new Set<string>();
    for (const day of days) {
      const report = await env.platform.services.reconciliation.reconcile(day, 'test');
      expect(report.summary.unresolved).toBe(0);
      for (const i of report.items)
        if (i.type === 'TRANSFER' && i.class === 'matched') matched.add(i.out_trade_no);
    }
    expect([...matched].sort()).toEqual(paid.map((p) => p.id).sort());
  });
});
