import type { Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { num, type HwDeps } from './deps';

// Stock of blank cards and its distribution (issue 18 item 2). Stock locations are data: the
// warehouse a production batch enters, bank branches and vending machines. A distribution order
// moves a range or a quantity of personalised blank cards from one location to another:
//
//   created ──dispatch (another officer)──▶ in_transit ──receive (count = quantity)──▶ received
//      └──cancel──▶ cancelled                     └──receive (short)──▶ discrepancy ──resolve (another officer)──▶ received
//
// The cards are reserved by the order when it is created (no second order, no issue can take them),
// travel as location `in_transit` (nowhere to issue from) and enter the destination's stock only when
// the count checks. A short receipt is never accepted silently: the order waits as a discrepancy until
// a second person decides — the cards were found after all, or the named missing cards are written off
// (location `missing`, they can never be issued) and the rest enter the destination's stock.

export type LocationKind = 'warehouse' | 'branch' | 'vending';
export type DistributionStatus = 'created' | 'in_transit' | 'received' | 'discrepancy' | 'cancelled';
type DistributionTransition = 'dispatch' | 'cancel' | 'receive' | 'receive_short' | 'resolve';

export const DISTRIBUTION_TRANSITIONS: Record<
  DistributionTransition,
  { from: DistributionStatus[]; to: DistributionStatus }
> = {
  dispatch: { from: ['created'], to: 'in_transit' },
  cancel: { from: ['created'], to: 'cancelled' },
  receive: { from: ['in_transit'], to: 'received' },
  receive_short: { from: ['in_transit'], to: 'discrepancy' },
  resolve: { from: ['discrepancy'], to: 'received' },
};

/** Where a card is while it travels, and where a written-off card is: neither is a stock location. */
export const IN_TRANSIT = 'in_transit';
export const MISSING = 'missing';

type LocationRow = {
  id: string;
  kind: LocationKind;
  name: string;
  terminal_id: string | null;
  created_at: Date | string;
};
type DistributionRow = {
  id: string;
  from_location: string;
  to_location: string;
  status: DistributionStatus;
  quantity: number;
  beg_no: string;
  end_no: string;
  received_count: number | null;
  missing_card_nos: string | null;
  note: string | null;
  created_by: string;
  dispatched_by: string | null;
  received_by: string | null;
  resolved_by: string | null;
  created_at: Date | string;
  dispatched_at: Date | string | null;
  received_at: Date | string | null;
  resolved_at: Date | string | null;
  updated_at: Date | string;
};

export async function locationById(sql: Sql, id: string): Promise<LocationRow> {
  const r = (await sql.query<LocationRow>('SELECT * FROM hw_locations WHERE id = ?', [id]))[0];
  if (!r) throw notFound('库存地点');
  return r;
}

const locationDto = (l: LocationRow) => ({
  id: l.id,
  kind: l.kind,
  name: l.name,
  terminal_id: l.terminal_id,
  created_at: toRfc3339(l.created_at)!,
});

export async function createLocation(
  deps: HwDeps,
  actor: Actor,
  b: { kind: 'branch' | 'vending'; name: string; terminal_id?: string },
) {
  const now = deps.clock.now();
  const id = newId('hwl');
  await deps.db.tx(async (sql) => {
    if ((await sql.query('SELECT id FROM hw_locations WHERE name = ?', [b.name])).length)
      throw refused('LOCATION_NAME_TAKEN', '已有同名库存地点');
    if (b.terminal_id) {
      const t = await sql.query<{ kind: string }>('SELECT kind FROM hw_terminals WHERE id = ?', [
        b.terminal_id,
      ]);
      if (!t[0]) throw notFound('终端');
      if (t[0].kind !== 'vending')
        throw refused('LOCATION_TERMINAL_INVALID', '只有自助售卡机终端可作为售卡地点');
    }
    await sql.exec(
      'INSERT INTO hw_locations (id, kind, name, terminal_id, created_by, created_at) VALUES (?,?,?,?,?,?)',
      [id, b.kind, b.name, b.terminal_id ?? null, actor.id, now],
    );
    await recordAudit(
      sql,
      { actor, action: 'hw_location.create', entity_type: 'hw_location', entity_id: id, changes: b },
      now,
    );
  });
  return locationDto(await locationById(deps.db, id));
}

/** The stock location a vending terminal sells from (null: the terminal is no card-selling machine). */
export async function locationOfTerminal(sql: Sql, terminalId: string): Promise<LocationRow | null> {
  return (
    (await sql.query<LocationRow>('SELECT * FROM hw_locations WHERE terminal_id = ?', [terminalId]))[0] ??
    null
  );
}

export async function listLocations(deps: HwDeps) {
  const rows = await deps.db.query<LocationRow>('SELECT * FROM hw_locations ORDER BY created_at, id');
  return rows.map(locationDto);
}

/** Stock per location: blank cards ready to issue, reserved by an open order, and the rest by state. */
export async function stock(deps: HwDeps) {
  const locations = await listLocations(deps);
  const rows = await deps.db.query<{ location: string; status: string; reserved: unknown; n: unknown }>(
    `SELECT location, status, CASE WHEN distribution_id IS NULL THEN 0 ELSE 1 END AS reserved, COUNT(*) AS n
       FROM hw_cards GROUP BY location, status, CASE WHEN distribution_id IS NULL THEN 0 ELSE 1 END`,
  );
  const of = (loc: string) => rows.filter((r) => r.location === loc);
  const summary = (loc: string) => {
    const mine = of(loc);
    const blank = mine.filter((r) => r.status === 'personalized');
    return {
      available: blank.filter((r) => !num(r.reserved)).reduce((s, r) => s + num(r.n), 0),
      reserved: blank.filter((r) => num(r.reserved)).reduce((s, r) => s + num(r.n), 0),
      by_status: mine.reduce<Record<string, number>>((acc, r) => {
        acc[r.status] = (acc[r.status] ?? 0) + num(r.n);
        return acc;
      }, {}),
    };
  };
  return {
    items: locations.map((l) => ({ location: l, ...summary(l.id) })),
    in_transit: of(IN_TRANSIT).reduce((s, r) => s + num(r.n), 0),
    missing: of(MISSING).reduce((s, r) => s + num(r.n), 0),
  };
}

async function distributionRow(sql: Sql, id: string, lock = false): Promise<DistributionRow> {
  const r = (
    await sql.query<DistributionRow>(
      `SELECT * FROM hw_distributions WHERE id = ?${lock && sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
      [id],
    )
  )[0];
  if (!r) throw notFound('调拨单');
  return {
    ...r,
    quantity: num(r.quantity),
    received_count: r.received_count === null ? null : num(r.received_count),
  };
}

async function distributionDto(sql: Sql, d: DistributionRow) {
  const names = new Map(
    (
      await sql.query<{ id: string; name: string }>('SELECT id, name FROM hw_locations WHERE id IN (?,?)', [
        d.from_location,
        d.to_location,
      ])
    ).map((l) => [l.id, l.name]),
  );
  const people = [d.created_by, d.dispatched_by, d.received_by, d.resolved_by].filter(
    (v): v is string => !!v,
  );
  const who = new Map(
    (
      await sql.query<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM admin_users WHERE id IN (${people.map(() => '?').join(',')})`,
        people,
      )
    ).map((a) => [a.id, a.display_name]),
  );
  const name = (id: string | null) => (id ? (who.get(id) ?? (id.startsWith('seed') ? '系统' : id)) : null);
  return {
    id: d.id,
    from_location: d.from_location,
    from_name: names.get(d.from_location) ?? d.from_location,
    to_location: d.to_location,
    to_name: names.get(d.to_location) ?? d.to_location,
    status: d.status,
    quantity: d.quantity,
    beg_no: d.beg_no,
    end_no: d.end_no,
    received_count: d.received_count,
    shortfall: d.received_count === null ? 0 : d.quantity - d.received_count,
    missing_card_nos: d.missing_card_nos ? (JSON.parse(d.missing_card_nos) as string[]) : [],
    note: d.note,
    created_by: d.created_by,
    dispatched_by: d.dispatched_by,
    received_by: d.received_by,
    resolved_by: d.resolved_by,
    created_by_name: name(d.created_by)!,
    dispatched_by_name: name(d.dispatched_by),
    received_by_name: name(d.received_by),
    resolved_by_name: name(d.resolved_by),
    created_at: toRfc3339(d.created_at)!,
    dispatched_at: toRfc3339(d.dispatched_at),
    received_at: toRfc3339(d.received_at),
    resolved_at: toRfc3339(d.resolved_at),
  };
}

export async function getDistribution(deps: HwDeps, id: string) {
  return distributionDto(deps.db, await distributionRow(deps.db, id));
}

export async function listDistributions(deps: HwDeps, status?: DistributionStatus) {
  const rows = await deps.db.query<DistributionRow>(
    `SELECT * FROM hw_distributions ${status ? 'WHERE status = ?' : ''} ORDER BY created_at DESC LIMIT 200`,
    status ? [status] : [],
  );
  return Promise.all(rows.map((r) => distributionDto(deps.db, { ...r, quantity: num(r.quantity) })));
}

/** The one function that moves an order along its table (false: it was not in a `from` state). */
async function moveDistribution(
  sql: Sql,
  id: string,
  t: DistributionTransition,
  now: Date,
  patch: Record<string, unknown> = {},
) {
  const { from, to } = DISTRIBUTION_TRANSITIONS[t];
  const keys = Object.keys(patch);
  const res = await sql.exec(
    `UPDATE hw_distributions SET status = ?, updated_at = ?${keys.map((k) => `, ${k} = ?`).join('')}
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, ...keys.map((k) => patch[k]), id, ...from],
  );
  if (res.affectedRows !== 1) {
    const d = await distributionRow(sql, id);
    throw refused('DISTRIBUTION_STATE_INVALID', `调拨单当前状态（${d.status}）不允许此操作`, {
      status: d.status,
    });
  }
}

export type DistributionInput = {
  from_location: string;
  to_location: string;
  /** A number range (every card in it must be in stock at the source), or a quantity (lowest numbers first). */
  beg_no?: string;
  end_no?: string;
  quantity?: number;
  note?: string;
};

/** Picks the blank cards for an order at its source, in card-number order. */
async function pickCards(sql: Sql, b: DistributionInput) {
  const free = `location = ? AND status = 'personalized' AND distribution_id IS NULL`;
  if (b.beg_no !== undefined && b.end_no !== undefined) {
    if (b.beg_no.length !== b.end_no.length || BigInt(b.end_no) < BigInt(b.beg_no))
      throw refused('CARD_RANGE_INVALID', '卡号段无效');
    const want = Number(BigInt(b.end_no) - BigInt(b.beg_no)) + 1;
    if (want > 5000) throw refused('CARD_RANGE_INVALID', '单张调拨单最多 5000 张');
    const rows = await sql.query<{ id: string; card_no: string }>(
      `SELECT id, card_no FROM hw_cards WHERE ${free} AND card_no >= ? AND card_no <= ? AND LENGTH(card_no) = ? ORDER BY card_no`,
      [b.from_location, b.beg_no, b.end_no, b.beg_no.length],
    );
    if (rows.length < want)
      throw refused('STOCK_INSUFFICIENT', `该号段在调出地点仅有 ${rows.length} 张可调拨（共 ${want} 张）`, {
        available: rows.length,
      });
    return rows;
  }
  if (!b.quantity) throw refused('DISTRIBUTION_SCOPE_REQUIRED', '须指定卡号段或数量');
  const rows = await sql.query<{ id: string; card_no: string }>(
    `SELECT id, card_no FROM hw_cards WHERE ${free} ORDER BY card_no LIMIT ?`,
    [b.from_location, b.quantity],
  );
  if (rows.length < b.quantity)
    throw refused('STOCK_INSUFFICIENT', `库存不足：调出地点仅有 ${rows.length} 张可调拨`, {
      available: rows.length,
    });
  return rows;
}

/** A distribution order: the cards are reserved at the source until it is dispatched or cancelled. */
export async function createDistribution(deps: HwDeps, actor: Actor, b: DistributionInput) {
  if (b.from_location === b.to_location) throw refused('DISTRIBUTION_SAME_LOCATION', '调出与调入地点相同');
  const now = deps.clock.now();
  const id = newId('hwd');
  await deps.db.tx(async (sql) => {
    await locationById(sql, b.from_location);
    await locationById(sql, b.to_location);
    const cards = await pickCards(sql, b);
    for (let i = 0; i < cards.length; i += 500) {
      const chunk = cards.slice(i, i + 500);
      const res = await sql.exec(
        `UPDATE hw_cards SET distribution_id = ?, updated_at = ? WHERE distribution_id IS NULL AND location = ? AND id IN (${chunk.map(() => '?').join(',')})`,
        [id, now, b.from_location, ...chunk.map((c) => c.id)],
      );
      // Another order (or an issue) took one of them meanwhile: nothing of this order stays.
      if (res.affectedRows !== chunk.length)
        throw refused('STOCK_INSUFFICIENT', '部分卡片刚被其他调拨单占用，请重试');
    }
    await sql.exec(
      `INSERT INTO hw_distributions (id, from_location, to_location, status, quantity, beg_no, end_no, note, created_by, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      [
        id,
        b.from_location,
        b.to_location,
        'created',
        cards.length,
        cards[0].card_no,
        cards[cards.length - 1].card_no,
        b.note ?? null,
        actor.id,
        now,
        now,
      ],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_distribution.create',
        entity_type: 'hw_distribution',
        entity_id: id,
        changes: { ...b, quantity: cards.length },
      },
      now,
    );
  });
  return getDistribution(deps, id);
}

/** The checker releases the order: its cards leave the source (maker-checker: not the one who made it). */
export async function dispatchDistribution(deps: HwDeps, actor: Actor, id: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const d = await distributionRow(sql, id, true);
    if (d.created_by === actor.id) throw refused('SAME_PERSON', '调拨单须由另一人复核出库');
    await moveDistribution(sql, id, 'dispatch', now, { dispatched_by: actor.id, dispatched_at: now });
    await sql.exec('UPDATE hw_cards SET location = ?, updated_at = ? WHERE distribution_id = ?', [
      IN_TRANSIT,
      now,
      id,
    ]);
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_distribution.dispatch',
        entity_type: 'hw_distribution',
        entity_id: id,
        changes: {},
      },
      now,
    );
  });
  return getDistribution(deps, id);
}

export async function cancelDistribution(deps: HwDeps, actor: Actor, id: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await moveDistribution(sql, id, 'cancel', now);
    await sql.exec('UPDATE hw_cards SET distribution_id = NULL, updated_at = ? WHERE distribution_id = ?', [
      now,
      id,
    ]);
    await recordAudit(
      sql,
      { actor, action: 'hw_distribution.cancel', entity_type: 'hw_distribution', entity_id: id, changes: {} },
      now,
    );
  });
  return getDistribution(deps, id);
}

async function arrive(sql: Sql, d: DistributionRow, now: Date, missing: string[] = []) {
  if (missing.length)
    await sql.exec(
      `UPDATE hw_cards SET location = ?, distribution_id = NULL, updated_at = ? WHERE distribution_id = ? AND card_no IN (${missing.map(() => '?').join(',')})`,
      [MISSING, now, d.id, ...missing],
    );
  await sql.exec(
    'UPDATE hw_cards SET location = ?, distribution_id = NULL, updated_at = ? WHERE distribution_id = ?',
    [d.to_location, now, d.id],
  );
}

/**
 * The destination counts what arrived. The count matching the order puts the cards in its stock; a
 * short count holds the whole order as a discrepancy (the cards stay in transit, issuable nowhere)
 * for a second person; a count above the order is an input error.
 */
export async function receiveDistribution(
  deps: HwDeps,
  actor: Actor,
  id: string,
  b: { received_count: number; missing_card_nos?: string[]; note?: string },
) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const d = await distributionRow(sql, id, true);
    if (b.received_count > d.quantity)
      throw refused(
        'DISTRIBUTION_COUNT_INVALID',
        `实收数量（${b.received_count}）超过调拨数量（${d.quantity}）`,
      );
    const short = b.received_count < d.quantity;
    const patch = {
      received_by: actor.id,
      received_at: now,
      received_count: b.received_count,
      missing_card_nos: short && b.missing_card_nos?.length ? JSON.stringify(b.missing_card_nos) : null,
      ...(b.note ? { note: b.note } : {}),
    };
    await moveDistribution(sql, id, short ? 'receive_short' : 'receive', now, patch);
    if (!short) await arrive(sql, d, now);
    await recordAudit(
      sql,
      {
        actor,
        action: short ? 'hw_distribution.receive_short' : 'hw_distribution.receive',
        entity_type: 'hw_distribution',
        entity_id: id,
        changes: { received_count: b.received_count, quantity: d.quantity },
      },
      now,
    );
  });
  return getDistribution(deps, id);
}

/**
 * A second person settles a short receipt: `found` (the recount found every card: all enter the
 * destination's stock), or `write_off` with exactly the missing card numbers (each one of this
 * order's): those are written off and can never be issued, the rest enter the destination's stock.
 */
export async function resolveDistribution(
  deps: HwDeps,
  actor: Actor,
  id: string,
  b: { outcome: 'found' | 'write_off'; missing_card_nos?: string[]; note: string },
) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const d = await distributionRow(sql, id, true);
    if (d.received_by === actor.id) throw refused('SAME_PERSON', '短收须由收货人以外的另一人复核');
    const missing = b.outcome === 'write_off' ? [...new Set(b.missing_card_nos ?? [])] : [];
    if (b.outcome === 'write_off') {
      const shortfall = d.quantity - (d.received_count ?? d.quantity);
      if (missing.length !== shortfall)
        throw refused('DISTRIBUTION_COUNT_INVALID', `须列出全部 ${shortfall} 张短少卡片的卡号`, {
          shortfall,
        });
      const mine = await sql.query<{ n: unknown }>(
        `SELECT COUNT(*) AS n FROM hw_cards WHERE distribution_id = ? AND card_no IN (${missing.map(() => '?').join(',')})`,
        [id, ...missing],
      );
      if (num(mine[0]?.n) !== missing.length)
        throw refused('DISTRIBUTION_COUNT_INVALID', '所列卡号不全属于本调拨单');
    }
    await moveDistribution(sql, id, 'resolve', now, {
      resolved_by: actor.id,
      resolved_at: now,
      missing_card_nos: missing.length ? JSON.stringify(missing) : null,
      note: b.note,
      ...(b.outcome === 'found' ? { received_count: d.quantity } : {}),
    });
    await arrive(sql, d, now, missing);
    await recordAudit(
      sql,
      {
        actor,
        action: `hw_distribution.resolve_${b.outcome}`,
        entity_type: 'hw_distribution',
        entity_id: id,
        changes: { missing_card_nos: missing, note: b.note },
      },
      now,
    );
  });
  return getDistribution(deps, id);
}
