// The door of the ledger module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { startLedgerCheckJob } from './job';
import { registerLedgerRoutes } from './routes';
export { checkLedger } from './check';

/** The check of the books: postings and campaigns itself, then every module's invariants. */
export const ledgerModule: ModuleDescriptor = {
  name: 'ledger',
  migrations: ['011-ledger-check-runs'],
  routes: (kit, { db, clock, ledgerInvariants }) => registerLedgerRoutes(kit, db, clock, ledgerInvariants),
  jobs: [
    {
      name: 'nightly ledger check',
      start: ({ db, clock, logger, ledgerInvariants }) =>
        startLedgerCheckJob(db, clock, logger, ledgerInvariants),
    },
  ],
};

// The books themselves: account names, posting, balances, and the postings every module shares.
export * from './accounts';
export * from './post';
export * from './merchant';
export * from './postings';
