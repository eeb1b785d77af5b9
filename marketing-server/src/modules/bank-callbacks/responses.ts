import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const postCallbacksBankWallet = z.union([
  z.object({ status: z.literal('duplicate') }),
  z.object({ status: z.enum(['applied', 'ignored']) }),
]);
