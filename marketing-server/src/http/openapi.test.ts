import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../test/harness';

describe.each(MODES)('OpenAPI and probes (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  it('serves an OpenAPI document generated from the request schemas', async () => {
    const res = await env.api('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const claim = res.body.paths['/api/v1/campaigns/{id}/claims'].post;
    expect(claim.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      ]),
    );
    const body = claim.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false); // unknown fields are rejected, and the document says so
    expect(body.properties.channel.enum).toEqual(['weapp', 'h5', 'app', 'api']);
    const create = res.body.paths['/api/v1/admin/campaigns'].post;
    expect(create['x-roles']).toEqual(['campaign_manager']);
    expect(create.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['kind', 'name', 'funder_id', 'budget_fen', 'claim_start_at', 'claim_end_at']),
    );
  });

  it('answers liveness and readiness with the state of its dependencies', async () => {
    expect((await env.api('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await env.api('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toBe('ok');
    if (mode === 'mysql') expect(ready.body.checks.redis).toBe('ok');
    expect(ready.headers.get('x-request-id')).toBeTruthy();
  });
});
