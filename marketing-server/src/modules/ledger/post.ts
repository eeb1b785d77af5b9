import { newId } from '../../shared/ids';
import { rowsPlaceholder, type Sql } from '../../db/sql';
import type { PostingKind } from './accounts';

export type Transfer = { source: string; destination: string; amount_fen: number };

export type Posting = {
  kind: PostingKind;
  campaign_id?: string | null;
  ref_id?: string | null;
  transfers: Transfer[];
};

export class LedgerInvariantError extends Error {}

/**
 * Writes one balanced posting inside the caller's transaction: each transfer becomes a debit of its
 * source and a credit of its destination, so the entries of a posting always sum to zero.
 */
export async function post(sql: Sql, posting: Posting, now: Date): Promise<string> {
  const transfers = posting.transfers.filter((t) => t.amount_fen !== 0);
  for (const t of transfers) {
    if (!Number.isSafeInteger(t.amount_fen) || t.amount_fen < 0) {
      throw new LedgerInvariantError(`transfer amount must be a non-negative integer fen: ${t.amount_fen}`);
    }
    if (t.source === t.destination) throw new LedgerInvariantError('source and destination must differ');
  }
  const txnId = newId('txn');
  if (transfers.length === 0) return txnId;
  const params: unknown[] = [];
  for (const t of transfers) {
    const common = [posting.kind, posting.campaign_id ?? null, posting.ref_id ?? null, now];
    params.push(txnId, t.source, -t.amount_fen, ...common);
    params.push(txnId, t.destination, t.amount_fen, ...common);
  }
  // Nothing reads the result, so on MySQL it travels with the transaction's next round trip.
  await sql.defer(
    `INSERT INTO ledger_entries (txn_id, account, amount_fen, kind, campaign_id, ref_id, created_at) VALUES ${rowsPlaceholder(transfers.length * 2, 7)}`,
    params,
  );
  return txnId;
}

/**
 * Several balanced postings in one INSERT (the claim path's group commit): each posting keeps its own
 * transaction id, kind and reference, so the ledger reads exactly as if each had been posted alone.
 */
export async function postMany(sql: Sql, postings: Posting[], now: Date): Promise<string[]> {
  const params: unknown[] = [];
  let rows = 0;
  const ids = postings.map((posting) => {
    const txnId = newId('txn');
    for (const t of posting.transfers) {
      if (t.amount_fen === 0) continue;
      if (!Number.isSafeInteger(t.amount_fen) || t.amount_fen < 0) {
        throw new LedgerInvariantError(`transfer amount must be a non-negative integer fen: ${t.amount_fen}`);
      }
      if (t.source === t.destination) throw new LedgerInvariantError('source and destination must differ');
      const common = [posting.kind, posting.campaign_id ?? null, posting.ref_id ?? null, now];
      params.push(txnId, t.source, -t.amount_fen, ...common);
      params.push(txnId, t.destination, t.amount_fen, ...common);
      rows += 2;
    }
    return txnId;
  });
  if (rows === 0) return ids;
  await sql.defer(
    `INSERT INTO ledger_entries (txn_id, account, amount_fen, kind, campaign_id, ref_id, created_at) VALUES ${rowsPlaceholder(rows, 7)}`,
    params,
  );
  return ids;
}

export async function balanceOf(sql: Sql, account: string): Promise<number> {
  const rows = await sql.query<{ b: number | string | null }>(
    'SELECT SUM(amount_fen) AS b FROM ledger_entries WHERE account = ?',
    [account],
  );
  return Number(rows[0]?.b ?? 0);
}

export async function balancesByPrefix(sql: Sql, prefix: string): Promise<Map<string, number>> {
  const rows = await sql.query<{ account: string; b: number | string }>(
    'SELECT account, SUM(amount_fen) AS b FROM ledger_entries WHERE account LIKE ? GROUP BY account',
    [`${prefix}%`],
  );
  return new Map(rows.map((r) => [r.account, Number(r.b)]));
}

/**
 * What the ledger booked for one business row: the sum on `account` (an exact name, or a prefix
 * ending in `:` for any account under it) of the postings of `kind` referring to `ref_id`. The
 * bank's reconciliation asks each bank-order purpose for this leg (its `bookedFen`).
 */
export async function bookedAmount(
  sql: Sql,
  q: { kind: string; account: string; ref_id: string },
): Promise<number> {
  const prefix = q.account.endsWith(':');
  const rows = await sql.query<{ s: unknown }>(
    `SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE kind = ? AND account ${prefix ? 'LIKE' : '='} ? AND ref_id = ?`,
    [q.kind, prefix ? `${q.account}%` : q.account, q.ref_id],
  );
  return Number(rows[0]?.s ?? 0);
}
