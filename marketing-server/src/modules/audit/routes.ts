import { z } from 'zod';
import * as R from './responses';
import type { RouteKit } from '../../http/router-kit';
import type { Db } from '../../db/sql';
import { listAudit } from './service';
import { auditRange } from './range';

export function registerAuditRoutes(kit: RouteKit, db: Db) {
  kit.route({
    method: 'get',
    path: '/admin/audit-logs',
    summary: 'Audit trail: who did what, when, and what changed',
    tags: ['audit'],
    responses: { 200: R.getAdminAuditLogs },
    auth: { kind: 'admin', roles: ['auditor'] },
    query: z.strictObject({
      entity_type: z.string().max(32).optional(),
      entity_id: z.string().max(40).optional(),
      actor_id: z.string().max(40).optional(),
      action: z.string().max(48).optional(),
      ...auditRange,
      cursor: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ query }) => ({ status: 200, body: await listAudit(db, query) }),
  });
}
