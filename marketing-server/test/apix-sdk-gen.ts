import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument } from './openapi-document';

// The APIX SDK's generated half: the partner routes of the OpenAPI document (paths under
// /api/v1/open/v1) as types (schema.d.ts) and as a table of operations (operations.ts) that the
// hand-written client (src/sdk/apix/client.ts) signs and sends. `npm run gen:api` rewrites both.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SDK_DIR = path.join(ROOT, 'marketing-server/src/sdk/apix');
const HEADER = `// Generated from the partner OpenAPI document by \`npm run gen:api\`. Do not edit.\n`;

type Op = { method: string; 'x-apix-operation'?: string; operationId: string; description?: string };

export async function generateApixSdk(): Promise<string[]> {
  const full = (await openApiDocument()) as { paths: Record<string, Record<string, Op>> };
  const paths = Object.fromEntries(
    Object.entries(full.paths).filter(([p]) => p.startsWith('/api/v1/open/v1/')),
  );
  const doc = { ...full, paths };
  const options = (await prettier.resolveConfig(path.join(SDK_DIR, 'client.ts'))) ?? {};
  const types = await prettier.format(
    HEADER + astToString(await openapiTS(doc as any, { alphabetize: true })),
    {
      ...options,
      parser: 'typescript',
    },
  );
  const rows = Object.entries(paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      operationId: op.operationId,
      code: op['x-apix-operation'] ?? '',
      method: method.toUpperCase(),
      path: p,
      idempotent: /Idempotency-Key/.test(op.description ?? ''),
      actsForCitizen: /acts for a citizen/.test(op.description ?? ''),
      // Request fields the SDK encrypts when it holds the app's API key.
      personalBody: (/request fields ([a-z_, ]+) may be sent encrypted/.exec(op.description ?? '')?.[1] ?? '')
        .split(', ')
        .filter(Boolean),
    })),
  );
  const table = await prettier.format(
    `${HEADER}export const OPERATIONS = ${JSON.stringify(Object.fromEntries(rows.map((r) => [r.operationId, r])), null, 2)} as const;\nexport type OperationId = keyof typeof OPERATIONS;\n`,
    { ...options, parser: 'typescript' },
  );
  const files = { 'schema.d.ts': types, 'operations.ts': table };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(SDK_DIR, name), text);
  return Object.keys(files).map((f) => path.relative(process.cwd(), path.join(SDK_DIR, f)));
}
