import { z } from 'zod';
import { pageById } from '../db/page';
import type { Db } from '../db/sql';
import { forbidden } from '../shared/domain-error';
import { actorOf, type RouteKit } from '../http/router-kit';
import type { AuthRequirement } from '../http/auth';
import { canUnmask, policyFor, requireUnmaskReason, unmaskReason } from '../masking/policy';
import type { Principal } from '../security/tokens';
import { isDayKey, toRfc3339, type Clock } from '../shared/time';
import { auditRange, listAudit } from '../modules/audit';
import { CLAIM_COLUMNS, claimsOfCampaign } from '../modules/claims';
import type { ParkingService } from '../modules/parking';
import type { PaymentService } from '../modules/bank-orders';
import type { RiskService } from '../modules/risk';
import type { SettlementService } from '../modules/settlement';
import { csvExport, type CsvExport } from './stream';
import type { CsvColumn } from './csv';

export type ExportServices = {
  payments: PaymentService;
  settlement: SettlementService;
  parking: ParkingService;
  risk: RiskService;
};

/** Rows per database round trip: large enough to keep the wire busy, small enough to stay flat. */
export const EXPORT_PAGE_ROWS = 2000;

const CSV = {
  mediaType: 'text/csv',
  description: 'The rows as CSV (UTF-8 with a BOM, masked for the caller)',
};
const cols = (...keys: string[]): CsvColumn[] => keys.map((key) => ({ key }));
const id = z.string().min(1).max(64);

type Exportable = {
  /** The list's path; the export is its sibling `<path>/export`. */
  path: string;
  name: string;
  summary: string;
  auth: AuthRequirement;
  params?: z.ZodType;
  query?: z.ZodType;
  columns: CsvColumn[];
  /** Who may export with `unmask=true` (audited like the unmasked list). */
  unmask?: boolean;
  // Each entry's params and query are what its own schemas parse; typed loosely to share one list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  open: (input: { params: any; query: any; principal: Principal | null }) => {
    entityId: string;
    page: CsvExport['page'];
  };
};

/**
 * Every main admin list is exportable as CSV at `<list path>/export`, with the list's own filters
 * and roles; rows stream from the database in keyset pages and pass the caller's masking policy.
 */
export function registerExportRoutes(kit: RouteKit, db: Db, clock: Clock, services: ExportServices) {
  for (const e of exportables(db, services)) {
    const query = (e.query ?? z.strictObject({})) as z.ZodObject;
    kit.route({
      method: 'get',
      path: `${e.path}/export`,
      summary: `${e.summary} as CSV (streamed, masked for the caller, audited)`,
      tags: ['export'],
      responses: { 200: CSV },
      auth: e.auth,
      params: e.params,
      query: e.unmask
        ? query.extend({
            unmask: z.enum(['true', 'false']).default('false'),
            reason: unmaskReason.optional(),
          })
        : query,
      handler: async ({ params, query: q, principal, requestId }) => {
        const { unmask: unmaskFlag, reason, ...filters } = q as Record<string, unknown>;
        const unmask = unmaskFlag === 'true';
        if (unmask && !canUnmask(principal)) throw forbidden('无权导出未脱敏的个人信息');
        if (unmask) requireUnmaskReason(reason as string | undefined);
        const { entityId, page } = e.open({ params, query: filters, principal });
        return csvExport(
          { db, clock },
          {
            name: e.name,
            entityId,
            columns: e.columns,
            page,
            policy: policyFor(principal, { unmask }),
            filters: { ...filters, ...(unmask ? { unmask: true, reason } : {}) },
            actor: actorOf(principal),
            requestId,
          },
        );
      },
    });
  }
}

const limit = EXPORT_PAGE_ROWS;
const parkingStaff = {
  kind: 'admin',
  roles: ['campaign_manager', 'approver', 'auditor', 'funder'],
} as const;
const parkingQuery = (statuses: [string, ...string[]]) =>
  z.strictObject({ lot_id: id.optional(), status: z.enum(statuses).optional() });

function exportables(db: Db, s: ExportServices): Exportable[] {
  return [
    claimsExport(db),
    depositsExport(db),
    settlementsExport(s),
    paymentsExport(s),
    parkingSessionsExport(s),
    parkingPaymentsExport(s),
    auditLogsExport(db),
    riskReviewsExport(s),
  ];
}

function claimsExport(db: Db): Exportable {
  return {
    path: '/admin/campaigns/:id/claims',
    name: 'claims',
    summary: 'Claims of a campaign',
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'auditor', 'risk_analyst'] },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    columns: cols(...CLAIM_COLUMNS),
    unmask: true,
    open: ({ params }) => ({
      entityId: params.id,
      page: (cursor) => claimsOfCampaign(db, params.id, cursor, limit, { walkPrimary: true }),
    }),
  };
}

function depositsExport(db: Db): Exportable {
  return {
    path: '/admin/funders/:id/deposits',
    name: 'deposits',
    summary: 'Deposits of a funder',
    auth: { kind: 'admin', roles: ['funder', 'auditor'] },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    columns: cols(
      'id',
      'funder_id',
      'amount_fen',
      'reference',
      'status',
      'created_by',
      'created_at',
      'decided_by',
      'decided_at',
      'decision_comment',
    ),
    open: ({ params, principal }) => {
      // A user bound to a funder exports that funder's deposits only, as in the list.
      if (principal?.typ === 'admin' && principal.funder_id && principal.funder_id !== params.id)
        throw forbidden('该账号只能导出其所属出资方的入金');
      return {
        entityId: params.id,
        page: async (cursor) => {
          const p = await pageById<Record<string, unknown> & { id: string }>(
            db,
            'deposits',
            { funder_id: params.id },
            { cursor, limit },
          );
          return { items: p.rows.map(withTimes), next_cursor: p.next_cursor };
        },
      };
    },
  };
}

function settlementsExport(s: ExportServices): Exportable {
  return {
    path: '/admin/settlements',
    name: 'settlements',
    summary: 'Merchant settlements',
    auth: { kind: 'admin', roles: ['funder', 'auditor', 'merchant_operator'] },
    query: z.strictObject({
      merchant_id: z.string().max(40).optional(),
      bill_date: z.string().refine(isDayKey, { message: 'must be a date as yyyyMMdd' }).optional(),
    }),
    columns: cols(
      'id',
      'merchant_id',
      'bill_date',
      'amount_fen',
      'status',
      'out_trade_no',
      'note',
      'lines',
      'created_at',
      'updated_at',
    ),
    open: ({ query, principal }) => {
      const own = ownMerchantOnly(principal);
      const merchant_id = own ?? query.merchant_id;
      return {
        entityId: merchant_id ?? '*',
        page: (cursor) => s.settlement.listSettlements({ ...query, merchant_id, cursor, limit }),
      };
    },
  };
}

function paymentsExport(s: ExportServices): Exportable {
  return {
    path: '/admin/payments',
    name: 'payments',
    summary: 'Orders sent to the bank',
    auth: { kind: 'admin', roles: ['funder', 'auditor', 'approver'] },
    query: z.strictObject({
      status: z
        .string()
        .regex(
          /^(awaiting_wallet|pending|in_flight|paid|failed|dead|cancelled)(,(awaiting_wallet|pending|in_flight|paid|failed|dead|cancelled))*$/,
        )
        .optional(),
      purpose: z.enum(['payout', 'settlement', 'parking', 'topup']).optional(),
    }),
    columns: cols(
      'out_trade_no',
      'purpose',
      'channel',
      'ref_id',
      'generation',
      'campaign_id',
      'user_id',
      'wallet_id',
      'amount_fen',
      'kind',
      'status',
      'attempts',
      'last_error',
      'bank_trade_no',
      'created_at',
      'completed_at',
    ),
    open: ({ query }) => ({
      entityId: '*',
      page: (cursor) => s.payments.list({ ...query, cursor, limit }),
    }),
  };
}

function parkingSessionsExport(s: ExportServices): Exportable {
  return {
    path: '/admin/parking/sessions',
    name: 'parking_sessions',
    summary: 'Parking sessions',
    auth: parkingStaff,
    query: parkingQuery(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']),
    columns: cols(
      'id',
      'lot_id',
      'plate',
      'plate_color',
      'vehicle_class',
      'status',
      'entry_at',
      'exit_at',
      'exit_offline',
      'fee_fen',
      'covered_fen',
      'discount_fen',
      'paid_until',
    ),
    open: ({ query }) => ({
      entityId: query.lot_id ?? '*',
      page: (cursor) => s.parking.adminSessions({ ...query, cursor, limit }),
    }),
  };
}

function parkingPaymentsExport(s: ExportServices): Exportable {
  return {
    path: '/admin/parking/payments',
    name: 'parking_payments',
    summary: 'Parking payments',
    auth: parkingStaff,
    query: parkingQuery(['processing', 'succeeded', 'failed']),
    columns: cols(
      'id',
      'session_id',
      'lot_id',
      'plate',
      'channel',
      'due_fen',
      'discount_fen',
      'payable_fen',
      'status',
      'error_code',
      'created_at',
      'completed_at',
    ),
    open: ({ query }) => ({
      entityId: query.lot_id ?? '*',
      page: (cursor) => s.parking.adminPayments({ ...query, cursor, limit }),
    }),
  };
}

function auditLogsExport(db: Db): Exportable {
  return {
    path: '/admin/audit-logs',
    name: 'audit_logs',
    summary: 'Audit trail',
    auth: { kind: 'admin', roles: ['auditor'] },
    query: z.strictObject({
      entity_type: z.string().max(32).optional(),
      entity_id: z.string().max(40).optional(),
      actor_id: z.string().max(40).optional(),
      action: z.string().max(48).optional(),
      ...auditRange,
    }),
    columns: cols(
      'id',
      'created_at',
      'actor_type',
      'actor_id',
      'actor_name',
      'action',
      'entity_type',
      'entity_id',
      'entity_name',
      'changes',
      'comment',
      'request_id',
    ),
    open: ({ query }) => ({
      entityId: query.entity_id ?? '*',
      page: async (cursor) => {
        const p = await listAudit(db, { ...query, cursor: cursor ? Number(cursor) : undefined, limit });
        const items = p.items.map(({ actor, ...r }) => ({
          ...r,
          actor_type: actor.type,
          actor_id: actor.id,
          actor_name: actor.name,
        }));
        return { items, next_cursor: p.next_cursor };
      },
    }),
  };
}

function riskReviewsExport(s: ExportServices): Exportable {
  return {
    path: '/admin/risk/reviews',
    name: 'risk_reviews',
    summary: 'Claims held for review',
    auth: { kind: 'admin', roles: ['risk_analyst'] },
    query: z.strictObject({ campaign_id: z.string().min(1).max(40).optional() }),
    columns: cols(
      'claim_id',
      'campaign_id',
      'user_id',
      'amount_fen',
      'risk_version',
      'reasons',
      'facts',
      'created_at',
    ),
    open: ({ query }) => ({
      entityId: query.campaign_id ?? '*',
      page: (cursor) => s.risk.heldClaims(query.campaign_id, { cursor, limit }),
    }),
  };
}

/** A merchant operator without a wider role sees only their own merchant's rows. */
function ownMerchantOnly(p: Principal | null): string | undefined {
  if (p?.typ !== 'admin' || !p.roles.includes('merchant_operator') || !p.merchant_id) return undefined;
  return p.roles.some((r) => ['funder', 'auditor'].includes(r)) ? undefined : p.merchant_id;
}

function withTimes<T extends Record<string, unknown>>(r: T): T {
  const out: Record<string, unknown> = { ...r };
  for (const [k, v] of Object.entries(out))
    if (k.endsWith('_at')) out[k] = toRfc3339(v as Date | string | null);
  if ('amount_fen' in out) out.amount_fen = Number(out.amount_fen);
  return out as T;
}
