import type { RunningMock } from 'mocks';
import type { Config } from '../../config';
import { createEscrowClient, type EscrowClient } from '../../connectors/escrow/client';
import type { Clock } from '../../shared/time';

// The escrow backend of one process: the configured one (ESCROW_API_URL, required outside embedded
// mode by config.ts), or — where development backends are allowed — the simulator in-process, a real
// HTTP server, which learns where to send its signed notifications once our port is known.

export type EmbeddedEscrow = { mock: import('mocks').EscrowMock; url: string };

export async function createEscrowRuntime(deps: { config: Config; clock: Clock; mocks: RunningMock[] }) {
  const { escrow } = deps.config;
  let embedded: EmbeddedEscrow | null = null;
  let url = escrow.apiUrl;
  if (!url) {
    if (!deps.config.devBackends)
      throw new Error('ESCROW_API_URL not configured; the escrow simulator runs only in embedded mode');
    const { createEscrowMock } = await import('mocks');
    const mock = createEscrowMock({
      apiToken: escrow.apiToken,
      notifySecret: escrow.notifySecret,
      now: () => deps.clock.now(),
    });
    const running = await mock.listen();
    deps.mocks.push(running);
    embedded = { mock, url: running.url };
    url = running.url;
  }
  const client: EscrowClient = createEscrowClient({
    baseUrl: url,
    apiToken: escrow.apiToken,
    notifySecret: escrow.notifySecret,
    timeoutMs: escrow.timeoutMs,
  });
  return {
    client,
    embedded,
    url,
    listening(baseUrl: string) {
      embedded?.mock.setNotifyUrl(`${baseUrl}/api/v1/callbacks/escrow`);
    },
  };
}
