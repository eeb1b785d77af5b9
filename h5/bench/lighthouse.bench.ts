// npm run bench:lighthouse — Lighthouse 12 scores of the citizen H5 (mobile, simulated slow 4G) and the
// admin panel's login page (desktop), on the real server (embedded mode, demo campaigns), in Debian's
// chromium. A benchmark, not a test: the scores depend on the machine. Lighthouse is fetched by npx on
// first use (it is not a dependency of the project). Prints one JSON line at the end, with the load
// average before and after (2 shared cores: do not trust a run made while something else ran).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runningCampaign, startEnv } from '../../marketing-server/test/harness';

const LIGHTHOUSE = process.env.LIGHTHOUSE_PKG ?? 'lighthouse@12.2.3';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type Scores = Record<(typeof CATEGORIES)[number], number> & { lcp_ms: number; failing_audits: string[] };

function lighthouse(url: string, preset: 'mobile' | 'desktop'): Scores {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-path=${CHROME}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const r = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROME } });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed on ${url}:\n${r.stderr}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const score = (c: string) => Number(report.categories[c]?.score ?? 0);
  const failing = Object.values(
    report.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>,
  )
    .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    lcp_ms: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    failing_audits: failing,
  };
}

async function main() {
  const loadBefore = os.loadavg()[0];
  const env = await startEnv('sqlite');
  await runningCampaign(env, {
    name: '数字人民币 ¥200 消费红包',
    kind: 'red_packet',
    budget_fen: 200_000,
    red_packet: { mode: 'random', count: 1000 },
  });
  try {
    const h5 = lighthouse(`${env.url}/h5/`, 'mobile');
    const adminLogin = lighthouse(`${env.url}/admin/`, 'desktop');
    console.log(
      JSON.stringify({
        bench: 'lighthouse',
        lighthouse: LIGHTHOUSE,
        h5_mobile: h5,
        admin_login_desktop: adminLogin,
        load_avg_before: Number(loadBefore.toFixed(2)),
        load_avg_after: Number(os.loadavg()[0].toFixed(2)),
      }),
    );
  } finally {
    await env.close();
  }
}

await main();
