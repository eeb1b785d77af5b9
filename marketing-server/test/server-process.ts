import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REDIS_URL, type TestEnv } from './harness';

const SERVER_ENTRY = path.resolve(__dirname, '../src/server.ts');

/**
 * A free port for a server process, taken below the OS's ephemeral range (32768+ on Linux): a port the
 * OS handed out with listen(0) could be handed out again, before our process binds it, to one of the
 * many listen(0) servers (simulators, other suites) starting meanwhile — and it was, once, in CI.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const srv = net.createServer();
    const ok = await new Promise<boolean>((resolve) => {
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) {
      await new Promise((resolve) => srv.close(resolve));
      return port;
    }
  }
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
      // The in-process WeChat/SMS simulators (and the bank one unless BANK_API_URL is passed).
      SHUYUAN_DEV: 'true',
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
  // 90 s: on a loaded 2-core machine tsx alone can take half a minute to start a server.
  const until = Date.now() + 90_000;
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
