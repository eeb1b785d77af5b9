import { BankRefusal, type BankWallet, type BankWalletClient } from '../../connectors/bank-wallet/client';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { refused, notFound, isRefusal } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { maskPhone } from '../../masking/mask';
import { newId } from '../../shared/ids';
import { formatYuan } from '../../shared/money';
import { cstDayKey, toRfc3339, type Clock } from '../../shared/time';
import {
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from '../bank-orders';
import type { PaymentPinService } from '../payment-pin';

// A citizen's e-CNY wallet as the platform sees it: bound by phone + OTP at the bank, balance and
// level limits read from the bank, top-ups from the bound bank card. Top-up money never passes
// through the platform (card → wallet inside the bank), so it has no ledger postings; the top-up
// rows are the platform's record; the bank call is an order of the one bank-order lifecycle (purpose
// 'topup'), reconciled against the bank's file like every other order.

export type WalletDeps = {
  db: Db;
  clock: Clock;
  bank: BankWalletClient;
  orders: PaymentService;
  /** Payment PINs: once a citizen has set one, every top-up is confirmed with it (a payment token). */
  pins: Pick<PaymentPinService, 'isSet' | 'consumeToken'>;
  /** Payouts waiting for this citizen's wallet are released once it is bound. */
  onBound?: (userId: string, walletId: string) => Promise<unknown>;
};

type BindingRow = {
  user_id: string;
  wallet_id: string;
  wallet_id_masked: string;
  wallet_level: string;
  phone_masked: string;
  card_no_masked: string | null;
  bound_at: Date | string;
};

type TopupRow = {
  id: string;
  user_id: string;
  idem_key: string;
  wallet_id: string;
  amount_fen: number;
  status: 'processing' | 'succeeded' | 'failed';
  error_code: string | null;
  bank_trade_no: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

const notBound = () => refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');

function topupDto(t: TopupRow) {
  return {
    id: t.id,
    amount_fen: Number(t.amount_fen),
    status: t.status,
    error_code: t.error_code,
    created_at: toRfc3339(t.created_at),
    completed_at: toRfc3339(t.completed_at),
  };
}

/** What the wallet's level still allows today (CST day and year, as the bank counts them). */
export function headroom(w: BankWallet) {
  if (!w.limits) return null;
  return {
    balance_fen: Math.max(0, w.limits.balance_fen - w.total_balance_fen),
    daily_payment_fen: Math.max(0, w.limits.daily_fen - w.usage.daily_paid_fen),
    yearly_payment_fen: Math.max(0, w.limits.yearly_fen - w.usage.yearly_paid_fen),
    per_payment_fen: w.limits.per_payment_fen,
  };
}

/** The top-up row follows its bank order (inside the lifecycle's transaction). */
async function closeTopup(sql: Sql, o: PaymentRow, status: 'succeeded' | 'failed', now: Date) {
  await sql.exec(
    "UPDATE wallet_topups SET status = ?, error_code = ?, bank_trade_no = ?, completed_at = ? WHERE id = ? AND status = 'processing'",
    [
      status,
      status === 'failed' ? (o.last_error ?? 'TOPUP_FAILED').split(':')[0].slice(0, 48) : null,
      o.bank_trade_no,
      o.completed_at ?? now,
      o.ref_id,
    ],
  );
}

const topupPurpose: PaymentPurpose = {
  // A top-up never passes the platform's ledger (card → the citizen's own wallet): its leg is the
  // succeeded top-up row.
  bookedFen: async (sql, o) =>
    Number(
      (
        await sql.query<{ s: unknown }>(
          "SELECT SUM(amount_fen) AS s FROM wallet_topups WHERE status = 'succeeded' AND id = ?",
          [o.ref_id],
        )
      )[0]?.s ?? 0,
    ),
  onDispatch: async () => undefined,
  onConfirm: (sql, o, now) => closeTopup(sql, o, 'succeeded', now),
  onRefuse: (sql, o, now) => closeTopup(sql, o, 'failed', now),
  onCancel: (sql, o, now) => closeTopup(sql, { ...o, last_error: 'CANCELLED' }, 'failed', now),
};

export function createWalletService(deps: WalletDeps) {
  const ctx = makeWalletServiceContext(deps);
  return {
    binding: binding.bind(null, ctx),
    startBinding: startBinding.bind(null, ctx),
    confirmBinding: confirmBinding.bind(null, ctx),
    getWallet: getWallet.bind(null, ctx),
    topUp: topUp.bind(null, ctx),
    listTopups: listTopups.bind(null, ctx),
  };
}

type WalletServiceContext = ReturnType<typeof makeWalletServiceContext>;

/** The state and collaborators that createWalletService's operations share. */
function makeWalletServiceContext(deps: WalletDeps) {
  const { db, clock, bank, orders } = deps;
  orders.register('topup', topupPurpose);
  return { deps, db, clock, bank, orders };
}

async function binding(ctx: WalletServiceContext, userId: string): Promise<BindingRow | null> {
  const { db } = ctx;
  return (await db.query<BindingRow>('SELECT * FROM wallet_bindings WHERE user_id = ?', [userId]))[0] ?? null;
}

async function startBinding(ctx: WalletServiceContext, userId: string, phone: string) {
  const { bank, db, clock } = ctx;
  const started = await bank.startBinding(phone);
  await db.exec(
    'INSERT INTO wallet_binding_requests (binding_id, user_id, phone_masked, expires_at, created_at) VALUES (?,?,?,?,?)',
    [started.binding_id, userId, maskPhone(phone), new Date(started.otp_expires_at), clock.now()],
  );
  return {
    binding_id: started.binding_id,
    phone_masked: started.phone_masked,
    otp_expires_at: toRfc3339(started.otp_expires_at),
  };
}

async function confirmBinding(ctx: WalletServiceContext, userId: string, bindingId: string, otp: string) {
  const { db, bank, clock, deps } = ctx;
  const req = (
    await db.query<{ user_id: string; phone_masked: string }>(
      'SELECT user_id, phone_masked FROM wallet_binding_requests WHERE binding_id = ?',
      [bindingId],
    )
  )[0];
  // Another citizen's binding id is as unknown to this one as a made-up id.
  if (!req || req.user_id !== userId) throw notFound('绑定请求');
  const confirmed = await bank.confirmBinding(bindingId, otp);
  const wallet = await bank.getWallet(confirmed.wallet_id);
  const now = clock.now();
  const row = {
    wallet_id: wallet.wallet_id,
    wallet_id_masked: wallet.wallet_id_masked,
    wallet_level: wallet.wallet_level,
    phone_masked: req.phone_masked,
    card_no_masked:
      (confirmed as { bank_card?: { card_no_masked?: string } }).bank_card?.card_no_masked ?? null,
  };
  await db.tx(async (sql) => {
    // Insert first, update on a duplicate: an UPDATE that misses takes a gap lock on InnoDB, and
    // citizens binding at the same moment then deadlock on each other's inserts.
    try {
      await sql.exec(
        'INSERT INTO wallet_bindings (user_id, wallet_id, wallet_id_masked, wallet_level, phone_masked, card_no_masked, bound_at, updated_at) VALUES (?,?,?,?,?,?,?,?)',
        [userId, ...Object.values(row), now, now],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      await sql.exec(
        'UPDATE wallet_bindings SET wallet_id = ?, wallet_id_masked = ?, wallet_level = ?, phone_masked = ?, card_no_masked = ?, updated_at = ? WHERE user_id = ?',
        [...Object.values(row), now, userId],
      );
    }
    await sql.exec('DELETE FROM wallet_binding_requests WHERE binding_id = ?', [bindingId]);
  });
  await deps.onBound?.(userId, wallet.wallet_id);
  return getWallet(ctx, userId);
}

/** Balance, level limits and what they still allow, read live from the bank. */
async function getWallet(ctx: WalletServiceContext, userId: string) {
  const { bank, clock } = ctx;
  const b = await binding(ctx, userId);
  if (!b) return { bound: false as const };
  const w = await bank.getWallet(b.wallet_id);
  return {
    bound: true as const,
    wallet_id_masked: w.wallet_id_masked,
    wallet_type: w.wallet_type,
    wallet_level: w.wallet_level,
    status: w.status,
    phone_masked: b.phone_masked,
    card_no_masked: b.card_no_masked,
    balance_fen: w.balance_fen,
    restricted_balance_fen: w.restricted_balance_fen,
    total_balance_fen: w.total_balance_fen,
    limits: w.limits,
    usage: w.usage,
    headroom: headroom(w),
    as_of: toRfc3339(clock.now()),
    day: cstDayKey(clock.now()),
  };
}

function checkTopupAgainstLimits(ctx: WalletServiceContext, w: BankWallet, amount: number) {
  if (w.status !== 'normal') throw refused('WALLET_NOT_USABLE', '钱包已冻结或注销，暂不能充值');
  const room = headroom(w);
  if (room && amount > room.balance_fen) {
    throw refused(
      'WALLET_BALANCE_LIMIT',
      `超出钱包余额上限：当前最多还可充值 ${formatYuan(room.balance_fen)}`,
      { headroom_fen: room.balance_fen, limit_fen: w.limits!.balance_fen, wallet_level: w.wallet_level },
    );
  }
}

async function findTopup(ctx: WalletServiceContext, userId: string, idemKey: string) {
  const { db } = ctx;
  return (
    await db.query<TopupRow>('SELECT * FROM wallet_topups WHERE user_id = ? AND idem_key = ?', [
      userId,
      idemKey,
    ])
  )[0];
}

/**
 * Tops the wallet up from the bound card. The top-up row is keyed by (citizen, Idempotency-Key) and
 * its id is the bank's out_trade_no, so a retried request, even after a crash mid-call, reaches the
 * same bank order. The level limits are checked before the call (with the bank's live figures) and
 * the bank checks them again when it books the money.
 */
async function topUp(
  ctx: WalletServiceContext,
  userId: string,
  amount_fen: number,
  idempotency: IdempotencyTicket,
  paymentToken?: string,
) {
  const { bank, clock, db, orders, deps } = ctx;
  const b = await binding(ctx, userId);
  if (!b) throw notBound();
  let t = await findTopup(ctx, userId, idempotency.key);
  if (!t) {
    // A retry under the same key found its row above: the first request already used the token.
    if (paymentToken === undefined && (await deps.pins.isSet(userId))) {
      throw refused('PAYMENT_TOKEN_REQUIRED', '请输入支付密码确认充值');
    }
    checkTopupAgainstLimits(ctx, await bank.getWallet(b.wallet_id), amount_fen);
    const id = newId('tup');
    const now = clock.now();
    try {
      await db.tx(async (sql) => {
        if (paymentToken !== undefined) {
          await deps.pins.consumeToken(sql, { userId, purpose: 'topup', amount_fen, token: paymentToken });
        }
        await sql.exec(
          "INSERT INTO wallet_topups (id, user_id, idem_key, wallet_id, amount_fen, status, created_at) VALUES (?,?,?,?,?,'processing',?)",
          [id, userId, idempotency.key, b.wallet_id, amount_fen, now],
        );
        const order = { out_trade_no: id, purpose: 'topup' as const, ref_id: id, generation: 1 };
        await insertPayments(
          sql,
          [
            {
              ...order,
              campaign_id: null,
              user_id: userId,
              amount_fen,
              channel: 'topup',
              payee_wallet_id: b.wallet_id,
              not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
            },
          ],
          now,
        );
      });
    } catch (err) {
      // A duplicate of this very request won the race: it holds the row (and used the token).
      const lostRace = isDuplicateKeyError(err) || isRefusal(err, 'PAYMENT_TOKEN_INVALID');
      if (!lostRace || !(await findTopup(ctx, userId, idempotency.key))) throw err;
    }
    t = (await findTopup(ctx, userId, idempotency.key))!;
  }
  // A retry must be the same request: a different amount under the same key is refused, not run.
  if (Number(t.amount_fen) !== amount_fen)
    throw refused('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔不同金额的充值');
  if (t.status === 'processing') await orders.attempt(t.id);
  const done = (await findTopup(ctx, userId, idempotency.key))!;
  if (done.status === 'processing')
    throw refused('TOPUP_OUTCOME_UNKNOWN', '充值结果确认中，请稍后在充值记录中查看', {
      topup_id: t.id,
    });
  if (done.status === 'failed') throw new BankRefusal(done.error_code ?? 'TOPUP_FAILED', '充值失败');
  const body = { ...topupDto(done), wallet: await getWallet(ctx, userId) };
  await db.tx((sql) => idempotency.record(sql, body, clock.now()));
  return body;
}

async function listTopups(ctx: WalletServiceContext, userId: string, f: { cursor?: string; limit: number }) {
  const { db } = ctx;
  const rows = await db.query<TopupRow>(
    `SELECT * FROM wallet_topups WHERE user_id = ? ${f.cursor ? 'AND id < ?' : ''} ORDER BY id DESC LIMIT ?`,
    f.cursor ? [userId, f.cursor, f.limit + 1] : [userId, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(topupDto),
    next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export type WalletService = ReturnType<typeof createWalletService>;
