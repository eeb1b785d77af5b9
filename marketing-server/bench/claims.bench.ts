/**
 * Claim-path benchmark on MySQL (MariaDB) + Redis over loopback.
 *
 *   npm run bench:claims [-- --processes 2]
 *
 * First runs the minimal durable claim handler (bench/minimal-claim.mjs: Koa, one Redis GET, one MySQL
 * multi-statement transaction) with the same number of requests and connections: the baseline every
 * ratio is measured against, in the same run. Then starts marketing-server in a child process (with
 * `--processes N`, N of them on the same MySQL + Redis, the load spread over all) (so the load generator and the server do not share an
 * event loop) on a fresh database, creates two fixed-amount red packet campaigns through the admin
 * API, and drives them with autocannon:
 *
 *   1. throughput — stock larger than the load; one claim per distinct user → claims/s, p50, p99.
 *   2. sell-out   — BENCH_SELLOUT_STOCK packets, BENCH_SELLOUT_REQUESTS claims by distinct users →
 *                   req/s while most requests are refused, and how many packets were issued.
 *
 * Then it proves the books in the database: no overspend, no user with two claims in a campaign, and the
 * server's ledger check balanced. Progress goes to stderr; the last line on stdout is one JSON object.
 *
 * The machine's load average is printed at the start and the end; if the rest of the machine (anything
 * but this bench, its children, MariaDB and Redis) used more than half a core on average, the bench
 * prints its figures to stderr marked as invalid and exits 3 instead of reporting (bench/machine-load.ts).
 * BENCH_MAX_OTHER_CORES changes that threshold (default 0.5).
 *
 * Environment:
 *   BENCH_USERS              phase 1 requests = distinct users (default 20000)
 *   BENCH_SELLOUT_REQUESTS   phase 2 requests = distinct users (default 100000)
 *   BENCH_SELLOUT_STOCK      phase 2 stock (default 20000)
 *   BENCH_CONNECTIONS        autocannon connections (default 32: on two shared cores, 64 in flight only
 *                            queue — same throughput or less, twice the latency; try 64 to see it)
 *   BENCH_URL                use a running server instead of spawning one; then BENCH_DATABASE_URL (the
 *                            same database that server uses) and BENCH_TOKEN_SECRET (its TOKEN_SECRET)
 *                            are required too, since admins and citizens are created directly in it.
 *   BENCH_SERVER_NODE_ARGS   extra node flags for the spawned server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *   TEST_MYSQL_URL / TEST_REDIS_URL  as for the tests (default mysql://root@127.0.0.1:3306, redis://127.0.0.1:6379)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { openDatabase, type Database } from '../src/db';
import { hashPassword } from '../src/security/passwords';
import { insertAdminUser } from '../src/security/access';
import { createTokenService } from '../src/security/tokens';
import { createClaimTokens } from '../src/security/claim-tokens';
import { newId } from '../src/shared/ids';
import { createTestDatabase, REDIS_URL } from '../test/harness';
import { watchMachineLoad } from './machine-load';

// ---------------------------------------------------------------------------------------------------
// autocannon ships no type declarations; describe the part used here.

type AcRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AcRequest, context: Record<string, unknown>) => AcRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};
type AcOptions = {
  url: string | string[];
  connections: number;
  pipelining?: number;
  amount?: number;
  duration?: number;
  timeout?: number;
  requests: AcRequest[];
};
type AcResult = {
  latency: { p50: number; p99: number; p90: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  '5xx': number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
};
type AcInstance = Promise<AcResult> & {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: 'reqError', fn: (err: Error) => void): void;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: AcOptions) => AcInstance;

// ---------------------------------------------------------------------------------------------------

const intEnv = (name: string, def: number) => {
  const v = process.env[name];
  if (!v) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
};

const USERS = intEnv('BENCH_USERS', 20_000);
const SELLOUT_REQUESTS = intEnv('BENCH_SELLOUT_REQUESTS', 100_000);
const SELLOUT_STOCK = intEnv('BENCH_SELLOUT_STOCK', 20_000);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 32);
const MAX_OTHER_CORES = Number(process.env.BENCH_MAX_OTHER_CORES ?? 0.5);

function processesArg(): number {
  const i = process.argv.indexOf('--processes');
  const v =
    i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith('--processes='))?.split('=')[1];
  if (v === undefined) return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`--processes must be 1..8, got ${v}`);
  return n;
}
const PROCESSES = processesArg();
const PACKET_FEN = 100;
const THROUGHPUT_STOCK = Math.max(200_000, USERS * 2);
const BENCH_PASSWORD = 'bench horse battery staple';
const TOKEN_SECRET = process.env.BENCH_TOKEN_SECRET ?? 'bench-token-secret-0123456789';
const ID_HASH_SECRET = 'bench-id-hash-secret-0123456789';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

type Citizen = { id: string; token: string };
type Admins = Record<
  'admin' | 'manager' | 'approver' | 'funder' | 'funder2' | 'registrar' | 'auditor',
  string
>;

type Api = (
  method: string,
  p: string,
  opts?: { token?: string; body?: unknown; idem?: string },
) => Promise<{ status: number; body: any }>;

function apiFor(baseUrl: string): Api {
  return async (method, p, opts = {}) => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.idem) headers['idempotency-key'] = opts.idem;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(baseUrl + p, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed };
  };
}

// ---------------------------------------------------------------------------------------------------
// Server process

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(baseUrl: string, child: ChildProcess | null, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`server at ${baseUrl} not ready within ${timeoutMs} ms`);
}

function spawnServer(databaseUrl: string, port: number, queuePrefix: string): ChildProcess {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'marketing-server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      TOKEN_SECRET,
      ID_HASH_SECRET,
      QUEUE_PREFIX: queuePrefix,
      NODE_ENV: 'production',
      // Production settings, but the simulators in-process: the bench measures the claim path.
      SHUYUAN_DEV: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Server output goes to our stderr so stdout stays one JSON line; count what looks like trouble.
  const relay = (chunk: Buffer) => {
    const text = chunk.toString();
    serverStats.lines += text.split('\n').filter(Boolean).length;
    serverStats.errorLines += (text.match(/error/gi) ?? []).length;
    if (serverStats.printed < 4000) {
      serverStats.printed += text.length;
      process.stderr.write(text.replace(/^(?=.)/gm, '[server] '));
    }
  };
  child.stdout!.on('data', relay);
  child.stderr!.on('data', relay);
  return child;
}
const serverStats = { lines: 0, errorLines: 0, printed: 0 };

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) {
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(2_000)]);
  }
}

// ---------------------------------------------------------------------------------------------------
// Principals created directly in the database the server uses

async function createAdmins(database: Database, api: Api): Promise<Admins> {
  const tag = randomBytes(3).toString('hex');
  const hash = await hashPassword(BENCH_PASSWORD);
  const now = new Date();
  const roles: [keyof Admins, string][] = [
    ['admin', 'admin'],
    ['manager', 'campaign_manager'],
    ['approver', 'approver'],
    ['funder', 'funder'],
    ['funder2', 'funder'],
    ['registrar', 'registrar'],
    ['auditor', 'auditor'],
  ];
  const out = {} as Admins;
  for (const [name, role] of roles) {
    const username = `bench_${name}_${tag}`;
    // Roles are rows (admin_user_roles); the one door that writes both is insertAdminUser.
    await insertAdminUser(
      database.db,
      { id: newId('adm'), username, password_hash: hash, display_name: username, roles: [role] },
      now,
    );
    const res = await api('POST', '/api/v1/admin/auth/login', {
      body: { username, password: BENCH_PASSWORD },
    });
    if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    out[name] = res.body.token as string;
  }
  return out;
}

async function createCitizens(database: Database, n: number): Promise<Citizen[]> {
  const tokens = createTokenService(TOKEN_SECRET, 3600 * 6);
  const now = new Date();
  const out: Citizen[] = [];
  const CHUNK = 1000;
  for (let i = 0; i < n; i += CHUNK) {
    const rows: unknown[] = [];
    const size = Math.min(CHUNK, n - i);
    for (let j = 0; j < size; j++) {
      const id = newId('usr');
      out.push({ id, token: tokens.issue({ typ: 'citizen', sub: id }).token });
      rows.push(id, `o${id}`, now, now);
    }
    await database.db.exec(
      `INSERT INTO users (id, openid, created_at, updated_at) VALUES ${new Array(size).fill('(?,?,?,?)').join(',')}`,
      rows,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Campaigns through the admin API, as test/harness.ts runningCampaign does

async function createFunder(api: Api, admins: Admins, depositFen: number): Promise<string> {
  const f = await api('POST', '/api/v1/admin/funders', {
    token: admins.registrar,
    body: { name: '压测财政局', kind: 'government' },
  });
  if (f.status !== 201) throw new Error(`funder failed ${f.status} ${JSON.stringify(f.body)}`);
  const dep = await api('POST', `/api/v1/admin/funders/${f.body.id}/deposits`, {
    token: admins.funder,
    idem: `bench-dep-${f.body.id}`,
    body: { amount_fen: depositFen, reference: 'bench deposit' },
  });
  if (dep.status !== 201) throw new Error(`deposit failed ${dep.status} ${JSON.stringify(dep.body)}`);
  // A deposit counts once someone other than its recorder confirms it.
  const ok = await api('POST', `/api/v1/admin/funders/${f.body.id}/deposits/${dep.body.id}/confirm`, {
    token: admins.funder2,
  });
  if (ok.status !== 200) throw new Error(`deposit confirm failed ${ok.status} ${JSON.stringify(ok.body)}`);
  return f.body.id as string;
}

async function runningCampaign(api: Api, admins: Admins, funderId: string, name: string, stock: number) {
  const now = Date.now();
  const created = await api('POST', '/api/v1/admin/campaigns', {
    token: admins.manager,
    body: {
      kind: 'red_packet',
      name,
      funder_id: funderId,
      budget_fen: stock * PACKET_FEN,
      red_packet: { mode: 'fixed', amount_fen: PACKET_FEN },
      claim_start_at: new Date(now - 2000).toISOString(),
      claim_end_at: new Date(now + 3 * 3600_000).toISOString(),
    },
  });
  if (created.status !== 201)
    throw new Error(`create failed ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  const sub = await api('POST', `/api/v1/admin/campaigns/${id}/submit`, { token: admins.manager });
  if (sub.status !== 200) throw new Error(`submit failed ${sub.status} ${JSON.stringify(sub.body)}`);
  const approved = await api('POST', `/api/v1/admin/campaigns/${id}/approve`, { token: admins.approver });
  if (approved.status !== 200)
    throw new Error(`approve failed ${approved.status} ${JSON.stringify(approved.body)}`);
  // The lifecycle arms a start job on approval (claim_start_at has passed); wait for it to run.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const c = await api('GET', `/api/v1/admin/campaigns/${id}`, { token: admins.manager });
    if (c.body?.status === 'running') break;
    if (Date.now() > deadline) throw new Error(`campaign ${id} still ${c.body?.status} after 90 s`);
    await sleep(250);
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Load

type PhaseResult = {
  ac: AcResult;
  responses: number;
  seconds: number;
  codes: Map<string, number>;
  reqErrors: Map<string, number>;
};

/** `idemKeys` collects the Redis keys of the idempotency replay cache the storm may create. */
async function claimStorm(
  baseUrls: string[],
  campaignId: string,
  users: Citizen[],
  requests: number,
  label: string,
  idemKeys: string[],
) {
  let next = 0;
  const codes = new Map<string, number>();
  const reqErrors = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const claimPath = `/api/v1/campaigns/${campaignId}/claims`;
  // The app fetches a claim token just before each tap (POST …/claim-tokens); minted here before the
  // phase starts so the load generator spends its CPU on requests, not on HMACs.
  const claimTokens = createClaimTokens(TOKEN_SECRET);
  const mintedAt = new Date();
  const claimTokenOf = users.map((u) => claimTokens.issue(u.id, campaignId, mintedAt).token);
  const request: AcRequest = {
    method: 'POST',
    path: claimPath,
    body: '{}',
    // Every request is a different user with its own key. The pool is larger than `requests` because
    // autocannon builds one request per connection ahead of time; a build past the pool reuses a user.
    setupRequest: (req) => {
      const u = users[next % users.length];
      const i = next++;
      idemKeys.push(`idem:r:citizen:${u.id}:bench-${label}-${i}`);
      return {
        ...req,
        method: 'POST',
        path: claimPath,
        body: '{}',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${u.token}`,
          'idempotency-key': `bench-${label}-${i}`,
          'x-claim-token': claimTokenOf[(next - 1) % users.length],
        },
      };
    },
    onResponse: (status, body) => {
      if (status === 201) return bump(codes, '201');
      const m = /"code"\s*:\s*"([A-Z_]+)"/.exec(body);
      bump(codes, `${status} ${m ? m[1] : body.slice(0, 60)}`);
    },
  };
  let first = 0;
  let last = 0;
  let responses = 0;
  const started = performance.now();
  const inst = autocannon({
    // Several URLs (one per server process): autocannon spreads its connections round-robin over them.
    url: (baseUrls.length === 1 ? baseUrls[0] : baseUrls) as string,
    connections: Math.min(CONNECTIONS, requests),
    pipelining: 1,
    amount: requests,
    timeout: 30,
    requests: [request],
  });
  inst.on('response', () => {
    last = performance.now();
    if (!first) first = last;
    responses++;
  });
  inst.on('reqError', (err) => bump(reqErrors, err.message));
  const progress = setInterval(() => log(`  ${label}: ${responses}/${requests} responses`), 5000);
  const ac = await inst;
  clearInterval(progress);
  const seconds = ((last || performance.now()) - started) / 1000;
  return { ac, responses, seconds, codes, reqErrors } satisfies PhaseResult;
}

function describePhase(label: string, r: PhaseResult) {
  const codes = [...r.codes.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`);
  log(
    `${label}: ${r.responses} responses in ${r.seconds.toFixed(2)} s; ${codes.join(', ')}; ` +
      `errors ${r.ac.errors} (timeouts ${r.ac.timeouts}); 2xx latency p50 ${r.ac.latency.p50} ms, ` +
      `p90 ${r.ac.latency.p90} ms, p99 ${r.ac.latency.p99} ms, max ${r.ac.latency.max} ms`,
  );
  if (r.reqErrors.size) log(`${label}: request errors ${JSON.stringify(Object.fromEntries(r.reqErrors))}`);
}

// ---------------------------------------------------------------------------------------------------
// Verification

async function verify(
  database: Database,
  api: Api,
  admins: Admins,
  campaigns: { id: string; stock: number }[],
) {
  let overspend = 0;
  const issued = new Map<string, number>();
  for (const c of campaigns) {
    const rows = await database.db.query<{ n: unknown; s: unknown }>(
      'SELECT COUNT(*) AS n, COALESCE(SUM(amount_fen), 0) AS s FROM claims WHERE campaign_id = ?',
      [c.id],
    );
    const n = Number(rows[0].n);
    issued.set(c.id, n);
    overspend += Math.max(0, n - c.stock);
    if (Number(rows[0].s) > c.stock * PACKET_FEN)
      log(`OVERSPEND in money on ${c.id}: ${String(rows[0].s)} fen`);
    const left = await database.db.query<{ r: unknown; e: unknown }>(
      'SELECT COALESCE(SUM(remaining), 0) AS r, SUM(remaining = 0) AS e FROM campaign_stock_buckets WHERE campaign_id = ?',
      [c.id],
    );
    log(
      `campaign ${c.id}: ${n} claims, ${String(left[0].r)} packets left, ${String(left[0].e)} empty buckets`,
    );
  }
  const dup = await database.db.query<{ n: unknown }>(
    `SELECT COUNT(*) AS n FROM (SELECT campaign_id, user_id FROM claims WHERE campaign_id IN (${campaigns.map(() => '?').join(',')})
       GROUP BY campaign_id, user_id HAVING COUNT(*) > 1) d`,
    campaigns.map((c) => c.id),
  );
  const check = await api('GET', '/api/v1/admin/ledger/check', { token: admins.auditor });
  if (check.status !== 200)
    throw new Error(`ledger check failed ${check.status} ${JSON.stringify(check.body)}`);
  if (check.body.balanced !== true) log(`ledger check: ${JSON.stringify(check.body).slice(0, 2000)}`);
  return { issued, overspend, duplicates: Number(dup[0].n), ledgerBalanced: check.body.balanced === true };
}

async function cleanRedis(queuePrefix: string, idemKeys: string[], campaignIds: string[]) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    // Bull's keys for this run's private queue prefix (none when the server was not ours).
    let cursor = '0';
    if (queuePrefix)
      do {
        const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `{${queuePrefix}}:*`, 'COUNT', 1000);
        cursor = nextCursor;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    // Idempotency replay cache (24 h TTL) and sold-out flags written for this run's users/campaigns.
    for (let i = 0; i < idemKeys.length; i += 5000) await redis.unlink(...idemKeys.slice(i, i + 5000));
    if (campaignIds.length) await redis.del(...campaignIds.map((id) => `soldout:${id}`));
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------

/** The minimal handler (bench/minimal-claim.mjs) with this run's request count and connections. */
async function runMinimal(): Promise<{ minimal_claims_per_s: number; p50_ms: number; p99_ms: number }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'minimal-claim.mjs');
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, MIN_REQUESTS: String(USERS), MIN_CONNECTIONS: String(CONNECTIONS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) =>
    process.stderr.write(c.toString().replace(/^(?=.)/gm, '[minimal] ')),
  );
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const line = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`minimal handler failed (exit ${code}): ${out}`);
  return JSON.parse(line);
}

async function main() {
  const startedAt = Date.now();
  const load = watchMachineLoad();
  log(
    `load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (${os.cpus().length} cpus)`,
  );
  const externalUrl = process.env.BENCH_URL?.replace(/\/$/, '');
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err) => log(`cleanup: ${(err as Error).message}`));
    cleanups.length = 0;
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`minimal handler: ${USERS} claims, ${CONNECTIONS} connections`);
    const minimal = await runMinimal();
    log(`minimal handler: ${JSON.stringify(minimal)}`);

    const baseUrls: string[] = [];
    let databaseUrl: string;
    const queuePrefix = `sybench${randomBytes(4).toString('hex')}`;
    if (externalUrl) {
      databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
      if (!databaseUrl || !process.env.BENCH_TOKEN_SECRET) {
        throw new Error('BENCH_URL needs BENCH_DATABASE_URL and BENCH_TOKEN_SECRET of that server');
      }
      baseUrls.push(...externalUrl.split(','));
      log(`using running server(s) ${baseUrls.join(', ')}`);
      for (const u of baseUrls) await waitReady(u, null, 10_000);
    } else {
      const tdb = await createTestDatabase();
      cleanups.push(() => tdb.drop());
      databaseUrl = tdb.url;
      for (let i = 0; i < PROCESSES; i++) {
        const port = await freePort();
        const baseUrl = `http://127.0.0.1:${port}`;
        log(`database ${databaseUrl}; starting server ${i + 1}/${PROCESSES} on ${baseUrl}`);
        const child = spawnServer(databaseUrl, port, queuePrefix);
        cleanups.push(() => stopServer(child));
        // One at a time: the first one runs the migrations.
        await waitReady(baseUrl, child);
        baseUrls.push(baseUrl);
      }
      log(`server(s) ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    }
    const baseUrl = baseUrls[0];
    const database = await openDatabase(databaseUrl, { poolSize: 4 });
    cleanups.push(async () => {
      await database.db.close();
      await database.sequelize.close();
    });
    const api = apiFor(baseUrl);
    const admins = await createAdmins(database, api);

    // Extra users cover the requests autocannon builds ahead per connection.
    const spare = CONNECTIONS * 2;
    let t = Date.now();
    const users1 = await createCitizens(database, USERS + spare);
    const users2 = await createCitizens(database, SELLOUT_REQUESTS + spare);
    const campaignIds: string[] = [];
    const idemKeys: string[] = [];
    cleanups.push(() => cleanRedis(externalUrl ? '' : queuePrefix, idemKeys, campaignIds));
    log(`created ${users1.length + users2.length} citizens in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const funderId = await createFunder(api, admins, (THROUGHPUT_STOCK + SELLOUT_STOCK) * PACKET_FEN);
    t = Date.now();
    const campaign1 = await runningCampaign(api, admins, funderId, '压测-吞吐', THROUGHPUT_STOCK);
    const campaign2 = await runningCampaign(api, admins, funderId, '压测-抢光', SELLOUT_STOCK);
    campaignIds.push(campaign1, campaign2);
    log(`campaigns running after ${((Date.now() - t) / 1000).toFixed(1)} s: ${campaign1}, ${campaign2}`);

    log(
      `phase 1 (throughput): ${USERS} claims by distinct users, stock ${THROUGHPUT_STOCK}, ${CONNECTIONS} connections`,
    );
    const p1 = await claimStorm(baseUrls, campaign1, users1, USERS, 'p1', idemKeys);
    describePhase('phase 1', p1);

    log(`phase 2 (sell-out): ${SELLOUT_REQUESTS} claims by distinct users on stock ${SELLOUT_STOCK}`);
    const p2 = await claimStorm(baseUrls, campaign2, users2, SELLOUT_REQUESTS, 'p2', idemKeys);
    describePhase('phase 2', p2);

    const v = await verify(database, api, admins, [
      { id: campaign1, stock: THROUGHPUT_STOCK },
      { id: campaign2, stock: SELLOUT_STOCK },
    ]);
    const ok1 = p1.codes.get('201') ?? 0;
    if (ok1 !== v.issued.get(campaign1))
      log(`phase 1: ${ok1} 201s but ${v.issued.get(campaign1)} claims in the database`);
    const ok2 = p2.codes.get('201') ?? 0;
    if (ok2 !== v.issued.get(campaign2))
      log(`phase 2: ${ok2} 201s but ${v.issued.get(campaign2)} claims in the database`);
    if (!externalUrl)
      log(`server printed ${serverStats.lines} log lines (${serverStats.errorLines} mention "error")`);

    const claimsPerS = round(ok1 / p1.seconds);
    const selloutPerS = round(p2.responses / p2.seconds);
    const result = {
      processes: externalUrl ? baseUrls.length : PROCESSES,
      minimal_claims_per_s: minimal.minimal_claims_per_s,
      minimal_p99_ms: minimal.p99_ms,
      ratio_vs_minimal: round(claimsPerS / minimal.minimal_claims_per_s, 2),
      sellout_ratio_vs_minimal: round(selloutPerS / minimal.minimal_claims_per_s, 2),
      claims_per_s: claimsPerS,
      p50_ms: p1.ac.latency.p50,
      p99_ms: p1.ac.latency.p99,
      sellout_req_per_s: selloutPerS,
      sellout_issued: v.issued.get(campaign2) ?? 0,
      sellout_stock: SELLOUT_STOCK,
      overspend: v.overspend,
      duplicates: v.duplicates,
      ledger_balanced: v.ledgerBalanced,
    };
    await cleanup();
    const machine = load.stop();
    log(
      `load average at end: ${machine.loadavg_end.join(' ')}; the rest of the machine used ${machine.other_cores} cores on average, this bench ${machine.own_cores}`,
    );
    log(`done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    const report = {
      ...result,
      loadavg_start: machine.loadavg_start,
      loadavg_end: machine.loadavg_end,
      other_cores: machine.other_cores,
    };
    if (machine.other_cores > MAX_OTHER_CORES) {
      log(
        `NOT REPORTED: other processes used ${machine.other_cores} cores (more than ${MAX_OTHER_CORES}) during the run, so these figures say little: ${JSON.stringify(report)}`,
      );
      process.exit(3);
    }
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } catch (err) {
    await cleanup();
    throw err;
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    log(`failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
