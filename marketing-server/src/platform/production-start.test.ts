import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { loadConfig } from '../config';
import { createPlatform } from '../platform';

// `mocks` is a dev dependency, absent from a production install: loading it at all fails this test.
vi.mock('mocks', () => {
  throw new Error('mocks loaded outside embedded mode');
});

const backend = 'http://127.0.0.1:9';

it('a start with every backend configured never loads the simulators (mocks is a dev dependency)', async () => {
  // The cashier's payment channels read their settings from the process environment.
  const channels = {
    WECHATPAY_API_URL: backend,
    WECHATPAY_MCHID: '1900000109',
    WECHATPAY_APIV3_KEY: 'wechatpay-apiv3-key-0123456789abcd',
    ALIPAY_API_URL: backend,
    ALIPAY_APP_ID: '2021000000000000',
    ALIPAY_APP_KEY: 'alipay-app-key-0123456789',
    CARD_ACQUIRER_URL: backend,
    CARD_ACQUIRER_SECRET: 'card-acquirer-secret-0123456789',
  };
  for (const [k, v] of Object.entries(channels)) vi.stubEnv(k, v);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyuan-prod-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${path.join(dir, 'prod.sqlite')}`,
    SHUYUAN_DEV: 'false',
    RUN_JOBS: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    TOKEN_SECRET: 'production-token-secret-0123456789',
    ID_HASH_SECRET: 'production-id-hash-secret-0123456789',
    WECHAT_API_URL: backend,
    WECHAT_APP_SECRET: 'wechat-app-secret',
    WECHAT_REMINDER_TEMPLATE_ID: 'tmpl-campaign-opening',
    SMS_API_URL: backend,
    BANK_API_URL: backend,
    BANK_PAYER_WALLET_ID: '0000000000000001',
    BANK_CALLBACK_SECRET: 'bank-callback-secret',
    IDENTITY_REGISTRY_URL: backend,
    VEHICLE_REGISTRY_URL: backend,
    REGISTRY_API_TOKEN: 'registry-api-token',
    HARD_WALLET_URL: backend,
    HARD_WALLET_API_TOKEN: 'hard-wallet-api-token',
    HARD_WALLET_MASTER_KEY: 'issuer-master-key-0123456789abcdef',
    ESCROW_API_URL: backend,
    ESCROW_API_TOKEN: 'escrow-api-token',
    ESCROW_NOTIFY_SECRET: 'escrow-notify-secret-prod',
    APIX_PLATFORM_SM2_KEY: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  } as NodeJS.ProcessEnv);
  const platform = await createPlatform(config);
  try {
    expect(platform.embeddedBank).toBeNull();
    expect(platform.embeddedRegistries).toBeNull();
    expect(platform.urls.bank).toBe(backend);
  } finally {
    await platform.close();
    fs.rmSync(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  }
});
