import type { Sql } from '../../db/sql';
import { newId } from '../../shared/ids';

// What an attendant has to look at: cars without a readable plate, exits that match no entry, cars
// that left with a fee due, low-confidence exit reads one character from a car inside (held until an
// attendant confirms the match), exits the gate dated before their entry.
export type ExceptionKind =
  'no_plate' | 'low_confidence' | 'unmatched_exit' | 'unpaid_exit' | 'misread_matched' | 'clock_skew';

export async function raiseException(
  sql: Sql,
  e: {
    lot_id: string;
    lane_id?: string | null;
    kind: ExceptionKind;
    plate?: string | null;
    session_id?: string | null;
    event_id?: string | null;
    detail: string;
  },
  now: Date,
) {
  await sql.exec(
    "INSERT INTO parking_exceptions (id, lot_id, lane_id, kind, plate, session_id, event_id, detail, status, created_at) VALUES (?,?,?,?,?,?,?,?,'open',?)",
    [
      newId('pex'),
      e.lot_id,
      e.lane_id ?? null,
      e.kind,
      e.plate ?? null,
      e.session_id ?? null,
      e.event_id ?? null,
      e.detail.slice(0, 255),
      now,
    ],
  );
}

/** A paid debt closes the exception it raised. */
export async function closeUnpaidExitException(sql: Sql, sessionId: string, now: Date) {
  await sql.exec(
    "UPDATE parking_exceptions SET status = 'resolved', resolved_by = 'system', resolution_note = '已补缴', resolved_at = ? WHERE session_id = ? AND kind = 'unpaid_exit' AND status = 'open'",
    [now, sessionId],
  );
}
