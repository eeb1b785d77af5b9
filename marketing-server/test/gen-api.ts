// npm run gen:api: regenerates the front ends' API types from the OpenAPI document.
import fs from 'node:fs';
import path from 'node:path';
import { API_TYPE_FILES, generateApiTypes } from './api-types';
import { generateApixSdk } from './apix-sdk-gen';

const text = await generateApiTypes();
for (const file of API_TYPE_FILES) {
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
for (const file of await generateApixSdk()) console.log(`wrote ${file}`);
