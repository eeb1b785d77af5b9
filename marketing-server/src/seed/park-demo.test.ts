import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../test/harness';
import { driveParkDemo } from './park-demo';

// npm start's closed-park demo (embedded, SQLite): it seeds once — with blank-card stock at a branch
// received on a distribution order and four cards on their way to the vending machine — and a
// restart drives the lunch rush again without seeding twice.
describe("npm start's closed-park demo (embedded)", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => env?.close());

  it('seeds the park with branch stock and a distribution in transit, once', async () => {
    const api = `${env.url}/api/v1`;
    expect((await driveParkDemo(env.platform, api)).length).toBeGreaterThan(0);
    await driveParkDemo(env.platform, api);
    const stock = await env.platform.services.hardWallet.stock();
    const branch = stock.items.find((i) => i.location.name === '天河支行网点');
    expect(branch).toMatchObject({ available: 6, reserved: 0 });
    expect(stock.in_transit).toBe(4);
    const orders = await env.platform.services.hardWallet.listDistributions();
    expect(orders.map((o) => o.status).sort()).toEqual(['in_transit', 'received']);
    const staff = await env.platform.db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM park_staff');
    expect(Number(staff[0].n)).toBe(8);
  });
});
