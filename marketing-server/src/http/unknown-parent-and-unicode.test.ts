import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../test/harness';

// A list under a parent answers like the parent: 404 for a parent that does not exist (whatever the
// id looks like), never an empty page. And text must be well-formed Unicode: a lone surrogate or bytes
// that are not UTF-8 are refused at the JSON body layer, for every route, before anything is stored.

describe.each(MODES)('lists under a parent and well-formed Unicode (%s)', (mode) => {
  let env: TestEnv;
  let auditor: string;
  let admin: string;
  let campaignId: string;
  let funderId: string;

  beforeAll(async () => {
    env = await startEnv(mode);
    auditor = await env.admin('auditor');
    admin = await env.admin('registrar'); // registers funders (the system admin holds no business permission)
    const c = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    campaignId = c.id;
    const funders = await env.api('GET', '/api/v1/admin/funders', { token: auditor });
    funderId = funders.body.items[0].id;
  });
  afterAll(async () => env?.close());

  const LISTS: { name: string; parent: (id: string) => string; list: (id: string) => string }[] = [
    {
      name: "a funder's deposits",
      parent: (id) => `/api/v1/admin/funders/${id}`,
      list: (id) => `/api/v1/admin/funders/${id}/deposits`,
    },
    {
      name: "a campaign's claims",
      parent: (id) => `/api/v1/admin/campaigns/${id}`,
      list: (id) => `/api/v1/admin/campaigns/${id}/claims`,
    },
    {
      name: "a campaign's rule sets",
      parent: (id) => `/api/v1/admin/campaigns/${id}`,
      list: (id) => `/api/v1/admin/campaigns/${id}/rule-sets`,
    },
    {
      name: "a campaign's risk policies",
      parent: (id) => `/api/v1/admin/campaigns/${id}`,
      list: (id) => `/api/v1/admin/campaigns/${id}/risk-policies`,
    },
    {
      name: "a campaign's versions",
      parent: (id) => `/api/v1/admin/campaigns/${id}`,
      list: (id) => `/api/v1/admin/campaigns/${id}/versions`,
    },
  ];
  const MISSING = ['cmp_doesnotexist', "' OR 1=1 --", '../', '..%2F..%2F', '..'];

  for (const l of LISTS) {
    it(`${l.name}: 404 like the parent for a parent that does not exist`, async () => {
      for (const raw of MISSING) {
        const id = raw.includes('%') ? raw : encodeURIComponent(raw);
        const parent = await env.api('GET', l.parent(id), { token: auditor });
        const list = await env.api('GET', l.list(id), { token: auditor });
        expect({ id: raw, status: list.status }).toEqual({ id: raw, status: 404 });
        expect({ id: raw, status: parent.status }).toEqual({ id: raw, status: 404 });
        // `..` is resolved by the client before it is sent: no route, for the parent as for the list.
        expect({ id: raw, code: list.body.code }).toEqual({
          id: raw,
          code: raw === '..' ? 'ROUTE_NOT_FOUND' : 'NOT_FOUND',
        });
      }
    });
  }

  it('the lists still answer for parents that exist', async () => {
    expect(
      (await env.api('GET', `/api/v1/admin/funders/${funderId}/deposits`, { token: auditor })).status,
    ).toBe(200);
    for (const path of ['claims', 'rule-sets', 'risk-policies', 'versions']) {
      const res = await env.api('GET', `/api/v1/admin/campaigns/${campaignId}/${path}`, { token: auditor });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });

  const funderCount = async () =>
    Number((await env.platform.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM funders'))[0].n);

  it('a lone surrogate in a JSON string is refused with VALIDATION_FAILED, and nothing is stored', async () => {
    const before = await funderCount();
    for (const raw of [
      '{"name":"x\\ud800y","kind":"government"}',
      '{"name":"x\\udc00","kind":"government"}',
      '{"name":"ok","kind":"government","\\ud800":1}',
      '{"name":["\\ud83d"],"kind":"government"}',
    ]) {
      const res = await env.api('POST', '/api/v1/admin/funders', { token: admin, raw });
      expect({ raw, status: res.status, code: res.body.code }).toEqual({
        raw,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(res.body.request_id).toBeTruthy();
    }
    expect(await funderCount()).toBe(before);
  });

  it('bytes that are not UTF-8 are refused too', async () => {
    const before = await funderCount();
    const body = Buffer.concat([
      Buffer.from('{"name":"x'),
      Buffer.from([0xed, 0xa0, 0x80]), // a surrogate encoded as if it were a character (CESU-8)
      Buffer.from('y","kind":"government"}'),
    ]);
    const res = await fetch(`${env.url}/api/v1/admin/funders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
    expect(await funderCount()).toBe(before);
  });

  it('well-formed text outside the BMP (a surrogate pair) is stored as sent', async () => {
    const res = await env.api('POST', '/api/v1/admin/funders', {
      token: admin,
      raw: '{"name":"\\ud83d\\ude97 停车 😀","kind":"government"}',
    });
    expect(res.status).toBe(201);
    const got = await env.api('GET', `/api/v1/admin/funders/${res.body.id}`, { token: auditor });
    expect(got.body.name).toBe('🚗 停车 😀');
  });

  it('a query string that does not decode to UTF-8 is refused with VALIDATION_FAILED', async () => {
    const claims = `/api/v1/admin/campaigns/${campaignId}/claims`;
    for (const q of ['cursor=%ED%A0%80', 'cursor=%FF', 'cursor=a%C3']) {
      const res = await env.api('GET', `${claims}?${q}`, { token: auditor });
      expect({ q, status: res.status, code: res.body.code }).toEqual({
        q,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const ok = await env.api('GET', `${claims}?cursor=${encodeURIComponent('停车😀')}`, { token: auditor });
    expect(ok.status).toBe(200);
  });
});
