import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

const tianheOnly = {
  hit_policy: 'first',
  rules: [
    {
      id: 'tianhe',
      when: { all: [{ fact: 'user.region', op: 'eq', value: '440106' }] },
      then: { decision: 'allow' },
    },
  ],
  default: { decision: 'reject', reason: 'REGION_NOT_ALLOWED', message: '仅限天河区居民领取' },
};

describe.each(MODES)('what citizens see before they tap (%s)', (mode) => {
  let env: TestEnv;
  let couponId: string;
  let merchantId: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    const m = await env.api('POST', '/api/v1/admin/merchants', {
      token: await env.admin('registrar'),
      body: { name: '北京路百货', category: 'retail' },
    });
    merchantId = m.body.id;
    couponId = (
      await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: {
          type: 'threshold',
          threshold_fen: 5000,
          discount_fen: 1000,
          use_window: { days: 7 },
          merchant_ids: [merchantId],
        },
      })
    ).id;
  });
  afterAll(async () => env?.close());

  it('lists campaigns with my eligibility, and flips to 已领取 once I claimed', async () => {
    const [u] = await env.citizens(1);
    const before = await env.api('GET', '/api/v1/me/campaigns', { token: u.token });
    expect(before.status).toBe(200);
    const item = before.body.items.find((c: any) => c.id === couponId);
    expect(item).toMatchObject({
      kind: 'coupon',
      remaining: 10,
      coupon: { merchants: [{ id: merchantId, name: '北京路百货' }] },
      per_user: { count: 1, period: 'lifetime' },
      mine: { eligible: true, code: null, claimed_in_period: 0, limit: 1 },
    });
    const claimed = await env.api('POST', `/api/v1/campaigns/${couponId}/claims`, {
      token: u.token,
      idem: `v-${u.id}`,
      body: {},
    });
    expect(claimed.status).toBe(201);
    const after = await env.api('GET', `/api/v1/me/campaigns/${couponId}/eligibility`, { token: u.token });
    expect(after.body).toMatchObject({ eligible: false, code: 'USER_LIMIT_REACHED', claimed_in_period: 1 });
  });

  it('gives the rule reasons without claiming anything', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const rules = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: await env.admin('manager'),
      body: { definition: tianheOnly },
    });
    for (const [who, action] of [
      ['manager', 'submit'],
      ['approver', 'approve'],
    ]) {
      await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets/${rules.body.version}/${action}`, {
        token: await env.admin(who),
        body: {},
      });
    }
    const [outsider] = await env.citizens(1);
    const preview = await env.api('GET', `/api/v1/me/campaigns/${id}/eligibility`, { token: outsider.token });
    expect(preview.body).toEqual({
      eligible: false,
      code: 'NOT_ELIGIBLE',
      reasons: ['仅限天河区居民领取'],
      claimed_in_period: 0,
      limit: 1,
      period: 'lifetime',
    });
    const claims = await env.platform.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ?',
      [id],
    );
    expect(Number(claims[0].n)).toBe(0);
  });

  it('shows one of my coupons with its merchants, and hides others’ claims as not found', async () => {
    const [owner, other] = await env.citizens(2);
    const claimed = await env.api('POST', `/api/v1/campaigns/${couponId}/claims`, {
      token: owner.token,
      idem: `own-${owner.id}`,
      body: {},
    });
    const mine = await env.api('GET', `/api/v1/me/claims/${claimed.body.id}`, { token: owner.token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      id: claimed.body.id,
      coupon: { code: claimed.body.coupon.code, merchants: [{ id: merchantId, name: '北京路百货' }] },
    });
    const theirs = await env.api('GET', `/api/v1/me/claims/${claimed.body.id}`, { token: other.token });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('NOT_FOUND');
  });

  it('shows a campaign detail publicly, but not a draft', async () => {
    const pub = await env.api('GET', `/api/v1/campaigns/${couponId}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ id: couponId, status: 'running', stock_total: 10 });
    const draft = await env.api('POST', '/api/v1/admin/campaigns', {
      token: await env.admin('manager'),
      body: {
        name: '草稿活动',
        kind: 'red_packet',
        funder_id: (await env.platform.db.query<{ id: string }>('SELECT id FROM funders LIMIT 1'))[0].id,
        budget_fen: 1000,
        red_packet: { mode: 'fixed', amount_fen: 100 },
        claim_start_at: new Date(Date.now() + 3600_000).toISOString(),
        claim_end_at: new Date(Date.now() + 7200_000).toISOString(),
      },
    });
    expect(draft.status).toBe(201);
    expect((await env.api('GET', `/api/v1/campaigns/${draft.body.id}`)).status).toBe(404);
  });
});

describe('the H5 app served at /h5/', () => {
  let env: TestEnv;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-dist-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'js'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>数元</title>');
    fs.writeFileSync(path.join(dist, 'js', 'app.0123abcd.js'), 'console.log(1)');
    // What scripts/ensure-web-builds.mjs writes beside each asset: its brotli-compressed twin.
    fs.writeFileSync(
      path.join(dist, 'js', 'app.0123abcd.js.br'),
      zlib.brotliCompressSync(Buffer.from('console.log(1)')),
    );
    fs.writeFileSync(path.join(dist, 'js', 'index-C9p-CyHq.js'), 'console.log(2)');
    env = await startEnv('sqlite', { H5_DIR: dist });
  });
  afterAll(async () => {
    await env?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('redirects /h5 to /h5/ and serves index.html uncached, hashed assets for a year', async () => {
    const bare = await fetch(`${env.url}/h5`, { redirect: 'manual' });
    expect(bare.status).toBe(302);
    expect(bare.headers.get('location')).toBe('/h5/');
    const index = await fetch(`${env.url}/h5/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('数元');
    const asset = await fetch(`${env.url}/h5/js/app.0123abcd.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    // A browser that takes brotli gets the precompressed file, still cached for a year.
    const br = await fetch(`${env.url}/h5/js/app.0123abcd.js`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(await br.text()).toBe('console.log(1)'); // fetch decodes it
    const plain = await fetch(`${env.url}/h5/js/app.0123abcd.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log(1)');
    // Vite's hashed names are cached for a year too.
    const vite = await fetch(`${env.url}/h5/js/index-C9p-CyHq.js`);
    expect(vite.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to index.html for client routes but 404s a missing asset and never escapes the folder', async () => {
    const deep = await fetch(`${env.url}/h5/pages/index/index`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('数元');
    const missing = await fetch(`${env.url}/h5/js/nope.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('ROUTE_NOT_FOUND');
    const escape = await fetch(`${env.url}/h5/..%2f..%2fpackage.json`);
    expect([400, 403, 404]).toContain(escape.status);
    expect(await escape.text()).not.toContain('"workspaces"');
  });

  it('leaves the API alone', async () => {
    const res = await fetch(`${env.url}/api/v1/campaigns`);
    expect(res.status).toBe(200);
  });
});
