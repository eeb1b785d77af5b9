import type { Db } from '../../db/sql';
import * as R from './responses';
import type { RouteKit } from '../../http/router-kit';
import type { Clock } from '../../shared/time';
import type { LedgerInvariant } from '../../platform/module';
import { checkLedger } from './check';
import { lastLedgerCheck } from './job';

export function registerLedgerRoutes(
  kit: RouteKit,
  db: Db,
  clock: Clock,
  invariants: readonly LedgerInvariant[],
) {
  kit.route({
    method: 'get',
    path: '/admin/ledger/check',
    summary: 'Prove the ledger balances, overall and per campaign',
    tags: ['ledger'],
    responses: { 200: R.getAdminLedgerCheck },
    auth: { kind: 'admin', roles: ['auditor', 'funder', 'approver'] },
    handler: async () => ({ status: 200, body: await checkLedger(db, clock, invariants) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/ledger/alerts',
    summary: 'What the admin banner shows: the last nightly ledger check and open bank-order exceptions',
    tags: ['ledger'],
    responses: { 200: R.getAdminLedgerAlerts },
    auth: { kind: 'admin', roles: ['auditor', 'funder', 'approver'] },
    handler: async () => {
      const open = await db.query<{ n: unknown }>(
        "SELECT COUNT(*) AS n FROM bank_order_exceptions WHERE status = 'open'",
      );
      return {
        status: 200,
        body: { last_check: await lastLedgerCheck(db), open_bank_order_exceptions: Number(open[0]?.n ?? 0) },
      };
    },
  });
}
