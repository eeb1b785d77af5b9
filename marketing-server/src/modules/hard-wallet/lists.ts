import { isDuplicateKeyError, type Sql } from '../../db/sql';

// Versioned lists pushed to terminals as deltas: the blacklist (every terminal), each park
// organisation's door whitelist (its door controllers). A writer bumps the list's row under its lock
// and writes its entries at that version, so versions become visible in order.

export const BLACKLIST = 'blacklist';
export const whitelistOf = (orgId: string) => `whitelist:${orgId}`;

export async function pushEntries(
  sql: Sql,
  list: string,
  entries: { card_no: string; op: 'add' | 'remove'; reason: string }[],
  now: Date,
): Promise<number> {
  if (!entries.length) return currentVersion(sql, list);
  try {
    await sql.exec('INSERT INTO hw_lists (list, version, updated_at) VALUES (?, 0, ?)', [list, now]);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  await sql.exec('UPDATE hw_lists SET version = version + 1, updated_at = ? WHERE list = ?', [now, list]);
  const version = await currentVersion(sql, list);
  await sql.exec(
    `INSERT INTO hw_list_entries (list, version, card_no, op, reason, created_at) VALUES ${entries.map(() => '(?,?,?,?,?,?)').join(',')}`,
    entries.flatMap((e) => [list, version, e.card_no, e.op, e.reason, now]),
  );
  return version;
}

export async function currentVersion(sql: Sql, list: string): Promise<number> {
  const r = await sql.query<{ version: unknown }>('SELECT version FROM hw_lists WHERE list = ?', [list]);
  return Number(r[0]?.version ?? 0);
}

/** What a terminal at version `since` must apply to reach the current version (null: up to date). */
export async function deltaSince(sql: Sql, list: string, since: number) {
  const version = await currentVersion(sql, list);
  if (since >= version) return null;
  const rows = await sql.query<{ card_no: string; op: string; version: unknown }>(
    'SELECT card_no, op, version FROM hw_list_entries WHERE list = ? AND version > ? AND version <= ? ORDER BY version, id',
    [list, since, version],
  );
  // Later entries win: a card added then removed is in `remove` only.
  const last = new Map<string, string>();
  for (const r of rows) last.set(r.card_no, r.op);
  const add = [...last].filter(([, op]) => op === 'add').map(([c]) => c);
  const remove = [...last].filter(([, op]) => op === 'remove').map(([c]) => c);
  return { version, add, remove };
}

/** Every card currently on a list (a terminal that lost its state, or the admin page). */
export async function entriesOf(sql: Sql, list: string) {
  const d = await deltaSince(sql, list, 0);
  return { version: d?.version ?? 0, cards: d?.add ?? [] };
}
