import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { FAST_BANK_ENV } from '../../../test/bank';
import { addProduct, approvedMerchant, boughtContract, escrowState, myContract } from '../../../test/prepaid';

// Races and faults on MariaDB and SQLite: parallel write-offs of the same class release once; a
// merchant's closure racing its write-offs refunds every consumer exactly once; the escrow's answer
// lost after it committed is asked about (never guessed); duplicate and forged notifications; a
// regulator's freeze under maker-checker; a tampered hash chain is caught. 0 lost, 0 twice.
describe.each(MODES)('prepaid races and faults (%s)', (mode) => {
  let env: TestEnv;
  let packId: string;
  const merchantToken = () => env.admin('cashier');
  const writeOff = async (id: string, seq: number, units = 1) =>
    env.api('POST', `/api/v1/admin/prepaid/contracts/${id}/write-offs`, {
      token: await merchantToken(),
      body: { seq, units },
    });
  const confirm = (token: string, id: string, w: string) =>
    env.api('POST', `/api/v1/me/prepaid/contracts/${id}/write-offs/${w}/confirm`, { token, body: {} });
  const instructions = (contractId: string, type: string) =>
    env.platform.db.query<{ id: string; status: string; amount_fen: unknown }>(
      'SELECT id, status, amount_fen FROM prepaid_instructions WHERE contract_id = ? AND type = ?',
      [contractId, type],
    );

  beforeAll(async () => {
    env = await startEnv(mode, { ...FAST_BANK_ENV, BANK_TIMEOUT_MS: '5000', ESCROW_TIMEOUT_MS: '2000' });
    const m = await approvedMerchant(env);
    packId = (
      await addProduct(env, m.token, {
        kind: 'class_pack',
        name: '羽毛球 10 次课',
        unit_price_fen: 4_000,
        units: 10,
      })
    ).id;
  });
  afterAll(async () => {
    env?.platform.embedded.escrow?.mock.resetFaults();
    await env?.close();
  });

  it('parallel write-offs of the same class make one write-off; parallel confirmations release once', async () => {
    const { consumer, id } = await boughtContract(env, packId);
    const made = await Promise.all(Array.from({ length: 8 }, () => writeOff(id, 1)));
    expect(made.filter((r) => r.status === 201)).toHaveLength(1);
    expect(made.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(new Set(made.map((r) => r.body.write_off.id)).size).toBe(1);
    const w = made[0].body.write_off.id as string;
    const confirmed = await Promise.all(Array.from({ length: 8 }, () => confirm(consumer.token, id, w)));
    expect(confirmed.every((r) => r.status === 200)).toBe(true);
    const releases = await instructions(id, 'release');
    expect(releases).toHaveLength(1);
    const esc = (await escrowState(env)).contracts.find((c) => c.contract_id === id)!;
    expect(esc).toMatchObject({ released_fen: 4_000, locked_fen: 36_000 });
    expect((await myContract(env, consumer.token, id)).contract).toMatchObject({
      used_units: 1,
      released_fen: 4_000,
    });
  });

  it('a release whose answer is lost after the escrow committed is asked about and booked once', async () => {
    const { consumer, id } = await boughtContract(env, packId);
    const escrow = env.platform.embedded.escrow!.mock;
    escrow.setNotifyUrl('http://127.0.0.1:9/unreachable'); // no notification may rescue it
    escrow.setFaults({ timeout_after_commit: true });
    const w = (await writeOff(id, 1)).body.write_off.id;
    expect((await confirm(consumer.token, id, w)).status).toBe(200);
    const [rel] = await instructions(id, 'release');
    expect(rel.status).toBe('pending'); // unknown: neither booked nor given up
    expect((await myContract(env, consumer.token, id)).contract).toMatchObject({
      releasing_fen: 4_000,
      released_fen: 0,
    });
    escrow.resetFaults();
    // The next attempt asks the escrow first (a slow machine may need another: each one asks again).
    let retried = await env.platform.services.payments.attempt(rel.id);
    for (let i = 0; i < 4 && retried?.status !== 'paid'; i++)
      retried = await env.platform.services.payments.attempt(rel.id);
    expect(retried?.status).toBe('paid');
    expect((await instructions(id, 'release'))[0].status).toBe('succeeded');
    expect(escrow.instructions.get(rel.id)).toBeDefined();
    const esc = (await escrowState(env)).contracts.find((c) => c.contract_id === id)!;
    expect(esc.released_fen).toBe(4_000); // once, though it was sent and asked about
    escrow.setNotifyUrl(`${env.url}/api/v1/callbacks/escrow`);
  });

  it('duplicate notifications change nothing; a forged one is refused', async () => {
    const { consumer, id } = await boughtContract(env, packId);
    const escrow = env.platform.embedded.escrow!.mock;
    escrow.setFaults({ duplicate_notifications: 1 });
    const w = (await writeOff(id, 1)).body.write_off.id;
    await confirm(consumer.token, id, w);
    await new Promise((r) => setTimeout(r, 300));
    escrow.resetFaults();
    expect((await myContract(env, consumer.token, id)).contract.released_fen).toBe(4_000);
    const [rel] = await instructions(id, 'release');
    const forged = await env.api('POST', '/api/v1/callbacks/escrow', {
      body: { instruction_id: rel.id, status: 'FAILED', amount_fen: 4_000 },
      headers: { 'x-escrow-signature': 'f'.repeat(64) },
    });
    expect(forged.status).toBe(401);
    expect((await instructions(id, 'release'))[0].status).toBe('succeeded');
  });

  it("a merchant's closure racing its write-offs refunds each consumer exactly once, the rest released", async () => {
    const m2 = await approvedMerchant(env, { operator: 'cashier2' });
    const pack2 = (
      await addProduct(env, m2.token, {
        kind: 'class_pack',
        name: '课时包',
        unit_price_fen: 3_000,
        units: 10,
      })
    ).id;
    const bought: Awaited<ReturnType<typeof boughtContract>>[] = [];
    for (let i = 0; i < 5; i++) bought.push(await boughtContract(env, pack2));
    const pending: string[] = [];
    for (const b of bought) {
      await writeOff2(b.id, 1);
      pending.push((await writeOff2(b.id, 2)).body.write_off.id as string);
    }
    async function writeOff2(id: string, seq: number) {
      return env.api('POST', `/api/v1/admin/prepaid/contracts/${id}/write-offs`, {
        token: await env.admin('cashier2'),
        body: { seq, units: 1 },
      });
    }
    for (const b of bought) {
      const [first] = await env.platform.db.query<{ id: string }>(
        'SELECT id FROM prepaid_writeoffs WHERE contract_id = ? AND seq = 1',
        [b.id],
      );
      expect((await confirm(b.consumer.token, b.id, first.id)).status).toBe(200);
    }
    const proposal = await env.api('POST', '/api/v1/admin/prepaid/proposals', {
      token: await env.admin('regulator'),
      body: { merchant_id: m2.merchantId, action: 'close', reason: '商户闭店跑路' },
    });
    expect(proposal.status).toBe(201);
    const [decided, ...confirms] = await Promise.all([
      env.api('POST', `/api/v1/admin/prepaid/proposals/${proposal.body.id}/decision`, {
        token: await env.admin('regulator2'),
        body: { approve: true },
      }),
      ...bought.map((b, i) => confirm(b.consumer.token, b.id, pending[i])),
      ...bought.map((b) => writeOff2(b.id, 3)),
    ]);
    expect(decided.status).toBe(200);
    for (const r of confirms) expect([200, 201, 409]).toContain(r.status);
    for (let k = 0; k < 5; k++) {
      await env.platform.services.prepaid.sweep();
      for (const b of bought)
        for (const r of await instructions(b.id, 'release'))
          if (r.status === 'pending') await env.platform.services.payments.attempt(r.id);
    }
    const esc = await escrowState(env);
    for (const b of bought) {
      const c = (await myContract(env, b.consumer.token, b.id)).contract;
      expect(c).toMatchObject({
        status: 'refunded',
        refund_reason: 'merchant_default',
        releasing_fen: 0,
        refunding_fen: 0,
      });
      expect(c.released_fen + c.refunded_fen).toBe(30_000);
      expect(await instructions(b.id, 'refund')).toHaveLength(1);
      const w = esc.contracts.find((x) => x.contract_id === b.id)!;
      expect(w).toMatchObject({
        locked_fen: 0,
        released_fen: c.released_fen,
        refunded_fen: c.refunded_fen,
        frozen: true,
      });
    }
    const check = await ledgerCheck(env);
    expect(check.prepaid).toMatchObject({ balanced: true, invariant_violations: 0 });
    const view = await env.api('GET', '/api/v1/admin/prepaid/supervision', {
      token: await env.admin('regulator'),
    });
    const row = view.body.merchants.find((x: { merchant_id: string }) => x.merchant_id === m2.merchantId);
    expect(row.alerts.map((a: { code: string }) => a.code)).toContain('CLOSURE_NOTICE');
    expect(row.retained_fen).toBe(0);
  });

  it('a freeze needs a second regulator; frozen contracts take no write-offs; unfreeze restores them', async () => {
    const { id } = await boughtContract(env, packId);
    const merchantId = (
      await env.platform.db.query<{ merchant_id: string }>(
        'SELECT merchant_id FROM prepaid_contracts WHERE id = ?',
        [id],
      )
    )[0].merchant_id;
    const p = await env.api('POST', '/api/v1/admin/prepaid/proposals', {
      token: await env.admin('regulator'),
      body: { merchant_id: merchantId, action: 'freeze', reason: '投诉集中' },
    });
    const self = await env.api('POST', `/api/v1/admin/prepaid/proposals/${p.body.id}/decision`, {
      token: await env.admin('regulator'),
      body: { approve: true },
    });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SAME_PERSON');
    const byMerchant = await env.api('POST', '/api/v1/admin/prepaid/proposals', {
      token: await merchantToken(),
      body: { merchant_id: merchantId, action: 'unfreeze', reason: 'x' },
    });
    expect(byMerchant.status).toBe(403);
    expect(
      (
        await env.api('POST', `/api/v1/admin/prepaid/proposals/${p.body.id}/decision`, {
          token: await env.admin('regulator2'),
          body: { approve: true },
        })
      ).status,
    ).toBe(200);
    const refused = await writeOff(id, 9);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONTRACT_FROZEN');
    await env.platform.services.prepaid.sweep();
    expect((await escrowState(env)).contracts.find((c) => c.contract_id === id)!.frozen).toBe(true);
    const un = await env.api('POST', '/api/v1/admin/prepaid/proposals', {
      token: await env.admin('regulator2'),
      body: { merchant_id: merchantId, action: 'unfreeze', reason: '整改完成' },
    });
    await env.api('POST', `/api/v1/admin/prepaid/proposals/${un.body.id}/decision`, {
      token: await env.admin('regulator'),
      body: { approve: true },
    });
    await env.platform.services.prepaid.sweep();
    expect((await writeOff(id, 9)).status).toBe(201);
    expect((await escrowState(env)).contracts.find((c) => c.contract_id === id)!.frozen).toBe(false);
  });

  it('the hash chain verifies, and a tampered entry is caught where it is', async () => {
    const auditor = await env.admin('auditor');
    const ok = await env.api('POST', '/api/v1/admin/prepaid/chain-verification', {
      token: auditor,
      body: {},
    });
    expect(ok.body).toMatchObject({ ok: true, broken_at: null });
    expect(ok.body.length).toBeGreaterThan(10);
    await fetch(`${env.platform.embedded.escrow!.url}/__mock/tamper`, {
      method: 'POST',
      body: JSON.stringify({ seq: 3, field: 'amount_fen', value: 1 }),
    });
    const bad = await env.api('POST', '/api/v1/admin/prepaid/chain-verification', {
      token: auditor,
      body: {},
    });
    expect(bad.body).toMatchObject({ ok: false, broken_at: 3 });
  });
});
