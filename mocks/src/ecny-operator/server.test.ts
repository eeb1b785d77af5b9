import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../shared/serve';
import { createCoreBankingMock } from '../core-banking/server';
import { createEcnyOperatorMock } from './server';

// The operator and core-banking simulators on their own, over HTTP: envelope checks, dedup by msg_id,
// trade_no idempotency, 411, and the core's serial-keyed postings and reversal.

const INST = 'C3135810000017';
let seq = 0;
const msgId = () => `20261201120000${INST}${String(++seq).padStart(9, '0')}`;

describe('e-CNY operator simulator', () => {
  const op = createEcnyOperatorMock({ code: 'C1010211000012' });
  const core = createCoreBankingMock();
  let opUrl: RunningMock;
  let coreUrl: RunningMock;
  beforeAll(async () => {
    opUrl = await op.listen();
    coreUrl = await core.listen();
  });
  afterAll(async () => {
    await opUrl.close();
    await coreUrl.close();
  });

  const send = async (msg_tp: string, body: Record<string, unknown>, id = msgId(), receiver = op.code) => {
    const res = await fetch(`${opUrl.url}/dcep/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ head: { version: '01', msg_tp, msg_id: id, sender: INST, receiver }, body }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('discards a bad envelope (911), answers a repeated msg_id with its first answer', async () => {
    expect((await send('dcep.411', { trade_no: 't1' }, 'short')).body.code).toBe('dcep.911');
    expect((await send('dcep.411', { trade_no: 't1' }, msgId(), 'C9999999999999')).status).toBe(400);
    const opened = await send('ecny.wallet.open', {
      wallet_type: 'WT01',
      wallet_level: 'WL03',
      name: '甲',
      holder_id: 'u1',
    });
    expect(opened.body.body.wallet_id).toHaveLength(16);
    const id = msgId();
    const a = await send(
      'ecny.wallet.open',
      { wallet_type: 'WT01', wallet_level: 'WL04', name: '乙', holder_id: 'u2' },
      id,
    );
    const b = await send(
      'ecny.wallet.open',
      { wallet_type: 'WT01', wallet_level: 'WL04', name: '乙', holder_id: 'u2' },
      id,
    );
    expect(b.body).toEqual(a.body);
    expect(op.wallets.size).toBe(2);
  });

  it('225 credits once per trade_no, refuses another trade under it, and 411 tells the state', async () => {
    const w = (
      await send('ecny.wallet.open', {
        wallet_type: 'WT01',
        wallet_level: 'WL03',
        name: '丙',
        holder_id: 'u3',
      })
    ).body.body;
    const unlinked = await send('dcep.225', {
      trade_no: 'x0',
      wallet_id: w.wallet_id,
      amount_fen: 100,
      protocol_no: 'P',
    });
    expect(unlinked.body.body).toMatchObject({ status: 'FAILED', reject_code: 'ACCOUNT_NOT_LINKED' });
    const link = (
      await send('dcep.433', { wallet_id: w.wallet_id, account_no: '62170000000001', action: 'sign' })
    ).body.body;
    const t = { trade_no: 'x1', wallet_id: w.wallet_id, amount_fen: 10_000, protocol_no: link.protocol_no };
    expect((await send('dcep.225', t)).body.body.status).toBe('SUCCESS');
    expect((await send('dcep.225', t)).body.body.status).toBe('SUCCESS');
    expect(op.wallets.get(w.wallet_id)!.balance_fen).toBe(10_000);
    expect((await send('dcep.225', { ...t, amount_fen: 9 })).body.code).toBe('TRADE_CONFLICT');
    expect((await send('dcep.411', { trade_no: 'x1' })).body.body.status).toBe('SUCCESS');
    expect((await send('dcep.411', { trade_no: 'nope' })).body.body.status).toBe('NOT_FOUND');
    const over = await send('dcep.225', { ...t, trade_no: 'x2', amount_fen: 190_001 });
    expect(over.body.body).toMatchObject({ status: 'FAILED', reject_code: 'LIMIT_BALANCE_EXCEEDED' });
    const day = (
      await send('dcep.711', {
        bill_date: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', ''),
      })
    ).body.body;
    expect(day['dcep.225'].SUCCESS).toEqual({ count: 1, amount_fen: 10_000 });
  });

  it('a sub-wallet pays only at its merchant within its limits, and a close returns its balance once', async () => {
    const parent = (
      await send('ecny.wallet.open', {
        wallet_type: 'WT01',
        wallet_level: 'WL02',
        name: '丁',
        holder_id: 'u4',
      })
    ).body.body;
    const link = (
      await send('dcep.433', { wallet_id: parent.wallet_id, account_no: '62170000000004', action: 'sign' })
    ).body.body;
    await send('dcep.225', {
      trade_no: 's0',
      wallet_id: parent.wallet_id,
      amount_fen: 10_000,
      protocol_no: link.protocol_no,
    });
    const push = {
      parent_wallet_id: parent.wallet_id,
      merchant_no: 'm1',
      name: '公交',
      per_payment_fen: 500,
    };
    expect((await send('ecny.subwallet.push', { ...push, balance_cap_fen: 100 })).body.code).toBe(
      'INVALID_FIELD',
    );
    const sub = (await send('ecny.subwallet.push', { ...push, balance_cap_fen: 3_000 })).body.body;
    expect(sub).toMatchObject({ status: 'open', balance_fen: 0, merchant_no: 'm1' });
    const trade = (tp: string, b: Record<string, unknown>) =>
      send(`ecny.subwallet.${tp}`, { wallet_id: sub.wallet_id, ...b });
    expect((await trade('fund', { trade_no: 's1', amount_fen: 3_001 })).body.body.reject_code).toBe(
      'LIMIT_BALANCE_EXCEEDED',
    );
    expect((await trade('fund', { trade_no: 's2', amount_fen: 2_000 })).body.body.status).toBe('SUCCESS');
    expect((await trade('fund', { trade_no: 's2', amount_fen: 2_000 })).body.body.status).toBe('SUCCESS');
    expect(op.wallets.get(parent.wallet_id)!.balance_fen).toBe(8_000);
    const pay = { amount_fen: 400, merchant_no: 'm1' };
    expect((await trade('pay', { ...pay, trade_no: 's3', merchant_no: 'm2' })).body.body.reject_code).toBe(
      'MERCHANT_NOT_ALLOWED',
    );
    expect((await trade('pay', { ...pay, trade_no: 's4', amount_fen: 501 })).body.body.reject_code).toBe(
      'LIMIT_PER_PAYMENT_EXCEEDED',
    );
    expect((await trade('pay', { ...pay, trade_no: 's5' })).body.body.status).toBe('SUCCESS');
    expect((await trade('pay', { ...pay, trade_no: 's5', merchant_no: 'm2' })).body.code).toBe(
      'TRADE_CONFLICT',
    );
    expect(op.merchantReceipts.get('m1')).toBe(400);
    const closeParent = await send('ecny.wallet.status', { wallet_id: parent.wallet_id, action: 'close' });
    expect(closeParent.body.code).toBe('BALANCE_NOT_ZERO');
    expect((await trade('close', { trade_no: 's6', amount_fen: 1 })).body.body.reject_code).toBe(
      'BALANCE_MISMATCH',
    );
    expect((await trade('close', { trade_no: 's7', amount_fen: 1_600 })).body.body.status).toBe('SUCCESS');
    expect((await trade('close', { trade_no: 's7', amount_fen: 1_600 })).body.body.status).toBe('SUCCESS');
    expect(op.wallets.get(parent.wallet_id)!.balance_fen).toBe(9_600);
    expect((await trade('pay', { ...pay, trade_no: 's8' })).body.body.reject_code).toBe('WALLET_NOT_USABLE');
    expect((await send('dcep.411', { trade_no: 's7' })).body.body).toMatchObject({
      orig_msg_tp: 'ecny.subwallet.close',
      status: 'SUCCESS',
    });
  });

  it('the core books a serial once, refuses an overdraft, and reverses once', async () => {
    const a = core.openAccount({ holder_id: 'u1', name: '甲', balance_fen: 1_000 });
    const post = (body: Record<string, unknown>) =>
      fetch(`${coreUrl.url}/v1/postings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const p = {
      serial: 's1',
      debit_account: a.account_no,
      credit_account: '9001000000000001',
      amount_fen: 600,
    };
    expect((await post(p)).body.core_status).toBe('1');
    expect((await post(p)).body.core_status).toBe('1');
    expect(core.accounts.get(a.account_no)!.balance_fen).toBe(400);
    expect((await post({ ...p, amount_fen: 5 })).status).toBe(409);
    expect((await post({ ...p, serial: 's2' })).body).toMatchObject({
      core_status: '0',
      error_code: 'INSUFFICIENT_BALANCE',
    });
    const rev = () =>
      fetch(`${coreUrl.url}/v1/reversals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serial: 'r1', original_serial: 's1' }),
      }).then((r) => r.json() as Promise<any>);
    expect((await rev()).core_status).toBe('3');
    expect((await rev()).core_status).toBe('3');
    expect(core.accounts.get(a.account_no)!.balance_fen).toBe(1_000);
  });
});
