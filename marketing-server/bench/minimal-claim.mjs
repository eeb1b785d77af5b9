// The minimal durable claim on this machine, the baseline for claim-path ratios: a Koa handler (in a child
// process, as bench:claims runs its server) doing one Redis round trip (a sold-out flag) and one MySQL round
// trip (INSERT the claim + conditional decrement of one of 16 stock buckets + COMMIT, one multi-statement
// batch), driven by autocannon with distinct users, closed loop, 32 connections (MIN_CONNECTIONS,
// MIN_REQUESTS to change). Uses MariaDB 127.0.0.1:3306 (root) database sy_minimal_claim and Redis db 7.
// Run from the project checkout (it uses that checkout's node_modules): node marketing-server/bench/minimal-claim.mjs
// (A copy of ../shared/tools/minimal-claim.mjs, the same statements and load; bench:claims runs it first.
// MIN_WARMUP sets the warm-up requests, 2000 by default.)
// Prints one JSON line: {minimal_claims_per_s, p50_ms, p99_ms, non2xx, connections}.
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const Koa = require('koa');
const { Redis } = require('ioredis');
const mysql = require('mysql2');
const autocannon = require('autocannon');
const N = Number(process.env.MIN_REQUESTS ?? 20000),
  C = Number(process.env.MIN_CONNECTIONS ?? 32),
  BUCKETS = 16;
const admin = mysql.createConnection({ host: '127.0.0.1', user: 'root', multipleStatements: true });
const q = (c, s, a) => new Promise((ok, ko) => c.query(s, a, (e, r) => (e ? ko(e) : ok(r))));
if (process.argv[2] !== 'serve')
  await q(
    admin,
    'DROP DATABASE IF EXISTS sy_minimal_claim; CREATE DATABASE sy_minimal_claim; USE sy_minimal_claim;' +
      'CREATE TABLE stock (bucket INT PRIMARY KEY, remaining BIGINT NOT NULL) ENGINE=InnoDB;' +
      'CREATE TABLE claims (id BIGINT AUTO_INCREMENT PRIMARY KEY, campaign_id VARCHAR(32) NOT NULL, user_id VARCHAR(32) NOT NULL,' +
      ' amount_fen BIGINT NOT NULL, created_at DATETIME(3) NOT NULL, UNIQUE KEY u (campaign_id, user_id)) ENGINE=InnoDB;',
  );
if (process.argv[2] !== 'serve')
  await q(
    admin,
    'INSERT INTO stock VALUES ' + Array.from({ length: BUCKETS }, (_, i) => `(${i}, 1000000000)`).join(','),
  );
admin.end();
const pool = mysql.createPool({
  host: '127.0.0.1',
  user: 'root',
  database: 'sy_minimal_claim',
  connectionLimit: 64,
  multipleStatements: true,
});
const redis = new Redis('redis://127.0.0.1:6379/7', { enableAutoPipelining: true });
const app = new Koa();
app.use(async (ctx) => {
  const m = /^\/claim\/(\d+)$/.exec(ctx.path);
  if (ctx.method !== 'POST' || !m) {
    ctx.status = 404;
    return;
  }
  if (await redis.get('soldout:c1')) {
    ctx.status = 409;
    ctx.body = { code: 'STOCK_EXHAUSTED' };
    return;
  }
  const bucket = Number(m[1]) % BUCKETS;
  const r = await q(
    pool,
    'START TRANSACTION; INSERT INTO claims (campaign_id, user_id, amount_fen, created_at) VALUES (?, ?, 200, NOW(3));' +
      ' UPDATE stock SET remaining = remaining - 1 WHERE bucket = ? AND remaining > 0; COMMIT;',
    ['c1', m[1], bucket],
  );
  ctx.status = 201;
  ctx.body = { id: r[1].insertId, amount_fen: 200 };
});
if (process.argv[2] === 'serve') {
  const server = app.listen(0, '127.0.0.1');
  server.once('listening', () => process.send({ port: server.address().port }));
} else {
  const { fork } = await import('node:child_process');
  const child = fork(new URL(import.meta.url).pathname, ['serve'], { cwd: process.cwd() });
  const { port } = await new Promise((ok) => child.once('message', ok));
  const url = `http://127.0.0.1:${port}`;
  let next = 0;
  const run = (amount) =>
    new Promise((ok, ko) =>
      autocannon(
        {
          url,
          connections: C,
          amount,
          requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, path: `/claim/${next++}` }) }],
        },
        (e, r) => (e ? ko(e) : ok(r)),
      ),
    );
  await run(Number(process.env.MIN_WARMUP ?? 2000)); // warm-up
  const r = await run(N);
  const out = {
    minimal_claims_per_s: Math.round(r.requests.average),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    non2xx: r.non2xx,
    connections: C,
  };
  child.kill();
  pool.end();
  redis.disconnect();
  console.log(JSON.stringify(out));
}
