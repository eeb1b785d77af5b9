import type { Db, Sql } from '../db/sql';
import { refused, notFound } from '../shared/domain-error';
import { recordAudit, type Actor } from '../modules/audit';
import { newId } from '../shared/ids';
import { toRfc3339, type Clock } from '../shared/time';

/**
 * Maker-checker as data: a change (a user, a role, a merchant's payee wallet, a lot's tariff) is
 * proposed by one person and applied only when someone else approves it, in the approval's
 * transaction. Proposal and decision are both audited.
 */
export type ChangeRow = {
  id: string;
  kind: string;
  target_id: string | null;
  payload: string;
  summary: string;
  status: 'pending' | 'approved' | 'rejected';
  proposed_by: string;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_comment: string | null;
  created_at: Date | string;
};

export function changeDto(r: ChangeRow) {
  return {
    id: r.id,
    kind: r.kind,
    target_id: r.target_id,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    summary: r.summary,
    status: r.status,
    proposed_by: r.proposed_by,
    decided_by: r.decided_by,
    decided_at: toRfc3339(r.decided_at),
    decision_comment: r.decision_comment,
    created_at: toRfc3339(r.created_at),
  };
}
export type ChangeDto = ReturnType<typeof changeDto>;

const forUpdate = (sql: Sql) => (sql.dialect === 'mysql' ? ' FOR UPDATE' : '');

export async function proposeChange(
  sql: Sql,
  c: {
    kind: string;
    target_id: string | null;
    payload: Record<string, unknown>;
    summary: string;
    actor: Actor;
    requestId?: string;
    /** What the audit keeps of the payload (e.g. without secrets, with a wallet's fingerprint). */
    audited?: Record<string, unknown>;
  },
  now: Date,
): Promise<ChangeDto> {
  const id = newId('chg');
  await sql.exec(
    'INSERT INTO change_requests (id, kind, target_id, payload, summary, status, proposed_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)',
    [id, c.kind, c.target_id, JSON.stringify(c.payload), c.summary, 'pending', c.actor.id, now, now],
  );
  await recordAudit(
    sql,
    {
      actor: c.actor,
      action: `change.propose`,
      entity_type: 'change_request',
      entity_id: id,
      changes: { kind: c.kind, target_id: c.target_id, ...(c.audited ?? c.payload) },
      comment: c.summary,
      request_id: c.requestId ?? null,
    },
    now,
  );
  return changeDto((await sql.query<ChangeRow>('SELECT * FROM change_requests WHERE id = ?', [id]))[0]);
}

export async function listChanges(
  sql: Sql,
  f: { kinds: readonly string[]; status?: string; target_id?: string },
): Promise<ChangeDto[]> {
  const where = [`kind IN (${f.kinds.map(() => '?').join(',')})`];
  const params: unknown[] = [...f.kinds];
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.target_id) {
    where.push('target_id = ?');
    params.push(f.target_id);
  }
  const rows = await sql.query<ChangeRow>(
    `SELECT * FROM change_requests WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT 200`,
    params,
  );
  return rows.map(changeDto);
}

/**
 * Approves or rejects a pending change. The proposer cannot decide their own change; an approval
 * runs `apply` in the same transaction as the status, so a change is applied exactly once.
 */
export async function decideChange(
  deps: { db: Db; clock: Clock },
  d: {
    id: string;
    kinds: readonly string[];
    target_id?: string;
    actor: Actor;
    decision: 'approve' | 'reject';
    comment?: string;
    requestId?: string;
    /** Extra refusals for this decider (e.g. separation of duties beyond "not the proposer"). */
    guard?: (sql: Sql, row: ChangeRow) => Promise<void>;
    apply: (sql: Sql, row: ChangeRow, now: Date) => Promise<Record<string, unknown> | void>;
  },
): Promise<ChangeDto> {
  const now = deps.clock.now();
  return deps.db.tx(async (sql) => {
    const rows = await sql.query<ChangeRow>(`SELECT * FROM change_requests WHERE id = ?${forUpdate(sql)}`, [
      d.id,
    ]);
    const row = rows[0];
    if (!row || !d.kinds.includes(row.kind) || (d.target_id && row.target_id !== d.target_id)) {
      throw notFound('变更申请');
    }
    if (row.status !== 'pending') throw refused('CHANGE_DECIDED', '该变更申请已处理');
    if (row.proposed_by === d.actor.id) {
      throw refused('SAME_PERSON', '提出与批准不能是同一人：提出该变更的人不能批准或驳回它');
    }
    await d.guard?.(sql, row);
    const status = d.decision === 'approve' ? 'approved' : 'rejected';
    const res = await sql.exec(
      "UPDATE change_requests SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
      [status, d.actor.id, now, d.comment ?? null, now, row.id],
    );
    if (res.affectedRows !== 1) throw refused('CHANGE_DECIDED', '该变更申请已处理');
    const applied = d.decision === 'approve' ? await d.apply(sql, row, now) : undefined;
    await recordAudit(
      sql,
      {
        actor: d.actor,
        action: `change.${d.decision}`,
        entity_type: 'change_request',
        entity_id: row.id,
        changes: {
          kind: row.kind,
          target_id: row.target_id,
          status: { from: 'pending', to: status },
          ...(applied ?? {}),
        },
        comment: d.comment ?? null,
        request_id: d.requestId ?? null,
      },
      now,
    );
    return changeDto((await sql.query<ChangeRow>('SELECT * FROM change_requests WHERE id = ?', [row.id]))[0]);
  });
}
