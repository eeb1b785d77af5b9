import { z } from 'zod';
import type { RegisteredRoute } from './route';

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function parametersOf(route: RegisteredRoute) {
  const out: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: s,
      });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string', maxLength: 255 },
      description: 'Same key + same body replays the first response; another body → 422; in flight → 409.',
    });
  }
  return out;
}

const errorSchema = {
  type: 'object',
  required: ['code', 'message', 'request_id'],
  properties: { code: { type: 'string' }, message: { type: 'string' }, request_id: { type: 'string' } },
};

/** OpenAPI 3.1 document built from the same zod schemas that validate the requests. */
export function buildOpenApi(routes: RegisteredRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.fullPath.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: r.tags,
      security: r.auth.kind === 'none' ? [] : [{ bearer: [] }],
      // x-roles: the built-in roles that grant the operation (any admin session: ['*']).
      ...(r.auth.kind === 'admin' ? { 'x-roles': r.auth.roles, 'x-permission': r.permission } : {}),
      ...(r.auth.kind === 'admin_session' ? { 'x-roles': ['*'] } : {}),
      parameters: parametersOf(r),
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } }
        : {}),
      responses: {
        '2XX': {
          description: 'Success',
          ...(r.response ? { content: { 'application/json': { schema: jsonSchema(r.response) } } } : {}),
        },
        default: { description: 'Error', content: { 'application/json': { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Shuyuan (数元) API', version: '1.0.0' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
