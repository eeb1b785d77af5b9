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
import { INLINE_ATTEMPT_GRACE_MS, insertPayments, type PaymentService } from '../bank-orders';
import {
  createExchangeChannel,
  createExchangePurpose,
  findExchange,
  sweepCore,
  type ExchangeLinks,
  type ExchangeRow,
} from './exchange-orders';
import { reconcileDay } from './reconciliation';
import { createWallets, maskAccount, walletDto, type WalletRow, type Wallets } from './wallets';
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
  tiers: TierTable;
};

export function exchangeDto(e: ExchangeRow) {
  return {
    id: e.id,
    direction: e.direction,
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

export function createEcnyService(deps: EcnyDeps) {
  const { db, clock, orders } = deps;
  const byId = new Map(deps.operators.map((o) => [o.id, o]));
  const operator = (id: string) => {
    const o = byId.get(id);
    if (!o) throw refused('ECNY_OPERATOR_UNKNOWN', '未接入该运营机构');
    return o;
  };
  const links: ExchangeLinks = {
    db,
    logger: deps.logger,
    core: deps.core,
    clearingAccount: deps.clearingAccount,
    operator,
  };
  orders.register('ecny_exchange', createExchangePurpose(links));
  orders.registerChannel('ecny', createExchangeChannel(links));
  const wallets = createWallets({
    db,
    clock,
    core: deps.core,
    tiers: deps.tiers,
    operators: deps.operators,
    operator,
  });
  const { walletOf, walletById } = wallets;

  async function checkExchange(w: WalletRow, direction: 'out' | 'back', amount: number) {
    if (w.status !== 'normal') throw refused('ECNY_WALLET_NOT_USABLE', '钱包已冻结或注销');
    if (!w.protocol_no || !w.account_no) throw refused('ECNY_WALLET_NOT_LINKED', '请先挂接银行账户');
    if (w.kind === 'corporate' && amount > CORPORATE_EXCHANGE_MAX_FEN)
      throw refused('ECNY_EXCHANGE_LIMIT', `单笔兑换不能超过 ${formatYuan(CORPORATE_EXCHANGE_MAX_FEN)}`);
    const live = await operator(w.operator_id).queryWallet(w.wallet_id);
    if (direction === 'back' && amount > live.balance_fen)
      throw refused('ECNY_INSUFFICIENT_BALANCE', '钱包余额不足');
    const limits = w.kind === 'personal' ? tierLimits(deps.tiers, w.operator_id, w.wallet_level) : null;
    if (direction === 'out' && limits && live.balance_fen + amount > limits.balance_fen)
      throw refused(
        'ECNY_WALLET_BALANCE_LIMIT',
        `超出钱包余额上限：当前最多还可兑出 ${formatYuan(Math.max(0, limits.balance_fen - live.balance_fen))}`,
        { wallet_level: w.wallet_level, limit_fen: limits.balance_fen },
      );
  }

  async function findByKey(ownerKey: string, key: string) {
    const r = (
      await db.query<ExchangeRow>('SELECT * FROM ecny_exchanges WHERE owner_key = ? AND idem_key = ?', [
        ownerKey,
        key,
      ])
    )[0];
    return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
  }

  /**
   * 兑出 or 兑回, keyed by (owner, Idempotency-Key): the row's id is the out_trade_no of its bank order
   * and the trade_no at the operator, so a retry after a lost answer reaches the same exchange.
   */
  async function exchange(
    ownerKey: string,
    w: WalletRow,
    direction: 'out' | 'back',
    amount_fen: number,
    idem: IdempotencyTicket,
  ) {
    let ex = await findByKey(ownerKey, idem.key);
    if (!ex) {
      await checkExchange(w, direction, amount_fen);
      const id = newId('ex');
      const now = clock.now();
      try {
        await db.tx(async (sql) => {
          await sql.exec(
            `INSERT INTO ecny_exchanges (id, direction, owner_key, idem_key, ecny_wallet_id, wallet_id, operator_id, account_no,
               protocol_no, amount_fen, status, core_status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,'processing','init',?)`,
            [
              id,
              direction,
              ownerKey,
              idem.key,
              w.id,
              w.wallet_id,
              w.operator_id,
              w.account_no,
              w.protocol_no,
              amount_fen,
              now,
            ],
          );
          await insertPayments(
            sql,
            [
              {
                out_trade_no: id,
                purpose: 'ecny_exchange',
                ref_id: id,
                generation: 1,
                campaign_id: null,
                user_id: w.user_id,
                amount_fen,
                channel: 'ecny',
                payee_wallet_id: w.wallet_id,
                not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
              },
            ],
            now,
          );
        });
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
      }
      ex = (await findByKey(ownerKey, idem.key))!;
    }
    if (ex.amount_fen !== amount_fen || ex.direction !== direction || ex.ecny_wallet_id !== w.id)
      throw refused('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔不同的兑换');
    if (ex.status === 'processing') await orders.attempt(ex.id);
    const done = (await findExchange(db, ex.id))!;
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
    await db.tx((sql) => idem.record(sql, body, clock.now()));
    return body;
  }

  async function exchangeMine(
    userId: string,
    direction: 'out' | 'back',
    amount_fen: number,
    idem: IdempotencyTicket,
  ) {
    const w = await walletOf(userId);
    if (!w) throw refused('ECNY_WALLET_NOT_OPENED', '请先开立数字人民币钱包');
    return exchange(userId, w, direction, amount_fen, idem);
  }

  async function exchangeForWallet(
    id: string,
    direction: 'out' | 'back',
    amount_fen: number,
    idem: IdempotencyTicket,
  ) {
    return exchange(`wallet:${id}`, await walletById(id), direction, amount_fen, idem);
  }

  async function listExchanges(f: { user_id?: string; status?: string; cursor?: string; limit: number }) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.user_id) {
      where.push('owner_key = ?');
      params.push(f.user_id);
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
  async function receiveNotice(operatorId: string, signature: string, raw: string, env: NoticeEnvelope) {
    const secret = deps.noticeSecrets[operatorId];
    if (!secret) throw notFound('运营机构');
    const want = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
    const got = Buffer.from(signature);
    if (want.length !== got.length || !timingSafeEqual(want, got)) throw unauthenticated('签名无效');
    if (env.head.msg_tp !== 'dcep.909') throw refused('ECNY_UNSUPPORTED_MESSAGE', '仅接收 dcep.909 终态通知');
    try {
      await db.exec(
        'INSERT INTO ecny_messages (msg_id, msg_tp, sender, trade_no, received_at) VALUES (?,?,?,?,?)',
        [env.head.msg_id, env.head.msg_tp, env.head.sender, env.body.trade_no, clock.now()],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      return { msg_tp: 'dcep.900', ref_msg_id: env.head.msg_id, result: 'duplicate' };
    }
    const ex = await findExchange(db, env.body.trade_no);
    if (
      ex &&
      ex.operator_id === operatorId &&
      (env.body.status === 'SUCCESS' || env.body.status === 'FAILED')
    ) {
      await orders.applyCallback({
        out_trade_no: ex.id,
        trade_no: env.body.trade_no,
        status: env.body.status,
        amount_fen: env.body.amount_fen,
        error_code: env.body.reject_code ?? undefined,
        error_message: env.body.reject_reason ?? undefined,
        completed_at: env.body.completed_at,
      });
    }
    return { msg_tp: 'dcep.900', ref_msg_id: env.head.msg_id, result: 'accepted' };
  }

  return {
    operators: deps.operators.map((o) => o.id),
    walletOf,
    openPersonal: async (...a: Parameters<Wallets['openPersonal']>) =>
      walletDto(await wallets.openPersonal(...a)),
    openCorporate: async (...a: Parameters<Wallets['openCorporate']>) =>
      walletDto(await wallets.openCorporate(...a)),
    linkMine: async (userId: string, accountNo: string) =>
      walletDto(await wallets.linkMine(userId, accountNo)),
    setStatus: async (...a: Parameters<Wallets['setStatus']>) => walletDto(await wallets.setStatus(...a)),
    myWallet: wallets.myWallet,
    exchangeMine,
    exchangeForWallet,
    listExchanges,
    listWallets: wallets.listWallets,
    receiveNotice,
    sweepCore: () => sweepCore(links),
    /** 711/713 of every operator for a CST day against the platform's exchanges. */
    reconcile: (day: string) => reconcileDay(db, deps.operators, day),
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
