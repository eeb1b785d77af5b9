import { z } from 'zod';
import * as R from './responses';
import { principalId } from '../../http/auth';
import type { RouteKit } from '../../http/router-kit';
import { isDayKey } from '../../shared/time';
import type { ReconciliationService } from './service';

const billDate = z.string().refine(isDayKey, { message: 'must be a date as yyyyMMdd' });
const reportParams = z.strictObject({ id: z.string().min(1).max(40) });

export function registerReconciliationRoutes(kit: RouteKit, recon: ReconciliationService) {
  const who = { kind: 'admin', roles: ['auditor', 'funder'] } as const;
  kit.route({
    method: 'post',
    path: '/admin/reconciliation/runs',
    summary: "Reconcile a CST day against the bank's file now (also runs daily at 09:00 CST)",
    tags: ['reconciliation'],
    responses: { 201: R.postAdminReconciliationRuns },
    auth: who,
    body: z.strictObject({ bill_date: billDate }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await recon.reconcile(body.bill_date, principalId(principal)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/reconciliation/reports',
    summary: 'Reconciliation reports, newest first',
    tags: ['reconciliation'],
    responses: { 200: R.getAdminReconciliationReports },
    auth: who,
    query: z.strictObject({
      bill_date: billDate.optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: async ({ query }) => ({ status: 200, body: await recon.listReports(query) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/reconciliation/reports/:id',
    summary: 'One report with its items (mismatches only with ?mismatches=true)',
    tags: ['reconciliation'],
    responses: { 200: R.getAdminReconciliationReportsById },
    auth: who,
    params: reportParams,
    query: z.strictObject({ mismatches: z.enum(['true', 'false']).default('false') }),
    handler: async ({ params, query }) => ({
      status: 200,
      body: await recon.getReport(params.id, { onlyMismatches: query.mismatches === 'true' }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/reconciliation/reports/:id/csv',
    summary: 'A report as CSV',
    tags: ['reconciliation'],
    responses: { 200: R.getAdminReconciliationReportsByIdCsv },
    auth: who,
    params: reportParams,
    handler: async ({ params }) => {
      const { filename, csv } = await recon.reportCsv(params.id);
      return {
        status: 200,
        body: csv,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${filename}"`,
        },
      };
    },
  });
}
