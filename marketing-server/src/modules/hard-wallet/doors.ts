import type { Sql } from '../../db/sql';
import type { CardRow } from './deps';
import { pushEntries, whitelistOf } from './lists';

// A badge's door credential: the card serial on its organisation's versioned whitelist, pushed to
// the door controllers as deltas. A lost or offboarded badge is removed in the same transaction that
// stops its wallet, so both revocations happen at once.

async function orgOfCard(sql: Sql, cardId: string) {
  const r = await sql.query<{ org_id: string; status: string }>(
    'SELECT org_id, status FROM park_staff WHERE card_id = ?',
    [cardId],
  );
  return r[0] ?? null;
}

export async function revokeDoors(
  sql: Sql,
  card: Pick<CardRow, 'id' | 'card_no'>,
  reason: string,
  now: Date,
) {
  const staff = await orgOfCard(sql, card.id);
  if (!staff) return null;
  return pushEntries(sql, whitelistOf(staff.org_id), [{ card_no: card.card_no, op: 'remove', reason }], now);
}

export async function grantDoors(sql: Sql, card: Pick<CardRow, 'id' | 'card_no'>, reason: string, now: Date) {
  const staff = await orgOfCard(sql, card.id);
  if (!staff || staff.status !== 'active') return null;
  return pushEntries(sql, whitelistOf(staff.org_id), [{ card_no: card.card_no, op: 'add', reason }], now);
}
