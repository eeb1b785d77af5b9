import { createHmac, randomBytes } from 'node:crypto';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { isRefusal, notFound, refused, unauthenticated } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { verifySignedRequest } from '../../security/signed-request';
import { toRfc3339, type Clock } from '../../shared/time';
import type { CashierService } from '../cashier';
import { fareRefusal, type FareVersions } from './fare-versions';
import { singleFare, FareInputError } from './fares';

// Tickets bought through the cashier (its dynamic e-CNY QR and its order lifecycle): day tickets in
// the app, single-journey tickets at a TVM. We hold the ticket; the cashier holds the money. A
// ticket is issued only once its cashier order is paid (we ask the cashier; we never assume). A TVM
// that fails to dispense a paid ticket reports it and the order is refunded in full to the way it was
// paid — once: the refund's out_refund_no is the ticket's, so a repeat report reaches the same refund.

type DayTicketRow = {
  id: string;
  user_id: string;
  product_id: string;
  price_fen: number | string;
  order_id: string;
  status: 'awaiting_payment' | 'valid' | 'closed';
  valid_from: Date | string | null;
  created_at: Date | string;
  paid_at: Date | string | null;
};

type TvmTicketRow = {
  id: string;
  tvm_id: string;
  request_no: string;
  from_station: string;
  to_station: string;
  fare_fen: number | string;
  fare_version: number | string;
  order_id: string;
  status: 'awaiting_payment' | 'paid' | 'issued' | 'dispense_failed' | 'refunded' | 'closed' | 'used';
  ticket_code: string | null;
  refund_id: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export type TicketDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  fares: FareVersions;
  cashier: CashierService;
  codeSecret: string;
};

export function createTickets(deps: TicketDeps) {
  const withDeps =
    <A extends unknown[], R>(f: (d: TicketDeps, ...args: A) => R) =>
    (...args: A) =>
      f(deps, ...args);
  return {
    buyDayTicket: withDeps(buyDayTicket),
    myDayTickets: withDeps(myDayTickets),
    registerTvm: withDeps(registerTvm),
    tvmQuote: withDeps(tvmQuote),
    tvmStart: withDeps(tvmStart),
    tvmPoll: withDeps(tvmPoll),
    tvmDispensed: withDeps(tvmDispensed),
    sweep: withDeps(sweep),
    listTvmTickets: withDeps(listTvmTickets),
    listTvms: withDeps(listTvms),
  };
}

async function merchantOfMetro(deps: TicketDeps) {
  const t = await deps.fares.current();
  return (
    t.network.lines.find((l) => l.kind === 'metro')?.operator_merchant_id ??
    t.network.lines[0].operator_merchant_id
  );
}

// ---- day tickets ------------------------------------------------------------------------------

async function dayTicketDto(deps: TicketDeps, d: DayTicketRow) {
  const t = await deps.fares.current();
  const p = t.rules.day_tickets.find((x) => x.id === d.product_id);
  const from = d.valid_from ? new Date(d.valid_from) : null;
  const h = 3_600_000;
  const now = deps.clock.now();
  const validUntil = from && p ? new Date(from.getTime() + p.valid_hours * h) : null;
  const state = d.status !== 'valid' ? d.status : !from ? 'unused' : validUntil! > now ? 'in_use' : 'expired';
  return {
    id: d.id,
    product_id: d.product_id,
    name: p?.name ?? d.product_id,
    price_fen: Number(d.price_fen),
    order_id: d.order_id,
    status: d.status,
    state,
    valid_from: toRfc3339(from),
    valid_until: toRfc3339(validUntil),
    last_exit_by: toRfc3339(from && p ? new Date(from.getTime() + p.last_exit_hours * h) : null),
    created_at: toRfc3339(d.created_at)!,
    paid_at: toRfc3339(d.paid_at),
  };
}

/** Opens a day ticket and its cashier order (the Idempotency-Key is the order's out_trade_no). */
async function buyDayTicket(deps: TicketDeps, userId: string, productId: string, ticket: IdempotencyTicket) {
  const idemKey = ticket.key;
  const t = await deps.fares.current();
  const p = t.rules.day_tickets.find((x) => x.id === productId);
  if (!p) throw notFound('日票产品');
  const merchant = await merchantOfMetro(deps);
  const outTradeNo = `dt${createHmac('sha256', 'transit').update(`${userId}:${idemKey}`).digest('hex').slice(0, 30)}`;
  const o = await deps.cashier.createOrder(merchant, {
    out_trade_no: outTradeNo,
    amount_fen: p.price_fen,
    description: `地铁${p.name}`,
  });
  const existing = (
    await deps.db.query<DayTicketRow>('SELECT * FROM transit_day_tickets WHERE order_id = ?', [o.order.id])
  )[0];
  if (existing) {
    if (existing.user_id !== userId) throw notFound('日票');
    const again = { ticket: await dayTicketDto(deps, existing), qr_payload: o.qr_payload };
    await deps.db.tx((sql) => ticket.record(sql, again, deps.clock.now()));
    return again;
  }
  const id = newId('tdt');
  try {
    await deps.db.exec(
      "INSERT INTO transit_day_tickets (id, user_id, product_id, price_fen, order_id, status, created_at) VALUES (?,?,?,?,?,'awaiting_payment',?)",
      [id, userId, p.id, p.price_fen, o.order.id, deps.clock.now()],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const row = (
    await deps.db.query<DayTicketRow>('SELECT * FROM transit_day_tickets WHERE order_id = ?', [o.order.id])
  )[0];
  const body = { ticket: await dayTicketDto(deps, row), qr_payload: o.qr_payload };
  await deps.db.tx((sql) => ticket.record(sql, body, deps.clock.now()));
  return body;
}

/** A day ticket waiting for payment becomes valid once the cashier says its order is paid. */
async function refreshDayTicket(deps: TicketDeps, d: DayTicketRow): Promise<DayTicketRow> {
  if (d.status !== 'awaiting_payment') return d;
  const { order } = await deps.cashier.orderDetail(d.order_id);
  if (order.status === 'paid') {
    await deps.db.exec(
      "UPDATE transit_day_tickets SET status = 'valid', paid_at = ? WHERE id = ? AND status = 'awaiting_payment'",
      [order.paid_at ? new Date(order.paid_at) : deps.clock.now(), d.id],
    );
  } else if (
    order.status === 'closed' ||
    (order.status === 'created' && new Date(order.expires_at ?? 0) < deps.clock.now())
  ) {
    await deps.db.exec(
      "UPDATE transit_day_tickets SET status = 'closed' WHERE id = ? AND status = 'awaiting_payment'",
      [d.id],
    );
  }
  return (await deps.db.query<DayTicketRow>('SELECT * FROM transit_day_tickets WHERE id = ?', [d.id]))[0];
}

async function myDayTickets(deps: TicketDeps, userId: string) {
  const rows = await deps.db.query<DayTicketRow>(
    'SELECT * FROM transit_day_tickets WHERE user_id = ? ORDER BY created_at DESC LIMIT 50',
    [userId],
  );
  const fresh = [];
  for (const r of rows) fresh.push(await dayTicketDto(deps, await refreshDayTicket(deps, r)));
  return { items: fresh };
}

// ---- TVM --------------------------------------------------------------------------------------

async function tvmOrThrow(deps: TicketDeps, id: string, get: (h: string) => string, raw: string) {
  const m = (
    await deps.db.query<{ id: string; station_id: string; secret: string }>(
      'SELECT * FROM transit_tvms WHERE id = ?',
      [id],
    )
  )[0];
  if (!m) throw unauthenticated('未登记的售票机');
  const check = verifySignedRequest(m.secret, get, raw, deps.clock.now());
  if (!check.ok) throw unauthenticated(`售票机签名无效：${check.reason}`);
  return m;
}

async function registerTvm(deps: TicketDeps, stationId: string) {
  const t = await deps.fares.current();
  if (!t.station_area[stationId]) throw notFound('车站');
  const id = newId('tvm');
  const secret = randomBytes(24).toString('hex');
  await deps.db.exec('INSERT INTO transit_tvms (id, station_id, secret, created_at) VALUES (?,?,?,?)', [
    id,
    stationId,
    secret,
    deps.clock.now(),
  ]);
  return { id, station_id: stationId, secret };
}

async function tvmQuote(
  deps: TicketDeps,
  tvmId: string,
  get: (h: string) => string,
  raw: string,
  to: string,
) {
  const m = await tvmOrThrow(deps, tvmId, get, raw);
  const t = await deps.fares.current();
  try {
    return {
      from_station: m.station_id,
      to_station: to,
      fare_version: t.version,
      ...singleFare(t, m.station_id, to),
    };
  } catch (err) {
    if (err instanceof FareInputError) throw fareRefusal(err);
    throw err;
  }
}

const tvmDto = (r: TvmTicketRow) => ({
  id: r.id,
  request_no: r.request_no,
  from_station: r.from_station,
  to_station: r.to_station,
  fare_fen: Number(r.fare_fen),
  fare_version: Number(r.fare_version),
  order_id: r.order_id,
  status: r.status,
  ticket_code: r.status === 'paid' || r.status === 'issued' ? r.ticket_code : null,
  refund_id: r.refund_id,
  created_at: toRfc3339(r.created_at)!,
});

async function findTvmTicket(deps: TicketDeps, tvmId: string, id: string) {
  const r = (await deps.db.query<TvmTicketRow>('SELECT * FROM transit_tvm_tickets WHERE id = ?', [id]))[0];
  if (!r || r.tvm_id !== tvmId) throw notFound('车票');
  return r;
}

/** The passenger chose a destination: the fare and the cashier's dynamic QR (keyed by the TVM's request_no). */
async function tvmStart(
  deps: TicketDeps,
  tvmId: string,
  get: (h: string) => string,
  raw: string,
  input: { request_no: string; to_station: string },
) {
  const q = await tvmQuote(deps, tvmId, get, raw, input.to_station);
  const merchant = await merchantOfMetro(deps);
  const o = await deps.cashier.createOrder(merchant, {
    out_trade_no: `tvm${tvmId.slice(-12)}${input.request_no}`.slice(0, 64),
    amount_fen: q.fare_fen,
    description: `单程票 至 ${input.to_station}`,
  });
  const id = newId('ttk');
  const now = deps.clock.now();
  try {
    await deps.db.exec(
      `INSERT INTO transit_tvm_tickets (id, tvm_id, request_no, from_station, to_station, fare_fen, fare_version, order_id, status, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,'awaiting_payment',?,?)`,
      [
        id,
        tvmId,
        input.request_no,
        q.from_station,
        q.to_station,
        q.fare_fen,
        q.fare_version,
        o.order.id,
        now,
        now,
      ],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const r = (
    await deps.db.query<TvmTicketRow>(
      'SELECT * FROM transit_tvm_tickets WHERE tvm_id = ? AND request_no = ?',
      [tvmId, input.request_no],
    )
  )[0];
  return { ticket: tvmDto(r), qr_payload: o.qr_payload, distance_m: q.distance_m };
}

/** The TVM polls: paid at the cashier → the ticket's code is issued for the TVM to print. */
async function tvmPoll(deps: TicketDeps, tvmId: string, get: (h: string) => string, raw: string, id: string) {
  await tvmOrThrow(deps, tvmId, get, raw);
  let r = await findTvmTicket(deps, tvmId, id);
  if (r.status === 'awaiting_payment') {
    const { order } = await deps.cashier.orderDetail(r.order_id);
    if (order.status === 'paid') {
      const code = `TT1.${r.id}.${r.from_station}.${r.to_station}`;
      const sig = createHmac('sha256', deps.codeSecret).update(code).digest('base64url').slice(0, 22);
      await deps.db.exec(
        "UPDATE transit_tvm_tickets SET status = 'paid', ticket_code = ?, updated_at = ? WHERE id = ? AND status = 'awaiting_payment'",
        [`${code}.${sig}`, deps.clock.now(), r.id],
      );
    } else if (order.status === 'closed')
      await deps.db.exec(
        "UPDATE transit_tvm_tickets SET status = 'closed', updated_at = ? WHERE id = ? AND status = 'awaiting_payment'",
        [deps.clock.now(), r.id],
      );
    r = await findTvmTicket(deps, tvmId, id);
  }
  return { ticket: tvmDto(r) };
}

/** The TVM reports whether the ticket came out; a failure refunds the order in full, once. */
async function tvmDispensed(
  deps: TicketDeps,
  tvmId: string,
  get: (h: string) => string,
  raw: string,
  id: string,
  ok: boolean,
) {
  await tvmOrThrow(deps, tvmId, get, raw);
  const r = await findTvmTicket(deps, tvmId, id);
  const now = deps.clock.now();
  if (ok) {
    if (r.status !== 'paid' && r.status !== 'issued') throw refused('TICKET_STATE', '该车票未支付或已退款');
    await deps.db.exec(
      "UPDATE transit_tvm_tickets SET status = 'issued', updated_at = ? WHERE id = ? AND status = 'paid'",
      [now, r.id],
    );
    return { ticket: tvmDto(await findTvmTicket(deps, tvmId, id)) };
  }
  if (r.status === 'issued') throw refused('TICKET_STATE', '车票已出票，不能按出票失败退款');
  if (r.status !== 'paid' && r.status !== 'dispense_failed')
    throw refused('TICKET_STATE', '该车票未支付或已退款');
  await deps.db.exec(
    "UPDATE transit_tvm_tickets SET status = 'dispense_failed', updated_at = ? WHERE id = ? AND status = 'paid'",
    [now, r.id],
  );
  return { ticket: tvmDto(await refundTvm(deps, await findTvmTicket(deps, tvmId, id))) };
}

async function refundTvm(deps: TicketDeps, r: TvmTicketRow): Promise<TvmTicketRow> {
  if (r.status !== 'dispense_failed') return r;
  const merchant = await merchantOfMetro(deps);
  try {
    const out = await deps.cashier.refund(merchant, r.order_id, {
      out_refund_no: `tvmr${r.id.slice(-30)}`,
      amount_fen: Number(r.fare_fen),
    });
    await deps.db.exec(
      'UPDATE transit_tvm_tickets SET refund_id = ?, status = ?, updated_at = ? WHERE id = ?',
      [out.body.id, out.succeeded ? 'refunded' : 'dispense_failed', deps.clock.now(), r.id],
    );
  } catch (err) {
    // Another report got there first and the order is already refunded: nothing more to do.
    if (!isRefusal(err, 'ORDER_NOT_REFUNDABLE', 'REFUND_IN_PROGRESS')) throw err;
    deps.logger.warn('tvm refund: order not refundable now', { ticket: r.id });
  }
  return (await deps.db.query<TvmTicketRow>('SELECT * FROM transit_tvm_tickets WHERE id = ?', [r.id]))[0];
}

/** The sweep: day tickets whose payment came in, refunds of failed dispenses still in flight. */
async function sweep(deps: TicketDeps) {
  const waiting = await deps.db.query<DayTicketRow>(
    "SELECT * FROM transit_day_tickets WHERE status = 'awaiting_payment' ORDER BY created_at LIMIT 200",
  );
  for (const d of waiting) await refreshDayTicket(deps, d);
  const failed = await deps.db.query<TvmTicketRow>(
    "SELECT * FROM transit_tvm_tickets WHERE status = 'dispense_failed' LIMIT 100",
  );
  for (const r of failed) await refundTvm(deps, r);
}

async function listTvmTickets(deps: TicketDeps) {
  return (
    await deps.db.query<TvmTicketRow>('SELECT * FROM transit_tvm_tickets ORDER BY created_at DESC LIMIT 200')
  ).map(tvmDto);
}

/** The TVMs with what they sold: a machine whose tickets fail to come out needs a visit. */
async function listTvms(deps: TicketDeps) {
  const rows = await deps.db.query<{
    id: string;
    station_id: string;
    created_at: Date | string;
    tickets: unknown;
    failed: unknown;
    last_at: Date | string | null;
  }>(
    `SELECT m.id, m.station_id, m.created_at, COUNT(t.id) AS tickets,
            SUM(CASE WHEN t.status IN ('dispense_failed','refunded') THEN 1 ELSE 0 END) AS failed,
            MAX(t.created_at) AS last_at
     FROM transit_tvms m LEFT JOIN transit_tvm_tickets t ON t.tvm_id = m.id
     GROUP BY m.id, m.station_id, m.created_at ORDER BY m.station_id, m.id`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      station_id: r.station_id,
      tickets: Number(r.tickets ?? 0),
      dispense_failed: Number(r.failed ?? 0),
      last_ticket_at: toRfc3339(r.last_at),
      created_at: toRfc3339(r.created_at)!,
    })),
  };
}

export type Tickets = ReturnType<typeof createTickets>;
