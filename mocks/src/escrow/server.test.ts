import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../shared/serve';
import { listen } from '../shared/serve';
import { verifyChain } from './chain';
import { createEscrowMock, ESCROW_DEFAULT_TOKEN, signEscrowNotice, ESCROW_DEFAULT_SECRET } from './server';

// The escrow simulator on its own, over HTTP: idempotent instructions, final refusals, the freeze,
// the hash chain (and a tampered entry caught), signed and duplicated notifications, a lost answer.
describe('escrow simulator', () => {
  const mock = createEscrowMock();
  let run: RunningMock;
  let sink: RunningMock;
  const received: { raw: string; sig: string }[] = [];
  beforeAll(async () => {
    run = await mock.listen();
    sink = await listen(
      http.createServer((req, res) => {
        let raw = '';
        req.on('data', (c) => (raw += c));
        req.on('end', () => {
          received.push({ raw, sig: String(req.headers['x-escrow-signature']) });
          res.end('ok');
        });
      }),
    );
    mock.setNotifyUrl(`${sink.url}/notify`);
  });
  afterAll(async () => {
    await run.close();
    await sink.close();
  });

  const send = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${run.url}/v1/instructions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ESCROW_DEFAULT_TOKEN}`,
        ...headers,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(3000),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const lock = {
    type: 'lock',
    contract_id: 'c1',
    consumer_wallet_id: 'w1',
    merchant_id: 'm1',
    amount_fen: 1000,
  };

  it('locks, releases and refunds once per instruction id; another body under the same id is 409', async () => {
    expect((await send({ ...lock, instruction_id: 'i1' })).body.status).toBe('SUCCESS');
    expect((await send({ ...lock, instruction_id: 'i1' })).body.status).toBe('SUCCESS');
    expect(mock.contracts.get('c1')!.locked_fen).toBe(1000);
    expect((await send({ ...lock, instruction_id: 'i1', amount_fen: 5 })).status).toBe(409);
    const rel = { type: 'release', contract_id: 'c1', amount_fen: 300, write_off_seq: 1 };
    expect((await send({ ...rel, instruction_id: 'r1' })).body.status).toBe('SUCCESS');
    expect((await send({ ...rel, instruction_id: 'r1' })).body.status).toBe('SUCCESS');
    const refund = await send({ type: 'refund', contract_id: 'c1', amount_fen: 800, instruction_id: 'f1' });
    expect(refund.body).toMatchObject({ status: 'FAILED', error_code: 'INSUFFICIENT_LOCKED' });
    expect(mock.contracts.get('c1')).toMatchObject({ locked_fen: 700, released_fen: 300, refunded_fen: 0 });
    expect((await send({ type: 'bogus', instruction_id: 'x', contract_id: 'c1' })).status).toBe(400);
  });

  it('a frozen contract refuses releases (final FAILED) but still refunds its consumer', async () => {
    await send({ type: 'freeze', contract_id: 'c1', instruction_id: 'z1' });
    const rel = await send({ type: 'release', contract_id: 'c1', amount_fen: 100, instruction_id: 'r2' });
    expect(rel.body).toMatchObject({ status: 'FAILED', error_code: 'CONTRACT_FROZEN' });
    const back = await send({ type: 'refund', contract_id: 'c1', amount_fen: 700, instruction_id: 'f2' });
    expect(back.body.status).toBe('SUCCESS');
    expect(mock.walletCredits.get('w1')).toBe(700);
  });

  it('an injected refusal is a final FAILED answer that moves nothing and is answered again the same', async () => {
    mock.setFaults({ refuse: { lock: 'RISK_CONTROL_REJECTED' } });
    const length = mock.log.length;
    const first = await send({ ...lock, contract_id: 'c9', instruction_id: 'i9' });
    expect(first.body).toMatchObject({
      status: 'FAILED',
      error_code: 'RISK_CONTROL_REJECTED',
      log_seq: null,
    });
    mock.resetFaults();
    expect((await send({ ...lock, contract_id: 'c9', instruction_id: 'i9' })).body.status).toBe('FAILED');
    expect(mock.contracts.has('c9')).toBe(false);
    expect(mock.log.length).toBe(length);
  });

  it('an answer lost after commit is found by asking; the chain verifies until an entry is tampered with', async () => {
    await expect(
      send({ ...lock, contract_id: 'c2', instruction_id: 'i2' }, { 'x-mock-fault': 'timeout-after-commit' }),
    ).rejects.toThrow();
    const q = await fetch(`${run.url}/v1/instructions/i2`, {
      headers: { authorization: `Bearer ${ESCROW_DEFAULT_TOKEN}` },
    });
    expect(((await q.json()) as any).status).toBe('SUCCESS');
    const log = (await (
      await fetch(`${run.url}/v1/log`, { headers: { authorization: `Bearer ${ESCROW_DEFAULT_TOKEN}` } })
    ).json()) as any;
    expect(verifyChain(log.entries)).toMatchObject({ ok: true, length: mock.log.length, head: log.head });
    await fetch(`${run.url}/__mock/tamper`, {
      method: 'POST',
      body: JSON.stringify({ seq: 1, field: 'amount_fen', value: 1 }),
    });
    expect(verifyChain(mock.log)).toMatchObject({ ok: false, broken_at: 1 });
  });

  it('notifications are signed over the raw body; a duplicate is the same notice', async () => {
    mock.setFaults({ duplicate_notifications: 1 });
    received.length = 0;
    await send({ ...lock, contract_id: 'c3', instruction_id: 'i3' });
    await new Promise((r) => setTimeout(r, 100));
    expect(received.length).toBe(2);
    expect(received[0].raw).toBe(received[1].raw);
    for (const n of received) expect(n.sig).toBe(signEscrowNotice(ESCROW_DEFAULT_SECRET, n.raw));
    mock.resetFaults();
    const noAuth = await fetch(`${run.url}/v1/instructions/i3`);
    expect(noAuth.status).toBe(401);
  });
});
