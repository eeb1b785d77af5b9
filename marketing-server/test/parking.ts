import { createParkingGateMock, type ParkingGateMock, type RunningMock } from 'mocks';
import { newId } from '../src/shared/ids';
import { bankCall, bindWallet } from './bank';
import type { TestEnv } from './harness';

// A lot with one entry and one exit lane, driven by the gate controller simulator (a real HTTP
// server on the test clock), and drivers with bound, topped-up wallets.

export type TestLot = {
  lotId: string;
  merchantId: string;
  entry: string;
  exit: string;
  gate: ParkingGateMock;
  running: RunningMock;
  close(): Promise<void>;
};

export async function startTestLot(
  env: TestEnv,
  opts: { tariff_id?: string; free_exit_minutes?: number } = {},
): Promise<TestLot> {
  const now = new Date();
  const merchantId = newId('mch');
  await env.platform.db.exec(
    'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
    [merchantId, '测试停车场运营', 'parking', now, now],
  );
  await env.platform.openEmbeddedMerchantWallets();
  const lot = await env.platform.services.parking.createLot({
    name: '测试停车场',
    address: '广州市天河区测试路 1 号',
    merchant_id: merchantId,
    tariff_id: opts.tariff_id ?? 'gz-central',
    free_exit_minutes: opts.free_exit_minutes ?? 15,
    lanes: [
      { name: '1 号入口', direction: 'entry' },
      { name: '1 号出口', direction: 'exit' },
    ],
  });
  const gate = createParkingGateMock({
    lotId: lot.id,
    secret: lot.gate_secret,
    lanes: lot.lanes.map((l) => ({ lane_id: l.id, direction: l.direction })),
    eventsUrl: `${env.url}/api/v1/parking/gate-events`,
    now: () => env.clock.now(),
  });
  const running = await gate.listen();
  await env.platform.services.parking.setGateUrl(lot.id, running.url);
  return {
    lotId: lot.id,
    merchantId,
    entry: lot.lanes.find((l) => l.direction === 'entry')!.id,
    exit: lot.lanes.find((l) => l.direction === 'exit')!.id,
    gate,
    running,
    close: () => running.close(),
  };
}

/** A citizen with a bound wallet holding `fen` of free balance (topped up from the card). */
export async function driverWithWallet(env: TestEnv, fen: number) {
  const [u] = await env.citizens(1);
  const bound = await bindWallet(env, u.token);
  if (fen > 0) {
    const t = await env.api('POST', '/api/v1/me/wallet/topups', {
      token: u.token,
      idem: `top-${u.id}`,
      body: { amount_fen: fen },
    });
    if (t.status !== 201) throw new Error(`top-up failed ${JSON.stringify(t.body)}`);
  }
  return { ...u, walletId: bound.walletId };
}

export async function walletBalance(env: TestEnv, walletId: string): Promise<number> {
  return (await bankCall(env, 'GET', `/v1/wallets/${walletId}`)).body.balance_fen as number;
}

export async function merchantWalletBalance(env: TestEnv, merchantId: string): Promise<number> {
  const row = await env.platform.db.query<{ wallet_id: string }>(
    'SELECT wallet_id FROM merchants WHERE id = ?',
    [merchantId],
  );
  return walletBalance(env, row[0].wallet_id);
}
