import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CoreBankingClient } from '../../connectors/core-banking/client';
import type { EcnyOperatorClient } from '../../connectors/ecny-operator/client';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import { notFound, refused, unauthenticated } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { maskWalletId } from '../../masking/mask';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { formatYuan } from '../../shared/money';
import { toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import {
  createExchangeChannel,
  createExchangePurpose,
  findExchange,
  sweepCore,
  type ExchangeLinks,
  type ExchangeRow,
} from './exchange-orders';
import { insertExchangeOrder } from './exchange-orders';
import { reconcileDay } from './reconciliation';
import { interestOf, runInterest } from './interest-job';
import { createWallets, maskAccount, walletDto, type WalletRow } from './wallets';
import { createSubWalletChannel, createSubWalletPurpose, findMove } from './sub-wallet-orders';
import { createSubWallets } from './sub-wallets';
export { walletDto, type WalletRow };
import { CORPORATE_EXCHANGE_MAX_FEN, tierLimits, type TierTable } from './limits';

// The 2.5-layer institution's e-CNY business system: its customers' wallets at an operator (each
// wallet routed to the operator that holds it), the 433 link of a wallet to a deposit account at the
// core, freeze/unfreeze/close, and 兑出/兑回 as orders of the one bank-order lifecycle
// (exchange-orders.ts). A citizen's exchange makes its first attempt itself and waits for it.

export type EcnyDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  /** The operators this institution reaches; the first is where new wallets open by default. */
  operators: EcnyOperatorClient[];
  /** HMAC-SHA256 keys of each operator's dcep.909 notices, by operator id. */
  noticeSecrets: Record<string, string>;
  core: CoreBankingClient;
  clearingAccount: string;
  /** The institution's interest-expense account at the core (interest paid into wallets). */
  interestAccount: string;
  tiers: TierTable;
};

export function exchangeDto(e: ExchangeRow) {
  return {
    id: e.id,
    direction: e.direction,
    /** For interest (利息): the quarter it pays, e.g. 2026Q4. */
    interest_quarter: e.direction === 'interest' ? e.idem_key : null,
    amount_fen: Number(e.amount_fen),
    status: e.status,
    core_status: e.core_status,
    error_code: e.error_code,
    wallet_id_masked: maskWalletId(e.wallet_id),
    account_no_masked: maskAccount(e.account_no),
    operator_id: e.operator_id,
    created_at: toRfc3339(e.created_at),
    completed_at: toRfc3339(e.completed_at),
  };
}

type EcnyCtx = EcnyDeps & { operator(id: string): EcnyOperatorClient; links: ExchangeLinks };
type Direction = 'out' | 'back';

async function checkExchange(c: EcnyCtx, w: WalletRow, direction: Direction, amount: number) {
  if (w.status !== 'normal') throw refused('ECNY_WALLET_NOT_USABLE', '钱包已冻结或注销');
  if (!w.protocol_no || !w.account_no) throw refused('ECNY_WALLET_NOT_LINKED', '请先挂接银行账户');
  if (w.kind === 'corporate' && amount > CORPORATE_EXCHANGE_MAX_FEN)
    throw refused('ECNY_EXCHANGE_LIMIT', `单笔兑换不能超过 ${formatYuan(CORPORATE_EXCHANGE_MAX_FEN)}`);
  const live = await c.operator(w.operator_id).queryWallet(w.wallet_id);
  if (direction === 'back' && amount > live.balance_fen)
    throw refused('ECNY_INSUFFICIENT_BALANCE', '钱包余额不足');
  const limits = w.kind === 'personal' ? tierLimits(c.tiers, w.operator_id, w.wallet_level) : null;
  if (direction === 'out' && limits && live.balance_fen + amount > limits.balance_fen)
    throw refused(
      'ECNY_WALLET_BALANCE_LIMIT',
      `超出钱包余额上限：当前最多还可兑出 ${formatYuan(Math.max(0, limits.balance_fen - live.balance_fen))}`,
      { wallet_level: w.wallet_level, limit_fen: limits.balance_fen },
    );
}

async function findByKey(db: Db, ownerKey: string, key: string) {
  const r = (
    await db.query<ExchangeRow>('SELECT * FROM ecny_exchanges WHERE owner_key = ? AND idem_key = ?', [
      ownerKey,
      key,
    ])
  )[0];
  return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
}

/** The exchange row and its bank order, in one transaction (a raced duplicate key is the same one). */
async function insertExchange(
  c: EcnyCtx,
  x: { ownerKey: string; key: string; w: WalletRow; direction: Direction; amount_fen: number },
) {
  const id = newId('ex');
  const now = c.clock.now();
  const { w } = x;
  try {
    await c.db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO ecny_exchanges (id, direction, owner_key, idem_key, ecny_wallet_id, wallet_id, operator_id, account_no,
           protocol_no, amount_fen, status, core_status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,'processing','init',?)`,
        [
          id,
          x.direction,
          x.ownerKey,
          x.key,
          w.id,
          w.wallet_id,
          w.operator_id,
          w.account_no,
          w.protocol_no,
          x.amount_fen,
          now,
        ],
      );
      await insertExchangeOrder(
        sql,
        { id, user_id: w.user_id, wallet_id: w.wallet_id, amount_fen: x.amount_fen },
        now,
      );
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/**
 * 兑出 or 兑回, keyed by (owner, Idempotency-Key): the row's id is the out_trade_no of its bank order
 * and the trade_no at the operator, so a retry after a lost answer reaches the same exchange.
 */
async function exchange(
  c: EcnyCtx,
  ownerKey: string,
  w: WalletRow,
  direction: Direction,
  amount_fen: number,
  idem: IdempotencyTicket,
) {
  let ex = await findByKey(c.db, ownerKey, idem.key);
  if (!ex) {
    await checkExchange(c, w, direction, amount_fen);
    await insertExchange(c, { ownerKey, key: idem.key, w, direction, amount_fen });
    ex = (await findByKey(c.db, ownerKey, idem.key))!;
  }
  if (ex.amount_fen !== amount_fen || ex.direction !== direction || ex.ecny_wallet_id !== w.id)
    throw refused('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔不同的兑换');
  if (ex.status === 'processing') await c.orders.attempt(ex.id);
  const done = (await findExchange(c.db, ex.id))!;
  if (done.status === 'processing')
    throw refused('ECNY_EXCHANGE_OUTCOME_UNKNOWN', '兑换结果确认中，请稍后在兑换记录中查看', {
      exchange_id: ex.id,
    });
  if (done.status === 'failed')
    throw refused('ECNY_EXCHANGE_FAILED', '兑换失败，扣款已退回', {
      error_code: done.error_code,
      exchange_id: ex.id,
    });
  const body = exchangeDto(done);
  await c.db.tx((sql) => idem.record(sql, body, c.clock.now()));
  return body;
}

async function listExchanges(
  db: Db,
  f: { user_id?: string; status?: string; cursor?: string; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.user_id) {
    // The citizen's statement: their exchanges and the interest paid into their wallet.
    where.push(
      "(owner_key = ? OR (direction = 'interest' AND ecny_wallet_id IN (SELECT id FROM ecny_wallets WHERE user_id = ?)))",
    );
    params.push(f.user_id, f.user_id);
  }
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.cursor) {
    where.push('id < ?');
    params.push(f.cursor);
  }
  const rows = await db.query<ExchangeRow>(
    `SELECT * FROM ecny_exchanges ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    [...params, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(exchangeDto),
    next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

/**
 * A dcep.909 final-state notice: signature over the raw body, dedup by msg_id (a second delivery is
 * acknowledged and ignored), then the lifecycle applies the final state like any bank answer.
 */
async function receiveNotice(
  c: EcnyCtx,
  operatorId: string,
  signature: string,
  raw: string,
  env: NoticeEnvelope,
) {
  const secret = c.noticeSecrets[operatorId];
  if (!secret) throw notFound('运营机构');
  const want = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw unauthenticated('签名无效');
  if (env.head.msg_tp !== 'dcep.909') throw refused('ECNY_UNSUPPORTED_MESSAGE', '仅接收 dcep.909 终态通知');
  try {
    await c.db.exec(
      'INSERT INTO ecny_messages (msg_id, msg_tp, sender, trade_no, received_at) VALUES (?,?,?,?,?)',
      [env.head.msg_id, env.head.msg_tp, env.head.sender, env.body.trade_no, c.clock.now()],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return { msg_tp: 'dcep.900', ref_msg_id: env.head.msg_id, result: 'duplicate' };
  }
  const ex = await findExchange(c.db, env.body.trade_no);
  // A sub-wallet movement's final state travels the same way (its trade_no is its bank order's key).
  const sub = ex ? null : await subWalletMoveAt(c.db, env.body.trade_no, operatorId);
  const { status } = env.body;
  if ((status === 'SUCCESS' || status === 'FAILED') && ((ex && ex.operator_id === operatorId) || sub))
    await c.orders.applyCallback({
      out_trade_no: env.body.trade_no,
      trade_no: env.body.trade_no,
      status,
      amount_fen: env.body.amount_fen,
      error_code: env.body.reject_code ?? undefined,
      error_message: env.body.reject_reason ?? undefined,
      completed_at: env.body.completed_at,
    });
  return { msg_tp: 'dcep.900', ref_msg_id: env.head.msg_id, result: 'accepted' };
}

/** The sub-wallet movement with this trade_no, if it is one of this operator's. */
async function subWalletMoveAt(db: Db, tradeNo: string, operatorId: string) {
  const m = await findMove(db, tradeNo);
  if (!m) return null;
  const s = await db.query<{ operator_id: string }>('SELECT operator_id FROM ecny_sub_wallets WHERE id = ?', [
    m.sub_wallet_id,
  ]);
  return s[0]?.operator_id === operatorId ? m : null;
}

function ecnyCtx(deps: EcnyDeps): EcnyCtx {
  const byId = new Map(deps.operators.map((o) => [o.id, o]));
  const operator = (id: string) => {
    const o = byId.get(id);
    if (!o) throw refused('ECNY_OPERATOR_UNKNOWN', '未接入该运营机构');
    return o;
  };
  const links: ExchangeLinks = {
    db: deps.db,
    logger: deps.logger,
    core: deps.core,
    clearingAccount: deps.clearingAccount,
    operator,
  };
  return { ...deps, operator, links };
}

export function createEcnyService(deps: EcnyDeps) {
  const c = ecnyCtx(deps);
  c.orders.register('ecny_exchange', createExchangePurpose(c.links));
  c.orders.registerChannel('ecny', createExchangeChannel(c.links));
  c.orders.register('ecny_subwallet', createSubWalletPurpose());
  c.orders.registerChannel('ecny_subwallet', createSubWalletChannel(c));
  const wallets = createWallets(c);
  const subWallets = createSubWallets(c);
  const wrap =
    <A extends unknown[]>(f: (...a: A) => Promise<WalletRow>) =>
    async (...a: A) =>
      walletDto(await f(...a));
  return {
    operators: deps.operators.map((o) => o.id),
    walletOf: wallets.walletOf,
    openPersonal: wrap(wallets.openPersonal),
    openCorporate: wrap(wallets.openCorporate),
    linkMine: wrap(wallets.linkMine),
    setStatus: wrap(wallets.setStatus),
    myWallet: wallets.myWallet,
    /** Sub-wallets (子钱包) pushed to merchants/apps: push, fund, pay there, close, list (sub-wallets.ts). */
    subWallets,
    exchangeMine: async (
      userId: string,
      direction: Direction,
      amount_fen: number,
      idem: IdempotencyTicket,
    ) => {
      const w = await wallets.walletOf(userId);
      if (!w) throw refused('ECNY_WALLET_NOT_OPENED', '请先开立数字人民币钱包');
      return exchange(c, userId, w, direction, amount_fen, idem);
    },
    exchangeForWallet: async (
      id: string,
      direction: Direction,
      amount_fen: number,
      idem: IdempotencyTicket,
    ) => exchange(c, `wallet:${id}`, await wallets.walletById(id), direction, amount_fen, idem),
    listExchanges: (f: { user_id?: string; status?: string; cursor?: string; limit: number }) =>
      listExchanges(c.db, f),
    listWallets: wallets.listWallets,
    receiveNotice: (operatorId: string, signature: string, raw: string, env: NoticeEnvelope) =>
      receiveNotice(c, operatorId, signature, raw, env),
    sweepCore: () => sweepCore(c.links),
    /** Accrues every elapsed day once and pays each quarter whose 21st has come (interest-job.ts). */
    runInterest: () => runInterest({ ...deps, operator: c.operator }),
    interestOf: async (walletId: string) => interestOf(c.db, (await wallets.walletById(walletId)).id),
    /** 711/713 of every operator for a CST day against the platform's exchanges. */
    reconcile: (day: string) => reconcileDay(c.db, deps.operators, day),
  };
}

export type NoticeEnvelope = {
  head: { version: string; msg_tp: string; msg_id: string; sender: string };
  body: {
    trade_no: string;
    status: string;
    amount_fen: number;
    reject_code?: string | null;
    reject_reason?: string | null;
    completed_at?: string | null;
  };
};

export type EcnyService = ReturnType<typeof createEcnyService>;
