import type { QueryInterface } from 'sequelize';

// Every claim writes two ledger entries; each secondary index is paid on every one of them. The
// per-transaction index only served the ledger check's GROUP BY txn_id, which scans the table anyway.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.removeIndex('ledger_entries', 'ix_ledger_txn');
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.addIndex('ledger_entries', ['txn_id'], { name: 'ix_ledger_txn' });
}
