import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';
import { addOwnPlate, newPerson, registerPerson } from '../../../test/identity';
import { REVIEW_PENDING_MESSAGE } from './real-name';

describe.each(MODES)('real-name verification against the identity registry (%s)', (mode) => {
  let env: TestEnv;
  let analyst: string;
  beforeAll(async () => {
    env = await startEnv(mode);
    analyst = await env.admin('analyst');
  });
  afterAll(async () => env?.close());

  const verify = (token: string, p: { name: string; id_number: string }) =>
    env.api('POST', '/api/v1/me/identity', { token, body: { real_name: p.name, id_number: p.id_number } });

  it('refuses a made-up ID number with a valid check digit, and a real one under another name', async () => {
    const [u] = await env.citizens(1);
    const madeUp = newPerson(); // the check digit is right; no such person exists
    const refused = await verify(u.token, madeUp);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('IDENTITY_MISMATCH');
    const real = await registerPerson(env);
    expect((await verify(u.token, { ...real, name: '冒名者' })).body.code).toBe('IDENTITY_MISMATCH');
    expect((await env.api('GET', '/api/v1/me', { token: u.token })).body.verified).toBe(false);
    expect((await verify(u.token, real)).status).toBe(200);
  });

  it('answers 503 and changes nothing while the registry is down', async () => {
    const [u] = await env.citizens(1);
    const p = await registerPerson(env);
    const faults = (body: unknown) =>
      fetch(`${env.platform.urls.identityRegistry}/__mock/faults`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    await faults({ error_rate: 1 });
    try {
      const down = await verify(u.token, p);
      expect(down.status).toBe(503);
      expect(down.body.code).toBe('REGISTRY_UNAVAILABLE');
    } finally {
      await faults({});
    }
    expect((await env.api('GET', '/api/v1/me', { token: u.token })).body.verified).toBe(false);
    expect((await verify(u.token, p)).status).toBe(200);
  });

  it("someone verifying first with a victim's ID does not lock the victim out: a review decides", async () => {
    const [fraudster, victim] = await env.citizens(2);
    const person = await registerPerson(env);
    expect((await verify(fraudster.token, person)).status).toBe(200);
    const plate = `粤B${mode === 'mysql' ? 'M' : 'S'}${String(Date.now()).slice(-4)}`;
    await addOwnPlate(env, fraudster.token, plate, person); // the victim's car, verified with the victim's ID

    const pending = await verify(victim.token, person);
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({
      verified: false,
      identity_review: { status: 'pending', message: REVIEW_PENDING_MESSAGE },
    });
    const again = await verify(victim.token, person); // asking again opens no second review
    expect(again.body.identity_review.id).toBe(pending.body.identity_review.id);
    // The holder keeps the identity until the review is resolved.
    expect((await env.api('GET', '/api/v1/me', { token: fraudster.token })).body.verified).toBe(true);

    const list = await env.api('GET', '/api/v1/admin/identity-reviews', { token: analyst });
    const review = list.body.items.find((r: { id: string }) => r.id === pending.body.identity_review.id);
    expect(review).toMatchObject({
      status: 'pending',
      holder: { user_id: fraudster.id },
      claimant: { user_id: victim.id },
    });
    expect(JSON.stringify(review)).not.toContain(person.id_number);
    const cashier = await env.admin('cashier');
    expect((await env.api('GET', '/api/v1/admin/identity-reviews', { token: cashier })).status).toBe(403);

    const resolved = await env.api('POST', `/api/v1/admin/identity-reviews/${review.id}/resolve`, {
      token: analyst,
      body: { decision: 'grant_claimant', note: '本人持身份证到场核验' },
    });
    expect(resolved.status).toBe(200);
    expect((await env.api('GET', '/api/v1/me', { token: victim.token })).body).toMatchObject({
      verified: true,
      identity_review: null,
    });
    expect((await env.api('GET', '/api/v1/me', { token: fraudster.token })).body.verified).toBe(false);
    const plates = await env.api('GET', '/api/v1/me/parking/plates', { token: fraudster.token });
    expect(plates.body.items[0]).toMatchObject({ verification: 'unverified', seamless: false });
    const twice = await env.api('POST', `/api/v1/admin/identity-reviews/${review.id}/resolve`, {
      token: analyst,
      body: { decision: 'keep_holder', note: '重复' },
    });
    expect(twice.body.code).toBe('REVIEW_RESOLVED');
    const audit = await env.platform.db.query<{ action: string }>(
      'SELECT action FROM audit_logs WHERE entity_id IN (?, ?) ORDER BY created_at',
      [review.id, fraudster.id],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'user.identity_review_open',
        'user.identity_review_resolve',
        'user.identity_revoke',
      ]),
    );
  });

  it('keep_holder leaves the second account unverified', async () => {
    const [a, b] = await env.citizens(2);
    const person = await registerPerson(env);
    await verify(a.token, person);
    const pending = await verify(b.token, person);
    await env.api('POST', `/api/v1/admin/identity-reviews/${pending.body.identity_review.id}/resolve`, {
      token: analyst,
      body: { decision: 'keep_holder', note: '申请人未能证明身份' },
    });
    expect((await env.api('GET', '/api/v1/me', { token: b.token })).body).toMatchObject({
      verified: false,
      identity_review: null,
    });
  });
});
