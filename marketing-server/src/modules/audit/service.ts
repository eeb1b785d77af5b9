import type { Db, Sql } from '../../db/sql';
import { pageById } from '../../db/page';
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

/** Appends one audit row in the caller's transaction, so no change happens without its trail. */
export async function recordAudit(sql: Sql, entry: AuditEntry, now: Date): Promise<void> {
  await sql.exec(
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

export async function listAudit(db: Db, f: AuditFilter) {
  const { rows: page, next_cursor } = await pageById<AuditRow>(
    db,
    'audit_logs',
    { entity_type: f.entity_type, entity_id: f.entity_id, actor_id: f.actor_id, action: f.action },
    f,
  );
  return {
    items: page.map((r) => ({
      id: String(r.id),
      actor: { type: r.actor_type, id: r.actor_id },
      action: r.action,
      entity_type: r.entity_type,
      entity_id: r.entity_id,
      changes: r.changes ? JSON.parse(r.changes) : null,
      comment: r.comment,
      request_id: r.request_id,
      created_at: toRfc3339(r.created_at),
    })),
    next_cursor,
  };
}
