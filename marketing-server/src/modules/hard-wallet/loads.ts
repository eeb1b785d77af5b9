import { BankOutcomeUnknown, BankRefusal, type BankOrder } from '../../connectors/bank-wallet/client';
import { cardKey, mac1, mac2, onlineTac, sameMac } from '../../connectors/hard-wallet/crypto';
import type { CardOrder } from '../../connectors/hard-wallet/client';
import { isDuplicateKeyError, type Sql } from '../../db/sql';
import { accounts, balanceOf, post } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { recordAudit, type Actor } from '../audit';
import { insertPayments, type ChannelDriver, type PaymentPurpose, type PaymentRow } from '../bank-orders';
import { cardById } from './cards';
import { num, type CardRow, type HwDeps } from './deps';
import { paramsFor } from './params';
import { formatYuan } from '../../shared/money';
import { maskWalletId } from '../../masking/mask';

// Loads (圈存) and unloads (圈提) are orders of the one bank-order lifecycle (purposes card_load and
// card_unload, channel hard_wallet). The channel driver runs the e-purse handshake: INITIALIZE (card
// balance, counters, random, MAC1, checked with the card's key) → the order with MAC2 → the card's
// TAC (checked). A lost answer is resolved on the next attempt by reading the chip: if its online
// counter passed the one recorded at INITIALIZE and the log line there is this order, the load
// landed; if the counter has not moved it never did (send again under the same out_trade_no); if
// another transaction took that counter, this MAC2 can never land, so the order failed.
//
// Directions: load (soft wallet → card), unload (card present → soft wallet), refund (a lost card's
// confirmed balance → soft wallet, no chip), transfer (a replaced card's confirmed balance → the new
// chip). One order at a time per card (hw_cards.order_lock), so counters are never raced.

export type Direction = 'load' | 'unload' | 'refund' | 'transfer' | 'counter_load';
/** What a counter load is paid with: cash at the branch's counter, or the holder's deposit account. */
export type Funding = 'cash' | 'deposit';
/** Directions that put value on a chip (a load for the card and the ledger). */
const LOADS: Direction[] = ['load', 'transfer', 'counter_load'];
type OrderRow = {
  id: string;
  card_id: string;
  user_id: string | null;
  direction: Direction;
  from_card_id: string | null;
  intent: string | null;
  soft_wallet_id: string | null;
  amount_fen: number;
  init_online_counter: number | null;
  init_offline_counter: number | null;
  status: string;
  tac: string | null;
  result_online_counter: number | null;
  result_balance_fen: number | null;
  error_code: string | null;
  funding: Funding | null;
  location_id: string | null;
  deposit_account: string | null;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
};

async function orderRow(sql: Sql, id: string): Promise<OrderRow | null> {
  return (await sql.query<OrderRow>('SELECT * FROM hw_orders WHERE id = ?', [id]))[0] ?? null;
}

export function orderDto(o: OrderRow) {
  return {
    id: o.id,
    card_id: o.card_id,
    direction: o.direction,
    amount_fen: num(o.amount_fen),
    status: o.status,
    error_code: o.error_code,
    balance_after_fen: o.result_balance_fen === null ? null : num(o.result_balance_fen),
    funding: o.funding ?? null,
    created_at: toRfc3339(o.created_at)!,
    updated_at: toRfc3339(o.updated_at)!,
  };
}

/** Where the money comes from and goes to, by direction (ledger). */
function route(o: OrderRow) {
  const card = accounts.hwCard(o.card_id);
  switch (o.direction) {
    case 'load':
      return { source: accounts.hwSoftWallets, pending: accounts.hwLoadPending, destination: card };
    case 'transfer':
      return { source: accounts.hwCard(o.from_card_id!), pending: accounts.hwLoadPending, destination: card };
    case 'counter_load':
      return {
        source: o.funding === 'cash' ? accounts.hwCounterCash(o.location_id!) : accounts.hwHolderDeposits,
        pending: accounts.hwLoadPending,
        destination: card,
      };
    default:
      return { source: card, pending: accounts.hwUnloadPending, destination: accounts.hwSoftWallets };
  }
}

const kindOf = (o: OrderRow, step: 'dispatch' | 'confirm' | 'refuse') =>
  `${LOADS.includes(o.direction) ? 'card_load' : 'card_unload'}_${step}` as const;

/** The chip knows two online operations: a credit (every kind of load) and a debit (unload). */
const chipDirection = (d: Direction) => (d === 'unload' ? 'unload' : 'load');

async function setStatus(sql: Sql, id: string, status: string, now: Date, error: string | null = null) {
  await sql.exec(
    'UPDATE hw_orders SET status = ?, error_code = COALESCE(?, error_code), updated_at = ? WHERE id = ?',
    [status, error, now, id],
  );
}

async function releaseLock(sql: Sql, o: OrderRow, now: Date) {
  await sql.exec('UPDATE hw_cards SET order_lock = NULL, updated_at = ? WHERE order_lock = ?', [now, o.id]);
}

/** What a card order means for the ledger and the card, run inside the bank-order transitions. */
/** The online link of the chip's chain: offline spends after it start from this balance. */
async function recordOnlineLink(sql: Sql, o: OrderRow, now: Date) {
  if (o.direction === 'refund' || o.result_online_counter === null) return;
  await sql
    .exec(
      `INSERT INTO hw_card_txns (id, card_id, online_counter, offline_counter, direction, amount_fen, balance_after_fen, out_trade_no, tac, created_at)
         VALUES (?,?,?,?,?,?,?,?,?,?)`,
      [
        newId('hwt'),
        o.card_id,
        o.result_online_counter,
        o.init_offline_counter ?? 0,
        o.direction,
        o.amount_fen,
        o.result_balance_fen,
        o.id,
        o.tac ?? '-',
        now,
      ],
    )
    .catch((err) => {
      if (!isDuplicateKeyError(err)) throw err;
    });
}

export type CardOrderRow = OrderRow;

export function cardOrderPurpose(
  afterSettled?: (sql: Sql, o: OrderRow, ok: boolean, now: Date) => Promise<void>,
): PaymentPurpose {
  return {
    async onDispatch(sql, p, now) {
      const o = (await orderRow(sql, p.ref_id))!;
      const r = route(o);
      await post(
        sql,
        {
          kind: kindOf(o, 'dispatch'),
          ref_id: o.id,
          transfers: [{ source: r.source, destination: r.pending, amount_fen: num(o.amount_fen) }],
        },
        now,
      );
      await setStatus(sql, o.id, 'in_flight', now);
    },
    async onConfirm(sql, p, now) {
      const o = (await orderRow(sql, p.ref_id))!;
      const r = route(o);
      await post(
        sql,
        {
          kind: kindOf(o, 'confirm'),
          ref_id: o.id,
          transfers: [{ source: r.pending, destination: r.destination, amount_fen: num(o.amount_fen) }],
        },
        now,
      );
      await setStatus(sql, o.id, 'succeeded', now);
      await recordOnlineLink(sql, o, now);
      await releaseLock(sql, o, now);
      await afterSettled?.(sql, o, true, now);
    },
    async onRefuse(sql, p, now) {
      const o = (await orderRow(sql, p.ref_id))!;
      const r = route(o);
      await post(
        sql,
        {
          kind: kindOf(o, 'refuse'),
          ref_id: o.id,
          transfers: [{ source: r.pending, destination: r.source, amount_fen: num(o.amount_fen) }],
        },
        now,
      );
      await setStatus(sql, o.id, 'failed', now, (p.last_error ?? '').split(':')[0].slice(0, 40) || 'FAILED');
      await releaseLock(sql, o, now);
      await afterSettled?.(sql, o, false, now);
    },
    async onCancel(sql, p, now) {
      const o = (await orderRow(sql, p.ref_id))!;
      await setStatus(sql, o.id, 'cancelled', now);
      await releaseLock(sql, o, now);
      await afterSettled?.(sql, o, false, now);
    },
  };
}

const asBankOrder = (o: CardOrder): BankOrder => ({
  type: o.type,
  out_trade_no: o.out_trade_no,
  trade_no: o.trade_no,
  status: o.status,
  amount_fen: o.amount_fen,
  error_code: o.error_code,
  error_message: o.error_message,
  created_at: o.created_at,
  completed_at: o.completed_at,
});

async function context(deps: HwDeps, outTradeNo: string) {
  const o = await orderRow(deps.db, outTradeNo);
  if (!o) throw new BankOutcomeUnknown('hard-wallet order row missing');
  const card = await cardById(deps.db, o.card_id);
  return { o, card, key: cardKey(deps.masterKey, card.card_no, card.key_version) };
}

/** Checks the card's TAC and keeps what the card said (its counter and balance) on the order. */
async function keep(deps: HwDeps, o: OrderRow, r: CardOrder, key: Buffer, cardNo: string) {
  if (r.status !== 'SUCCESS' || r.tac === null) return;
  const expected = onlineTac(key, {
    card_no: cardNo,
    online_counter: num(r.online_counter),
    amount_fen: num(o.amount_fen),
    balance_after_fen: num(r.balance_after_fen),
    direction: chipDirection(o.direction),
  });
  if (!sameMac(r.tac, expected)) deps.logger.error('card TAC does not verify', { out_trade_no: o.id });
  await deps.db.exec(
    'UPDATE hw_orders SET tac = ?, result_online_counter = ?, result_balance_fen = ?, updated_at = ? WHERE id = ?',
    [r.tac, r.online_counter, r.balance_after_fen, deps.clock.now(), o.id],
  );
}

/** The handshake: INITIALIZE (MAC1 checked), the order with MAC2, the card's TAC (checked). */
async function sendCardOrder(deps: HwDeps, p: PaymentRow): Promise<BankOrder> {
  const { o, card, key } = await context(deps, p.out_trade_no);
  const { client } = deps;
  const amount_fen = num(o.amount_fen);
  const base = { out_trade_no: o.id, card_no: card.card_no, amount_fen, soft_wallet_id: o.soft_wallet_id };
  if (o.direction === 'refund') return asBankOrder(await client.order({ ...base, direction: 'refund' }));
  const init = await client.init(card.card_no, amount_fen);
  if (!sameMac(init.mac1, mac1(key, init)) || init.card_no !== card.card_no)
    throw new BankRefusal('MAC1_INVALID', 'card MAC1 does not verify', 422);
  await deps.db.exec(
    'UPDATE hw_orders SET init_online_counter = ?, init_offline_counter = ?, updated_at = ? WHERE id = ?',
    [init.online_counter, init.offline_counter, deps.clock.now(), o.id],
  );
  const direction = chipDirection(o.direction);
  const from = o.from_card_id ? await cardById(deps.db, o.from_card_id) : null;
  const { online_counter, random } = init;
  const r = await client.order({
    ...base,
    direction: o.direction,
    from_card_no: from?.card_no,
    ...(o.direction === 'counter_load'
      ? { funding: o.funding, deposit_account: o.deposit_account, holder_user_id: card.holder_user_id }
      : {}),
    online_counter,
    random,
    mac2: mac2(key, { card_no: card.card_no, online_counter, amount_fen, random, direction }),
  });
  await keep(deps, { ...o, init_online_counter: online_counter }, r, key, card.card_no);
  return asBankOrder(r);
}

/** The lost answer, resolved by the chip's counter on its next read (null: it never landed). */
async function queryCardOrder(deps: HwDeps, outTradeNo: string): Promise<BankOrder | null> {
  const { o, card, key } = await context(deps, outTradeNo);
  if (o.direction === 'refund') {
    const r = await deps.client.getOrder(outTradeNo);
    return r ? asBankOrder(r) : null;
  }
  if (o.init_online_counter === null) return null; // never reached the card
  const chip = await deps.client.readCard(card.card_no);
  if (!chip || chip.online_counter === num(o.init_online_counter)) return null; // did not land
  const line = chip.log.find((l) => l.online_counter === num(o.init_online_counter) + 1);
  const at = new Date().toISOString();
  const common = { out_trade_no: o.id, type: o.direction, created_at: at, completed_at: at };
  if (line && line.out_trade_no === o.id && line.amount_fen === num(o.amount_fen)) {
    const r: CardOrder = {
      ...common,
      trade_no: `chip:${card.card_no}:${line.online_counter}`,
      card_no: card.card_no,
      amount_fen: line.amount_fen,
      status: 'SUCCESS',
      tac: line.tac,
      balance_after_fen: line.balance_after_fen,
      online_counter: line.online_counter,
    };
    await keep(deps, o, r, key, card.card_no);
    return asBankOrder(r);
  }
  // Another transaction took the counter this order's MAC2 was bound to: it can never land.
  return {
    ...common,
    trade_no: '',
    status: 'FAILED',
    amount_fen: num(o.amount_fen),
    error_code: 'COUNTER_MOVED',
    error_message: 'the card counter moved past this order',
  };
}

/** The hard_wallet channel: the handshake on send, the chip's counter on query. */
export function cardChannel(deps: HwDeps): ChannelDriver {
  return { send: (p) => sendCardOrder(deps, p), query: (no) => queryCardOrder(deps, no) };
}

export type NewCardOrder = {
  card: CardRow;
  direction: Direction;
  amount_fen: number;
  user_id: string | null;
  from_card_id?: string;
  /** What follows a success: 'cancel' (card present, then cancelled), 'close_lost' (after the quiet period). */
  intent?: string;
  /** A counter load: what pays for it, at which branch, from which deposit account. */
  counter?: { funding: Funding; location_id: string; deposit_account: string | null };
  /** Where a refund goes instead of the card's bound wallet (an officer's choice on a retry). */
  soft_wallet_id?: string;
};

/** One order at a time per card (both cards for a transfer), so counters are never raced. */
async function takeLocks(sql: Sql, id: string, n: NewCardOrder, now: Date) {
  // A counter load is paid at the branch; everything else comes from or goes to a soft wallet.
  if (!n.card.soft_wallet_id && n.direction !== 'counter_load')
    throw refused('CARD_NOT_BOUND', '该卡未绑定软钱包');
  const locked = await sql.exec(
    'UPDATE hw_cards SET order_lock = ?, updated_at = ? WHERE id = ? AND order_lock IS NULL',
    [id, now, n.card.id],
  );
  if (locked.affectedRows !== 1) throw refused('CARD_ORDER_IN_FLIGHT', '该卡有一笔圈存/圈提正在处理，请稍后');
  if (n.from_card_id) {
    // A transfer holds both cards: nothing else may move the old card's balance meanwhile.
    const old = await sql.exec(
      'UPDATE hw_cards SET order_lock = ?, updated_at = ? WHERE id = ? AND order_lock IS NULL',
      [id, now, n.from_card_id],
    );
    if (old.affectedRows !== 1) throw refused('CARD_ORDER_IN_FLIGHT', '原卡有一笔订单正在处理');
  }
}

/** The money must be there: under the card's cap for a load, within the confirmed balance otherwise. */
async function checkFunds(sql: Sql, n: NewCardOrder) {
  if (n.direction === 'load' || n.direction === 'counter_load') {
    const params = await paramsFor(sql, n.card);
    const confirmed = await balanceOf(sql, accounts.hwCard(n.card.id));
    if (confirmed + n.amount_fen > params.balance_max_fen)
      throw refused('CARD_BALANCE_LIMIT', `超出卡片余额上限（${formatYuan(params.balance_max_fen)}）`);
  }
  if (n.direction === 'unload' || n.direction === 'refund' || n.direction === 'transfer') {
    const source = n.direction === 'transfer' ? n.from_card_id! : n.card.id;
    const confirmed = await balanceOf(sql, accounts.hwCard(source));
    if (confirmed < n.amount_fen) throw refused('CARD_BALANCE_INSUFFICIENT', '卡片已确认余额不足');
  }
}

/**
 * Creates a card order (and its bank order) inside the caller's transaction: takes the card's order
 * lock, checks the money is there (soft wallet: at the back end; card: confirmed balance).
 */
export async function insertCardOrder(deps: HwDeps, sql: Sql, actor: Actor, n: NewCardOrder, now: Date) {
  const id = newId('hwo');
  const wallet = n.soft_wallet_id ?? n.card.soft_wallet_id;
  await takeLocks(sql, id, n, now);
  await checkFunds(sql, n);
  await sql.exec(
    `INSERT INTO hw_orders (id, card_id, user_id, direction, from_card_id, intent, soft_wallet_id, funding, location_id,
       deposit_account, amount_fen, status, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    [
      id,
      n.card.id,
      n.user_id,
      n.direction,
      n.from_card_id ?? null,
      n.intent ?? null,
      wallet,
      n.counter?.funding ?? null,
      n.counter?.location_id ?? null,
      n.counter?.deposit_account ?? null,
      n.amount_fen,
      'pending',
      actor.id,
      now,
      now,
    ],
  );
  await insertPayments(
    sql,
    [
      {
        out_trade_no: id,
        purpose: LOADS.includes(n.direction) ? 'card_load' : 'card_unload',
        ref_id: id,
        generation: 1,
        campaign_id: null,
        user_id: n.user_id,
        amount_fen: n.amount_fen,
        // A counter load pays the chip itself (cash or a deposit account at the branch), not a soft wallet.
        payee_wallet_id: n.direction === 'counter_load' ? `card:${n.card.card_no}` : wallet,
        channel: 'hard_wallet',
        not_before: new Date(now.getTime() + 30_000),
      },
    ],
    now,
  );
  await recordAudit(
    sql,
    {
      actor,
      action: `hw_card.${n.direction}`,
      entity_type: 'hw_card',
      entity_id: n.card.id,
      changes: {
        order: id,
        amount_fen: n.amount_fen,
        ...(n.counter ? { funding: n.counter.funding, location_id: n.counter.location_id } : {}),
        ...(n.soft_wallet_id ? { soft_wallet_id: maskWalletId(n.soft_wallet_id) } : {}),
      },
    },
    now,
  );
  return id;
}

/** A load or card-present unload asked for by the holder (or an officer): answered once settled or in flight. */
export async function requestCardOrder(
  deps: HwDeps,
  actor: Actor,
  input: { card_id: string; direction: 'load' | 'unload'; amount_fen: number; holder_user_id?: string },
  ticket?: IdempotencyTicket | null,
) {
  const now = deps.clock.now();
  const id = await deps.db.tx(async (sql) => {
    const card = await cardById(sql, input.card_id);
    if (input.holder_user_id !== undefined && card.holder_user_id !== input.holder_user_id)
      throw notFound('卡片');
    if (card.status !== 'bound')
      throw refused('CARD_NOT_USABLE', '该卡当前不可圈存/圈提（已挂失、冻结或注销）');
    const orderId = await insertCardOrder(
      deps,
      sql,
      actor,
      { card, direction: input.direction, amount_fen: input.amount_fen, user_id: card.holder_user_id },
      now,
    );
    // A replay of the request answers the order as created (pending): the client follows it by id.
    if (ticket) await ticket.record(sql, orderDto((await orderRow(sql, orderId))!), now);
    return orderId;
  });
  await deps.orders.attempt(id);
  return orderDto((await orderRow(deps.db, id))!);
}

export async function getOrder(deps: HwDeps, id: string, holderUserId?: string) {
  const o = await orderRow(deps.db, id);
  if (!o || (holderUserId !== undefined && o.user_id !== holderUserId)) throw notFound('圈存/圈提订单');
  return orderDto(o);
}

export async function listOrders(deps: HwDeps, cardId: string, holderUserId?: string) {
  if (holderUserId !== undefined) {
    // A citizen sees only the orders of a card bound to them; someone else's card does not exist.
    const owner = await deps.db.query<{ holder_user_id: string | null }>(
      'SELECT holder_user_id FROM hw_cards WHERE id = ?',
      [cardId],
    );
    if (owner[0]?.holder_user_id !== holderUserId) throw notFound('卡片');
  }
  const rows = await deps.db.query<OrderRow>(
    'SELECT * FROM hw_orders WHERE card_id = ? ORDER BY created_at DESC LIMIT 100',
    [cardId],
  );
  return rows.map(orderDto);
}
