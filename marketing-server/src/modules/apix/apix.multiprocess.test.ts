import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExamplePartner } from 'mocks';
import { createApixClient } from '../../sdk/apix';
import { runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { consentAndCode, productionApp, sandboxApp, type SandboxApp } from '../../../test/apix';
import { freePort, startServerProcess } from '../../../test/server-process';
import { createPlatform } from '../../platform';

// Two server processes on one MariaDB + Redis: quotas and nonces are shared, and an event committed
// by a process that died before delivering it is delivered by another.
describe('APIX across server processes on one Redis', () => {
  let env: TestEnv;
  let app: SandboxApp;
  const children: ChildProcess[] = [];
  const ports: number[] = [];
  beforeAll(async () => {
    env = await startEnv('mysql');
    app = await sandboxApp(env);
    await env.api('PUT', `/api/v1/admin/apix/apps/${app.appId}/quota`, {
      token: await env.admin('approver'),
      body: { tier: 'bronze', rate_limit_per_minute: 6 },
    });
    for (let i = 0; i < 2; i++) {
      ports.push(await freePort());
      children.push(await startServerProcess(env, ports[i]));
    }
  }, 180_000);
  afterAll(async () => {
    for (const c of children) c.kill('SIGTERM');
    await env?.close();
  });

  const clientOn = (port: number) =>
    createApixClient({
      baseUrl: `http://127.0.0.1:${port}`,
      appId: app.appId,
      serialNo: app.sm2.serial_no,
      scheme: 'APIX-SM2-WITH-SM3',
      privateKey: app.sm2.private_key,
      platformPublicKey: app.platformKey,
    });

  it('the per-app quota is one count across both processes: the 7th call in the minute is 429', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await clientOn(ports[i % 2]).call('getOpenV1Campaigns');
      statuses.push(last.status);
    }
    // The minute may roll over mid-run; then the count restarts and the 7th can pass.
    const window = Math.floor(Date.now() / 60_000);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    if (Math.floor((Date.now() - 5000) / 60_000) === window) {
      expect(statuses[6]).toBe(429);
      expect(last!.body.code).toBe('APIX_QUOTA_EXCEEDED');
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  });

  it('a request replayed against the other process is refused (nonces live in Redis)', async () => {
    const url = '/api/v1/open/v1/campaigns/nonexistent';
    const authorization = clientOn(ports[0]).authorization('GET', url, '');
    const a = await fetch(`http://127.0.0.1:${ports[0]}${url}`, { headers: { authorization } });
    const b = await fetch(`http://127.0.0.1:${ports[1]}${url}`, { headers: { authorization } });
    expect(a.status).not.toBe(401);
    expect(b.status).toBe(401);
    expect(((await b.json()) as { code: string }).code).toBe('APIX_NONCE_REPLAYED');
  });

  it('an event committed before a crash is delivered by another process, once', async () => {
    const partner = await createExamplePartner();
    try {
      const registrar = await env.admin('registrar');
      // A fresh app: the first one used its quota of 6 a minute above.
      const owner = await productionApp(env);
      const ep = await env.api('POST', `/api/v1/admin/apix/apps/${owner.appId}/endpoints`, {
        token: registrar,
        body: { url: `${partner.url}/hooks`, event_types: ['coupon.redeemed'] },
      });
      partner.setSecret(ep.body.secret);
      const other = await sandboxApp(env);
      await env.api('POST', `/api/v1/admin/apix/apps/${other.appId}/endpoints`, {
        token: registrar,
        body: { url: `${partner.url}/hooks`, event_types: ['coupon.redeemed'] },
      });
      const { id } = await runningCampaign(env, {
        kind: 'coupon',
        budget_fen: 10_000,
        coupon: { type: 'instant', discount_fen: 300, use_window: { days: 7 } },
      });
      const [citizen] = await env.citizens(1);
      const { consentId, code } = await consentAndCode(env, citizen.token, owner.appId);
      const issued = await owner.client().call('postOpenV1Coupons', {
        body: { campaign_id: id },
        idempotencyKey: 'mp-1',
        consentId,
        secondFactor: await code(),
      });
      expect(issued.status).toBe(201);
      const mine = await env.api('GET', `/api/v1/me/claims/${issued.body.id}`, { token: citizen.token });
      const redeemed = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
        token: await env.admin('cashier'),
        idem: 'mp-r1',
        body: { coupon_code: mine.body.coupon.code, order_no: 'MP-1', order_amount_fen: 1000 },
      });
      expect(redeemed.status).toBe(201);
      // This process committed the redemption and its event, then "crashed" (never dispatched):
      // a fresh platform on the same database and Redis delivers it.
      const outbox = await env.platform.db.query<{ dispatched_at: unknown }>(
        "SELECT dispatched_at FROM event_outbox WHERE type = 'coupon.redeemed'",
      );
      expect(outbox).toHaveLength(1);
      expect(outbox[0].dispatched_at).toBeNull();
      const successor = await createPlatform(env.config, { clock: env.clock });
      try {
        await Promise.all([
          successor.services.apix.webhooks.runOnce(),
          successor.services.apix.webhooks.runOnce(),
        ]);
        await successor.services.apix.webhooks.runOnce();
      } finally {
        await successor.close();
      }
      expect(partner.events.map((e) => e.type)).toEqual(['coupon.redeemed']);
      expect([...partner.arrivals.values()]).toEqual([1]);
      expect(partner.events[0].data.claim_id).toBe(issued.body.id);
    } finally {
      await partner.close();
    }
  });
});
