import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, startEnv, type TestEnv } from '../../test/harness';
import { PREPAID_DEMO_VENUE, seedPrepaidDemo } from './prepaid-demo';

// The prepaid demo of npm start, seeded into an embedded (SQLite) platform: the venue approved, three
// contracts locked in contract wallets, four classes written off (three confirmed and released, one
// waiting for its citizen), the books balanced; a second run changes nothing.
describe('prepaid demo seed (sqlite)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('sqlite', { BANK_TIMEOUT_MS: '5000' });
  });
  afterAll(async () => env?.close());

  it('seeds the venue, its contracts and write-offs once, visible to the regulator', async () => {
    const lines = await seedPrepaidDemo(env.platform);
    expect(lines[0]).toContain(PREPAID_DEMO_VENUE);
    await env.platform.services.prepaid.sweep(); // the monthly card accrues its first day
    const view = await env.api('GET', '/api/v1/admin/prepaid/supervision', {
      token: await env.admin('regulator'),
    });
    // Four classes of ¥40 released, and the monthly card's first day (¥300 / 30) as it accrues.
    const venue = view.body.merchants.find((m: { name: string }) => m.name === PREPAID_DEMO_VENUE);
    expect(venue).toMatchObject({ contracts: 3, live_contracts: 3, paid_fen: 110_000, released_fen: 17_000 });
    const waiting = await env.platform.db.query(
      "SELECT id FROM prepaid_writeoffs WHERE status = 'pending_confirm'",
    );
    expect(waiting).toHaveLength(1);
    expect((await ledgerCheck(env)).prepaid).toMatchObject({ balanced: true, contracts: 3 });
    expect((await seedPrepaidDemo(env.platform))[0]).toContain('already seeded');
  });
});
