import http from 'node:http';
import { createHmac } from 'node:crypto';
import { applyFaults, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { hasBearerToken } from '../shared/auth';
import { listen, type RunningMock } from '../shared/serve';

// Simulates the vehicle registry (机动车登记信息核验, as a traffic-police registry offers it to
// licensed platforms): is this plate registered to this person? The platform never sends an ID
// number, only the owner's name and the real-name hash it agreed with the registry (hex
// HMAC-SHA256(key, "id:" + ID number)). It is someone else's system: it shares no code with
// `marketing-server`. State is in memory.
export type VehicleRegistryOptions = {
  /** The platform's API token (`Authorization: Bearer …`). */
  apiToken: string;
  /** The agreed real-name hash key: lets `__mock/vehicles` take an ID number instead of its hash. */
  idHashKey?: string;
};

export type RegisteredVehicle = { plate: string; owner_name: string; owner_id_hash: string };

/** 粤a·d12345 / 粤A D12345 → 粤AD12345. */
const normalize = (plate: string) => plate.replace(/[\s·•.-]/g, '').toUpperCase();

export function createVehicleRegistryMock(opts: VehicleRegistryOptions) {
  const vehicles = new Map<string, RegisteredVehicle>();
  const checks: { plate: string; result: string; at: string }[] = [];
  let faults: Faults = noFaults();
  const hashOf = (idNumber: string) => {
    if (!opts.idHashKey) throw new Error('this simulator has no idHashKey: give owner_id_hash');
    return createHmac('sha256', opts.idHashKey).update(`id:${idNumber.toUpperCase()}`).digest('hex');
  };

  /** Registers (or re-registers, as after a sale) a plate to its owner. */
  function register(v: {
    plate: string;
    owner_name: string;
    owner_id_hash?: string;
    owner_id_number?: string;
  }) {
    const hash = v.owner_id_hash ?? (v.owner_id_number ? hashOf(v.owner_id_number) : '');
    if (!v.plate || !v.owner_name || !/^[0-9a-f]{64}$/.test(hash))
      throw new Error('plate, owner_name and owner_id_hash (or owner_id_number) are required');
    const row = { plate: normalize(v.plate), owner_name: v.owner_name.trim(), owner_id_hash: hash };
    vehicles.set(row.plate, row);
    return row;
  }

  function check(plate: string, name: string, idHash: string) {
    const v = vehicles.get(normalize(plate));
    if (!v) return 'not_registered';
    return v.owner_name === name.trim() && v.owner_id_hash === idHash ? 'match' : 'no_match';
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      if (req.method === 'POST' && url.pathname === '/__mock/faults') {
        faults = { ...noFaults(), ...((await readJson(req)) as Partial<Faults>) };
        return sendJson(res, 200, faults);
      }
      if (req.method === 'POST' && url.pathname === '/__mock/vehicles') {
        try {
          const row = register((await readJson(req)) as Parameters<typeof register>[0]);
          return sendJson(res, 201, { plate: row.plate, registered: true });
        } catch (err) {
          return sendJson(res, 400, { code: 'INVALID_REQUEST', message: (err as Error).message });
        }
      }
      if (req.method === 'GET' && url.pathname === '/__mock/checks') {
        return sendJson(res, 200, { checks: checks.slice(-50) });
      }
      if (await applyFaults(req, res, faults)) return;
      if (req.method === 'POST' && url.pathname === '/v1/vehicles/owner-check') {
        if (!hasBearerToken(req, opts.apiToken))
          return sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'bad API token' });
        const body = (await readJson(req)) as { plate?: string; owner_name?: string; owner_id_hash?: string };
        if (!body.plate || !body.owner_name || !body.owner_id_hash)
          return sendJson(res, 400, {
            code: 'INVALID_REQUEST',
            message: 'plate, owner_name and owner_id_hash are required',
          });
        const result = check(body.plate, body.owner_name, body.owner_id_hash);
        checks.push({ plate: normalize(body.plate), result, at: new Date().toISOString() });
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
    register,
    vehicles,
    checks,
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

export type VehicleRegistryMock = ReturnType<typeof createVehicleRegistryMock>;
