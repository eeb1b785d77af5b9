import request from 'supertest';
import { buildApp, type AppDeps } from '../src/app';
import { MODULES } from '../src/modules';
import { partnerOperationsOf } from '../src/platform/module';

/**
 * The OpenAPI document without a database or a listening server: the app is built in-process on
 * stand-ins (registering a route only captures its services, it calls none) and asked for the document.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const standIn: unknown = new Proxy(function standIn() {}, {
    get: (_target, key) => (key === 'then' ? undefined : standIn),
    apply: () => standIn,
  });
  // The partner routes are one per catalogue entry, so the module context names the real entries.
  const modules = new Proxy({} as AppDeps['modules'], {
    get: (_target, key) => (key === 'partnerOperations' ? partnerOperationsOf(MODULES) : standIn),
  });
  const deps = new Proxy({} as AppDeps, {
    get: (_target, key) =>
      key === 'webApps' ? [] : key === 'trustedProxyCount' ? 0 : key === 'modules' ? modules : standIn,
  });
  const res = await request(buildApp(deps).callback()).get('/api/v1/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  return res.body as Record<string, unknown>;
}
