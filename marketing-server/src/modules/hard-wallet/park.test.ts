import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { batch, cardView, load, merchant, payable, terminal, uniq } from './fixtures.test-helper';

// The closed park: badges on the door whitelist, meal subsidies only at the canteen and in meal
// windows, offboarding in one step while offline spends are still on their way.

/** Milliseconds from now to the next 12:00 Beijing time (inside the lunch window). */
function untilNoonCst(now: Date) {
  const cst = new Date(now.getTime() + 8 * 3600_000);
  const noon = Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth(), cst.getUTCDate(), 12, 0, 0);
  const target = noon > cst.getTime() ? noon : noon + 86_400_000;
  return target - cst.getTime();
}

describe.each(MODES)('closed park (%s)', (mode) => {
  let env: TestEnv;
  let canteen: string;
  let shop: string;
  let org: { id: string; departments: { id: string }[] };
  let nos: string[];
  let next = 0;
  beforeAll(async () => {
    env = await startEnv(mode, {
      BANK_TIMEOUT_MS: '2000',
      PAYOUT_RETRY_BASE_MS: '10',
      HW_QUIET_PERIOD_HOURS: '1',
    });
    env.clock.advance(untilNoonCst(env.clock.now()));
    canteen = await merchant(env, '机关一食堂');
    shop = await merchant(env, '园区便利店');
    nos = (await batch(env, 10)).nos;
    const reg = await env.admin('registrar');
    const o = await env.api('POST', '/api/v1/admin/park/orgs', {
      token: reg,
      body: { name: '某区政务服务中心', departments: ['办公室', '信息科'] },
    });
    org = o.body;
    await env.api('POST', `/api/v1/admin/park/orgs/${org.id}/canteens`, {
      token: reg,
      body: { merchant_id: canteen },
    });
    const dep = await env.api('POST', `/api/v1/admin/park/orgs/${org.id}/deposits`, {
      token: await env.admin('funder'),
      idem: `pd-${uniq()}`,
      body: { amount_fen: 1_000_000, reference: '财政拨款' },
    });
    const ok = await env.api('POST', `/api/v1/admin/park/deposits/${dep.body.id}/confirm`, {
      token: await env.admin('funder2'),
    });
    expect(ok.body.status).toBe('confirmed');
  });
  afterAll(async () => env?.close());

  async function staff(name: string) {
    const wallet = `SW${uniq()}`;
    env.platform.services.hardWallet.embedded!.mock.fundSoftWallet(wallet, 100_000);
    const res = await env.api('POST', `/api/v1/admin/park/orgs/${org.id}/staff`, {
      token: await env.admin('registrar'),
      body: { department_id: org.departments[0].id, name, card_no: nos[next++], soft_wallet_id: wallet },
    });
    expect(res.status).toBe(201);
    return { ...res.body, wallet } as { id: string; card_id: string; card_no: string; wallet: string };
  }

  async function run(amount: number) {
    const month = `2099-${String(10 + next)
      .padStart(2, '0')
      .slice(-2)}`;
    const draft = await env.api('POST', '/api/v1/admin/park/subsidy-runs', {
      token: await env.admin('funder'),
      body: { org_id: org.id, month, amount_per_staff_fen: amount, return_rule: 'return' },
    });
    expect(draft.status).toBe(201);
    const self = await env.api('POST', `/api/v1/admin/park/subsidy-runs/${draft.body.id}/approve`, {
      token: await env.admin('funder'),
    });
    expect(self.body.code).toBe('SAME_PERSON');
    const ok = await env.api('POST', `/api/v1/admin/park/subsidy-runs/${draft.body.id}/approve`, {
      token: await env.admin('funder2'),
    });
    expect(ok.body.status).toBe('posted');
    return ok.body;
  }

  it('a subsidy is spent at the canteen in the meal window, and refused outside its window or merchant', async () => {
    const s = await staff('王小明');
    await run(30_000);
    const pos = await terminal(env, canteen, 'canteen_pos');
    const paid = await pos.sim.subsidyPayment(s.card_no, 1_500);
    expect(paid.status).toBe(200);
    expect(paid.body.subsidy_balance_fen).toBe(28_500);
    const replay = await env.api('GET', '/api/v1/admin/park/subsidy-runs', {
      token: await env.admin('auditor'),
    });
    expect(replay.status).toBe(200);
    const elsewhere = await terminal(env, shop, 'vending');
    const wrong = await elsewhere.sim.subsidyPayment(s.card_no, 500);
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('SUBSIDY_MERCHANT_NOT_ALLOWED');
    env.clock.advance(3 * 3600_000); // 15:00, between lunch and dinner
    await pos.sim.signOn();
    const late = await pos.sim.subsidyPayment(s.card_no, 500);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('SUBSIDY_OUTSIDE_WINDOW');
    expect((await cardView(env, s.card_id)).confirmed_balance_fen).toBe(0);
    expect(await payable(env, canteen)).toBe(1_500);
    const check = await ledgerCheck(env);
    expect(check.park_subsidies.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });

  it('door controllers get the badge on the whitelist; a lost badge is off the doors and blacklisted at once', async () => {
    const s = await staff('李四');
    const door = await terminal(env, canteen, 'door', org.id);
    await door.sim.heartbeat();
    expect(door.sim.door(s.card_no)).toBe(true);
    const loss = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${s.card_id}/loss`, {
      token: await env.admin('officer'),
      body: { kind: 'temp' },
    });
    expect(loss.body).toMatchObject({ status: 'loss_temp', blacklisted: true });
    await door.sim.heartbeat();
    expect(door.sim.door(s.card_no)).toBe(false);
    expect(door.sim.versions.whitelist).toBeGreaterThan(0);
    const wl = await env.api('GET', `/api/v1/admin/park/orgs/${org.id}/whitelist`, {
      token: await env.admin('auditor'),
    });
    expect(wl.body.cards).not.toContain(s.card_no);
  });

  it('offboarding with an offline batch still on its way: doors, subsidy, unload and cancel in one step; the late batch is booked once', async () => {
    const s = await staff('赵六');
    const r = await run(20_000);
    expect(r.total_fen).toBeGreaterThan(0);
    expect((await load(env, s.card_id, 10_000)).body.status).toBe('succeeded');
    const pos = await terminal(env, canteen, 'canteen_pos');
    await pos.sim.tap(s.card_no, 2_000);
    await pos.sim.tap(s.card_no, 1_000);
    const before = await payable(env, canteen);
    const off = await env.api('POST', `/api/v1/admin/park/staff/${s.id}/offboard`, {
      token: await env.admin('registrar'),
    });
    expect(off.status).toBe(200);
    expect(off.body.staff).toMatchObject({
      status: 'offboarded',
      card_status: 'cancelled',
      subsidy_balance_fen: 0,
    });
    expect(off.body.staff.wallet_balance_fen).toBe(3_000); // what the pending offline spends still hold
    expect(env.platform.services.hardWallet.embedded!.mock.softWallet(s.wallet)).toBe(
      100_000 - 10_000 + 7_000,
    );
    const wl = await env.api('GET', `/api/v1/admin/park/orgs/${org.id}/whitelist`, {
      token: await env.admin('auditor'),
    });
    expect(wl.body.cards).not.toContain(s.card_no);
    const up = await pos.sim.upload();
    expect(up.body).toMatchObject({ accepted: 2, applied: 2, exceptions: 0 });
    expect((await payable(env, canteen)) - before).toBe(3_000);
    expect((await cardView(env, s.card_id)).confirmed_balance_fen).toBe(0);
    env.clock.advance(2 * 3600_000);
    await env.platform.services.hardWallet.sweepQuietPeriods();
    const check = await ledgerCheck(env);
    expect(check.hard_wallet_cards.issues).toEqual([]);
    expect(check.park_subsidies.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });
});
