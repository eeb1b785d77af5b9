import { isDuplicateKeyError, type Sql } from '../../db/sql';
import { accounts, balanceOf } from '../ledger';
import { maskName, maskWalletId } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { CARD_TRANSITIONS, type CardTransition } from './card-states';
import { exceptionId, num, type CardRow, type HwDeps } from './deps';
import { DEFAULT_PARAMS, paramsFor } from './params';
import { locationById, locationOfTerminal } from './distributions';

// Production batches and the card life cycle up to binding (issued from a location's stock: stock and
// distribution in distributions.ts); loss and cancellation are in loss.ts, money in loads.ts.

export function normaliseCard(r: CardRow): CardRow {
  return {
    ...r,
    key_version: num(r.key_version),
    chain_counter: num(r.chain_counter),
    chain_online_counter: num(r.chain_online_counter),
    chain_balance_fen: num(r.chain_balance_fen),
    blacklisted: !!r.blacklisted,
  };
}

export async function cardById(sql: Sql, id: string, lock = false): Promise<CardRow> {
  const rows = await sql.query<CardRow>(
    `SELECT * FROM hw_cards WHERE id = ?${lock && sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound('卡片');
  return normaliseCard(rows[0]);
}

export async function cardByNo(sql: Sql, cardNo: string): Promise<CardRow | null> {
  const rows = await sql.query<CardRow>('SELECT * FROM hw_cards WHERE card_no = ?', [cardNo]);
  return rows[0] ? normaliseCard(rows[0]) : null;
}

/** The one function that moves a card along its life cycle (false: it was not in a `from` state). */
export async function moveCard(
  sql: Sql,
  card: Pick<CardRow, 'id'>,
  t: CardTransition,
  now: Date,
  patch: Record<string, unknown> = {},
): Promise<boolean> {
  const { from, to } = CARD_TRANSITIONS[t];
  const keys = Object.keys(patch);
  const res = await sql.exec(
    `UPDATE hw_cards SET status = ?, updated_at = ?${keys.map((k) => `, ${k} = ?`).join('')}
      WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    [to, now, ...keys.map((k) => patch[k]), card.id, ...from],
  );
  return res.affectedRows === 1;
}

export async function moveCardOrThrow(
  sql: Sql,
  card: CardRow,
  t: CardTransition,
  now: Date,
  patch: Record<string, unknown> = {},
) {
  if (!(await moveCard(sql, card, t, now, patch)))
    throw refused('CARD_STATE_INVALID', `卡片当前状态（${card.status}）不允许此操作`, {
      status: card.status,
    });
}

/**
 * Offline spends uploaded but not booked against the confirmed balance yet: waiting in the replay for
 * an earlier counter, or in the exception queue while it is still open or proposed (an accepted one
 * is booked, a rejected one never will be). Records refused at ingest (bad TAC, unknown card) were
 * never the card's, so they do not count.
 */
export async function pendingOffline(sql: Sql, cardId: string) {
  const rows = await sql.query<{ id: string; amount_fen: unknown; status: string }>(
    "SELECT id, amount_fen, status FROM hw_offline_records WHERE status IN ('received','exception') AND card_id = ?",
    [cardId],
  );
  const queued = rows.filter((r) => r.status === 'exception');
  const open = new Set<string>();
  for (let i = 0; i < queued.length; i += 200) {
    const ids = queued.slice(i, i + 200).map((r) => exceptionId('replay', r.id));
    const q = ids.map(() => '?').join(',');
    for (const e of await sql.query<{ record_id: string }>(
      `SELECT record_id FROM hw_exceptions WHERE id IN (${q}) AND status IN ('open','proposed')`,
      ids,
    ))
      open.add(e.record_id);
  }
  const pending = rows.filter((r) => r.status === 'received' || open.has(r.id));
  return { count: pending.length, fen: pending.reduce((s, r) => s + num(r.amount_fen), 0) };
}

/** What happens next to a closing card's confirmed balance (null: nothing pending). */
const NEXT_ACTION: Record<string, string> = {
  refund: 'refund_after_quiet',
  transfer: 'transfer_after_quiet',
  refund_held: 'retry_refund',
  xfer_held: 'retry_transfer',
};

export async function cardDto(sql: Sql, c: CardRow, opts: { unmasked?: boolean } = {}) {
  return {
    id: c.id,
    card_no: c.card_no,
    batch_id: c.batch_id,
    media_type: c.media_type,
    issuer: c.issuer,
    status: c.status,
    location: c.location,
    location_name:
      (await sql.query<{ name: string }>('SELECT name FROM hw_locations WHERE id = ?', [c.location]))[0]
        ?.name ?? null,
    holder_kind: c.holder_kind,
    holder_name: c.holder_name ? (opts.unmasked ? c.holder_name : maskName(c.holder_name)) : null,
    kyc_level: c.kyc_level,
    soft_wallet_id_masked: c.soft_wallet_id ? maskWalletId(c.soft_wallet_id) : null,
    blacklisted: !!c.blacklisted,
    confirmed_balance_fen: await balanceOf(sql, accounts.hwCard(c.id)),
    ...(await pendingOffline(sql, c.id).then((p) => ({
      pending_offline_fen: p.fen,
      pending_offline_count: p.count,
    }))),
    subsidy_balance_fen: await balanceOf(sql, accounts.hwSubsidy(c.id)),
    last_chip_balance_fen: c.chain_balance_fen,
    offline_counter: c.chain_counter,
    order_in_flight: c.order_lock,
    loss_at: toRfc3339(c.loss_at),
    quiet_until: toRfc3339(c.quiet_until),
    next_action: c.after_quiet ? NEXT_ACTION[c.after_quiet] : null,
    replaced_by: c.replaced_by,
    updated_at: toRfc3339(c.updated_at),
  };
}

export type BatchInput = {
  beg_no: string;
  end_no: string;
  media_type: 'card' | 'visual_card' | 'wearable' | 'sim';
  issuer: string;
  cos_version: string;
  key_version: number;
  valid_until: string;
  deposit_fen: number;
};

/** The batch's cards, in stock at the warehouse (a range overlapping existing cards is refused). */
async function insertCards(sql: Sql, id: string, b: BatchInput, cardNos: string[], now: Date) {
  for (let i = 0; i < cardNos.length; i += 500) {
    const chunk = cardNos.slice(i, i + 500);
    const params2: unknown[] = [];
    for (const no of chunk)
      params2.push(
        newId('hwc'),
        no,
        id,
        b.media_type,
        b.issuer,
        b.key_version,
        'produced',
        'warehouse',
        'anon',
        now,
        now,
      );
    try {
      await sql.exec(
        `INSERT INTO hw_cards (id, card_no, batch_id, media_type, issuer, key_version, status, location, kyc_level,
           created_at, updated_at) VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
        params2,
      );
    } catch (err) {
      if (isDuplicateKeyError(err)) throw refused('CARD_RANGE_TAKEN', '卡号段与已有卡片重叠');
      throw err;
    }
  }
}

/** A production batch: the chips are made at the back end (keys, caps), the cards enter stock. */
export async function createBatch(deps: HwDeps, actor: Actor, b: BatchInput) {
  if (b.beg_no.length !== b.end_no.length || BigInt(b.end_no) < BigInt(b.beg_no))
    throw refused('CARD_RANGE_INVALID', '卡号段无效');
  const count = Number(BigInt(b.end_no) - BigInt(b.beg_no)) + 1;
  if (count > 5000) throw refused('CARD_RANGE_INVALID', '单批次最多 5000 张');
  const params = await paramsFor(deps.db, { media_type: b.media_type, kyc_level: '*', issuer: b.issuer });
  const id = newId('hwb');
  const now = deps.clock.now();
  const cardNos = Array.from({ length: count }, (_, i) =>
    (BigInt(b.beg_no) + BigInt(i)).toString().padStart(b.beg_no.length, '0'),
  );
  await deps.db.tx(async (sql) => {
    await sql.exec(
      `INSERT INTO hw_batches (id, beg_no, end_no, media_type, issuer, cos_version, key_version, valid_until,
         deposit_fen, card_count, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      [
        id,
        b.beg_no,
        b.end_no,
        b.media_type,
        b.issuer,
        b.cos_version,
        b.key_version,
        b.valid_until,
        b.deposit_fen,
        count,
        actor.id,
        now,
      ],
    );
    await insertCards(sql, id, b, cardNos, now);
    await recordAudit(
      sql,
      { actor, action: 'hw_batch.create', entity_type: 'hw_batch', entity_id: id, changes: b },
      now,
    );
  });
  // The chips are made by the bureau after the batch is on our books (a resend makes nothing twice).
  await deps.client.produce({
    beg_no: b.beg_no,
    end_no: b.end_no,
    key_version: b.key_version,
    balance_max_fen: params.balance_max_fen,
    offline_single_max_fen: params.offline_single_max_fen,
    offline_count_max: params.offline_count_max,
    offline_cum_max_fen: params.offline_cum_max_fen,
  });
  return batchById(deps, id);
}

export async function batchById(deps: HwDeps, id: string) {
  const b = (await deps.db.query<Record<string, unknown>>('SELECT * FROM hw_batches WHERE id = ?', [id]))[0];
  if (!b) throw notFound('批次');
  const byStatus = await deps.db.query<{ status: string; n: unknown }>(
    'SELECT status, COUNT(*) AS n FROM hw_cards WHERE batch_id = ? GROUP BY status',
    [id],
  );
  return {
    id: String(b.id),
    beg_no: String(b.beg_no),
    end_no: String(b.end_no),
    media_type: String(b.media_type),
    issuer: String(b.issuer),
    cos_version: String(b.cos_version),
    key_version: num(b.key_version),
    valid_until: String(b.valid_until),
    deposit_fen: num(b.deposit_fen),
    card_count: num(b.card_count),
    by_status: Object.fromEntries(byStatus.map((s) => [s.status, num(s.n)])),
    created_at: toRfc3339(b.created_at as Date)!,
  };
}

export async function listBatches(deps: HwDeps) {
  const rows = await deps.db.query<{ id: string }>(
    'SELECT id FROM hw_batches ORDER BY created_at DESC LIMIT 200',
  );
  return Promise.all(rows.map((r) => batchById(deps, r.id)));
}

/** Personalisation of a whole batch (keys and caps are on the chips): produced → personalized. */
export async function personalizeBatch(deps: HwDeps, actor: Actor, batchId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const { from, to } = CARD_TRANSITIONS.personalize;
    await sql.exec(`UPDATE hw_cards SET status = ?, updated_at = ? WHERE batch_id = ? AND status = ?`, [
      to,
      now,
      batchId,
      from[0],
    ]);
    await recordAudit(
      sql,
      { actor, action: 'hw_batch.personalize', entity_type: 'hw_batch', entity_id: batchId, changes: {} },
      now,
    );
  });
  return batchById(deps, batchId);
}

export type IssueInput = {
  card_no: string;
  holder_kind: 'real_name' | 'anonymous';
  holder_user_id?: string;
  holder_name?: string;
  kyc_level: string;
  soft_wallet_id?: string;
  /** Where the card is handed over or sold: it must be in that location's stock. */
  location_id: string;
};

/** Issuing takes the card from the stock of the location it is issued at (a vending machine sells anonymous cards). */
async function takeFromStock(sql: Sql, card: CardRow, input: IssueInput) {
  const loc = await locationById(sql, input.location_id);
  const inStock = card.location === loc.id && !card.distribution_id;
  if (!inStock && card.status === 'personalized')
    throw refused('CARD_NOT_IN_STOCK', `该卡不在「${loc.name}」的库存中，不能在此发卡`, {
      location: card.location,
    });
  if (loc.kind === 'vending' && input.holder_kind !== 'anonymous')
    throw refused('VENDING_ANONYMOUS_ONLY', '自助售卡机只能出售不记名卡');
}

/** 发卡: to a holder (real-name with a user, or anonymous like cash), and bound if a wallet is given. */
export async function issueCard(deps: HwDeps, actor: Actor, input: IssueInput, sqlIn?: Sql) {
  if (input.holder_kind === 'real_name' && !input.holder_name)
    throw refused('HOLDER_REQUIRED', '实名卡须指定持卡人');
  const now = deps.clock.now();
  const run = async (sql: Sql) => {
    const card = await cardByNo(sql, input.card_no);
    if (!card) throw notFound('卡片');
    await takeFromStock(sql, card, input);
    const holder = {
      holder_kind: input.holder_kind,
      holder_user_id: input.holder_user_id ?? null,
      holder_name: input.holder_name ?? null,
      kyc_level: input.kyc_level,
    };
    await moveCardOrThrow(sql, card, 'issue', now, holder);
    if (input.soft_wallet_id)
      await moveCardOrThrow(sql, { ...card, status: 'issued' }, 'bind', now, {
        soft_wallet_id: input.soft_wallet_id,
      });
    // The chip starts at counter 0 and balance 0: the first link of the replay chain.
    await sql
      .exec(
        `INSERT INTO hw_card_txns (id, card_id, online_counter, offline_counter, direction, amount_fen, balance_after_fen, out_trade_no, tac, created_at)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
        [newId('hwt'), card.id, 0, 0, 'issue', 0, 0, '-', '-', now],
      )
      .catch((err) => {
        if (!isDuplicateKeyError(err)) throw err;
      });
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_card.issue',
        entity_type: 'hw_card',
        entity_id: card.id,
        changes: { ...holder, holder_name: holder.holder_name ? maskName(holder.holder_name) : null },
      },
      now,
    );
    return card.id;
  };
  const id = sqlIn ? await run(sqlIn) : await deps.db.tx(run);
  return cardById(sqlIn ?? deps.db, id);
}

/**
 * A vending machine sells a blank card from its own stock as an anonymous card (the machine took the
 * buyer's cash or e-CNY itself). A resend after a lost answer finds the card already sold there and
 * answers it again; a card not in the machine's stock is refused like any issue elsewhere.
 */
export async function sellAtMachine(
  deps: HwDeps,
  terminal: { id: string; terminal_no: string },
  cardNo: string,
) {
  const loc = await locationOfTerminal(deps.db, terminal.id);
  if (!loc) throw refused('LOCATION_TERMINAL_INVALID', '该终端不是售卡地点');
  const card = await cardByNo(deps.db, cardNo);
  if (!card) throw notFound('卡片');
  if (card.status === 'issued' && card.holder_kind === 'anonymous' && card.location === loc.id) return card;
  const actor: Actor = { type: 'system', id: `terminal:${terminal.terminal_no}`.slice(0, 40) };
  return issueCard(deps, actor, {
    card_no: cardNo,
    holder_kind: 'anonymous',
    kyc_level: 'anon',
    location_id: loc.id,
  });
}

export async function bindCard(deps: HwDeps, actor: Actor, cardId: string, softWalletId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const card = await cardById(sql, cardId);
    await moveCardOrThrow(sql, card, 'bind', now, { soft_wallet_id: softWalletId });
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_card.bind',
        entity_type: 'hw_card',
        entity_id: cardId,
        changes: { soft_wallet_id: maskWalletId(softWalletId) },
      },
      now,
    );
  });
  return cardById(deps.db, cardId);
}

export async function freezeCard(deps: HwDeps, actor: Actor, cardId: string, freeze: boolean) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const card = await cardById(sql, cardId);
    await moveCardOrThrow(sql, card, freeze ? 'freeze' : 'unfreeze', now);
    await recordAudit(
      sql,
      {
        actor,
        action: freeze ? 'hw_card.freeze' : 'hw_card.unfreeze',
        entity_type: 'hw_card',
        entity_id: cardId,
        changes: {},
      },
      now,
    );
  });
  return cardById(deps.db, cardId);
}

export async function listCards(
  deps: HwDeps,
  f: { status?: string; holder_user_id?: string; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.holder_user_id) {
    where.push('holder_user_id = ?');
    params.push(f.holder_user_id);
  }
  const rows = await deps.db.query<CardRow>(
    `SELECT * FROM hw_cards ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY card_no LIMIT ?`,
    [...params, f.limit],
  );
  return rows.map(normaliseCard);
}

export { DEFAULT_PARAMS };
