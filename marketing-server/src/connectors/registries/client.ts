import { refused } from '../../shared/domain-error';

// Typed HTTP clients for the authoritative registries: the citizen-identity check (name + ID number)
// and the vehicle registry (is this plate registered to this person?). They are the simulators in
// mocks/ in development and tests; production points the URLs at the licensed services.

const TIMEOUT_MS = 5000;

async function postJson(baseUrl: string, path: string, token: string, body: unknown) {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw unavailable();
  }
  // Anything but a clear answer (5xx, a refused token, garbage) is "we do not know": never a match.
  if (res.status !== 200) throw unavailable();
  const out = (await res.json().catch(() => null)) as { result?: string } | null;
  if (!out?.result) throw unavailable();
  return out.result;
}

const unavailable = () => refused('REGISTRY_UNAVAILABLE', '核验服务暂时不可用，请稍后重试');

export type IdentityRegistryClient = {
  /** Does this person exist with this name? */
  verify(name: string, idNumber: string): Promise<boolean>;
};

export function createIdentityRegistryClient(baseUrl: string, token: string): IdentityRegistryClient {
  return {
    async verify(name, idNumber) {
      const r = await postJson(baseUrl, '/v1/identity/verify', token, { name, id_number: idNumber });
      if (r !== 'match' && r !== 'no_match') throw unavailable();
      return r === 'match';
    },
  };
}

export type OwnerCheck = 'match' | 'no_match' | 'not_registered';

export type VehicleRegistryClient = {
  /** Is `plate` registered to the person with this name and real-name hash? */
  checkOwner(plate: string, ownerName: string, ownerIdHash: string): Promise<OwnerCheck>;
};

export function createVehicleRegistryClient(baseUrl: string, token: string): VehicleRegistryClient {
  return {
    async checkOwner(plate, ownerName, ownerIdHash) {
      const r = await postJson(baseUrl, '/v1/vehicles/owner-check', token, {
        plate,
        owner_name: ownerName,
        owner_id_hash: ownerIdHash,
      });
      if (r !== 'match' && r !== 'no_match' && r !== 'not_registered') throw unavailable();
      return r;
    },
  };
}
