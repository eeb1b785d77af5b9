import { ConfigError, loadConfig, type Config } from './config';
import { createPlatform } from './platform';
import { DEMO_ADMINS, runDemoScenarios, seedDemo } from './seed';

// A refused configuration is the operator's to fix: say what is wrong, without a stack trace.
function loadOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

const config = loadOrExit();
const platform = await createPlatform(config);
const seeded = config.seedDemo ? await seedDemo(platform) : false;
await platform.listen();

const base = `http://localhost:${config.port}`;
const database = config.databaseUrl.startsWith('sqlite:') ? 'SQLite' : 'MySQL';
const queue = config.redisUrl ? ' + Redis/bull' : ' + in-process queue';
const lines = [
  '',
  `Shuyuan (数元) marketing-server on ${base}  [${config.embedded ? 'embedded: ' : ''}${database}${queue}]`,
  `  API          ${base}/api/v1   (OpenAPI: ${base}/api/v1/openapi.json)`,
  `  Health       ${base}/healthz  ${base}/readyz`,
  `  Citizen H5   ${base}/h5/   (log in by phone; the SMS code is at the SMS mock below)`,
  `  Admin panel  ${base}/admin/   (demo logins below)`,
];
if (config.embedded) {
  lines.push(`  Database     ${config.databaseUrl}`);
  lines.push(
    `  WeChat mock  ${platform.urls.wechat}  (POST /__mock/login {"user_key":"alice"} → a login code)`,
  );
  lines.push(`  SMS mock     ${platform.urls.sms}  (GET /__mock/messages?phone=13800000000 → OTPs sent)`);
  lines.push(`  Bank mock    ${platform.urls.bank}  (GET /__mock/otps?phone=… → wallet-binding OTPs)`);
  const ecny = platform.embedded.ecny?.urls;
  if (ecny)
    lines.push(
      `  e-CNY mocks  core ${ecny.core} (POST /__mock/accounts)  operators ${Object.entries(ecny.operators)
        .map(([id, url]) => `${id} ${url}`)
        .join(', ')}`,
    );
}
if (config.seedDemo) {
  lines.push(
    seeded ? '  Demo data seeded. Admin logins (POST /api/v1/admin/auth/login):' : '  Demo admin logins:',
  );
  for (const a of DEMO_ADMINS)
    lines.push(`    ${a.username.padEnd(9)} ${a.password.padEnd(20)} ${a.roles.join(',')}`);
}
if (config.seedDemo) lines.push(...(await runDemoScenarios(platform, `http://127.0.0.1:${config.port}`)));
console.log(lines.join('\n') + '\n');

const shutdown = async () => {
  await platform.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
