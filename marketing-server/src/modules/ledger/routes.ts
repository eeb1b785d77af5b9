import type { Db } from '../../db/sql';
import type { RouteKit } from '../../http/router-kit';
import type { Clock } from '../../shared/time';
import { checkLedger } from './check';

export function registerLedgerRoutes(kit: RouteKit, db: Db, clock: Clock) {
  kit.route({
    method: 'get',
    path: '/admin/ledger/check',
    summary: 'Prove the ledger balances, overall and per campaign',
    tags: ['ledger'],
    auth: { kind: 'admin', roles: ['auditor', 'funder', 'approver'] },
    handler: async () => ({ status: 200, body: await checkLedger(db, clock) }),
  });
}
