import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';

// The citizen app lists the day tickets with their prices before anyone buys one (it used to offer
// buttons with names only, coded into the app).
describe.each(MODES)('day ticket products (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('lists the current fare table’s day tickets with name, price and validity, without a login', async () => {
    const r = await env.api('GET', '/api/v1/transit/day-ticket-products');
    expect(r.status).toBe(200);
    const table = await env.platform.services.transit.fares.current();
    expect(r.body.fare_version).toBe(table.version);
    expect(r.body.items).toEqual([
      { id: 'day1', name: '一日票', price_fen: 2000, valid_hours: 24 },
      { id: 'day3', name: '三日票', price_fen: 5000, valid_hours: 72 },
    ]);
  });

  it('takes no query', async () => {
    const r = await env.api('GET', '/api/v1/transit/day-ticket-products?all=1');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: expect.any(String), request_id: expect.any(String) });
  });
});
