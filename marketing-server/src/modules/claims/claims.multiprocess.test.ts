import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaimTokens } from '../../security/claim-tokens';
import { ledgerCheck, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { freePort, startServerProcess } from '../../../test/server-process';

describe('claims across two server processes on one MySQL + Redis', () => {
  let env: TestEnv;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    env = await startEnv('mysql');
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGTERM');
    await env?.close();
  });

  it('1,000 parallel claims split over 2 processes on 100 packets yield exactly 100', async () => {
    const ports = [await freePort(), await freePort()];
    children.push(await startServerProcess(env, ports[0]), await startServerProcess(env, ports[1]));
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 50_00,
      red_packet: { mode: 'random', count: 100 },
    });
    const users = await env.citizens(1000);
    const claimTokens = createClaimTokens(env.config.tokenSecret);
    const results = await Promise.all(
      users.map(async (u, i) => {
        const res = await fetch(`http://127.0.0.1:${ports[i % 2]}/api/v1/campaigns/${id}/claims`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${u.token}`,
            'idempotency-key': `mp-${i}`,
            'content-type': 'application/json',
            'x-claim-token': claimTokens.issue(u.id, id, new Date()).token,
          },
          body: '{}',
        });
        return { status: res.status, body: (await res.json()) as { code?: string; amount_fen?: number } };
      }),
    );
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(100);
    expect(results.filter((r) => r.status !== 201).every((r) => r.body.code === 'STOCK_EXHAUSTED')).toBe(
      true,
    );
    expect(won.reduce((s, r) => s + (r.body.amount_fen ?? 0), 0)).toBe(50_00);
    const rows = await env.platform.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ?',
      [id],
    );
    expect(Number(rows[0].n)).toBe(100);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
});
