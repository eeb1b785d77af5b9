// npm run bench:h5 — the citizen app's performance budget, measured:
//   H5 first screen: a cold phone-sized chromium (fresh profile, empty cache) opens /h5/ on the real
//   server (embedded mode, demo data) until the first campaign card is drawn with API data; N runs.
//   Sizes: the H5 entry (JS + CSS loaded before home renders) and the weapp main package.
// Prints one JSON line at the end. BENCH_RUNS (default 15).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runningCampaign, startEnv } from '../../marketing-server/test/harness';
import { launchPhone } from '../../marketing-server/test/browser';

const root = path.resolve(new URL('.', import.meta.url).pathname, '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);

function entryBytes(): number {
  const html = fs.readFileSync(path.join(root, 'h5', 'dist', 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/h5\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return assets.reduce((n, a) => n + fs.statSync(path.join(root, 'h5', 'dist', a)).size, 0);
}

function weappSizes(): { main_bytes: number; total_bytes: number } {
  const r = spawnSync('node', [path.join(root, 'miniprogram', 'scripts', 'check-weapp.mjs')], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`weapp check failed (run npm run build:weapp first):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const env = await startEnv('sqlite');
  // What the demo shows: a random red packet, a 满减 coupon.
  await runningCampaign(env, {
    name: '数字人民币 ¥200 消费红包',
    kind: 'red_packet',
    budget_fen: 200_000,
    red_packet: { mode: 'random', count: 1000 },
  });
  await runningCampaign(env, {
    name: '满 80 减 20 商超券',
    kind: 'coupon',
    budget_fen: 100_000,
    coupon: { type: 'threshold', threshold_fen: 8000, discount_fen: 2000, use_window: { days: 7 } },
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const phone = await launchPhone();
      const started = Date.now();
      await phone.page.goto(`${env.url}/h5/`);
      await phone.page.locator('.campaign-card:visible').first().waitFor();
      times.push(Date.now() - started);
      await phone.close();
    }
  } finally {
    await env.close();
  }
  const weapp = weappSizes();
  const result = {
    runs,
    h5_first_screen_median_ms: percentile(times, 0.5),
    h5_first_screen_p90_ms: percentile(times, 0.9),
    h5_first_screen_max_ms: Math.max(...times),
    h5_budget_ms: 1000,
    h5_entry_kib: Math.round(entryBytes() / 102.4) / 10,
    weapp_main_kib: Math.round(weapp.main_bytes / 102.4) / 10,
    weapp_total_kib: Math.round(weapp.total_bytes / 102.4) / 10,
    weapp_main_budget_kib: 1024,
  };
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
