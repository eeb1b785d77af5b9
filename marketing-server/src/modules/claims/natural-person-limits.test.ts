import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iso, ledgerCheck, MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';
import { up as migrate010 } from '../../db/migrations/010-person-slot-periods';
import { isValidIdNumber } from '../identity';
import { verifyAs, verifySecondAccount } from '../../../test/identity';

const DAY_MS = 86400_000;

/** A valid ID number per person number (the check digit is searched, not computed). */
function idNumberOf(person: number) {
  const body = `1101051949${String(person).padStart(7, '0')}`;
  return [...'0123456789X'].map((d) => body + d).find(isValidIdNumber)!;
}

/** n accounts of one person: the first verifies, the others are shared with it by a reviewer. */
async function verifiedAs(env: TestEnv, idNumber: string, n: number) {
  const users = await env.citizens(n);
  const person = { name: '李四', id_number: idNumber };
  await verifyAs(env, users[0].token, person);
  for (const u of users.slice(1)) await verifySecondAccount(env, u.token, person);
  return users;
}

async function naturalPersonCampaign(env: TestEnv, perUser: { count: number; period: string }) {
  const now = env.clock.now();
  const { id } = await runningCampaign(env, {
    kind: 'red_packet',
    budget_fen: 100_00,
    red_packet: { mode: 'fixed', amount_fen: 1_00 },
    claim_end_at: iso(new Date(now.getTime() + 5 * DAY_MS)),
    limits: { per_user: perUser, natural_person: true },
  });
  return id;
}

describe.each(MODES)('natural-person limits per period (%s)', (mode) => {
  let env: TestEnv;
  let tag = 0;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  const claim = (campaignId: string, u: { token: string }) =>
    env.api('POST', `/api/v1/campaigns/${campaignId}/claims`, {
      token: u.token,
      idem: `np-${mode}-${++tag}`,
      body: {},
    });

  it('once a day per person, across accounts: refused the same CST day, allowed the next', async () => {
    const id = await naturalPersonCampaign(env, { count: 1, period: 'day' });
    const [a, b] = await verifiedAs(env, idNumberOf(1), 2);

    expect((await claim(id, a)).status).toBe(201);
    const sameDay = await claim(id, b);
    expect(sameDay.status).toBe(409);
    expect(sameDay.body.code).toBe('PERSON_LIMIT_REACHED');

    env.clock.advance(DAY_MS);
    const nextDay = await claim(id, b);
    expect(nextDay.status).toBe(201);
    const again = await claim(id, a);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERSON_LIMIT_REACHED');

    // Someone else is not held back by this person's claims.
    const [other] = await verifiedAs(env, idNumberOf(2), 1);
    expect((await claim(id, other)).status).toBe(201);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('twice a week per person: the accounts of one person share the two slots', async () => {
    const id = await naturalPersonCampaign(env, { count: 2, period: 'week' });
    const [a, b] = await verifiedAs(env, idNumberOf(3), 2);

    expect((await claim(id, a)).status).toBe(201);
    expect((await claim(id, b)).status).toBe(201);
    const third = await claim(id, a);
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('PERSON_LIMIT_REACHED');
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });

  it('migration 010 completes slots written before: a lifetime limit still refuses the same person', async () => {
    const id = await naturalPersonCampaign(env, { count: 1, period: 'lifetime' });
    const [a, b] = await verifiedAs(env, idNumberOf(4), 2);
    const first = await claim(id, a);
    expect(first.status).toBe(201);
    // How the claim was written before the slots carried their period: the bare ID hash.
    const hash = (
      await env.platform.db.query<{ id_hash: string }>('SELECT id_hash FROM users WHERE id = ?', [a.id])
    )[0].id_hash;
    await env.platform.db.exec('UPDATE claims SET person_slot = ? WHERE id = ?', [hash, first.body.id]);

    await migrate010({ context: env.platform.database.sequelize.getQueryInterface() });
    const slot = await env.platform.db.query<{ person_slot: string }>(
      'SELECT person_slot FROM claims WHERE id = ?',
      [first.body.id],
    );
    expect(slot[0].person_slot).toBe(`${hash}|L#1`);
    const other = await claim(id, b);
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('PERSON_LIMIT_REACHED');
  });
});
