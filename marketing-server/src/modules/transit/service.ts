import type { Db } from '../../db/sql';
import { notFound } from '../../shared/domain-error';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { CashierService } from '../cashier';
import type { WalletService } from '../wallet';
import { createCharges, type Charges } from './charges';
import { createDesk } from './desk';
import { createFareVersions, fareRefusal, type FareVersions } from './fare-versions';
import { fareFor, FareInputError, type JourneyInput } from './fares';
import { createGates } from './gates';
import { gtfsFaresV2 } from './gtfs';
import { GUANGZHOU_NETWORK, GUANGZHOU_RULES, METRO_MERCHANT_ID, TRAM_MERCHANT_ID } from './guangzhou';
import { stationIndex } from './network';
import { createRiders, type Riders } from './riders';
import { createTickets } from './tickets';

// Rail transit and tram with e-CNY: the parts wired together, and the read side (journeys, debts,
// daily figures). See README "Transit" for the flow.

export type TransitDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  wallet: WalletService;
  cashier: CashierService;
  /** Signs TVM paper tickets (HMAC). */
  codeSecret: string;
  debtGraceMs?: number;
};

type JourneyRow = {
  id: string;
  user_id: string | null;
  kind: string;
  entry_station: string | null;
  exit_station: string | null;
  entered_at: Date | string | null;
  exited_at: Date | string | null;
  status: string;
  rule: string;
  fare_fen: number | string;
  full_fare_fen: number | string;
  paid_fen: number | string;
  breakdown_json: string;
  fare_version: number | string;
  rider_category: string;
  day_ticket_id: string | null;
  operator_merchant_id: string;
  debt_since: Date | string | null;
  created_at: Date | string;
};

export function journeyDto(j: JourneyRow, names: Map<string, string>) {
  return {
    id: j.id,
    kind: j.kind,
    entry_station: j.entry_station,
    entry_station_name: j.entry_station ? (names.get(j.entry_station) ?? j.entry_station) : null,
    exit_station: j.exit_station,
    exit_station_name: j.exit_station ? (names.get(j.exit_station) ?? j.exit_station) : null,
    entered_at: toRfc3339(j.entered_at),
    exited_at: toRfc3339(j.exited_at),
    status: j.status,
    rule: j.rule,
    fare_fen: Number(j.fare_fen),
    full_fare_fen: Number(j.full_fare_fen),
    paid_fen: Number(j.paid_fen),
    owed_fen: j.status === 'debt' || j.status === 'charging' ? Number(j.fare_fen) - Number(j.paid_fen) : 0,
    breakdown: JSON.parse(j.breakdown_json) as { code: string; label: string; amount_fen: number }[],
    fare_version: Number(j.fare_version),
    rider_category: j.rider_category,
    day_ticket_id: j.day_ticket_id,
    debt_since: toRfc3339(j.debt_since),
    created_at: toRfc3339(j.created_at)!,
  };
}

export function createTransitService(deps: TransitDeps) {
  const { db, clock, logger, orders, wallet, cashier } = deps;
  const fares = createFareVersions({ db, clock });
  const riders = createRiders({ db, clock, wallet });
  const charges = createCharges({ db, clock, logger, orders, graceMs: deps.debtGraceMs });
  const gates = createGates({ db, clock, logger, fares, riders, orders });
  const tickets = createTickets({ db, clock, logger, fares, cashier, codeSecret: deps.codeSecret });
  const desk = createDesk({ db, clock, fares, orders });
  const parts: TransitParts = { db, clock, fares, riders, charges };
  const withParts =
    <A extends unknown[], R>(f: (p: TransitParts, ...args: A) => R) =>
    (...args: A) =>
      f(parts, ...args);

  async function sweep() {
    await gates.sweepUnpaired();
    await charges.listOverdue();
    await tickets.sweep();
  }

  return {
    fares,
    riders,
    charges,
    gates,
    tickets,
    desk,
    ensureExample: withParts(ensureExample),
    preview: withParts(preview),
    network: withParts(network),
    gtfs: withParts(gtfs),
    myJourneys: withParts(myJourneys),
    myJourney: withParts(myJourney),
    listJourneys: withParts(listJourneys),
    myStatus: withParts(myStatus),
    dailyFigures: withParts(dailyFigures),
    sweep,
  };
}

/** The wired parts the read side (journeys, debts, daily figures) and the fare previews use. */
type TransitParts = {
  db: Db;
  clock: Clock;
  fares: FareVersions;
  riders: Riders;
  charges: Charges;
};

async function stationNames({ fares }: TransitParts) {
  const t = await fares.current();
  return new Map(t.network.stations.map((s) => [s.id, s.name]));
}

/** The demo operators and the example fare table, on first start. */
async function ensureExample({ db, clock, fares }: TransitParts) {
  const now = clock.now();
  for (const [id, name] of [
    [METRO_MERCHANT_ID, '广州地铁集团（演示）'],
    [TRAM_MERCHANT_ID, '广州有轨电车（演示）'],
  ]) {
    const m = await db.query('SELECT id FROM merchants WHERE id = ?', [id]);
    if (!m.length)
      await db.exec('INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)', [
        id,
        name,
        'transit',
        now,
        now,
      ]);
  }
  await fares.ensureExample(GUANGZHOU_NETWORK, GUANGZHOU_RULES);
}

async function preview({ db, fares }: TransitParts, input: { version?: number; journey: JourneyInput }) {
  const t = input.version ? await fares.table(db, input.version) : await fares.current();
  try {
    return { fare_version: t.version, ...fareFor(t, input.journey) };
  } catch (err) {
    if (err instanceof FareInputError) throw fareRefusal(err);
    throw err;
  }
}

async function network({ db, fares }: TransitParts, version?: number) {
  const t = version ? await fares.table(db, version) : await fares.current();
  const idx = stationIndex(t.network);
  return {
    fare_version: t.version,
    hash: t.hash,
    name: t.network.name,
    lines: t.network.lines.map((l) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      area: l.area,
      operator_merchant_id: l.operator_merchant_id,
      stations: l.stations,
      length_m: l.segments_m.reduce((a, b) => a + b, 0),
    })),
    stations: [...idx.values()],
    rules: t.rules,
    area_max_fen: t.area_max_fen,
    area_min_fen: t.area_min_fen,
  };
}

async function gtfs({ db, fares }: TransitParts, version?: number) {
  const t = version ? await fares.table(db, version) : await fares.current();
  return { fare_version: t.version, files: gtfsFaresV2(t) };
}

async function myJourneys(parts: TransitParts, userId: string, limit: number) {
  const { db } = parts;
  const rows = await db.query<JourneyRow>(
    'SELECT * FROM transit_journeys WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    [userId, limit],
  );
  const n = await stationNames(parts);
  return { items: rows.map((r) => journeyDto(r, n)) };
}

async function myJourney(parts: TransitParts, userId: string, id: string) {
  const { db, charges } = parts;
  const j = (await db.query<JourneyRow>('SELECT * FROM transit_journeys WHERE id = ?', [id]))[0];
  if (!j || j.user_id !== userId) throw notFound('行程');
  return { journey: journeyDto(j, await stationNames(parts)), charges: await charges.chargesOf(id) };
}

type JourneyFilter = { status?: string; station?: string; day?: string; limit: number };

async function listJourneys(parts: TransitParts, f: JourneyFilter) {
  const { db } = parts;
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.station) {
    where.push('(entry_station = ? OR exit_station = ?)');
    params.push(f.station, f.station);
  }
  if (f.day) {
    where.push('day_key = ?');
    params.push(f.day);
  }
  const rows = await db.query<JourneyRow>(
    `SELECT * FROM transit_journeys ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
    [...params, f.limit],
  );
  const n = await stationNames(parts);
  return { items: rows.map((r) => ({ ...journeyDto(r, n), user_id: r.user_id })) };
}

async function myStatus({ db, riders }: TransitParts, userId: string) {
  const r = await riders.find(userId);
  const owed = await db.query<{ s: unknown; c: unknown }>(
    "SELECT SUM(fare_fen - paid_fen) AS s, COUNT(*) AS c FROM transit_journeys WHERE user_id = ? AND status = 'debt'",
    [userId],
  );
  return {
    enrolled: Boolean(r?.agreement_no),
    rider_category: r?.rider_category ?? null,
    agreement_no: r?.agreement_no ?? null,
    agreement_signed_at: toRfc3339(r?.agreement_signed_at ?? null),
    debt_fen: Number(owed[0]?.s ?? 0),
    debts: Number(owed[0]?.c ?? 0),
  };
}

/** Per station and CST day: journeys entered, fares priced, collected, owed. */
async function dailyFigures(parts: TransitParts, day: string) {
  const { db } = parts;
  const rows = await db.query<{
    station: string;
    journeys: unknown;
    priced: unknown;
    paid: unknown;
    owed: unknown;
  }>(
    `SELECT COALESCE(entry_station, exit_station) AS station, COUNT(*) AS journeys, SUM(fare_fen) AS priced, SUM(paid_fen) AS paid,
            SUM(CASE WHEN status = 'debt' THEN fare_fen - paid_fen ELSE 0 END) AS owed
     FROM transit_journeys WHERE day_key = ? GROUP BY COALESCE(entry_station, exit_station) ORDER BY station`,
    [day],
  );
  const n = await stationNames(parts);
  return {
    day,
    items: rows.map((r) => ({
      station: r.station,
      station_name: n.get(r.station) ?? r.station,
      journeys: Number(r.journeys),
      priced_fen: Number(r.priced ?? 0),
      paid_fen: Number(r.paid ?? 0),
      owed_fen: Number(r.owed ?? 0),
    })),
  };
}

export type TransitService = ReturnType<typeof createTransitService>;
