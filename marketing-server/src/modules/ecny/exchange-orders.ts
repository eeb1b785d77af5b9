import type { BankOrder } from '../../connectors/bank-wallet/client';
import type { CoreBankingClient } from '../../connectors/core-banking/client';
import type { EcnyOperatorClient, OperatorTrade } from '../../connectors/ecny-operator/client';
import type { Db, Sql } from '../../db/sql';
import { accounts, post } from '../ledger';
import type { Logger } from '../../shared/logger';
import {
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type ChannelDriver,
  type PaymentPurpose,
  type PaymentRow,
} from '../bank-orders';

// Every exchange is a bank order of the one lifecycle (purpose 'ecny_exchange', channel 'ecny').
//
// 兑出 (out, deposit → wallet): the send first debits the customer's deposit account at the core
// (serial <id>D, a resend returns the first answer), then sends 225 to the wallet's operator. A core
// refusal is the order's final failure (nothing moved). A final failure at the operator (226/909
// FAILED) reverses the core debit (冲正, serial <id>R) after the commit; a sweep finishes reversals
// the core did not answer. 兑回 (back, wallet → deposit): 221 to the operator, which debits the wallet;
// once its final state is SUCCESS the deposit account is credited (serial <id>C) after the commit,
// and a sweep finishes credits the core did not answer (a refusal there is an exception for a person).
//
// Interest (direction 'interest', interest-job.ts) travels like a 兑出 whose core debit is the
// institution's interest-expense account instead of a customer's deposit account.
//
// Ledger: dispatch moves the amount from its origin (core_deposits for out, ecny_interest_expense for
// interest, ecny_in_circulation for back) to ecny_exchange_pending; confirmation to the destination;
// a final failure back to the origin.

export type ExchangeRow = {
  id: string;
  direction: 'out' | 'back' | 'interest';
  owner_key: string;
  idem_key: string;
  ecny_wallet_id: string;
  wallet_id: string;
  operator_id: string;
  account_no: string;
  protocol_no: string;
  amount_fen: number;
  status: 'processing' | 'succeeded' | 'failed';
  core_status: 'init' | 'debited' | 'none' | 'crediting' | 'credited' | 'reversed' | 'failed';
  error_code: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

export type ExchangeLinks = {
  db: Db;
  logger: Logger;
  core: CoreBankingClient;
  clearingAccount: string;
  operator(id: string): EcnyOperatorClient;
};

/** The bank order of an exchange (or an interest payment), in the exchange row's transaction. */
export async function insertExchangeOrder(
  sql: Sql,
  x: { id: string; user_id: string | null; wallet_id: string; amount_fen: number },
  now: Date,
) {
  await insertPayments(
    sql,
    [
      {
        out_trade_no: x.id,
        purpose: 'ecny_exchange',
        ref_id: x.id,
        generation: 1,
        campaign_id: null,
        user_id: x.user_id,
        amount_fen: x.amount_fen,
        channel: 'ecny',
        payee_wallet_id: x.wallet_id,
        not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
      },
    ],
    now,
  );
}

export async function findExchange(sql: Sql, id: string): Promise<ExchangeRow | null> {
  const r = (await sql.query<ExchangeRow>('SELECT * FROM ecny_exchanges WHERE id = ?', [id]))[0];
  return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
}

export function toOrder(t: OperatorTrade): BankOrder {
  return {
    type: t.orig_msg_tp,
    out_trade_no: t.trade_no,
    trade_no: t.trade_no,
    status: t.status,
    amount_fen: t.amount_fen,
    error_code: t.reject_code ?? undefined,
    error_message: t.reject_reason ?? undefined,
    created_at: t.completed_at ?? new Date().toISOString(),
    completed_at: t.completed_at,
  };
}

function coreFailed(ex: ExchangeRow, code: string | null): BankOrder {
  return {
    type: 'core',
    out_trade_no: ex.id,
    trade_no: `${ex.id}D`,
    status: 'FAILED',
    amount_fen: ex.amount_fen,
    error_code: `CORE_${code ?? 'REFUSED'}`,
    error_message: '核心系统扣账失败',
    created_at: new Date().toISOString(),
  };
}

const setCore = (db: Db, id: string, to: ExchangeRow['core_status'], from: ExchangeRow['core_status'][]) =>
  db.exec(
    `UPDATE ecny_exchanges SET core_status = ? WHERE id = ? AND core_status IN (${from.map(() => '?').join(',')})`,
    [to, id, ...from],
  );

export function createExchangeChannel(l: ExchangeLinks): ChannelDriver {
  async function exchange(otn: string) {
    const ex = await findExchange(l.db, otn);
    if (!ex) throw new Error(`no exchange ${otn}`);
    return ex;
  }
  const msg = (ex: ExchangeRow) => ({
    trade_no: ex.id,
    wallet_id: ex.wallet_id,
    amount_fen: ex.amount_fen,
    protocol_no: ex.protocol_no,
  });

  return {
    async send(p: PaymentRow) {
      const ex = await exchange(p.out_trade_no);
      const op = l.operator(ex.operator_id);
      if (ex.direction === 'back') return toOrder(await op.exchangeBack(msg(ex)));
      const debit = await l.core.post({
        serial: `${ex.id}D`,
        debit_account: ex.account_no,
        credit_account: l.clearingAccount,
        amount_fen: ex.amount_fen,
      });
      if (debit.core_status === '0') {
        await setCore(l.db, ex.id, 'none', ['init']);
        return coreFailed(ex, debit.error_code);
      }
      await setCore(l.db, ex.id, 'debited', ['init']);
      return toOrder(await op.exchangeOut(msg(ex)));
    },
    async query(otn: string) {
      const ex = await exchange(otn);
      if (ex.direction !== 'back') {
        const debit = await l.core.getPosting(`${ex.id}D`);
        if (!debit) return null; // the core never booked it: send again (same serial)
        if (debit.core_status === '0') return coreFailed(ex, debit.error_code);
      }
      const t = await l.operator(ex.operator_id).query(ex.id);
      return t ? toOrder(t) : null;
    },
  };
}

async function move(sql: Sql, p: PaymentRow, kind: 'dispatch' | 'confirm' | 'reverse', now: Date) {
  const ex = (await findExchange(sql, p.out_trade_no))!;
  const origin = {
    out: accounts.coreDeposits,
    interest: accounts.ecnyInterestExpense,
    back: accounts.ecnyInCirculation,
  }[ex.direction];
  const destination = ex.direction === 'back' ? accounts.coreDeposits : accounts.ecnyInCirculation;
  const pending = accounts.ecnyExchangePending;
  const [source, to] =
    kind === 'dispatch' ? [origin, pending] : kind === 'confirm' ? [pending, destination] : [pending, origin];
  await post(
    sql,
    {
      kind: `ecny_${ex.direction === 'interest' ? 'interest' : 'exchange'}_${kind}`,
      ref_id: ex.id,
      transfers: [{ source, destination: to, amount_fen: ex.amount_fen }],
    },
    now,
  );
  return ex;
}

/** Reverses the core debit of a failed 兑出 (asks the core first; a resend reverses once). */
export async function reverseCore(l: ExchangeLinks, id: string) {
  const debit = await l.core.getPosting(`${id}D`);
  if (!debit || debit.core_status === '0') return void (await setCore(l.db, id, 'none', ['init', 'debited']));
  if (debit.core_status === '1') await l.core.reverse(`${id}R`, `${id}D`);
  await setCore(l.db, id, 'reversed', ['init', 'debited']);
}

/** Credits the deposit account of a confirmed 兑回 (serial <id>C: a resend credits once). */
export async function creditCore(l: ExchangeLinks, id: string) {
  const ex = (await findExchange(l.db, id))!;
  const credit = await l.core.post({
    serial: `${id}C`,
    debit_account: l.clearingAccount,
    credit_account: ex.account_no,
    amount_fen: ex.amount_fen,
  });
  if (credit.core_status === '0') {
    l.logger.error('e-CNY 兑回: the core refused the credit, a person must adjust (801)', {
      exchange_id: id,
      code: credit.error_code,
    });
    return void (await setCore(l.db, id, 'failed', ['crediting']));
  }
  await setCore(l.db, id, 'credited', ['crediting']);
}

const warnLater = (l: ExchangeLinks, what: string, id: string) => (err: unknown) =>
  l.logger.warn(`e-CNY ${what} not answered by the core; the sweep retries`, { exchange_id: id, err });

export function createExchangePurpose(l: ExchangeLinks): PaymentPurpose {
  const close = (sql: Sql, id: string, status: 'succeeded' | 'failed', error: string | null, now: Date) =>
    sql.exec(
      "UPDATE ecny_exchanges SET status = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'processing'",
      [status, error, now, id],
    );
  // An interest payment's row follows its exchange, in the same transaction as the posting.
  const settleInterest = (sql: Sql, ex: ExchangeRow, status: 'paid' | 'failed', now: Date) =>
    ex.direction === 'interest'
      ? sql.exec(
          "UPDATE ecny_interest_payments SET status = ?, completed_at = ? WHERE exchange_id = ? AND status = 'processing'",
          [status, now, ex.id],
        )
      : Promise.resolve();
  return {
    onDispatch: async (sql, p, now) => void (await move(sql, p, 'dispatch', now)),
    async onConfirm(sql, p, now) {
      const ex = await move(sql, p, 'confirm', now);
      await close(sql, ex.id, 'succeeded', null, p.completed_at ?? now);
      await settleInterest(sql, ex, 'paid', p.completed_at ?? now);
      if (ex.direction !== 'back') return;
      await sql.exec("UPDATE ecny_exchanges SET core_status = 'crediting' WHERE id = ?", [ex.id]);
      return () => creditCore(l, ex.id).catch(warnLater(l, '兑回 credit', ex.id));
    },
    async onRefuse(sql, p, now) {
      const ex = await move(sql, p, 'reverse', now);
      const code = (p.last_error ?? 'FAILED').split(':')[0].slice(0, 64);
      await close(sql, ex.id, 'failed', code, now);
      await settleInterest(sql, ex, 'failed', now);
      if (ex.direction === 'back') return;
      return () => reverseCore(l, ex.id).catch(warnLater(l, '兑出 reversal', ex.id));
    },
    // Cancelled only before dispatch (nothing posted) or after a failure (already reversed).
    async onCancel(sql, p, now) {
      await close(sql, p.out_trade_no, 'failed', 'CANCELLED', now);
      await settleInterest(sql, (await findExchange(sql, p.out_trade_no))!, 'failed', now);
    },
  };
}

/** Finishes core work the core did not answer: reversals of failed 兑出, credits of confirmed 兑回. */
export async function sweepCore(l: ExchangeLinks) {
  const due = await l.db.query<{ id: string; direction: string }>(
    `SELECT id, direction FROM ecny_exchanges
      WHERE (direction IN ('out','interest') AND status = 'failed' AND core_status IN ('init','debited'))
         OR (direction = 'back' AND status = 'succeeded' AND core_status = 'crediting')
      LIMIT 200`,
  );
  for (const d of due) {
    const work = d.direction !== 'back' ? reverseCore(l, d.id) : creditCore(l, d.id);
    await work.catch(warnLater(l, 'core step', d.id));
  }
  return due.length;
}
