import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

export const postAdminReconciliationRuns = z.object({
  id: z.string(),
  bill_date: z.string(),
  status: z.string(),
  summary: z.unknown(),
  created_by: z.string(),
  created_at: z.string(),
  items: z.array(
    z.object({
      platform_amount_fen: z.number().int().nullable(),
      bank_amount_fen: z.number().int().nullable(),
      out_trade_no: z.string(),
      type: z.string(),
      class: z.enum([
        'matched',
        'missing_on_platform',
        'amount_differs',
        'ledger_differs',
        'missing_at_bank',
      ]),
      resolution: z.enum(['none', 'auto_confirmed', 'unresolved', 'explained']),
      note: z.string().nullable(),
    }),
  ),
});
export const getAdminReconciliationReports = z.object({
  items: z.array(
    z.object({
      summary: z.unknown(),
      created_at: z.string(),
      id: z.string(),
      bill_date: z.string(),
      status: z.string(),
    }),
  ),
});
export const getAdminReconciliationReportsById = postAdminReconciliationRuns;
export const getAdminReconciliationReportsByIdCsv = {
  mediaType: 'text/csv',
  description: "The report's lines as CSV, to download",
};
