import { rowsPlaceholder, type Sql } from '../../db/sql';
import { newId } from '../../shared/ids';
import { cstDayKey } from '../../shared/time';
import { openAgreementCharges, type AgreementCharge } from './charges';
import { dayTicketCovers, fareFor, type DayTicketCover, type FareTable, type JourneyInput } from './fares';
import type { RiderRow } from './riders';

// Pairing taps into journeys and pricing them, set-based (one batch of riders at a time, a handful
// of statements whatever its size). The riders' rows are locked first, so two batches holding the
// entry and the exit of one rider pair them once, in whichever order they come.
//
// Rule for records without their pair: an entry followed (in tap time) by an exit is a journey; a
// record with no pair is left waiting while its pair may still be on its way from an offline gate
// (UNPAIRED_AFTER_MS: the 4-hour limit plus an hour of upload slack), then priced on its own.

export const UNPAIRED_AFTER_MS = 5 * 3_600_000;

export type TapRow = {
  id: string;
  gate_id: string;
  station_id: string;
  kind: 'entry' | 'exit' | 'onboard';
  media: string;
  rider_token: string;
  code_serial: string;
  tapped_at: Date | string;
  journey_id: string | null;
};

export type Pairing = { entry?: TapRow; exit?: TapRow; onboard?: TapRow };

const ms = (d: Date | string) => new Date(d).getTime();

/** Pairs one rider's unpaired taps (sorted by time). Pure. */
export function pairTaps(taps: TapRow[], now: Date, unpairedAfterMs = UNPAIRED_AFTER_MS): Pairing[] {
  const out: Pairing[] = [];
  const old = (t: TapRow) => ms(t.tapped_at) <= now.getTime() - unpairedAfterMs;
  for (let i = 0; i < taps.length; i++) {
    const t = taps[i];
    if (t.kind === 'onboard') out.push({ onboard: t });
    else if (t.kind === 'entry' && taps[i + 1]?.kind === 'exit') out.push({ entry: t, exit: taps[++i] });
    else if (old(t)) out.push(t.kind === 'entry' ? { entry: t } : { exit: t });
  }
  return out;
}

export type DayTicketRow = {
  id: string;
  user_id: string;
  product_id: string;
  status: string;
  valid_from: Date | string | null;
  paid_at: Date | string | null;
  created_at: Date | string;
};

const operatorCache = new WeakMap<FareTable, Map<string, string>>();
function operatorOf(t: FareTable, station: string): string {
  let m = operatorCache.get(t);
  if (!m) {
    m = new Map();
    for (const l of t.network.lines)
      for (const s of l.stations) if (!m.has(s)) m.set(s, l.operator_merchant_id);
    operatorCache.set(t, m);
  }
  return m.get(station) ?? t.network.lines[0].operator_merchant_id;
}

const rec = (t: TapRow | undefined) => (t ? { station: t.station_id, at: new Date(t.tapped_at) } : null);
export const journeyInput = (p: Pairing, category: string): JourneyInput => ({
  entry: rec(p.entry),
  exit: rec(p.exit),
  onboard: rec(p.onboard),
  rider_category: category,
});

/**
 * The first of the rider's paid day tickets that covers the journey. Validity runs from the first
 * entry after purchase: a journey that started before the recorded first use (its taps came late
 * from an offline gate) moves the activation back to its entry.
 */
function coveringTicket(t: FareTable, tickets: DayTicketRow[], j: JourneyInput) {
  const first = (j.onboard ?? j.entry ?? j.exit)!.at;
  for (const d of tickets) {
    if (d.status !== 'valid' || !d.paid_at || ms(d.paid_at) > first.getTime()) continue;
    const recorded = d.valid_from ? new Date(d.valid_from) : null;
    const from = recorded && recorded <= first ? recorded : first;
    const cover: DayTicketCover = { product_id: d.product_id, valid_from: from };
    if (dayTicketCovers(t, cover, j))
      return { ticket: d, cover, activates: recorded && recorded <= first ? null : first };
  }
  return null;
}

type JourneyRow = Record<string, unknown> & { id: string; status: string; fare_fen: number };

export type PricedBatch = { journeys: number; chargeIds: string[]; priced_fen: number };

/** Pairs and prices the unpaired taps of these riders, inside the caller's transaction. */
export async function pairRiders(
  sql: Sql,
  table: FareTable,
  tokens: string[],
  now: Date,
  unpairedAfterMs = UNPAIRED_AFTER_MS,
): Promise<PricedBatch> {
  return pairLockedRiders(sql, table, await lockRiders(sql, tokens), now, unpairedAfterMs);
}

export type LockedRiders = { sorted: string[]; byToken: Map<string, RiderRow> };

/**
 * Locks the riders' rows, in token order (no deadlock between two batches). It comes before
 * anything else their pairing reads: on MySQL the transaction's snapshot starts at its first plain
 * read, so reading after the lock sees every tap of these riders that another batch committed.
 */
export async function lockRiders(sql: Sql, tokens: string[]): Promise<LockedRiders> {
  const sorted = [...new Set(tokens)].sort();
  if (!sorted.length) return { sorted, byToken: new Map() };
  const lock = sql.dialect === 'mysql' ? ' FOR UPDATE' : '';
  const riders = await sql.query<RiderRow>(
    `SELECT * FROM transit_riders WHERE rider_token IN (${sorted.map(() => '?').join(',')}) ORDER BY rider_token${lock}`,
    sorted,
  );
  return { sorted, byToken: new Map(riders.map((r) => [r.rider_token, r])) };
}

/** Pairs and prices the unpaired taps of riders locked by `lockRiders` in this transaction. */
export async function pairLockedRiders(
  sql: Sql,
  table: FareTable,
  { sorted, byToken }: LockedRiders,
  now: Date,
  unpairedAfterMs = UNPAIRED_AFTER_MS,
): Promise<PricedBatch> {
  const done: PricedBatch = { journeys: 0, chargeIds: [], priced_fen: 0 };
  if (!sorted.length) return done;
  const { taps, tickets } = await unpairedTapsAndTickets(sql, sorted, [...byToken.values()]);
  const journeys: JourneyRow[] = [];
  const tapJourney: [string, string][] = [];
  const charges: AgreementCharge[] = [];
  const activations = new Map<string, Date>();
  for (const token of sorted) {
    const rider = byToken.get(token) ?? null;
    const mine = taps.get(token) ?? [];
    const ticketsOf = rider ? tickets.filter((d) => d.user_id === rider.user_id) : [];
    for (const p of pairTaps(mine, now, unpairedAfterMs)) {
      const priced = priceOne(table, rider, token, p, ticketsOf, now);
      if (priced.activates) {
        activations.set(priced.activates.id, priced.activates.at);
        priced.activates.ticket.valid_from = priced.activates.at; // later journeys of this batch see it active
      }
      journeys.push(priced.row);
      for (const t of [p.entry, p.exit, p.onboard]) if (t) tapJourney.push([t.id, priced.row.id]);
      if (priced.row.status === 'charging' && rider) charges.push(agreementCharge(rider, priced.row));
      done.priced_fen += priced.row.fare_fen;
    }
  }
  await writeBatch(sql, journeys, tapJourney, activations, now);
  done.chargeIds = await openAgreementCharges(sql, charges, now);
  done.journeys = journeys.length;
  return done;
}

// The riders' unpaired taps (grouped by rider, in tap order) and paid day tickets, read under their lock.
async function unpairedTapsAndTickets(sql: Sql, sortedTokens: string[], riders: RiderRow[]) {
  const ph = sortedTokens.map(() => '?').join(',');
  const rows = await sql.query<TapRow>(
    `SELECT * FROM transit_taps WHERE rider_token IN (${ph}) AND journey_id IS NULL ORDER BY rider_token, tapped_at, id`,
    sortedTokens,
  );
  const taps = new Map<string, TapRow[]>();
  for (const t of rows) {
    const list = taps.get(t.rider_token);
    if (list) list.push(t);
    else taps.set(t.rider_token, [t]);
  }
  const userIds = riders.map((r) => r.user_id);
  const tickets = userIds.length
    ? await sql.query<DayTicketRow>(
        `SELECT * FROM transit_day_tickets WHERE user_id IN (${userIds.map(() => '?').join(',')}) AND status = 'valid' ORDER BY created_at`,
        userIds,
      )
    : [];
  return { taps, tickets };
}

/** The first charge of a priced journey by agreement. */
const agreementCharge = (rider: RiderRow, journey: JourneyRow): AgreementCharge => ({
  journey_id: journey.id,
  amount_fen: journey.fare_fen,
  operator_merchant_id: String(journey.operator_merchant_id),
  rider,
  generation: 1,
});

function priceOne(
  table: FareTable,
  rider: RiderRow | null,
  token: string,
  p: Pairing,
  tickets: DayTicketRow[],
  now: Date,
) {
  const category = rider?.rider_category ?? 'adult';
  const input = journeyInput(
    p,
    table.rules.rider_categories.some((c) => c.id === category) ? category : 'adult',
  );
  const covering = coveringTicket(table, tickets, input);
  const fare = fareFor(table, { ...input, day_ticket: covering?.cover ?? null });
  // A TVM paper ticket was paid at the machine: the journey is recorded, nothing more is charged.
  if ((p.entry ?? p.onboard ?? p.exit)!.media === 'tvm_ticket' && fare.fare_fen > 0) {
    fare.breakdown.push({ code: 'tvm_ticket', label: '售票机单程票已付', amount_fen: -fare.fare_fen });
    fare.fare_fen = 0;
  }
  const first = (input.onboard ?? input.entry ?? input.exit)!;
  const chargeable = rider && rider.agreement_no && rider.wallet_id;
  const status = fare.fare_fen === 0 ? 'settled' : chargeable ? 'charging' : 'debt';
  const row: JourneyRow = {
    id: newId('trj'),
    user_id: rider?.user_id ?? null,
    rider_token: token,
    kind: p.onboard ? 'onboard' : 'gate',
    entry_tap_id: p.entry?.id ?? p.onboard?.id ?? null,
    exit_tap_id: p.exit?.id ?? null,
    entry_station: input.entry?.station ?? input.onboard?.station ?? null,
    exit_station: input.exit?.station ?? null,
    entered_at: input.entry?.at ?? input.onboard?.at ?? null,
    exited_at: input.exit?.at ?? null,
    status,
    rule: fare.rule,
    fare_fen: fare.fare_fen,
    full_fare_fen: fare.full_fare_fen,
    breakdown_json: JSON.stringify(fare.breakdown),
    fare_version: table.version,
    rider_category: input.rider_category,
    day_ticket_id: fare.day_ticket_applied ? covering!.ticket.id : null,
    operator_merchant_id: operatorOf(table, first.station),
    debt_since: status === 'debt' ? now : null,
    day_key: cstDayKey(first.at),
  };
  const activates =
    covering?.activates && fare.day_ticket_applied
      ? { id: covering.ticket.id, at: covering.activates, ticket: covering.ticket }
      : null;
  return { row, activates };
}

const JOURNEY_COLS = [
  'id',
  'user_id',
  'rider_token',
  'kind',
  'entry_tap_id',
  'exit_tap_id',
  'entry_station',
  'exit_station',
  'entered_at',
  'exited_at',
  'status',
  'rule',
  'fare_fen',
  'full_fare_fen',
  'breakdown_json',
  'fare_version',
  'rider_category',
  'day_ticket_id',
  'operator_merchant_id',
  'debt_since',
  'day_key',
];

async function writeBatch(
  sql: Sql,
  journeys: JourneyRow[],
  tapJourney: [string, string][],
  activations: Map<string, Date>,
  now: Date,
) {
  if (!journeys.length) return;
  for (let i = 0; i < journeys.length; i += 300) {
    const part = journeys.slice(i, i + 300);
    // Sent with the next round trip (at the latest COMMIT) on MySQL.
    await sql.defer(
      `INSERT INTO transit_journeys (${JOURNEY_COLS.join(', ')}, paid_fen, refunded_fen, created_at, updated_at) VALUES ${rowsPlaceholder(part.length, JOURNEY_COLS.length + 4)}`,
      part.flatMap((j) => [...JOURNEY_COLS.map((c) => j[c]), 0, 0, now, now]),
    );
  }
  for (let i = 0; i < tapJourney.length; i += 500) {
    const part = tapJourney.slice(i, i + 500);
    // Sent with COMMIT on MySQL. A tap is never in two journeys: each is the entry, exit or
    // on-board tap of one (unique in transit_journeys), so a pairing that raced another collides there.
    await sql.defer(
      `UPDATE transit_taps SET journey_id = CASE id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE journey_id IS NULL AND id IN (${part.map(() => '?').join(',')})`,
      [...part.flat(), ...part.map(([t]) => t)],
    );
  }
  for (const [id, at] of activations) {
    await sql.defer(
      'UPDATE transit_day_tickets SET valid_from = ? WHERE id = ? AND (valid_from IS NULL OR valid_from > ?)',
      [at, id, at],
    );
  }
}
