import type { Db, Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import type { PaymentService } from '../bank-orders';
import { lastChargeGeneration, openAgreementCharges } from './charges';
import { fareRefusal, type FareVersions } from './fare-versions';
import { fareFor, FareInputError } from './fares';
import { moveJourney } from './journey-states';
import { riderByToken, setListed } from './riders';

// The service desk (乘客事务): a station agent fixes a journey that is still owed — adds the missing
// entry or exit (the journey is repriced by the table it was priced with, never today's, and the
// new fare is charged by agreement like any priced journey), writes an
// overtime or a fare off with a reason, or records a rider's verified category (student, senior).
// Every action is a row here and an audit entry, with the operator.

type DeskJourney = {
  id: string;
  user_id: string | null;
  rider_token: string;
  status: string;
  rule: string;
  operator_merchant_id: string;
  entry_station: string | null;
  exit_station: string | null;
  entered_at: Date | string | null;
  exited_at: Date | string | null;
  fare_fen: number | string;
  paid_fen: number | string;
  fare_version: number | string;
  rider_category: string;
};

export type DeskInput =
  | { action: 'add_missing_tap'; journey_id: string; station_id: string; at: string; reason: string }
  | { action: 'waive'; journey_id: string; reason: string }
  | { action: 'set_rider_category'; user_id: string; rider_category: string; reason: string };

type DeskDeps = { db: Db; clock: Clock; fares: FareVersions; orders: PaymentService };

export function createDesk(deps: DeskDeps) {
  return {
    act: (actor: Actor, input: DeskInput) => act(deps, actor, input),
    list: (f: DeskFilter) => list(deps.db, f),
  };
}

type DeskFilter = { journey_id?: string; limit: number };

async function act({ db, clock, fares, orders }: DeskDeps, actor: Actor, input: DeskInput) {
  const now = clock.now();
  const chargeIds = await db.tx(async (sql): Promise<string[]> => {
    if (input.action === 'add_missing_tap') return addMissingTap(fares, sql, actor, input, now);
    if (input.action === 'waive') await waive(sql, actor, input, now);
    else await setRiderCategory(fares, sql, actor, input, now);
    return [];
  });
  // The repriced fare goes to the bank once the desk's transaction is committed (as at a gate).
  if (chargeIds.length) await orders.submit(chargeIds);
  return list(db, { journey_id: 'journey_id' in input ? input.journey_id : undefined, limit: 1 });
}

async function waive(sql: Sql, actor: Actor, input: Extract<DeskInput, { action: 'waive' }>, now: Date) {
  const j = await journeyOrThrow(sql, input.journey_id);
  if (!(await moveJourney(sql, j.id, 'waive', {}, now)))
    throw refused('JOURNEY_STATE', '只能核销欠费中的行程');
  await record(sql, actor, input, -Number(j.fare_fen), { waived_fen: Number(j.fare_fen), rule: j.rule }, now);
  return unlistIfClear(sql, j, now);
}

async function setRiderCategory(
  fares: FareVersions,
  sql: Sql,
  actor: Actor,
  input: Extract<DeskInput, { action: 'set_rider_category' }>,
  now: Date,
) {
  const t = await fares.current(sql);
  if (!t.rules.rider_categories.some((c) => c.id === input.rider_category))
    throw refused('UNKNOWN_RIDER_CATEGORY', '未知乘客类别');
  const r = await sql.exec('UPDATE transit_riders SET rider_category = ? WHERE user_id = ?', [
    input.rider_category,
    input.user_id,
  ]);
  if (r.affectedRows !== 1) throw notFound('乘客');
  await record(sql, actor, input, 0, { rider_category: input.rider_category }, now);
}

async function list(db: Db, f: DeskFilter) {
  const rows = await db.query<{
    id: string;
    operator_id: string;
    action: string;
    journey_id: string | null;
    user_id: string | null;
    amount_fen: unknown;
    reason: string;
    details_json: string;
    created_at: Date | string;
  }>(
    `SELECT * FROM transit_desk_actions ${f.journey_id ? 'WHERE journey_id = ?' : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
    f.journey_id ? [f.journey_id, f.limit] : [f.limit],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      operator_id: r.operator_id,
      action: r.action,
      journey_id: r.journey_id,
      user_id: r.user_id,
      amount_fen: Number(r.amount_fen),
      reason: r.reason,
      details: JSON.parse(r.details_json) as Record<string, unknown>,
      created_at: toRfc3339(r.created_at)!,
    })),
  };
}

async function journeyOrThrow(sql: Sql, id: string) {
  const j = (await sql.query<DeskJourney>('SELECT * FROM transit_journeys WHERE id = ?', [id]))[0];
  if (!j) throw notFound('行程');
  return j;
}

async function record(sql: Sql, actor: Actor, input: DeskInput, amount: number, details: unknown, now: Date) {
  const id = newId('tda');
  const journeyId = 'journey_id' in input ? input.journey_id : null;
  const userId = 'user_id' in input ? input.user_id : null;
  await sql.exec(
    'INSERT INTO transit_desk_actions (id, operator_id, action, journey_id, user_id, amount_fen, reason, details_json, created_at) VALUES (?,?,?,?,?,?,?,?,?)',
    [
      id,
      `${actor.type}:${actor.id}`,
      input.action,
      journeyId,
      userId,
      amount,
      input.reason,
      JSON.stringify(details),
      now,
    ],
  );
  await recordAudit(
    sql,
    {
      actor,
      action: `transit.desk.${input.action}`,
      entity_type: journeyId ? 'transit_journey' : 'transit_rider',
      entity_id: journeyId ?? userId ?? '',
      changes: details as Record<string, unknown>,
      comment: input.reason,
    },
    now,
  );
  return id;
}

/** Clears the blacklist entry when the rider owes nothing more. */
async function unlistIfClear(sql: Sql, j: DeskJourney, now: Date) {
  const left = await sql.query(
    "SELECT id FROM transit_journeys WHERE rider_token = ? AND status = 'debt' LIMIT 1",
    [j.rider_token],
  );
  if (!left.length) await setListed(sql, j.rider_token, false, 'desk_cleared', now);
}

async function addMissingTap(
  fares: FareVersions,
  sql: Sql,
  actor: Actor,
  input: Extract<DeskInput, { action: 'add_missing_tap' }>,
  now: Date,
): Promise<string[]> {
  const j = await journeyOrThrow(sql, input.journey_id);
  if (j.status !== 'debt') throw refused('JOURNEY_STATE', '只能处理欠费中的行程（已支付的行程请走退款）');
  if (j.rule !== 'unpaired_entry' && j.rule !== 'unpaired_exit')
    throw refused('JOURNEY_STATE', '该行程进出站记录完整');
  const fare = await repriceWithTap(fares, sql, j, input);
  const chargeIds = await settleRepriced(sql, j, fare.set, now);
  await record(
    sql,
    actor,
    input,
    fare.fare_fen - Number(j.fare_fen),
    {
      before_fen: Number(j.fare_fen),
      after_fen: fare.fare_fen,
      rule: fare.rule,
      station_id: input.station_id,
      at: input.at,
    },
    now,
  );
  if (fare.fare_fen === 0) await unlistIfClear(sql, j, now);
  return chargeIds;
}

/** The journey with the added tap, priced by the table it was first priced with. */
async function repriceWithTap(
  fares: FareVersions,
  sql: Sql,
  j: DeskJourney,
  input: Extract<DeskInput, { action: 'add_missing_tap' }>,
) {
  const table = await fares.table(sql, Number(j.fare_version));
  const at = new Date(input.at);
  const known = {
    station: (j.entry_station ?? j.exit_station)!,
    at: new Date((j.entered_at ?? j.exited_at)!),
  };
  const entry = j.rule === 'unpaired_exit' ? { station: input.station_id, at } : known;
  const exit = j.rule === 'unpaired_entry' ? { station: input.station_id, at } : known;
  if (exit.at < entry.at) throw refused('TAP_ORDER', '出站时间不能早于进站时间');
  let fare;
  try {
    fare = fareFor(table, { entry, exit, rider_category: j.rider_category });
  } catch (err) {
    if (err instanceof FareInputError) throw fareRefusal(err);
    throw err;
  }
  const set = {
    entry_station: entry.station,
    exit_station: exit.station,
    entered_at: entry.at,
    exited_at: exit.at,
    rule: fare.rule,
    fare_fen: fare.fare_fen,
    full_fare_fen: fare.full_fare_fen,
    breakdown_json: JSON.stringify(fare.breakdown),
  };
  return { ...fare, set };
}

/**
 * A repriced debt: nothing to pay is settled; a fare is charged by agreement through the same
 * charge as at a gate (the next generation of the journey's charges); a rider without an agreement
 * or a bound wallet keeps owing it.
 */
async function settleRepriced(
  sql: Sql,
  j: DeskJourney,
  set: Record<string, unknown> & { fare_fen: number },
  now: Date,
): Promise<string[]> {
  if (set.fare_fen === 0) {
    await moveJourney(sql, j.id, 'reprice_settled', set, now);
    return [];
  }
  const rider = await riderByToken(sql, j.rider_token);
  if (rider?.agreement_no && rider.wallet_id) {
    const generation = (await lastChargeGeneration(sql, j.id)) + 1;
    if (!(await moveJourney(sql, j.id, 'charge', set, now)))
      throw refused('PAYMENT_IN_PROGRESS', '该行程有一笔支付正在处理，请稍候');
    const due = set.fare_fen - Number(j.paid_fen);
    return openAgreementCharges(
      sql,
      [
        {
          journey_id: j.id,
          amount_fen: due,
          operator_merchant_id: j.operator_merchant_id,
          rider,
          generation,
        },
      ],
      now,
    );
  }
  const cols = Object.keys(set);
  await sql.exec(
    `UPDATE transit_journeys SET ${cols.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ? AND status = 'debt'`,
    [...cols.map((c) => set[c]), now, j.id],
  );
  return [];
}

export type Desk = ReturnType<typeof createDesk>;
