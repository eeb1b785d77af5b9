import { randomInt } from 'node:crypto';
import { isValidIdNumber } from '../src/modules/identity/id-number';
import type { TestEnv } from './harness';

// Real people for the registries: identities registered in the identity registry simulator, cars in
// the vehicle registry simulator (both in-process, spoken to over HTTP), before the platform is asked.

export type Person = { name: string; id_number: string };

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟'];

/** A made-up person with a valid ID number (not yet known to any registry). */
export function newPerson(): Person {
  const pick = (a: string[]) => a[randomInt(a.length)];
  const body = `4401061990${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
  const id_number = [...'0123456789X'].map((d) => body + d).find(isValidIdNumber)!;
  return { name: pick(SURNAMES) + pick(GIVEN) + pick(GIVEN), id_number };
}

async function mockPost(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
}

/** The identity registry learns this person (a real one, as far as the platform can tell). */
export async function registerPerson(env: TestEnv, p: Person = newPerson()) {
  await mockPost(`${env.platform.urls.identityRegistry}/__mock/identities`, p);
  return p;
}

/** The vehicle registry learns that `plate` belongs to `owner`. */
export async function registerVehicle(env: TestEnv, plate: string, owner: Person) {
  await mockPost(`${env.platform.urls.vehicleRegistry}/__mock/vehicles`, {
    plate,
    owner_name: owner.name,
    owner_id_number: owner.id_number,
  });
}

/** Real-name verifies a citizen as `p` (registered first); fails the test unless it is verified. */
export async function verifyAs(env: TestEnv, token: string, p?: Person) {
  const person = p ?? (await registerPerson(env));
  if (p) await registerPerson(env, p);
  const v = await env.api('POST', '/api/v1/me/identity', {
    token,
    body: { real_name: person.name, id_number: person.id_number },
  });
  if (v.status !== 200) throw new Error(`verification failed: ${v.status} ${JSON.stringify(v.body)}`);
  return person;
}

/**
 * The driver's own car: they are real-name verified (as a new person unless given), the plate is
 * registered to them, and adding it verifies it at once.
 */
export async function addOwnPlate(env: TestEnv, token: string, plate: string, owner?: Person) {
  const person = owner ?? (await verifyAs(env, token));
  await registerVehicle(env, plate, person);
  const added = await env.api('POST', '/api/v1/me/parking/plates', { token, body: { plate } });
  if (added.status !== 201 || added.body.verification !== 'verified')
    throw new Error(`plate not verified: ${added.status} ${JSON.stringify(added.body)}`);
  return { plate: added.body as { id: string; plate: string }, owner: person };
}

/** A second account of the same person: verified after a reviewer shares the identity. */
export async function verifySecondAccount(env: TestEnv, token: string, p: Person) {
  const v = await env.api('POST', '/api/v1/me/identity', {
    token,
    body: { real_name: p.name, id_number: p.id_number },
  });
  if (v.status !== 202) throw new Error(`expected a review: ${v.status} ${JSON.stringify(v.body)}`);
  const analyst = await env.admin('analyst');
  const r = await env.api('POST', `/api/v1/admin/identity-reviews/${v.body.identity_review.id}/resolve`, {
    token: analyst,
    body: { decision: 'share', note: '同一人的两个账号' },
  });
  if (r.status !== 200) throw new Error(`review not resolved: ${r.status} ${JSON.stringify(r.body)}`);
}
