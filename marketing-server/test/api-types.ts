import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument } from './openapi-document';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the front ends keep the types generated from the OpenAPI document (committed). */
export const API_TYPE_FILES = ['admin/src/api-schema.d.ts', 'miniprogram/src/api/schema.d.ts'].map((f) =>
  path.join(ROOT, f),
);

const HEADER = `// Generated from the server's OpenAPI document by \`npm run gen:api\` (openapi-typescript). Do not edit:
// change the route's zod schemas in marketing-server and regenerate.
`;

/** The TypeScript the generator writes, formatted as the repository's prettier would. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as any, { alphabetize: true });
  const options = (await prettier.resolveConfig(API_TYPE_FILES[0])) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' });
}
