import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../src/config';
import { createPlatform, type Platform } from '../src/platform';
import { hashPassword } from '../src/security/passwords';
import { insertAdminUser } from '../src/security/access';
import { createTokenService } from '../src/security/tokens';
import { createClaimTokens } from '../src/security/claim-tokens';
import { createLogger } from '../src/shared/logger';
import { newId } from '../src/shared/ids';
import type { Clock } from '../src/shared/time';

export type Mode = 'mysql' | 'sqlite';
/** Every integration suite runs on real MariaDB + Redis and on the embedded SQLite mode. */
export const MODES: Mode[] = ['mysql', 'sqlite'];

export const MYSQL_ROOT = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export class TestClock implements Clock {
  private offsetMs = 0;
  now() {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

export type TestEnv = {
  mode: Mode;
  platform: Platform;
  config: Config;
  clock: TestClock;
  url: string;
  api(
    method: string,
    p: string,
    opts?: { token?: string; body?: unknown; idem?: string; raw?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  admin(username: string): Promise<string>;
  adminId(username: string): Promise<string>;
  citizens(n: number): Promise<{ id: string; token: string }[]>;
  close(): Promise<void>;
};

/** Puts a database name into a server URL, keeping any query (e.g. ?socketPath=…). */
export function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sy_test_${randomBytes(5).toString('hex')}`;
  const conn = await mysql.createConnection(MYSQL_ROOT);
  await conn.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    url: withDatabase(MYSQL_ROOT, name),
    async drop() {
      const c = await mysql.createConnection(MYSQL_ROOT);
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}

// Two of the people who must differ (user administrators, funders) exist twice.
const TEST_ADMINS: [string, string[], boolean?][] = [
  ['admin', ['admin']],
  ['admin2', ['admin']],
  ['manager', ['campaign_manager']],
  ['manager2', ['campaign_manager']],
  ['approver', ['approver']],
  ['funder', ['funder']],
  ['funder2', ['funder']],
  ['registrar', ['registrar']],
  ['auditor', ['auditor']],
  ['analyst', ['risk_analyst']],
  ['officer', ['ecny_officer']],
  ['regulator', ['regulator']],
  ['regulator2', ['regulator']],
  // A partner user of no organisation (modules/apix/partners.ts): the role matrix's partner_developer.
  ['partner', ['partner_developer']],
  ['cashier', ['merchant_operator'], true],
  ['cashier2', ['merchant_operator'], true],
];
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Every test request comes from 127.0.0.1, as if all citizens sat behind one address: the per-address
 * limits are raised for the suites that bind hundreds of wallets. The rate-limit suites pass
 * RATE_LIMIT_DEFAULTS back in (config.ts) to test the limits a deployment gets.
 */
export const VOLUME_LIMITS: Record<string, string> = {
  RATE_LIMIT_OTP_SEND_IP_HOUR: '1000000',
  RATE_LIMIT_LOGIN_IP_LOCK_AFTER: '1000000',
};

export async function startEnv(mode: Mode, extraEnv: Record<string, string> = {}): Promise<TestEnv> {
  let dropDb = async () => undefined as void;
  let dbUrl: string;
  let tmpDir: string | null = null;
  if (mode === 'mysql') {
    const tdb = await createTestDatabase();
    dbUrl = tdb.url;
    dropDb = tdb.drop;
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyuan-test-'));
    dbUrl = `sqlite:${path.join(tmpDir, 'test.sqlite')}`;
  }
  const env: Record<string, string> = {
    DATABASE_URL: dbUrl,
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: 'false',
    // Tests run MySQL + Redis platforms with the in-process simulators (WeChat, SMS, bank).
    SHUYUAN_DEV: 'true',
    QUEUE_PREFIX: `sytest${randomBytes(4).toString('hex')}`,
    TOKEN_SECRET: 'test-token-secret-0123456789',
    ID_HASH_SECRET: 'test-id-hash-secret-0123456789',
    ...(mode === 'mysql' ? { REDIS_URL } : {}),
    ...VOLUME_LIMITS,
    ...extraEnv,
  };
  const config = loadConfig(env as NodeJS.ProcessEnv);
  const clock = new TestClock();
  const platform = await createPlatform(config, { clock, logger: createLogger(config.logLevel) });
  const server = await platform.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Test principals: admins with known roles and two merchants for the cashiers.
  const now = new Date();
  const merchants = [newId('mch'), newId('mch')];
  for (const [i, m] of merchants.entries()) {
    await platform.db.exec(
      'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
      [m, `测试商户${i + 1}`, 'supermarket', now, now],
    );
  }
  const hash = await hashPassword(TEST_PASSWORD);
  const adminIds = new Map<string, string>();
  for (const [username, roles, isCashier] of TEST_ADMINS) {
    const id = newId('adm');
    adminIds.set(username, id);
    const merchant = isCashier ? merchants[username === 'cashier' ? 0 : 1] : null;
    await insertAdminUser(
      platform.db,
      { id, username, password_hash: hash, display_name: username, roles, merchant_id: merchant },
      now,
    );
  }
  const tokens = createTokenService(config.tokenSecret, 90 * 86400, () => clock.now().getTime());
  const adminTokens = new Map<string, { token: string; at: number }>();
  const claimTokens = createClaimTokens(config.tokenSecret);

  const api: TestEnv['api'] = async (method, p, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.idem) headers['idempotency-key'] = opts.idem;
    // A citizen app fetches a claim token before each claim; tests get one minted the same way unless
    // they set the header themselves (to test a missing or foreign token).
    const claimPath = /^\/api\/v1\/campaigns\/([^/]+)\/claims$/.exec(p);
    if (method === 'POST' && claimPath && opts.token && !('x-claim-token' in headers)) {
      const who = tokens.verify(opts.token);
      if (who) headers['x-claim-token'] = claimTokens.issue(who.sub, claimPath[1], clock.now()).token;
    }
    if (headers['x-claim-token'] === '') delete headers['x-claim-token'];
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(url + p, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* non-JSON bodies are returned as text */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };

  return {
    mode,
    platform,
    config,
    clock,
    url,
    api,
    async admin(username) {
      // Admin tokens live 30 min; tests that move the clock forward get a fresh one.
      const cached = adminTokens.get(username);
      if (cached && cached.at > clock.now().getTime() - 20 * 60_000) return cached.token;
      const res = await api('POST', '/api/v1/admin/auth/login', {
        body: { username, password: TEST_PASSWORD },
      });
      if (res.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(res.body)}`);
      adminTokens.set(username, { token: res.body.token, at: clock.now().getTime() });
      return res.body.token as string;
    },
    async adminId(username) {
      return adminIds.get(username)!;
    },
    async citizens(n) {
      // Bulk-created users with tokens minted by the server's own token service: the claim storms
      // test the claim path, and logging 1,000 users in through WeChat would only slow them down.
      const out: { id: string; token: string }[] = [];
      const rows: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const id = newId('usr');
        out.push({ id, token: tokens.issue({ typ: 'citizen', sub: id }).token });
        rows.push(id, `o${id}`, now, now);
      }
      for (let i = 0; i < n; i += 500) {
        const chunk = rows.slice(i * 4, (i + 500) * 4);
        await platform.db.exec(
          `INSERT INTO users (id, openid, created_at, updated_at) VALUES ${new Array(chunk.length / 4).fill('(?,?,?,?)').join(',')}`,
          chunk,
        );
      }
      return out;
    },
    async close() {
      await platform.close();
      await dropDb();
      if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
}

export const iso = (d: Date) => d.toISOString();

/**
 * Puts money in a funder's balance the way the platform requires: one person records the deposit
 * (`funder`), another confirms it (`funder2`); only the confirmation posts world → funder.
 */
export async function fundFunder(
  env: TestEnv,
  funderId: string,
  amount_fen: number,
  opts: { token?: string; confirmer?: string; idem?: string } = {},
) {
  const dep = await env.api('POST', `/api/v1/admin/funders/${funderId}/deposits`, {
    token: opts.token ?? (await env.admin('funder')),
    idem: opts.idem ?? `dep-${funderId}`,
    body: { amount_fen, reference: 'test deposit' },
  });
  if (dep.status !== 201) throw new Error(`deposit failed ${JSON.stringify(dep.body)}`);
  const ok = await env.api('POST', `/api/v1/admin/funders/${funderId}/deposits/${dep.body.id}/confirm`, {
    token: opts.confirmer ?? (await env.admin('funder2')),
  });
  if (ok.status !== 200) throw new Error(`deposit confirm failed ${JSON.stringify(ok.body)}`);
  return dep.body.id as string;
}

/** A funder with money, and a campaign taken through maker-checker to `running`. */
export async function runningCampaign(
  env: TestEnv,
  input: Record<string, unknown>,
  opts: { deposit_fen?: number; start?: boolean } = {},
) {
  const funderTok = await env.admin('funder');
  const manager = await env.admin('manager');
  const approver = await env.admin('approver');
  const f = await createFunder(env, '测试财政局');
  await fundFunder(env, f.body.id, opts.deposit_fen ?? 100_000_000, {
    token: funderTok,
    confirmer: await env.admin('funder2'),
  });
  const now = env.clock.now();
  const created = await env.api('POST', '/api/v1/admin/campaigns', {
    token: manager,
    body: {
      name: '测试活动',
      funder_id: f.body.id,
      claim_start_at: iso(new Date(now.getTime() - 1000)),
      claim_end_at: iso(new Date(now.getTime() + 3600_000)),
      ...input,
    },
  });
  if (created.status !== 201) throw new Error(`create failed ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  await env.api('POST', `/api/v1/admin/campaigns/${id}/submit`, { token: manager });
  const approved = await env.api('POST', `/api/v1/admin/campaigns/${id}/approve`, { token: approver });
  if (approved.status !== 200) throw new Error(`approve failed ${JSON.stringify(approved.body)}`);
  if (opts.start !== false) await env.platform.lifecycle.runDue();
  return { id, funderId: f.body.id as string };
}

/** Funders are registered by a `registrar`. */
export async function createFunder(env: TestEnv, name: string) {
  const f = await env.api('POST', '/api/v1/admin/funders', {
    token: await env.admin('registrar'),
    body: { name, kind: 'government' },
  });
  if (f.status !== 201) throw new Error(`create funder failed ${JSON.stringify(f.body)}`);
  return f;
}

/** A merchant's settlement wallet changes by dual control: a registrar proposes, an approver approves. */
export async function setMerchantWallet(env: TestEnv, merchantId: string, walletId: string) {
  const proposed = await env.api('PUT', `/api/v1/admin/merchants/${merchantId}/wallet`, {
    token: await env.admin('registrar'),
    body: { wallet_id: walletId },
  });
  if (proposed.status !== 202) throw new Error(`wallet proposal failed ${JSON.stringify(proposed.body)}`);
  const approved = await env.api(
    'POST',
    `/api/v1/admin/merchants/${merchantId}/wallet-changes/${proposed.body.id}/approve`,
    { token: await env.admin('approver'), body: {} },
  );
  if (approved.status !== 200) throw new Error(`wallet approval failed ${JSON.stringify(approved.body)}`);
  return approved;
}

/** A lot's tariff changes by dual control: a campaign manager proposes, an approver approves. */
export async function setLotTariff(env: TestEnv, lotId: string, tariffId: string) {
  const proposed = await env.api('PATCH', `/api/v1/admin/parking/lots/${lotId}`, {
    token: await env.admin('manager'),
    body: { tariff_id: tariffId },
  });
  if (proposed.status !== 202) throw new Error(`tariff proposal failed ${JSON.stringify(proposed.body)}`);
  const change = proposed.body.pending_tariff_change.id as string;
  const approved = await env.api(
    'POST',
    `/api/v1/admin/parking/lots/${lotId}/tariff-changes/${change}/approve`,
    { token: await env.admin('approver'), body: {} },
  );
  if (approved.status !== 200) throw new Error(`tariff approval failed ${JSON.stringify(approved.body)}`);
  return approved;
}

export async function ledgerCheck(env: TestEnv) {
  const res = await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') });
  return res.body;
}
