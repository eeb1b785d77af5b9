import http from 'node:http';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import { signedPost } from '../shared/signed-fetch';

// A ticket vending machine (TVM): the passenger picks a destination, the machine shows the fare
// and the cashier's dynamic e-CNY QR, polls until the order is paid, then prints the ticket. Its
// printer can be told to jam (`jam: true`): it then reports the failure and the platform refunds.

export type TvmOptions = { tvmId: string; secret: string; platformUrl?: string; now?: () => Date };

export function createTvmMock(o: TvmOptions) {
  const now = o.now ?? (() => new Date());
  let platformUrl = o.platformUrl ?? null;
  let jam = false;
  let faults: Faults = noFaults();
  let seq = 0;
  const printed: string[] = [];
  const post = async (path: string, body: unknown) => {
    if (!platformUrl) throw new Error('tvm: no platform url');
    return signedPost(`${platformUrl}/api/v1${path}`, o.secret, { 'x-tvm-id': o.tvmId }, body, now());
  };

  /** Destination chosen: the fare and the QR to show. */
  async function choose(to_station: string, request_no = `r${Date.now().toString(36)}${++seq}`) {
    return post('/transit/tvm/tickets', { request_no, to_station });
  }

  /** Polls the ticket; once paid, "prints" it (or jams) and reports the outcome. */
  async function pollAndDispense(ticketId: string) {
    const p = await post(`/transit/tvm/tickets/${ticketId}/poll`, {});
    const t = p.json?.ticket as { status: string; ticket_code: string | null } | undefined;
    if (p.status !== 200 || !t || t.status !== 'paid') return p;
    if (!jam && t.ticket_code) printed.push(t.ticket_code);
    return post(`/transit/tvm/tickets/${ticketId}/dispense`, { ok: !jam });
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (await applyFaults(req, res, faults)) return;
      const url = new URL(req.url ?? '/', 'http://x');
      const body = req.method === 'POST' ? ((await readJson(req)) as Record<string, unknown>) : {};
      if (url.pathname === '/__mock/choose')
        return sendJson(res, 200, await choose(String(body.to_station ?? '')));
      if (url.pathname === '/__mock/dispense')
        return sendJson(res, 200, await pollAndDispense(String(body.ticket_id ?? '')));
      if (url.pathname === '/__mock/jam') return sendJson(res, 200, { jam: (jam = Boolean(body.jam)) });
      if (url.pathname === '/__mock/faults') return sendJson(res, 200, (faults = { ...noFaults(), ...body }));
      if (url.pathname === '/__mock/state')
        return sendJson(res, 200, { tvm_id: o.tvmId, jam, printed: printed.length });
      sendJson(res, 404, { code: 'NOT_FOUND' });
    } catch (err) {
      sendJson(res, 400, { code: 'BAD_REQUEST', message: String((err as Error).message) });
    }
  });

  return {
    choose,
    pollAndDispense,
    setJam: (v: boolean) => void (jam = v),
    setPlatformUrl: (u: string) => void (platformUrl = u),
    printed,
    listen: (port = 0): Promise<RunningMock> => listen(server, port),
  };
}

export type TvmMock = ReturnType<typeof createTvmMock>;
