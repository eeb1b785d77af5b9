// The APIX partner SDK (TypeScript). Partners import this folder; its operations table and types are
// generated from the partner OpenAPI document (`npm run gen:api`).
export {
  createApixClient,
  ApixSignatureError,
  SDK_VERSION,
  type ApixClient,
  type ApixClientOptions,
  type CallOptions,
} from './client';
export { OPERATIONS, type OperationId } from './operations';
export type { paths as ApixPaths } from './schema';
