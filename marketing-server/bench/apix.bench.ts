/**
 * APIX gateway benchmark on MySQL (MariaDB) + Redis: the same read (claimable campaigns) through the
 * partner API with full verification (SM2 signature with a cached key table, timestamp, Redis nonce,
 * quota, call log, signed response) and HMAC-SM3, against the public unsigned route, in one run.
 * Requests are signed before the clock starts (each with its own nonce), so the figures are the
 * server's. Then replays (all must be refused) and webhooks (each event delivered exactly once).
 *
 *   npm run bench:apix        (BENCH_REQUESTS default 1500, BENCH_CONCURRENCY 16)
 *
 * Progress on stderr; the last line on stdout is one JSON object.
 */
import { createExamplePartner } from 'mocks';
import { runningCampaign, startEnv, type TestEnv } from '../test/harness';
import { consentAndCode, productionApp, sandboxApp } from '../test/apix';
import { generateSm2KeyPair, sm2Sign, sm2Verify } from '../src/shared/sm2';
import { inPool } from './pool';

const N = Number(process.env.BENCH_REQUESTS ?? 1500);
const C = Number(process.env.BENCH_CONCURRENCY ?? 16);
const log = (...a: unknown[]) => console.error('[bench:apix]', ...a);

async function rate(env: TestEnv, path: string, headers: Record<string, string>[]) {
  let ok = 0;
  const started = performance.now();
  await inPool(headers, C, async (h) => {
    const res = await fetch(env.url + path, { headers: h });
    await res.arrayBuffer();
    if (res.status === 200) ok++;
  });
  const perS = Math.round((headers.length / (performance.now() - started)) * 1000);
  if (ok !== headers.length) throw new Error(`${path}: ${headers.length - ok} of ${headers.length} not 200`);
  return perS;
}

function sm2VerifyRate() {
  const pair = generateSm2KeyPair();
  const msg = 'GET\n/api/v1/open/v1/campaigns\n1764633600\nnonce\n\n';
  const sig = sm2Sign(pair.privateKeyHex, msg);
  sm2Verify(pair.publicKey, msg, sig); // builds the key's table once, as the gateway's cache does
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) if (sm2Verify(pair.publicKey, msg, sig)) n++;
  return Math.round((n / (performance.now() - started)) * 1000);
}

async function webhooksOnce(env: TestEnv) {
  // Real coupons redeemed: production credentials (a sandbox key makes sandbox claims only).
  const app = await productionApp(env);
  const partner = await createExamplePartner();
  try {
    const ep = await env.api('POST', `/api/v1/admin/apix/apps/${app.appId}/endpoints`, {
      token: await env.admin('registrar'),
      body: { url: `${partner.url}/hooks`, event_types: ['coupon.redeemed'] },
    });
    partner.setSecret(ep.body.secret);
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 100, use_window: { days: 7 } },
    });
    const citizens = await env.citizens(20);
    const cashier = await env.admin('cashier');
    for (const [i, c] of citizens.entries()) {
      const { consentId, code } = await consentAndCode(env, c.token, app.appId);
      const issued = await app.client().call('postOpenV1Coupons', {
        body: { campaign_id: id },
        idempotencyKey: `b${i}`,
        consentId,
        secondFactor: await code(),
      });
      const mine = await env.api('GET', `/api/v1/me/claims/${issued.body.id}`, { token: c.token });
      await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
        token: cashier,
        idem: `br${i}`,
        body: { coupon_code: mine.body.coupon.code, order_no: `B-${i}`, order_amount_fen: 500 },
      });
    }
    const hooks = env.platform.services.apix.webhooks;
    await Promise.all([hooks.runOnce(), hooks.runOnce(), hooks.runOnce()]);
    await hooks.runOnce();
    return partner.events.length === citizens.length && [...partner.arrivals.values()].every((n) => n === 1);
  } finally {
    await partner.close();
  }
}

async function main() {
  const env = await startEnv('mysql', { LOG_LEVEL: 'error' });
  try {
    const app = await sandboxApp(env);
    await env.api('PUT', `/api/v1/admin/apix/apps/${app.appId}/quota`, {
      token: await env.admin('approver'),
      body: { tier: 'gold', rate_limit_per_minute: 100_000 },
    });
    await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { type: 'instant', discount_fen: 100, use_window: { days: 7 } },
    });
    const path = '/api/v1/open/v1/campaigns';
    const sign = (scheme: 'APIX-SM2-WITH-SM3' | 'APIX-HMAC-SM3') => {
      const client = app.client(scheme);
      return Array.from({ length: N }, () => ({ authorization: client.authorization('GET', path, '') }));
    };
    log(`signing ${N} SM2 and ${N} HMAC requests ahead of time`);
    const sm2Headers = sign('APIX-SM2-WITH-SM3');
    const hmacHeaders = sign('APIX-HMAC-SM3');
    log('warm-up');
    await rate(
      env,
      '/api/v1/campaigns',
      Array.from({ length: 200 }, () => ({})),
    );
    await rate(env, path, sign('APIX-SM2-WITH-SM3').slice(0, 200));
    const unsigned = await rate(
      env,
      '/api/v1/campaigns',
      Array.from({ length: N }, () => ({})),
    );
    const signed = await rate(env, path, sm2Headers);
    const hmac = await rate(env, path, hmacHeaders);
    log(`unsigned ${unsigned}/s, SM2-signed ${signed}/s, HMAC-SM3 ${hmac}/s`);
    let replaysAccepted = 0;
    await inPool(sm2Headers.slice(0, 200), C, async (h) => {
      const res = await fetch(env.url + path, { headers: h });
      await res.arrayBuffer();
      if (res.status !== 401) replaysAccepted++;
    });
    const sm2PerS = sm2VerifyRate();
    log('webhooks');
    const once = await webhooksOnce(env);
    const figures = {
      signed_req_per_s: signed,
      unsigned_req_per_s: unsigned,
      overhead_ratio: Number((signed / unsigned).toFixed(2)),
      hmac_req_per_s: hmac,
      hmac_ratio: Number((hmac / unsigned).toFixed(2)),
      sm2_verify_per_s: sm2PerS,
      replays_accepted: replaysAccepted,
      webhooks_delivered_once: once,
      requests: N,
      concurrency: C,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await env.close();
  }
}

await main();
