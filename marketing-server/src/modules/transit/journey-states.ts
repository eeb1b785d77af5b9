import type { Sql } from '../../db/sql';

// A journey's life, as a transition table; `moveJourney` is the one function that moves it.
//   settled   nothing to pay (day ticket, free category) — final
//   charging  a charge (bank order) is in flight
//   paid      charged in full — a service-desk refund may follow
//   debt      the charge failed (or there is no agreement): owed; blacklisted after the grace period
//   waived    the service desk wrote the fare off (audited) — final
export type JourneyStatus = 'settled' | 'charging' | 'paid' | 'debt' | 'waived';

export const JOURNEY_TRANSITIONS = {
  charge: { from: ['debt'], to: 'charging' },
  confirm: { from: ['charging'], to: 'paid' },
  refuse: { from: ['charging'], to: 'debt' },
  waive: { from: ['debt'], to: 'waived' },
  reprice_settled: { from: ['debt'], to: 'settled' },
} as const satisfies Record<string, { from: readonly JourneyStatus[]; to: JourneyStatus }>;

export type JourneyTransition = keyof typeof JOURNEY_TRANSITIONS;

/** Moves a journey if it is in a state the transition starts from; false when someone else moved it. */
export async function moveJourney(
  sql: Sql,
  id: string,
  t: JourneyTransition,
  set: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  const { from, to } = JOURNEY_TRANSITIONS[t];
  const cols = Object.keys(set);
  const r = await sql.exec(
    `UPDATE transit_journeys SET status = ?, ${cols.map((c) => `${c} = ?`).join(', ')}${cols.length ? ', ' : ''}updated_at = ?
     WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, ...cols.map((c) => set[c]), now, id, ...from],
  );
  return r.affectedRows === 1;
}
