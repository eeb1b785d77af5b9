import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const SERVER_ENTRY = path.resolve(__dirname, 'server.ts');
const MYSQL = 'mysql://shuyuan:pw@db.example:3306/shuyuan';

const EVERY_BACKEND = {
  TOKEN_SECRET: 'prod-token-secret-0123456789',
  ID_HASH_SECRET: 'prod-id-hash-secret-0123456789',
  WECHAT_API_URL: 'https://api.weixin.qq.com',
  WECHAT_APP_SECRET: 'wechat-app-secret',
  WECHAT_REMINDER_TEMPLATE_ID: 'tmpl-campaign-opening',
  SMS_API_URL: 'https://sms.example',
  BANK_API_URL: 'https://bank.example',
  BANK_PAYER_WALLET_ID: '0123456789ABCDEF',
  BANK_CALLBACK_SECRET: 'bank-partner-secret',
  REDIS_URL: 'redis://redis.example:6379',
  IDENTITY_REGISTRY_URL: 'https://identity.example',
  VEHICLE_REGISTRY_URL: 'https://vehicles.example',
  REGISTRY_API_TOKEN: 'registry-partner-token',
  HARD_WALLET_URL: 'https://cards.example',
  HARD_WALLET_API_TOKEN: 'hard-wallet-partner-token',
  HARD_WALLET_MASTER_KEY: 'issuer-master-key-0123456789abcdef',
  APIX_PLATFORM_SM2_KEY: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  ESCROW_API_URL: 'https://escrow.example',
  ESCROW_API_TOKEN: 'escrow-partner-token',
  ESCROW_NOTIFY_SECRET: 'escrow-notify-partner-secret',
};

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('loadConfig accepted the configuration');
};

describe('loadConfig outside embedded mode (fails closed)', () => {
  it('names every missing secret and backend URL in one error when DATABASE_URL is MySQL', () => {
    const message = refusal({ DATABASE_URL: MYSQL });
    for (const name of [
      'TOKEN_SECRET',
      'ID_HASH_SECRET',
      'WECHAT_API_URL',
      'WECHAT_APP_SECRET',
      'WECHAT_REMINDER_TEMPLATE_ID',
      'SMS_API_URL',
      'BANK_API_URL',
      'BANK_PAYER_WALLET_ID',
      'BANK_CALLBACK_SECRET',
      'REDIS_URL',
      'IDENTITY_REGISTRY_URL',
      'VEHICLE_REGISTRY_URL',
      'REGISTRY_API_TOKEN',
      'HARD_WALLET_URL',
      'HARD_WALLET_API_TOKEN',
      'HARD_WALLET_MASTER_KEY',
      'APIX_PLATFORM_SM2_KEY',
      'ESCROW_API_URL',
      'ESCROW_API_TOKEN',
      'ESCROW_NOTIFY_SECRET',
    ])
      expect(message).toContain(name);
  });

  it('lists only what is missing', () => {
    const { TOKEN_SECRET: _t, BANK_CALLBACK_SECRET: _b, ...rest } = EVERY_BACKEND;
    const message = refusal({ DATABASE_URL: MYSQL, ...rest });
    const listed = message
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim().split(/\s/)[0]);
    expect(listed).toEqual(['TOKEN_SECRET', 'BANK_CALLBACK_SECRET']);
  });

  it('refuses NODE_ENV=production, and REDIS_URL alone, on the SQLite default too', () => {
    expect(refusal({ NODE_ENV: 'production' })).toContain('TOKEN_SECRET');
    expect(refusal({ DATABASE_URL: 'sqlite:/tmp/x.sqlite', NODE_ENV: 'production' })).toContain(
      'BANK_API_URL',
    );
    expect(refusal({ REDIS_URL: 'redis://127.0.0.1:6379' })).toContain('WECHAT_APP_SECRET');
    // A single SQLite process needs no Redis.
    expect(refusal({ NODE_ENV: 'production' })).not.toContain('REDIS_URL');
  });

  it('starts with everything set, with no development secret left in the config', () => {
    const config = loadConfig({ DATABASE_URL: MYSQL, NODE_ENV: 'production', ...EVERY_BACKEND });
    expect(config.devBackends).toBe(false);
    expect(config.wechat.appSecret).toBe('wechat-app-secret');
    expect(config.bank.callbackSecret).toBe('bank-partner-secret');
    expect(config.tokenSecret).toBe(EVERY_BACKEND.TOKEN_SECRET);
  });

  it('embedded mode and an explicit SHUYUAN_DEV=true keep the development defaults', () => {
    expect(loadConfig({}).devBackends).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).devBackends).toBe(true);
    const dev = loadConfig({ DATABASE_URL: MYSQL, REDIS_URL: 'redis://r:6379', SHUYUAN_DEV: 'true' });
    expect(dev.devBackends).toBe(true);
    expect(dev.wechat.appSecret).toBe('demo-secret');
    expect(refusal({ SHUYUAN_DEV: 'false' })).toContain('TOKEN_SECRET');
  });
});

describe('server start-up without secrets', () => {
  it('exits non-zero and prints the list of what is missing, without a stack trace', () => {
    const env: Record<string, string> = {};
    // Only the environment a shell would pass on: nothing of the test's own secrets or URLs.
    for (const k of ['PATH', 'HOME', 'TMPDIR']) if (process.env[k]) env[k] = process.env[k]!;
    const run = spawnSync(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
      env: { ...env, NODE_ENV: 'production', DATABASE_URL: MYSQL, PORT: '0' },
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const out = run.stderr + run.stdout;
    for (const name of ['TOKEN_SECRET', 'ID_HASH_SECRET', 'WECHAT_APP_SECRET', 'BANK_API_URL', 'REDIS_URL'])
      expect(out).toContain(name);
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).not.toContain('Shuyuan (数元) marketing-server on');
  });
});
