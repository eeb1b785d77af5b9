import type { Sql } from '../db/sql';
import { newId } from './ids';

// The event outbox: a business change that partners may subscribe to writes its event here in its own
// transaction, so the event exists exactly when the change does (a crash after commit loses nothing;
// a rollback sends nothing). The APIX webhook dispatcher (modules/apix) fans committed events out to
// subscribed endpoints; the event id stays the same across every retry and resend.

export type OutboxEvent = {
  /** `noun.verb`, e.g. `coupon.redeemed`. */
  type: string;
  /** The thing the event is about (a claim id), which tells the dispatcher whose event it is. */
  subject_id: string;
  data: Record<string, unknown>;
};

export async function recordOutboxEvent(sql: Sql, event: OutboxEvent, now: Date): Promise<string> {
  const id = newId('evt');
  await sql.exec(
    'INSERT INTO event_outbox (id, type, subject_id, payload, created_at, dispatched_at) VALUES (?,?,?,?,?,NULL)',
    [id, event.type, event.subject_id, JSON.stringify(event.data), now],
  );
  return id;
}
