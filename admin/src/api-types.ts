// Shapes of the admin API: aliases of the types generated from marketing-server's OpenAPI document
// (api-schema.d.ts, `npm run gen:api`). Change a shape in the server's zod schemas, never here.
import type { components, operations } from './api-schema';

export type Schemas = components['schemas'];

/** The JSON body an operation answers with `status` (200 unless named). */
export type ResponseOf<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'] = 200 extends keyof operations[Op]['responses']
    ? 200
    : never,
> = operations[Op]['responses'][Status] extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

/** One row of a list operation (`{ items: [...] }`). */
export type ItemOf<Op extends keyof operations> =
  ResponseOf<Op> extends { items: (infer Row)[] } ? Row : never;

/** The JSON body an operation takes. */
export type BodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
