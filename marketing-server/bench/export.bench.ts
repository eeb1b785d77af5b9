/**
 * CSV export benchmark on MySQL (MariaDB) + Redis over loopback.
 *
 *   npm run bench:export
 *
 * Starts the server in-process on a fresh database (the test harness), seeds BENCH_EXPORT_ROWS
 * (default 1,000,000) coupon claims of one campaign in multi-row INSERTs, then downloads
 * `GET /admin/campaigns/:id/claims/export` as a campaign manager (so every row passes the masking
 * policy) and counts the rows as they arrive. RSS is sampled every 50 ms during the download: a
 * streaming export keeps it flat. Progress goes to stderr; the last line on stdout is one JSON object.
 *
 * Environment: BENCH_EXPORT_ROWS; TEST_MYSQL_URL / TEST_REDIS_URL as for the tests.
 */
import os from 'node:os';
import mysql from 'mysql2/promise';
import { insertCouponClaims } from '../test/bulk-claims';
import { runningCampaign, startEnv } from '../test/harness';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const log = (msg: string) => process.stderr.write(`[bench:export] ${msg}\n`);

async function main() {
  const env = await startEnv('mysql');
  try {
    const { id } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { use_window: { days: 7 }, type: 'instant', discount_fen: 500 },
    });
    const conn = await mysql.createConnection(env.config.databaseUrl);
    const seedStart = Date.now();
    await insertCouponClaims((sql, p) => conn.query(sql, p), id, ROWS, { claimsPerUser: 5, batch: 5000 });
    const [plan] = await conn.query(
      `EXPLAIN SELECT c.id FROM claims c FORCE INDEX (PRIMARY) JOIN users u ON u.id = c.user_id
        WHERE c.campaign_id = ? AND c.id < ? ORDER BY c.id DESC LIMIT 2001`,
      [id, 'clm_zzzz'],
    );
    await conn.end();
    log(`seeded ${ROWS} claims in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
    log(`page query plan: ${JSON.stringify(plan)}`);

    const token = await env.admin('manager');
    const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const start = process.hrtime.bigint();
    const res = await fetch(`${env.url}/api/v1/admin/campaigns/${id}/claims/export`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}`);
    let lines = 0;
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const rows = lines - 1; // the header
    if (rows !== ROWS) throw new Error(`exported ${rows} rows, expected ${ROWS}`);
    const [audit] = (
      await env.api('GET', '/api/v1/admin/audit-logs?action=export.csv&entity_type=claims', {
        token: await env.admin('auditor'),
      })
    ).body.items;
    if (audit?.changes?.rows !== ROWS) throw new Error(`audit row says ${JSON.stringify(audit?.changes)}`);
    log(`${rows} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(2)} s; audited`);
    console.log(
      JSON.stringify({
        rows,
        rows_per_s: Math.round(rows / seconds),
        seconds: Number(seconds.toFixed(2)),
        mib: Number((bytes / 2 ** 20).toFixed(1)),
        rss_before_mb: Math.round(rssBeforeMb),
        peak_rss_mb: Math.round(peakRss / 2 ** 20),
        loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
        cpus: os.cpus().length,
      }),
    );
  } finally {
    await env.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
