// Writes the OpenAPI document to a file (default artifacts/openapi.json): what Spectral lints and
// what openapi-typescript turns into the front ends' types.
import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from './openapi-document';

const out = path.resolve(process.argv[2] ?? 'artifacts/openapi.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(await openApiDocument(), null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
