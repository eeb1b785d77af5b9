import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../test/harness';

// One test user per built-in role (test/harness.ts).
const USER_OF_ROLE: Record<string, string> = {
  admin: 'admin',
  campaign_manager: 'manager',
  approver: 'approver',
  funder: 'funder',
  risk_analyst: 'analyst',
  auditor: 'auditor',
  merchant_operator: 'cashier',
  registrar: 'registrar',
  ecny_officer: 'officer',
  regulator: 'regulator',
  partner_developer: 'partner',
};

type Operation = {
  method: string;
  path: string;
  roles: string[];
  tags: string[];
  hasBody: boolean;
  idempotent: boolean;
};

/** Every operation of the OpenAPI document that names the roles it is for. */
function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const roles = op['x-roles'] as string[] | undefined;
      if (!roles || roles.includes('*')) continue;
      const params = (op.parameters ?? []) as { name: string; in: string }[];
      out.push({
        method: method.toUpperCase(),
        path,
        roles,
        tags: op.tags as string[],
        hasBody: Boolean(op.requestBody),
        idempotent: params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
      });
    }
  }
  return out;
}

describe('role matrix from the OpenAPI document (sqlite)', () => {
  let env: TestEnv;
  let ops: Operation[];
  beforeAll(async () => {
    env = await startEnv('sqlite');
    ops = operationsOf((await env.api('GET', '/api/v1/openapi.json')).body);
  });
  afterAll(async () => env?.close());

  it('lists every built-in role and names the permission of each admin operation', () => {
    expect(ops.length).toBeGreaterThan(60);
    for (const op of ops) for (const r of op.roles) expect(Object.keys(USER_OF_ROLE)).toContain(r);
  });

  it('the user administrator (admin) holds only user and role management', () => {
    const adminOps = ops.filter((o) => o.roles.includes('admin'));
    expect(adminOps.length).toBeGreaterThan(5);
    expect(adminOps.every((o) => o.tags.includes('access'))).toBe(true);
    expect(ops.filter((o) => o.tags.includes('access')).every((o) => o.roles.includes('admin'))).toBe(true);
  });

  it('every operation answers 403 exactly to the built-in roles it does not list', async () => {
    const wrong: string[] = [];
    for (const [role, user] of Object.entries(USER_OF_ROLE)) {
      const token = await env.admin(user);
      for (const op of ops) {
        const path = op.path.replace(/\{[^}]+\}/g, 'matrix-x');
        const res = await env.api(op.method, path, {
          token,
          ...(op.hasBody ? { body: {} } : {}),
          ...(op.idempotent ? { idem: `matrix-${role}-${op.method}-${path}` } : {}),
        });
        const permitted = op.roles.includes(role);
        const refused = res.status === 403 && res.body?.code === 'FORBIDDEN';
        if (permitted === refused || (!permitted && res.status !== 403)) {
          wrong.push(
            `${role} ${op.method} ${op.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});
