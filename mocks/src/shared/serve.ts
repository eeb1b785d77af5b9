import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RunningMock = { url: string; server: http.Server; close(): Promise<void> };

export async function listen(server: http.Server, port = 0, host = '127.0.0.1'): Promise<RunningMock> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
