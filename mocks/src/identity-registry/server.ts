import http from 'node:http';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { hasBearerToken } from '../shared/auth';
import { listen, type RunningMock } from '../shared/serve';

// Simulates the authoritative citizen-identity check (公民身份信息核验, as a public-security
// registry offers it to licensed platforms): given a name and an 18-character ID number it answers
// whether that person exists with that name. It is someone else's system: it shares no code with
// `marketing-server`. State is in memory; a few test identities are seeded.
export type IdentityRegistryOptions = {
  /** The platform's API token (`Authorization: Bearer …`). */
  apiToken: string;
  /** Identities known at start (default: SEEDED_IDENTITIES). */
  identities?: { name: string; id_number: string }[];
};

/** Test identities every simulator starts with (valid check digits; nobody real). */
export const SEEDED_IDENTITIES = [
  { name: '张三', id_number: '11010519491231002X' },
  { name: '李四', id_number: '440106199001011235' },
  { name: '王五', id_number: '440106198512124560' },
  { name: '赵六', id_number: '440305199203157894' },
  { name: '陈小明', id_number: '440106198808083219' },
];

const ID_NUMBER = /^\d{17}[\dX]$/;

export function createIdentityRegistryMock(opts: IdentityRegistryOptions) {
  const people = new Map<string, string>(); // ID number → name
  const checks: { name: string; id_number: string; result: string; at: string }[] = [];
  let faults: Faults = noFaults();
  const add = (name: string, idNumber: string) => people.set(idNumber.toUpperCase(), name.trim());
  for (const p of opts.identities ?? SEEDED_IDENTITIES) add(p.name, p.id_number);

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      if (req.method === 'POST' && url.pathname === '/__mock/faults') {
        faults = { ...noFaults(), ...((await readJson(req)) as Partial<Faults>) };
        return sendJson(res, 200, faults);
      }
      if (req.method === 'POST' && url.pathname === '/__mock/identities') {
        const body = (await readJson(req)) as { name?: string; id_number?: string };
        if (!body.name || !body.id_number || !ID_NUMBER.test(body.id_number.toUpperCase()))
          return sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'name and id_number are required' });
        add(body.name, body.id_number);
        return sendJson(res, 201, { registered: true });
      }
      if (req.method === 'GET' && url.pathname === '/__mock/checks') {
        return sendJson(res, 200, { checks: checks.slice(-50) });
      }
      if (await applyFaults(req, res, faults)) return;
      if (req.method === 'POST' && url.pathname === '/v1/identity/verify') {
        if (!hasBearerToken(req, opts.apiToken))
          return sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'bad API token' });
        const body = (await readJson(req)) as { name?: string; id_number?: string };
        const idNumber = String(body.id_number ?? '').toUpperCase();
        if (!body.name || !ID_NUMBER.test(idNumber))
          return sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'name and id_number are required' });
        // A real registry answers "consistent" or "inconsistent" and never says which part is wrong.
        const result = people.get(idNumber) === body.name.trim() ? 'match' : 'no_match';
        checks.push({ name: body.name, id_number: idNumber, result, at: new Date().toISOString() });
        if (checks.length > 10_000) checks.splice(0, checks.length - 10_000);
        return sendJson(res, 200, { result });
      }
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'not found' });
    } catch {
      sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'bad request' });
    }
  });
  return {
    server,
    /** Adds an identity in code (what `POST /__mock/identities` does). */
    register: add,
    checks,
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

export type IdentityRegistryMock = ReturnType<typeof createIdentityRegistryMock>;
