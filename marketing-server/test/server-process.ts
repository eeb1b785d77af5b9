import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REDIS_URL, type TestEnv } from './harness';

const SERVER_ENTRY = path.resolve(__dirname, '../src/server.ts');

/** A port the OS just handed out, so it does not collide with other suites' servers. */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** A separate marketing-server process on the test env's MySQL and Redis, ready when this resolves. */
export async function startServerProcess(
  env: TestEnv,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: {
      ...process.env,
      DATABASE_URL: env.config.databaseUrl,
      REDIS_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      TOKEN_SECRET: env.config.tokenSecret,
      ID_HASH_SECRET: env.config.idHashSecret,
      QUEUE_PREFIX: env.config.queuePrefix,
      SEED_DEMO: 'false',
      RUN_JOBS: 'false',
      LOG_LEVEL: 'warn',
      // Suites run in parallel on one MariaDB (max_connections 151): keep each extra process small.
      DB_POOL_SIZE: '16',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const until = Date.now() + 30_000;
  while (Date.now() < until && !exited) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`server on port ${port} did not become ready`);
}
