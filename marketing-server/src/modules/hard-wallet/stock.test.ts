import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, TEST_PASSWORD, type TestEnv } from '../../../test/harness';
import { hashPassword } from '../../security/passwords';
import { insertAdminUser } from '../../security/access';
import { batch, merchant, terminal } from './fixtures.test-helper';

// Blank-card stock and its distribution (issue 18 item 2) on MariaDB and SQLite: a batch enters the
// warehouse; a distribution order (made by one officer, dispatched by another) moves a range to a
// branch, in transit until the count checks; a short receipt waits for a second person; a card is
// issued only from the stock of the location it is issued at, and a vending machine sells anonymous
// cards only.

type Stock = {
  items: {
    location: { id: string; name: string };
    available: number;
    reserved: number;
    by_status: Record<string, number>;
  }[];
  in_transit: number;
  missing: number;
};

describe.each(MODES)('hard-wallet stock and distribution (%s)', (mode) => {
  let env: TestEnv;
  let officer: string;
  let officer2: string;
  let nos: string[];
  let branch: { id: string; name: string };
  let vending: { id: string; name: string };

  beforeAll(async () => {
    env = await startEnv(mode);
    await insertAdminUser(
      env.platform.db,
      {
        id: 'adm_officer2',
        username: 'officer2',
        password_hash: await hashPassword(TEST_PASSWORD),
        display_name: '复核专员',
        roles: ['ecny_officer'],
        merchant_id: null,
      },
      new Date(),
    );
    officer = await env.admin('officer');
    officer2 = await env.admin('officer2');
    nos = (await batch(env, 12)).nos;
    const mk = async (kind: string, name: string) => {
      const r = await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
        token: officer,
        body: { kind, name },
      });
      expect(r.status).toBe(201);
      return r.body as { id: string; name: string };
    };
    branch = await mk('branch', `天河支行${mode}`);
    vending = await mk('vending', `大厅售卡机${mode}`);
  });
  afterAll(async () => env?.close());

  const stock = async () =>
    (await env.api('GET', '/api/v1/admin/hard-wallet/stock', { token: await env.admin('auditor') }))
      .body as Stock;
  const at = (s: Stock, id: string) => s.items.find((i) => i.location.id === id)!;
  const issue = (card_no: string, location_id: string, holder_kind = 'real_name') =>
    env.api('POST', '/api/v1/admin/hard-wallet/cards/issue', {
      token: officer,
      body: {
        card_no,
        holder_kind,
        ...(holder_kind === 'real_name' ? { holder_name: '李小龙' } : {}),
        kyc_level: holder_kind === 'real_name' ? '2' : 'anon',
        location_id,
      },
    });
  const distribute = (body: Record<string, unknown>, token = officer) =>
    env.api('POST', '/api/v1/admin/hard-wallet/distributions', { token, body });
  const act = (id: string, step: string, token: string, body?: unknown) =>
    env.api('POST', `/api/v1/admin/hard-wallet/distributions/${id}/${step}`, { token, body });

  it('a location name is unique; an auditor reads stock but cannot add a location', async () => {
    const dup = await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
      token: officer,
      body: { kind: 'branch', name: branch.name },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('LOCATION_NAME_TAKEN');
    const denied = await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
      token: await env.admin('auditor'),
      body: { kind: 'branch', name: '别的网点' },
    });
    expect(denied.status).toBe(403);
    const s = await stock();
    expect(at(s, 'warehouse').location.name).toBe('总仓');
    expect(at(s, branch.id).available).toBe(0);
  });

  it('a range goes warehouse → branch: reserved, in transit, received; the card is issued only where it is in stock', async () => {
    const before = at(await stock(), 'warehouse').available;
    // Not yet at the branch: refused, nothing changed.
    const early = await issue(nos[0], branch.id);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CARD_NOT_IN_STOCK');
    const d = await distribute({
      from_location: 'warehouse',
      to_location: branch.id,
      beg_no: nos[0],
      end_no: nos[3],
    });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({
      status: 'created',
      quantity: 4,
      beg_no: nos[0],
      end_no: nos[3],
      to_name: branch.name,
    });
    let s = await stock();
    expect(at(s, 'warehouse')).toMatchObject({ available: before - 4, reserved: 4 });
    // Reserved cards go nowhere else: not on a second order, not issued at the warehouse.
    const twice = await distribute({
      from_location: 'warehouse',
      to_location: vending.id,
      beg_no: nos[2],
      end_no: nos[4],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('STOCK_INSUFFICIENT');
    expect((await issue(nos[1], 'warehouse')).body.code).toBe('CARD_NOT_IN_STOCK');
    // Received before it left: refused by the transition table.
    const notYet = await act(d.body.id, 'receive', officer, { received_count: 4 });
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('DISTRIBUTION_STATE_INVALID');
    // Maker-checker: the maker cannot dispatch their own order.
    const self = await act(d.body.id, 'dispatch', officer);
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SAME_PERSON');
    const out = await act(d.body.id, 'dispatch', officer2);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ status: 'in_transit', dispatched_by_name: '复核专员' });
    s = await stock();
    expect(s.in_transit).toBe(4);
    expect(at(s, 'warehouse').reserved).toBe(0);
    expect((await issue(nos[0], branch.id)).body.code).toBe('CARD_NOT_IN_STOCK');
    const over = await act(d.body.id, 'receive', officer, { received_count: 5 });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('DISTRIBUTION_COUNT_INVALID');
    const got = await act(d.body.id, 'receive', officer, { received_count: 4 });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ status: 'received', received_count: 4, shortfall: 0 });
    s = await stock();
    expect(at(s, branch.id).available).toBe(4);
    expect(s.in_transit).toBe(0);
    const issued = await issue(nos[0], branch.id);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ status: 'issued', location: branch.id, location_name: branch.name });
    expect(at(await stock(), branch.id)).toMatchObject({
      available: 3,
      by_status: { personalized: 3, issued: 1 },
    });
    // Elsewhere the branch's cards are not stock.
    expect((await issue(nos[1], 'warehouse')).body.code).toBe('CARD_NOT_IN_STOCK');
  });

  it('a short receipt is held as a discrepancy until a second person writes off the named missing cards', async () => {
    const d = await distribute({
      from_location: 'warehouse',
      to_location: vending.id,
      quantity: 3,
      note: '补货',
    });
    expect(d.status).toBe(201);
    const cards = [d.body.beg_no, String(BigInt(d.body.beg_no) + 1n), d.body.end_no];
    expect(cards).toEqual([nos[4], nos[5], nos[6]]);
    expect((await act(d.body.id, 'dispatch', officer2)).status).toBe(200);
    const short = await act(d.body.id, 'receive', officer, { received_count: 2, note: '箱内少一张' });
    expect(short.status).toBe(200);
    expect(short.body).toMatchObject({ status: 'discrepancy', received_count: 2, shortfall: 1 });
    // Not silently accepted: nothing entered the machine's stock, the cards are still in transit.
    let s = await stock();
    expect(at(s, vending.id).available).toBe(0);
    expect(s.in_transit).toBe(3);
    expect((await issue(cards[0], vending.id, 'anonymous')).body.code).toBe('CARD_NOT_IN_STOCK');
    const list = await env.api('GET', '/api/v1/admin/hard-wallet/distributions?status=discrepancy', {
      token: officer,
    });
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(d.body.id);
    // The receiver cannot settle their own short count; the write-off must name every missing card.
    const self = await act(d.body.id, 'resolve', officer, { outcome: 'found', note: '找到了' });
    expect(self.body.code).toBe('SAME_PERSON');
    const vague = await act(d.body.id, 'resolve', officer2, {
      outcome: 'write_off',
      missing_card_nos: [],
      note: '丢失',
    });
    expect(vague.status).toBe(422);
    expect(vague.body.code).toBe('DISTRIBUTION_COUNT_INVALID');
    const foreign = await act(d.body.id, 'resolve', officer2, {
      outcome: 'write_off',
      missing_card_nos: [nos[9]],
      note: '丢失',
    });
    expect(foreign.body.code).toBe('DISTRIBUTION_COUNT_INVALID');
    expect((await act(d.body.id, 'resolve', officer2, { outcome: 'write_off', note: '' })).status).toBe(400);
    const done = await act(d.body.id, 'resolve', officer2, {
      outcome: 'write_off',
      missing_card_nos: [cards[1]],
      note: '运输途中丢失，已报案',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'received',
      missing_card_nos: [cards[1]],
      resolved_by_name: '复核专员',
    });
    s = await stock();
    expect(at(s, vending.id).available).toBe(2);
    expect(s.missing).toBe(1);
    expect(s.in_transit).toBe(0);
    // A written-off card can never be issued; the machine sells only anonymous cards.
    expect((await issue(cards[1], vending.id, 'anonymous')).body.code).toBe('CARD_NOT_IN_STOCK');
    const named = await issue(cards[0], vending.id, 'real_name');
    expect(named.status).toBe(422);
    expect(named.body.code).toBe('VENDING_ANONYMOUS_ONLY');
    const sold = await issue(cards[0], vending.id, 'anonymous');
    expect(sold.status).toBe(201);
    expect(sold.body.holder_kind).toBe('anonymous');
    const audit = await env.platform.db.query<{ action: string }>(
      'SELECT action FROM audit_logs WHERE entity_id = ? ORDER BY id',
      [d.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'hw_distribution.create',
      'hw_distribution.dispatch',
      'hw_distribution.receive_short',
      'hw_distribution.resolve_write_off',
    ]);
  });

  it('a recount that finds every card puts them all in stock; a cancelled order frees its cards', async () => {
    const d = await distribute({ from_location: 'warehouse', to_location: branch.id, quantity: 2 });
    await act(d.body.id, 'dispatch', officer2);
    await act(d.body.id, 'receive', officer, { received_count: 1 });
    const found = await act(d.body.id, 'resolve', officer2, { outcome: 'found', note: '复点后齐全' });
    expect(found.body).toMatchObject({ status: 'received', received_count: 2, missing_card_nos: [] });
    expect(at(await stock(), branch.id).available).toBe(5);
    const c = await distribute({ from_location: 'warehouse', to_location: branch.id, quantity: 1 });
    const free = at(await stock(), 'warehouse').available;
    expect((await act(c.body.id, 'cancel', officer)).body.status).toBe('cancelled');
    expect(at(await stock(), 'warehouse').available).toBe(free + 1);
    expect((await act(c.body.id, 'dispatch', officer2)).body.code).toBe('DISTRIBUTION_STATE_INVALID');
  });

  it('bad input is refused with its code and changes nothing', async () => {
    const before = await stock();
    const both = await distribute({
      from_location: 'warehouse',
      to_location: branch.id,
      quantity: 1,
      beg_no: nos[11],
      end_no: nos[11],
    });
    expect(both.status).toBe(400);
    const none = await distribute({ from_location: 'warehouse', to_location: branch.id });
    expect(none.status).toBe(400);
    const same = await distribute({ from_location: branch.id, to_location: branch.id, quantity: 1 });
    expect(same.body.code).toBe('DISTRIBUTION_SAME_LOCATION');
    const nowhere = await distribute({ from_location: 'warehouse', to_location: 'hwl_nope', quantity: 1 });
    expect(nowhere.status).toBe(404);
    const much = await distribute({ from_location: 'warehouse', to_location: branch.id, quantity: 999 });
    expect(much.status).toBe(409);
    expect(much.body.code).toBe('STOCK_INSUFFICIENT');
    const noBody = await env.api('POST', '/api/v1/admin/hard-wallet/distributions', { token: officer });
    expect(noBody.status).toBe(400);
    expect(await stock()).toEqual(before);
  });

  it('a vending machine sells an anonymous card from its own stock over its signed terminal API, once', async () => {
    const mch = await merchant(env, '地铁站售卡点');
    const machine = await terminal(env, mch, 'vending');
    const pos = await terminal(env, mch, 'pos');
    const notVending = await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
      token: officer,
      body: { kind: 'vending', name: `POS 不是售卡机${mode}`, terminal_id: pos.id },
    });
    expect(notVending.body.code).toBe('LOCATION_TERMINAL_INVALID');
    const loc = await env.api('POST', '/api/v1/admin/hard-wallet/locations', {
      token: officer,
      body: { kind: 'vending', name: `地铁站售卡机${mode}`, terminal_id: machine.id },
    });
    expect(loc.status).toBe(201);
    const d = await distribute({ from_location: 'warehouse', to_location: loc.body.id, quantity: 1 });
    await act(d.body.id, 'dispatch', officer2);
    expect((await act(d.body.id, 'receive', officer, { received_count: 1 })).body.status).toBe('received');
    const no = d.body.beg_no as string;
    const sold = await machine.sim.sellCard(no);
    expect(sold.status, JSON.stringify(sold.body)).toBe(200);
    expect(sold.body).toMatchObject({
      card_no: no,
      status: 'issued',
      holder_kind: 'anonymous',
      location: loc.body.id,
    });
    const resent = await machine.sim.sellCard(no);
    expect(resent.status).toBe(200);
    expect(resent.body.id).toBe(sold.body.id);
    const elsewhere = await machine.sim.sellCard(nos[10]);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('CARD_NOT_IN_STOCK');
    const wrongMachine = await pos.sim.sellCard(nos[10]);
    expect(wrongMachine.status).toBe(422);
    expect(wrongMachine.body.code).toBe('LOCATION_TERMINAL_INVALID');
    expect(at(await stock(), loc.body.id)).toMatchObject({ available: 0, by_status: { issued: 1 } });
  });
});
