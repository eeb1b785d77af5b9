import { createTransitGateMock, createTvmMock, type RunningMock, type TransitGateMock } from 'mocks';
import type { TestEnv } from './harness';
import { driverWithWallet } from './parking';

// Transit test kit: gates and TVMs as the real HTTP simulators on the test clock, riders with a
// bound, topped-up wallet and a signed pay-after agreement.

export async function startGate(env: TestEnv, station_id: string, kind: 'entry' | 'exit' | 'onboard') {
  const ops = await env.admin('manager');
  const r = await env.api('POST', '/api/v1/admin/transit/gates', { token: ops, body: { station_id, kind } });
  if (r.status !== 201) throw new Error(`gate registration failed ${JSON.stringify(r.body)}`);
  const gate = createTransitGateMock({
    gateId: r.body.id,
    secret: r.body.secret,
    kind,
    platformUrl: env.url,
    now: () => env.clock.now(),
  });
  const running = await gate.listen();
  if (!(await gate.sync())) throw new Error('gate sync failed');
  return Object.assign(gate, { id: r.body.id as string, running });
}
export type TestGate = TransitGateMock & { id: string; running: RunningMock };

export async function startTvm(env: TestEnv, station_id: string) {
  const ops = await env.admin('manager');
  const r = await env.api('POST', '/api/v1/admin/transit/tvms', { token: ops, body: { station_id } });
  if (r.status !== 201) throw new Error(`tvm registration failed ${JSON.stringify(r.body)}`);
  const tvm = createTvmMock({
    tvmId: r.body.id,
    secret: r.body.secret,
    platformUrl: env.url,
    now: () => env.clock.now(),
  });
  const running = await tvm.listen();
  return Object.assign(tvm, { id: r.body.id as string, running });
}

export async function rider(env: TestEnv, fen: number) {
  const d = await driverWithWallet(env, fen);
  const a = await env.api('POST', '/api/v1/me/transit/agreement', {
    token: d.token,
    body: { agreement_accepted: true },
  });
  if (a.status !== 200) throw new Error(`agreement failed ${JSON.stringify(a.body)}`);
  return d;
}

export async function code(env: TestEnv, token: string): Promise<string> {
  const r = await env.api('GET', '/api/v1/me/transit/ride-code', { token });
  if (r.status !== 200 || !r.body.code) throw new Error(`no ride code ${JSON.stringify(r.body)}`);
  return r.body.code as string;
}

export async function journeys(env: TestEnv, token: string) {
  const r = await env.api('GET', '/api/v1/me/transit/journeys', { token });
  return r.body.items as {
    id: string;
    status: string;
    fare_fen: number;
    paid_fen: number;
    rule: string;
    fare_version: number;
    breakdown: { code: string; amount_fen: number }[];
  }[];
}
