import type { Sql } from '../../db/sql';
import { accounts } from './accounts';

// A merchant's payable balance is read and moved by settlements and by refunds. Both take this lock
// first, in their own transaction, so neither can act on a balance the other is about to change.

/** Row lock on the merchant (InnoDB X lock; SQLite transactions are serialised anyway). */
export async function lockMerchant(sql: Sql, merchantId: string) {
  await sql.exec('UPDATE merchants SET updated_at = updated_at WHERE id = ?', [merchantId]);
}

/** What the merchant is still owed (not yet on its way to them) in one campaign. */
export async function payableBalance(sql: Sql, merchantId: string, campaignId: string): Promise<number> {
  const rows = await sql.query<{ s: unknown }>(
    'SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = ? AND campaign_id = ?',
    [accounts.merchantPayable(merchantId), campaignId],
  );
  return Number(rows[0]?.s ?? 0);
}
