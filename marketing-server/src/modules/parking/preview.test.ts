import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../../test/harness';
import { GUANGZHOU_TARIFFS } from './tariff';

// The tariff preview touches no table, so the embedded mode is enough to test the HTTP contract.
describe('tariff preview API (sqlite)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => env?.close());

  it('prices a stay by tariff id and by an inline tariff, with the breakdown', async () => {
    const token = await env.admin('manager');
    const byId = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: {
        tariff_id: 'gz-central',
        vehicle_class: 'small',
        entry_at: '2026-12-01T22:00:00+08:00',
        exit_at: '2026-12-02T08:00:00+08:00',
      },
    });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ tariff_name: '广州中心城区（路内）', fee_fen: 1500, minutes: 600 });
    expect(byId.body.breakdown.map((l: any) => [l.billing_day, l.fen])).toEqual([
      ['2026-12-01', 1000],
      ['2026-12-02', 500],
    ]);
    const inline = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: {
        tariff: { ...GUANGZHOU_TARIFFS['gz-outer'], name: '试算' },
        vehicle_class: 'new_energy',
        entry_at: '2026-12-01T10:00:00+08:00',
        exit_at: '2026-12-01T11:30:00+08:00',
      },
    });
    expect(inline.body.fee_fen).toBe(300);
  });

  it('refuses bad input clearly', async () => {
    const token = await env.admin('manager');
    const both = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: { entry_at: '2026-12-01T10:00:00+08:00', exit_at: '2026-12-01T11:00:00+08:00' },
    });
    expect(both.body.code).toBe('TARIFF_REQUIRED');
    const backwards = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: {
        tariff_id: 'gz-outer',
        entry_at: '2026-12-01T10:00:00+08:00',
        exit_at: '2026-12-01T09:00:00+08:00',
      },
    });
    expect(backwards.body.code).toBe('EXIT_BEFORE_ENTRY');
    const fractional = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: {
        tariff: {
          ...GUANGZHOU_TARIFFS['gz-outer'],
          day: { ...GUANGZHOU_TARIFFS['gz-outer'].day, unit_price_fen: 2.5 },
        },
        entry_at: '2026-12-01T10:00:00+08:00',
        exit_at: '2026-12-01T11:00:00+08:00',
      },
    });
    expect(fractional.status).toBe(400);
    expect(fractional.body.code).toBe('VALIDATION_FAILED');
    const unknown = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token,
      body: {
        tariff_id: 'nope',
        entry_at: '2026-12-01T10:00:00+08:00',
        exit_at: '2026-12-01T11:00:00+08:00',
      },
    });
    expect(unknown.status).toBe(404);
    const citizen = (await env.citizens(1))[0];
    const denied = await env.api('POST', '/api/v1/admin/parking/tariffs/preview', {
      token: citizen.token,
      body: {
        tariff_id: 'gz-outer',
        entry_at: '2026-12-01T10:00:00+08:00',
        exit_at: '2026-12-01T11:00:00+08:00',
      },
    });
    expect(denied.status).toBe(403);
  });
});
