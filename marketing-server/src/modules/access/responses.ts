import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const SodRule = z.object({
  id: z.string(),
  name: z.string(),
  left_name: z.string(),
  right_name: z.string(),
  left_permissions: z.array(z.string()),
  right_permissions: z.array(z.string()),
});

export const getAdminAuthMe = z.object({
  id: z.string(),
  username: z.string(),
  display_name: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  merchant_id: z.string().nullable(),
  funder_id: z.string().nullable(),
});
export const postAdminAuthRefresh = z.object({ token: z.string(), expires_at: z.string().nullable() });
export const getAdminAccessUsers = z.object({
  items: z.array(
    z.object({
      roles: z.array(z.string()),
      id: z.string(),
      username: z.string(),
      display_name: z.string(),
      merchant_id: z.string().nullable(),
      funder_id: z.string().nullable(),
    }),
  ),
});
export const getAdminAccessRoles = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      display_name: z.string(),
      builtin: z.boolean(),
      permissions: z.array(z.string()),
      created_by: z.string().nullable(),
    }),
  ),
});
export const getAdminAccessPermissions = z.object({
  groups: z.array(
    z.object({
      tag: z.string(),
      operations: z.array(
        z.object({ permission: z.string(), summary: z.string(), roles: z.array(z.string()) }),
      ),
    }),
  ),
});
export const getAdminAccessSodRules = z.object({ items: z.array(SodRule) });
export const postAdminAccessProposals = z.object({
  id: z.string(),
  kind: z.string(),
  target_id: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  summary: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  proposed_by: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  decision_comment: z.string().nullable(),
  created_at: z.string(),
});
export const getAdminAccessProposals = z.object({ items: z.array(postAdminAccessProposals) });
export const postAdminAccessProposalsByIdDecision = postAdminAccessProposals;
