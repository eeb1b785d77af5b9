import { pageById } from '../../db/page';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { maskWalletId } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { formatYuan } from '../../shared/money';
import { toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { EcnyOperatorClient } from '../../connectors/ecny-operator/client';
import { tierLimits, type TierTable } from './limits';
import {
  findMove,
  findSubWallet,
  insertMoveOrder,
  normaliseSubWallet,
  reserve,
  type MoveKind,
  type MoveRow,
  type SubWalletRow,
} from './sub-wallet-orders';
import { operatorRefusal, walletOf, type WalletRow } from './wallets';

// Sub-wallets (子钱包) pushed from a citizen's personal wallet to one merchant or app (a transit or
// parking app, say), as the e-CNY App does: the parent funds it, it pays only at that merchant within
// its own balance cap and per-payment limit, and closing it returns its balance to the parent —
// once. Each movement is a bank order of the one lifecycle (sub-wallet-orders.ts); the citizen's
// request makes the first attempt itself and waits for it, like a 兑出.

export type SubWalletDeps = {
  db: Db;
  clock: Clock;
  orders: PaymentService;
  tiers: TierTable;
  operator(id: string): EcnyOperatorClient;
};

export type PushInput = {
  merchant_id: string;
  name?: string;
  balance_cap_fen: number;
  per_payment_fen: number;
};

export function subWalletDto(s: SubWalletRow) {
  return {
    id: s.id,
    parent_id: s.parent_id,
    merchant_id: s.merchant_id,
    name: s.name,
    operator_id: s.operator_id,
    wallet_id_masked: maskWalletId(s.wallet_id),
    balance_cap_fen: s.balance_cap_fen,
    per_payment_fen: s.per_payment_fen,
    balance_fen: s.balance_fen,
    incoming_fen: s.incoming_fen,
    status: s.status,
    created_at: toRfc3339(s.created_at),
    closed_at: toRfc3339(s.closed_at),
  };
}

export function moveDto(m: MoveRow) {
  return {
    id: m.id,
    sub_wallet_id: m.sub_wallet_id,
    kind: m.kind,
    merchant_id: m.merchant_id,
    amount_fen: m.amount_fen,
    status: m.status,
    error_code: m.error_code,
    created_at: toRfc3339(m.created_at),
    completed_at: toRfc3339(m.completed_at),
  };
}

async function usableParent(d: SubWalletDeps, userId: string): Promise<WalletRow> {
  const w = await walletOf(d, userId);
  if (!w) throw refused('ECNY_WALLET_NOT_OPENED', '请先开立数字人民币钱包');
  if (w.status !== 'normal') throw refused('ECNY_WALLET_NOT_USABLE', '钱包已冻结或注销');
  return w;
}

/** The caps must fit inside the parent's tier: a sub-wallet cannot hold or pay more than its parent may. */
function checkCaps(d: SubWalletDeps, w: WalletRow, input: PushInput) {
  if (input.per_payment_fen > input.balance_cap_fen)
    throw refused('ECNY_SUB_WALLET_LIMIT', '单笔支付限额不能高于余额上限');
  const tier = tierLimits(d.tiers, w.operator_id, w.wallet_level);
  if (tier && input.balance_cap_fen > tier.balance_fen)
    throw refused('ECNY_SUB_WALLET_LIMIT', `余额上限不能超过钱包等级上限 ${formatYuan(tier.balance_fen)}`);
  if (tier && input.per_payment_fen > tier.per_payment_fen)
    throw refused(
      'ECNY_SUB_WALLET_LIMIT',
      `单笔支付限额不能超过钱包等级单笔限额 ${formatYuan(tier.per_payment_fen)}`,
    );
}

const EXISTS = () => refused('ECNY_SUB_WALLET_EXISTS', '您已向该商户推送了子钱包');

/** Pushes a sub-wallet of the citizen's wallet to a merchant: one open sub-wallet per merchant. */
export async function pushSubWallet(d: SubWalletDeps, userId: string, input: PushInput) {
  const w = await usableParent(d, userId);
  const merchant = (
    await d.db.query<{ id: string; name: string }>('SELECT id, name FROM merchants WHERE id = ?', [
      input.merchant_id,
    ])
  )[0];
  if (!merchant) throw notFound('商户');
  checkCaps(d, w, input);
  const live = await d.db.query<{ id: string }>(
    'SELECT id FROM ecny_sub_wallets WHERE parent_id = ? AND open_key = ?',
    [w.id, merchant.id],
  );
  if (live.length) throw EXISTS();
  const name = input.name ?? merchant.name.slice(0, 64);
  const pushed = await d
    .operator(w.operator_id)
    .pushSubWallet({
      parent_wallet_id: w.wallet_id,
      merchant_no: merchant.id,
      name,
      balance_cap_fen: input.balance_cap_fen,
      per_payment_fen: input.per_payment_fen,
    })
    .catch(operatorRefusal);
  const id = newId('esw');
  const now = d.clock.now();
  try {
    await d.db.exec(
      `INSERT INTO ecny_sub_wallets (id, parent_id, user_id, operator_id, wallet_id, merchant_id, name, balance_cap_fen,
         per_payment_fen, balance_fen, incoming_fen, in_flight, status, open_key, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,0,0,0,'open',?,?,?)`,
      [
        id,
        w.id,
        userId,
        w.operator_id,
        pushed.wallet_id,
        merchant.id,
        name,
        input.balance_cap_fen,
        input.per_payment_fen,
        merchant.id,
        now,
        now,
      ],
    );
  } catch (err) {
    // Two pushes at once: the other one holds the merchant (this one's empty sub-wallet at the
    // operator is never funded and pays nowhere).
    if (isDuplicateKeyError(err)) throw EXISTS();
    throw err;
  }
  return subWalletDto((await findSubWallet(d.db, id))!);
}

async function mine(d: SubWalletDeps, userId: string, id: string) {
  const s = await findSubWallet(d.db, id);
  if (!s || s.user_id !== userId) throw notFound('子钱包');
  return s;
}

/** Why a new movement is refused, in the citizen's terms (checked again atomically by reserve()). */
async function checkMove(
  d: SubWalletDeps,
  s: SubWalletRow,
  kind: MoveKind,
  amount: number,
  merchantId: string | null,
) {
  if (s.status === 'closed') throw refused('ECNY_SUB_WALLET_CLOSED', '子钱包已关闭');
  if (s.status === 'closing') throw refused('ECNY_SUB_WALLET_BUSY', '子钱包正在关闭');
  if (kind === 'close' && s.in_flight > 0)
    throw refused('ECNY_SUB_WALLET_BUSY', '子钱包尚有处理中的交易，请稍后再关闭');
  if (kind === 'pay') {
    if (merchantId !== s.merchant_id)
      throw refused('ECNY_SUB_WALLET_MERCHANT_NOT_ALLOWED', '该子钱包只能在推送的商户支付');
    if (amount > s.per_payment_fen)
      throw refused('ECNY_SUB_WALLET_LIMIT', `超出子钱包单笔支付限额 ${formatYuan(s.per_payment_fen)}`);
    if (amount > s.balance_fen) throw refused('ECNY_INSUFFICIENT_BALANCE', '子钱包余额不足');
  }
  if (kind === 'fund') {
    if (s.balance_fen + s.incoming_fen + amount > s.balance_cap_fen)
      throw refused(
        'ECNY_SUB_WALLET_BALANCE_LIMIT',
        `超出子钱包余额上限：当前最多还可充入 ${formatYuan(Math.max(0, s.balance_cap_fen - s.balance_fen - s.incoming_fen))}`,
      );
    const parent = (await d.db.query<WalletRow>('SELECT * FROM ecny_wallets WHERE id = ?', [s.parent_id]))[0];
    if (!parent || parent.status !== 'normal') throw refused('ECNY_WALLET_NOT_USABLE', '钱包已冻结或注销');
    const live = await d.operator(parent.operator_id).queryWallet(parent.wallet_id);
    if (live.balance_fen < amount) throw refused('ECNY_INSUFFICIENT_BALANCE', '钱包余额不足');
  }
}

async function findByKey(db: Db, ownerKey: string, key: string) {
  const r = (
    await db.query<MoveRow>('SELECT * FROM ecny_sub_wallet_moves WHERE owner_key = ? AND idem_key = ?', [
      ownerKey,
      key,
    ])
  )[0];
  return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
}

type MoveRequest = {
  ownerKey: string;
  key: string;
  kind: MoveKind;
  amount_fen: number;
  merchant_id: string | null;
};

class ReservationLost extends Error {}

/**
 * Inserts the movement (with its reservation and bank order) unless a raced retry already did. A
 * reservation lost to a concurrent movement is refused for the reason the sub-wallet now gives.
 */
async function insertMove(d: SubWalletDeps, s: SubWalletRow, r: MoveRequest) {
  const now = d.clock.now();
  const m: MoveRow = {
    id: newId('esm'),
    sub_wallet_id: s.id,
    kind: r.kind,
    owner_key: r.ownerKey,
    idem_key: r.key,
    merchant_id: r.merchant_id,
    amount_fen: r.amount_fen,
    status: 'processing',
    error_code: null,
    created_at: now,
    completed_at: null,
  };
  try {
    await d.db.tx(async (sql) => {
      await insertMoveOrder(sql, m, s, now);
      if (!(await reserve(sql, s, m, now))) throw new ReservationLost();
    });
  } catch (err) {
    if (err instanceof ReservationLost) {
      await checkMove(d, (await findSubWallet(d.db, s.id))!, r.kind, r.amount_fen, r.merchant_id);
      throw refused('ECNY_SUB_WALLET_BUSY', '子钱包状态已变化，请刷新后重试');
    }
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/** Makes (or finds) a movement, waits for its first attempt, and answers its final state. */
async function runMove(d: SubWalletDeps, s: SubWalletRow, r: MoveRequest, record?: IdempotencyTicket) {
  let m = await findByKey(d.db, r.ownerKey, r.key);
  if (!m) {
    await checkMove(d, s, r.kind, r.amount_fen, r.merchant_id);
    await insertMove(d, s, r);
    m = (await findByKey(d.db, r.ownerKey, r.key))!;
  }
  if (
    m.sub_wallet_id !== s.id ||
    m.kind !== r.kind ||
    m.amount_fen !== r.amount_fen ||
    m.merchant_id !== r.merchant_id
  )
    throw refused('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔子钱包交易');
  if (m.status === 'processing') await d.orders.attempt(m.id);
  const done = (await findMove(d.db, m.id))!;
  if (done.status === 'processing')
    throw refused('ECNY_SUB_WALLET_OUTCOME_UNKNOWN', '交易结果确认中，请稍后在子钱包中查看', {
      move_id: m.id,
    });
  if (done.status === 'failed')
    throw refused('ECNY_SUB_WALLET_FAILED', '子钱包交易失败，资金未动', {
      error_code: done.error_code,
      move_id: m.id,
    });
  const body = { move: moveDto(done), sub_wallet: subWalletDto((await findSubWallet(d.db, s.id))!) };
  if (record) await d.db.tx((sql) => record.record(sql, body, d.clock.now()));
  return body;
}

/**
 * Closes a sub-wallet, returning its whole balance to the parent. The key is the sub-wallet's own (a
 * second close reaches the first and answers it: the balance returns once); only after a close that
 * failed for good may another be made.
 */
async function closeSubWallet(d: SubWalletDeps, userId: string, id: string) {
  const s = await mine(d, userId, id);
  const ownerKey = `close:${s.id}`;
  const closes = await d.db.query<{ idem_key: string; status: string; amount_fen: unknown }>(
    'SELECT idem_key, status, amount_fen FROM ecny_sub_wallet_moves WHERE owner_key = ? ORDER BY created_at DESC, id DESC',
    [ownerKey],
  );
  const last = closes[0];
  const again = !last || (last.status === 'failed' && s.status === 'open');
  const request: MoveRequest = again
    ? {
        ownerKey,
        key: String(closes.length + 1),
        kind: 'close',
        amount_fen: s.balance_fen,
        merchant_id: null,
      }
    : { ownerKey, key: last.idem_key, kind: 'close', amount_fen: Number(last.amount_fen), merchant_id: null };
  return runMove(d, s, request);
}

async function listMine(db: Db, userId: string) {
  const rows = await db.query<SubWalletRow>(
    'SELECT * FROM ecny_sub_wallets WHERE user_id = ? ORDER BY id DESC LIMIT 100',
    [userId],
  );
  return { items: rows.map((r) => subWalletDto(normaliseSubWallet(r))) };
}

async function movesOf(d: SubWalletDeps, userId: string, id: string) {
  const s = await mine(d, userId, id);
  const rows = await d.db.query<MoveRow>(
    'SELECT * FROM ecny_sub_wallet_moves WHERE sub_wallet_id = ? ORDER BY id DESC LIMIT 100',
    [s.id],
  );
  return { items: rows.map((r) => moveDto({ ...r, amount_fen: Number(r.amount_fen) })) };
}

/** The officer's list: masked sub-wallet ids, no holder. */
async function listAll(db: Db, f: { status?: string; cursor?: string; limit: number }) {
  const page = await pageById<SubWalletRow>(db, 'ecny_sub_wallets', { status: f.status }, f);
  return { items: page.rows.map((r) => subWalletDto(normaliseSubWallet(r))), next_cursor: page.next_cursor };
}

export function createSubWallets(d: SubWalletDeps) {
  return {
    push: (userId: string, input: PushInput) => pushSubWallet(d, userId, input),
    listMine: (userId: string) => listMine(d.db, userId),
    moves: (userId: string, id: string) => movesOf(d, userId, id),
    fund: async (userId: string, id: string, amount_fen: number, idem: IdempotencyTicket) =>
      runMove(
        d,
        await mine(d, userId, id),
        { ownerKey: userId, key: idem.key, kind: 'fund', amount_fen, merchant_id: null },
        idem,
      ),
    pay: async (
      userId: string,
      id: string,
      merchantId: string,
      amount_fen: number,
      idem: IdempotencyTicket,
    ) =>
      runMove(
        d,
        await mine(d, userId, id),
        { ownerKey: userId, key: idem.key, kind: 'pay', amount_fen, merchant_id: merchantId },
        idem,
      ),
    close: (userId: string, id: string) => closeSubWallet(d, userId, id),
    listAll: (f: { status?: string; cursor?: string; limit: number }) => listAll(d.db, f),
  };
}

export type SubWallets = ReturnType<typeof createSubWallets>;
