// npm run bench:lighthouse — Lighthouse 12 scores of the citizen H5 (mobile, simulated slow 4G), the
// admin panel's login page and its dashboard logged in (desktop), on the real server (embedded mode, demo campaigns), in Debian's
// chromium. A benchmark, not a test: the scores depend on the machine. Lighthouse is fetched by npx on
// first use (it is not a dependency of the project). Prints one JSON line at the end, with the load
// average before and after (2 shared cores: do not trust a run made while something else ran).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import { runningCampaign, startEnv, TEST_PASSWORD } from '../../marketing-server/test/harness';

const LIGHTHOUSE = process.env.LIGHTHOUSE_PKG ?? 'lighthouse@12.2.3';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type Scores = Record<(typeof CATEGORIES)[number], number> & { lcp_ms: number; failing_audits: string[] };

/**
 * Runs npx asynchronously: the server under test lives in this process, so a synchronous spawn would
 * block the event loop that must answer Lighthouse's requests (the page never loads).
 */
function run(cmd: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, CHROME_PATH: CHROME } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/**
 * A logged-in admin for Lighthouse: our own chromium with a debugging port, the session put in its
 * localStorage the way the login page does; Lighthouse then attaches to it (--port) and keeps storage.
 */
async function loggedInAdminChrome(baseUrl: string, token: string, expiresAt: string) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-profile-'));
  const child: ChildProcess = spawn(CHROME, [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${baseUrl}/admin/`);
  await page.evaluate(
    ([t, e]) => {
      localStorage.setItem('sy_admin_token', t);
      localStorage.setItem('sy_admin_token_expires', e);
    },
    [token, expiresAt],
  );
  await page.close();
  await browser.close(); // disconnects; the chromium process stays for Lighthouse
  return { port, stop: () => child.kill() };
}

async function lighthouse(url: string, preset: 'mobile' | 'desktop', port?: number): Promise<Scores> {
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
    ...(port
      ? [`--port=${port}`, '--disable-storage-reset']
      : ['--chrome-flags=--headless=new --no-sandbox --disable-gpu']),
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const r = await run('npx', args);
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
    const h5 = await lighthouse(`${env.url}/h5/`, 'mobile');
    const adminLogin = await lighthouse(`${env.url}/admin/`, 'desktop');
    const login = await env.api('POST', '/api/v1/admin/auth/login', {
      body: { username: 'manager', password: TEST_PASSWORD },
    });
    const chrome = await loggedInAdminChrome(env.url, login.body.token, login.body.expires_at);
    let adminDashboard: Scores;
    try {
      adminDashboard = await lighthouse(`${env.url}/admin/dashboard`, 'desktop', chrome.port);
    } finally {
      chrome.stop();
    }
    console.log(
      JSON.stringify({
        bench: 'lighthouse',
        lighthouse: LIGHTHOUSE,
        h5_mobile: h5,
        admin_login_desktop: adminLogin,
        admin_dashboard_desktop: adminDashboard,
        load_avg_before: Number(loadBefore.toFixed(2)),
        load_avg_after: Number(os.loadavg()[0].toFixed(2)),
      }),
    );
  } finally {
    await env.close();
  }
}

await main();
