import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, createFunder, iso, startEnv, type TestEnv } from '../../../test/harness';

const DAY = 86400_000;

// The audit log as an auditor reads it: who by name, which campaign by name, and a time range that
// the list and its CSV export both honour.
describe.each(MODES)('audit log names and time range (%s)', (mode) => {
  let env: TestEnv;
  let first: Date;
  let funderId: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    funderId = (await createFunder(env, '越秀区商务局')).body.id;
    first = env.clock.now();
    for (const [who, name] of [
      ['manager', '越秀早市券'],
      ['manager2', '越秀夜市券'],
    ]) {
      const now = env.clock.now();
      const created = await env.api('POST', '/api/v1/admin/campaigns', {
        token: await env.admin(who),
        body: {
          name,
          kind: 'coupon',
          funder_id: funderId,
          budget_fen: 10_000,
          claim_start_at: iso(new Date(now.getTime() + DAY)),
          claim_end_at: iso(new Date(now.getTime() + 2 * DAY)),
          coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
        },
      });
      expect(created.status).toBe(201);
      env.clock.advance(2 * DAY);
    }
  });
  afterAll(() => env?.close());

  const list = async (query: string) =>
    env.api('GET', `/api/v1/admin/audit-logs?action=campaign.create&${query}`, {
      token: await env.admin('auditor'),
    });

  it('names the staff member and the campaign of each row', async () => {
    const all = await list('');
    expect(all.status).toBe(200);
    expect(
      all.body.items.map((e: { actor: { name: string }; entity_name: string }) => [
        e.actor.name,
        e.entity_name,
      ]),
    ).toEqual([
      ['manager2', '越秀夜市券'],
      ['manager', '越秀早市券'],
    ]);
    const funder = await env.api('GET', `/api/v1/admin/audit-logs?entity_id=${funderId}`, {
      token: await env.admin('auditor'),
    });
    expect(funder.body.items[0]).toMatchObject({ entity_name: '越秀区商务局', actor: { name: 'registrar' } });
  });

  it('keeps rows from `from` (inclusive) to `to` (exclusive), in the list and the export', async () => {
    const from = encodeURIComponent(iso(new Date(first.getTime() + DAY)));
    const to = encodeURIComponent(iso(new Date(first.getTime() + 3 * DAY)));
    const later = await list(`from=${from}`);
    expect(later.body.items.map((e: { entity_name: string }) => e.entity_name)).toEqual(['越秀夜市券']);
    const before = await list(`to=${from}`);
    expect(before.body.items.map((e: { entity_name: string }) => e.entity_name)).toEqual(['越秀早市券']);
    expect((await list(`from=${from}&to=${to}`)).body.items).toHaveLength(1);
    const res = await fetch(
      `${env.url}/api/v1/admin/audit-logs/export?action=campaign.create&from=${from}&to=${to}`,
      { headers: { authorization: `Bearer ${await env.admin('auditor')}` } },
    );
    const csv = await res.text();
    expect(res.status).toBe(200);
    expect(csv).toContain('越秀夜市券');
    expect(csv).not.toContain('越秀早市券');
    expect(csv.split('\n')[0]).toContain('actor_name');
    expect((await list('from=yesterday')).status).toBe(400);
  });
});
