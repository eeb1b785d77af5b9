import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from '../platform';
import type { Actor } from '../modules/audit';

// The sandbox partner app `npm start` seeds (embedded demo only): its credentials are kept in the
// data directory (mode 0600) so that every start prints the same keys for the README's curl example.

const FILE = 'apix-sandbox-app.json';
const SEED: Actor = { type: 'system', id: 'seed' };

export type SandboxKeys = {
  app_id: string;
  sm2_serial_no: string;
  sm2_private_key: string;
  hmac_serial_no: string;
  hmac_secret: string;
  /** The sandbox API key that opens encrypted personal-data fields (absent in files kept from before). */
  api_key?: string;
};

export async function seedApixDemo(p: Platform): Promise<SandboxKeys> {
  const file = path.join(p.config.dataDir, FILE);
  if (fs.existsSync(file)) {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as SandboxKeys;
    if ((await p.db.query('SELECT id FROM apix_apps WHERE id = ?', [kept.app_id])).length) return kept;
  }
  const apix = p.services.apix;
  const codes = apix.catalogue().items.map((i) => i.code);
  const app = await apix.apps.create(SEED, {
    org_name: '示例合作银行',
    name: '沙箱演示应用',
    products: codes,
    tier: 'bronze',
  });
  const { sandbox_credentials: c } = await apix.apps.activateSandbox(SEED, app.id);
  const keys: SandboxKeys = {
    app_id: app.id,
    sm2_serial_no: c.sm2.serial_no,
    sm2_private_key: c.sm2.private_key,
    hmac_serial_no: c.hmac.serial_no,
    hmac_secret: c.hmac.secret,
    api_key: c.api_key.api_key,
  };
  fs.mkdirSync(p.config.dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

export function apixDemoLines(keys: SandboxKeys, p: Platform): string[] {
  return [
    '  APIX sandbox partner app (README "APIX open platform" has a signed curl call):',
    `    app_id           ${keys.app_id}`,
    `    SM2 serial_no    ${keys.sm2_serial_no}`,
    `    SM2 private key  ${keys.sm2_private_key}`,
    `    HMAC serial_no   ${keys.hmac_serial_no}   secret ${keys.hmac_secret}`,
    `    API key (AEAD)   ${keys.api_key ?? '(not kept: delete the data file to reseed)'}`,
    `    platform key     ${p.services.apix.platformKey.serial} (GET /api/v1/admin/apix/platform-key)`,
    `    partner OpenAPI  /api/v1/open/v1/openapi.json`,
  ];
}
