import { createHash } from 'node:crypto';
import type { Db, Sql } from '../../db/sql';
import { toRfc3339 } from '../../shared/time';

// Admin actions on a partner app form a hash chain per app: each row's hash covers the previous
// row's hash, so deleting or editing a row breaks every hash after it. Callers hold the app row's
// lock (every action on an app first moves or locks it), so the sequence has no gaps or forks.

const GENESIS = '0'.repeat(64);

type ActionRow = {
  id: number | string;
  app_id: string;
  seq: number | string;
  action: string;
  actor_id: string;
  payload: string;
  prev_hash: string;
  hash: string;
  created_at: Date | string;
};

function hashOf(r: {
  app_id: string;
  seq: number;
  action: string;
  actor_id: string;
  payload: string;
  created_at: string;
  prev_hash: string;
}) {
  const canonical = JSON.stringify([
    r.app_id,
    r.seq,
    r.action,
    r.actor_id,
    r.payload,
    r.created_at,
    r.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function appendAction(
  sql: Sql,
  a: { app_id: string; action: string; actor_id: string; payload: Record<string, unknown> },
  now: Date,
): Promise<void> {
  const last = await sql.query<{ seq: number | string; hash: string }>(
    'SELECT seq, hash FROM apix_admin_actions WHERE app_id = ? ORDER BY seq DESC LIMIT 1',
    [a.app_id],
  );
  const seq = last[0] ? Number(last[0].seq) + 1 : 1;
  const prev_hash = last[0]?.hash ?? GENESIS;
  const payload = JSON.stringify(a.payload);
  const created_at = toRfc3339(now)!;
  const hash = hashOf({
    app_id: a.app_id,
    seq,
    action: a.action,
    actor_id: a.actor_id,
    payload,
    created_at,
    prev_hash,
  });
  await sql.exec(
    'INSERT INTO apix_admin_actions (app_id, seq, action, actor_id, payload, prev_hash, hash, created_at) VALUES (?,?,?,?,?,?,?,?)',
    [a.app_id, seq, a.action, a.actor_id, payload, prev_hash, hash, now],
  );
}

/** The app's actions, oldest first, and whether every link of the chain still holds. */
export async function readChain(db: Db, appId: string) {
  const rows = await db.query<ActionRow>('SELECT * FROM apix_admin_actions WHERE app_id = ? ORDER BY seq', [
    appId,
  ]);
  let prev = GENESIS;
  let brokenAt: number | null = null;
  const items = rows.map((r) => {
    const seq = Number(r.seq);
    const created_at = toRfc3339(r.created_at)!;
    const expected = hashOf({
      app_id: r.app_id,
      seq,
      action: r.action,
      actor_id: r.actor_id,
      payload: r.payload,
      created_at,
      prev_hash: prev,
    });
    if (brokenAt === null && (r.prev_hash !== prev || r.hash !== expected)) brokenAt = seq;
    prev = r.hash;
    return {
      seq,
      action: r.action,
      actor_id: r.actor_id,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
      created_at,
      hash: r.hash,
    };
  });
  return { items, chain_valid: brokenAt === null, broken_at_seq: brokenAt };
}
