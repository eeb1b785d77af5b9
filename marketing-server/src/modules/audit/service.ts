import type { Db, Sql } from '../../db/sql';
import { toRfc3339 } from '../../shared/time';

export type Actor = { type: 'admin' | 'citizen' | 'system'; id: string };

export type AuditEntry = {
  actor: Actor;
  action: string;
  entity_type: string;
  entity_id: string;
  changes?: Record<string, { from: unknown; to: unknown }> | Record<string, unknown> | null;
  comment?: string | null;
  request_id?: string | null;
};

export const SYSTEM_ACTOR: Actor = { type: 'system', id: 'scheduler' };

/**
 * Appends one audit row in the caller's transaction, so no change happens without its trail. Nobody
 * reads its result: on MySQL it rides with the transaction's next round trip (often the COMMIT).
 */
export async function recordAudit(sql: Sql, entry: AuditEntry, now: Date): Promise<void> {
  await sql.defer(
    'INSERT INTO audit_logs (actor_type, actor_id, action, entity_type, entity_id, changes, comment, request_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)',
    [
      entry.actor.type,
      entry.actor.id,
      entry.action,
      entry.entity_type,
      entry.entity_id,
      entry.changes ? JSON.stringify(entry.changes) : null,
      entry.comment ?? null,
      entry.request_id ?? null,
      now,
    ],
  );
}

/** Field-by-field difference of two flat-ish objects (nested values compared as JSON). */
export function diffObjects(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      out[k] = { from: before[k] ?? null, to: after[k] ?? null };
  }
  return out;
}

export type AuditFilter = {
  entity_type?: string;
  entity_id?: string;
  actor_id?: string;
  action?: string;
  /** Rows written at or after `from` and before `to` (RFC 3339 times). */
  from?: string;
  to?: string;
  cursor?: number;
  limit: number;
};

type AuditRow = {
  id: number;
  actor_type: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: string | null;
  comment: string | null;
  request_id: string | null;
  created_at: Date | string;
};

/** Newest first, keyset-paged by id, filtered by equality on the named columns and by a time range. */
async function auditPage(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; next_cursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const equal = {
    entity_type: f.entity_type,
    entity_id: f.entity_id,
    actor_id: f.actor_id,
    action: f.action,
  };
  for (const [column, value] of Object.entries(equal)) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const bounds: [string, unknown][] = [
    ['created_at >= ?', f.from && new Date(f.from)],
    ['created_at < ?', f.to && new Date(f.to)],
    ['id < ?', f.cursor],
  ];
  for (const [clause, value] of bounds) {
    if (value === undefined || value === '') continue;
    where.push(clause);
    params.push(value);
  }
  const rows = await db.query<AuditRow>(
    `SELECT * FROM audit_logs ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    [...params, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return { rows: page, next_cursor: rows.length > f.limit ? String(page[page.length - 1].id) : null };
}

// Objects whose audit rows are read by their name rather than their id, and the table holding it.
const NAMED_ENTITIES: Record<string, string> = {
  campaign: 'campaigns',
  funder: 'funders',
  merchant: 'merchants',
};

/** Names for the ids on a page: staff by display name, and the named kinds of object. */
async function namesOf(db: Db, rows: AuditRow[]) {
  const lookup = async (table: string, column: string, ids: string[]) => {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map<string, string>();
    const found = await db.query<{ id: string; name: string }>(
      `SELECT id, ${column} AS name FROM ${table} WHERE id IN (${unique.map(() => '?').join(',')})`,
      unique,
    );
    return new Map(found.map((r) => [String(r.id), r.name]));
  };
  const staff = await lookup(
    'admin_users',
    'display_name',
    rows.filter((r) => r.actor_type === 'admin').map((r) => r.actor_id),
  );
  const entities = new Map<string, Map<string, string>>();
  for (const [type, table] of Object.entries(NAMED_ENTITIES)) {
    const ids = rows.filter((r) => r.entity_type === type).map((r) => r.entity_id);
    entities.set(type, await lookup(table, 'name', ids));
  }
  return {
    actor: (r: AuditRow) => (r.actor_type === 'admin' ? (staff.get(r.actor_id) ?? null) : null),
    entity: (r: AuditRow) => entities.get(r.entity_type)?.get(r.entity_id) ?? null,
  };
}

export async function listAudit(db: Db, f: AuditFilter) {
  const { rows: page, next_cursor } = await auditPage(db, f);
  const names = await namesOf(db, page);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      actor: { type: r.actor_type, id: r.actor_id, name: names.actor(r) },
      action: r.action,
      entity_type: r.entity_type,
      entity_id: r.entity_id,
      entity_name: names.entity(r),
      changes: r.changes ? JSON.parse(r.changes) : null,
      comment: r.comment,
      request_id: r.request_id,
      created_at: toRfc3339(r.created_at),
    })),
    next_cursor,
  };
}
