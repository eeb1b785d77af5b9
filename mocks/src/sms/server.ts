import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';

// Simulates an SMS gateway. Messages are kept in memory so tests (and a developer) can read the
// OTP that a real phone would have received: `GET /__mock/messages?phone=…`.
export type SmsMessage = {
  id: string;
  phone: string;
  template: string;
  params: Record<string, string>;
  sent_at: string;
};

export function createSmsMock() {
  const messages: SmsMessage[] = [];
  let faults: Faults = noFaults();
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      if (req.method === 'POST' && url.pathname === '/__mock/faults') {
        faults = { ...noFaults(), ...((await readJson(req)) as Partial<Faults>) };
        return sendJson(res, 200, faults);
      }
      if (req.method === 'GET' && url.pathname === '/__mock/messages') {
        const phone = url.searchParams.get('phone');
        return sendJson(res, 200, {
          messages: messages.filter((m) => !phone || m.phone === phone).slice(-20),
        });
      }
      if (await applyFaults(req, res, faults)) return;
      if (req.method === 'POST' && url.pathname === '/v1/sms/send') {
        const body = (await readJson(req)) as {
          phone?: string;
          template?: string;
          params?: Record<string, string>;
        };
        if (!body.phone || !/^1\d{10}$/.test(body.phone) || !body.template) {
          return sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'phone and template are required' });
        }
        const msg: SmsMessage = {
          id: randomUUID(),
          phone: body.phone,
          template: body.template,
          params: body.params ?? {},
          sent_at: new Date().toISOString(),
        };
        messages.push(msg);
        if (messages.length > 10_000) messages.splice(0, messages.length - 10_000);
        return sendJson(res, 200, { message_id: msg.id });
      }
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'not found' });
    } catch {
      sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'bad request' });
    }
  });
  return { server, messages, listen: (port?: number): Promise<RunningMock> => listen(server, port) };
}
