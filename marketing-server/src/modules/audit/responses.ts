import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const getAdminAuditLogs = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      actor: z.object({ type: z.string(), id: z.string(), name: z.string().nullable() }),
      action: z.string(),
      entity_type: z.string(),
      entity_id: z.string(),
      entity_name: z.string().nullable(),
      changes: z.unknown(),
      comment: z.string().nullable(),
      request_id: z.string().nullable(),
      created_at: z.string(),
    }),
  ),
  next_cursor: z.string().nullable(),
});
