import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import { driverWithWallet, startTestLot, type TestLot } from '../../../test/parking';
import { addOwnPlate, registerPerson, registerVehicle, verifyAs } from '../../../test/identity';

const HOUR = 3600_000;

describe.each(MODES)('parking: who may read a car (%s)', (mode) => {
  let env: TestEnv;
  let lot: TestLot;
  let seq = 0;
  const newPlate = () => `粤C${mode === 'mysql' ? 'M' : 'S'}${String(1000 + seq++).slice(-4)}`;

  beforeAll(async () => {
    env = await startEnv(mode);
    lot = await startTestLot(env);
  });
  afterAll(async () => {
    await lot?.close();
    await env?.close();
  });

  const arrive = (plate: string) => lot.gate.vehicleAt({ lane_id: lot.entry, plate });
  const leave = (plate: string) => lot.gate.vehicleAt({ lane_id: lot.exit, plate });
  const get = (token: string, path: string) => env.api('GET', `/api/v1${path}`, { token });
  const pay = (token: string, sessionId: string, idem: string) =>
    env.api('POST', `/api/v1/me/parking/sessions/${sessionId}/payments`, { token, idem, body: {} });

  it("another citizen's session, payment and receipt are as unknown as made-up ids", async () => {
    const owner = await driverWithWallet(env, 50_000);
    const [stranger] = await env.citizens(1);
    const plate = newPlate();
    await addOwnPlate(env, owner.token, plate);
    const sessionId = (await arrive(plate)).decision!.session_id!;
    env.clock.advance(HOUR);
    await leave(plate);
    expect((await get(owner.token, `/me/parking/sessions/${sessionId}`)).status).toBe(200);
    const paid = await pay(owner.token, sessionId, 'own-pay');
    expect(paid.status).toBe(201);

    const unknown = await get(stranger.token, '/me/parking/sessions/pks_missing');
    const theirs = await get(stranger.token, `/me/parking/sessions/${sessionId}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual({ ...unknown.body, request_id: theirs.body.request_id });
    expect(JSON.stringify(theirs.body)).not.toContain(plate.slice(2));
    expect((await pay(stranger.token, sessionId, 'their-pay')).status).toBe(404); // completed: not theirs
    const receipt = await get(stranger.token, `/me/parking/payments/${paid.body.payment.id}/receipt`);
    expect(receipt.status).toBe(404);
    expect((await get(stranger.token, '/me/parking/payments')).body.items).toEqual([]);
    expect((await get(stranger.token, '/me/parking/sessions')).body).toEqual({ current: [], history: [] });
  });

  it('an unverified plate sees only what its driver paid and cannot sign the seamless agreement', async () => {
    const stranger = await driverWithWallet(env, 50_000);
    const plate = newPlate();
    const added = await env.api('POST', '/api/v1/me/parking/plates', {
      token: stranger.token,
      body: { plate },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ verification: 'unverified', verified_at: null });
    const seamless = await env.api('PUT', `/api/v1/me/parking/plates/${added.body.id}/seamless`, {
      token: stranger.token,
      body: { enabled: true, agreement_accepted: true },
    });
    expect(seamless.status).toBe(409);
    expect(seamless.body.code).toBe('PLATE_NOT_VERIFIED');
    const verifyUnverified = await env.api(
      'POST',
      `/api/v1/me/parking/plates/${added.body.id}/verification`,
      {
        token: stranger.token,
      },
    );
    expect(verifyUnverified.body.code).toBe('IDENTITY_NOT_VERIFIED');

    const sessionId = (await arrive(plate)).decision!.session_id!;
    expect((await get(stranger.token, '/me/parking/sessions')).body.current).toEqual([]);
    expect((await get(stranger.token, `/me/parking/sessions/${sessionId}`)).status).toBe(404);
    // Pay by plate: looking the car up by lot and plate opens its page while it is inside.
    const found = await get(
      stranger.token,
      `/parking/lots/${lot.lotId}/session?plate=${encodeURIComponent(plate)}`,
    );
    expect(found.body.id).toBe(sessionId);
    expect((await get(stranger.token, `/me/parking/sessions/${sessionId}`)).status).toBe(200);
    env.clock.advance(HOUR);
    await leave(plate);
    expect((await pay(stranger.token, sessionId, 'friend-pay')).status).toBe(201);
    const mine = await get(stranger.token, '/me/parking/sessions');
    expect(mine.body.history.map((s: { id: string }) => s.id)).toEqual([sessionId]);

    // A later stay of the same car, not paid by them: nothing, not even by id after it ended.
    const later = (await arrive(plate)).decision!.session_id!;
    env.clock.advance(5 * 60_000);
    await leave(plate);
    expect((await get(stranger.token, `/me/parking/sessions/${later}`)).status).toBe(404);
    expect((await get(stranger.token, '/me/parking/sessions')).body.history).toHaveLength(1);
  });

  it("the registered owner's verification displaces a stranger's claim and its seamless agreement", async () => {
    const plate = newPlate();
    const stranger = await driverWithWallet(env, 50_000);
    const strangerPerson = await verifyAs(env, stranger.token);
    const claimed = await env.api('POST', '/api/v1/me/parking/plates', {
      token: stranger.token,
      body: { plate },
    });
    expect(claimed.body.verification).toBe('unverified'); // not registered at all yet
    const owner = await driverWithWallet(env, 50_000);
    const person = await registerPerson(env);
    await registerVehicle(env, plate, person);
    const mismatch = await env.api('POST', `/api/v1/me/parking/plates/${claimed.body.id}/verification`, {
      token: stranger.token,
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('PLATE_OWNER_MISMATCH');
    // A seamless agreement from before plates were verified (migration 012 keeps them) goes too.
    await env.platform.db.exec(
      'UPDATE parking_plates SET seamless_plate = plate, agreement_no = ? WHERE id = ?',
      ['agr_legacy', claimed.body.id],
    );

    const { plate: own } = await addOwnPlate(
      env,
      owner.token,
      plate,
      await verifyAs(env, owner.token, person),
    );
    expect((await get(stranger.token, '/me/parking/plates')).body.items).toEqual([]);
    const signed = await env.api('PUT', `/api/v1/me/parking/plates/${own.id}/seamless`, {
      token: owner.token,
      body: { enabled: true, agreement_accepted: true },
    });
    expect(signed.body).toMatchObject({ seamless: true, verification: 'verified' });
    const sessionId = (await arrive(plate)).decision!.session_id!;
    expect((await get(owner.token, '/me/parking/sessions')).body.current[0].id).toBe(sessionId);
    expect((await get(stranger.token, `/me/parking/sessions/${sessionId}`)).status).toBe(404);
    expect(strangerPerson.name).not.toBe(person.name);
  });

  it('a plate added while the vehicle registry is down waits as unverified and is verified later', async () => {
    const [driver] = await env.citizens(1);
    const person = await verifyAs(env, driver.token);
    const plate = newPlate();
    await registerVehicle(env, plate, person);
    const faults = (body: unknown) =>
      fetch(`${env.platform.urls.vehicleRegistry}/__mock/faults`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    await faults({ error_rate: 1 });
    let plateId: string;
    try {
      const added = await env.api('POST', '/api/v1/me/parking/plates', {
        token: driver.token,
        body: { plate },
      });
      expect(added.body.verification).toBe('unverified');
      plateId = added.body.id;
      const down = await env.api('POST', `/api/v1/me/parking/plates/${plateId}/verification`, {
        token: driver.token,
      });
      expect(down.body.code).toBe('REGISTRY_UNAVAILABLE');
    } finally {
      await faults({});
    }
    const ok = await env.api('POST', `/api/v1/me/parking/plates/${plateId}/verification`, {
      token: driver.token,
    });
    expect(ok.body.verification).toBe('verified');
  });
});
