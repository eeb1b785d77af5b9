import schedule from 'node-schedule';
import {
  BankOutcomeUnknown,
  BankRefusal,
  type BankOrder,
  type BankWalletClient,
} from '../../connectors/bank-wallet/client';
import { rowsPlaceholder, type Db, type Sql } from '../../db/sql';
import { AppError, conflict, notFound } from '../../http/errors';
import type { JobQueue } from '../../queue/queue';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit/service';
import { PAYMENT_TRANSITIONS, type PaymentStatus, type PaymentTransition } from './state-machine';

// Outbound payments from the platform's institutional wallet at the bank: red-packet payouts and
// merchant settlements. One table, one state machine, one worker; what a payment means for the
// ledger and for the business rows is up to its purpose (modules/payouts, modules/settlement).
//
// The worker's rule: the out_trade_no is fixed when the row is created and is the bank's idempotency
// key, so sending again can never pay twice. When an attempt's outcome is unknown (timeout, 5xx,
// connection lost) the next attempt asks the bank first and only sends if the bank never saw it.

export const PAYMENT_JOB = 'bank.payment';

export type PaymentPurposeName = 'payout' | 'settlement';

export type PaymentRow = {
  out_trade_no: string;
  purpose: PaymentPurposeName;
  ref_id: string;
  generation: number;
  campaign_id: string | null;
  user_id: string | null;
  payee_wallet_id: string | null;
  amount_fen: number;
  kind: 'standard' | 'red_packet';
  expires_at: Date | null;
  merchant_scope: string | null;
  status: PaymentStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  bank_trade_no: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
};

export type NewPayment = Pick<
  PaymentRow,
  'out_trade_no' | 'purpose' | 'ref_id' | 'generation' | 'campaign_id' | 'user_id' | 'amount_fen'
> &
  Partial<Pick<PaymentRow, 'payee_wallet_id' | 'kind' | 'expires_at' | 'merchant_scope' | 'status'>>;

/** What a payment means to its purpose, run inside the transaction that changes its status. */
export type PaymentPurpose = {
  onDispatch(sql: Sql, p: PaymentRow, now: Date): Promise<void>;
  onConfirm(sql: Sql, p: PaymentRow, now: Date): Promise<void>;
  onRefuse(sql: Sql, p: PaymentRow, now: Date): Promise<void>;
  onCancel(sql: Sql, p: PaymentRow, now: Date): Promise<void>;
};

export type PaymentRetryPolicy = {
  /** Attempts with an unknown outcome before the payment is dead-lettered. */
  maxAttempts: number;
  /** First retry delay; doubled each time, capped at 60 s. */
  baseDelayMs: number;
  /** How long an attempt owns a payment; past it the sweeper assumes the worker died. */
  leaseMs: number;
};

export type PaymentDeps = {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  logger: Logger;
  bank: BankWalletClient;
  payerWalletId: string;
  retry: PaymentRetryPolicy;
  concurrency?: number;
  /** How long the bank client's circuit stays open; calls refused meanwhile wait this long. */
  breakerCooldownMs?: number;
};

const PATCHABLE = new Set([
  'payee_wallet_id',
  'kind',
  'expires_at',
  'merchant_scope',
  'attempts',
  'next_attempt_at',
  'last_error',
  'bank_trade_no',
  'completed_at',
]);

function normalise(r: PaymentRow): PaymentRow {
  return {
    ...r,
    amount_fen: Number(r.amount_fen),
    attempts: Number(r.attempts),
    generation: Number(r.generation),
    expires_at: r.expires_at ? new Date(r.expires_at) : null,
    next_attempt_at: new Date(r.next_attempt_at),
    completed_at: r.completed_at ? new Date(r.completed_at) : null,
  };
}

export function paymentDto(p: PaymentRow) {
  return {
    out_trade_no: p.out_trade_no,
    purpose: p.purpose,
    ref_id: p.ref_id,
    generation: p.generation,
    campaign_id: p.campaign_id,
    user_id: p.user_id,
    wallet_id: p.payee_wallet_id,
    amount_fen: p.amount_fen,
    kind: p.kind,
    status: p.status,
    attempts: p.attempts,
    last_error: p.last_error,
    bank_trade_no: p.bank_trade_no,
    next_attempt_at: toRfc3339(p.next_attempt_at),
    created_at: toRfc3339(p.created_at),
    completed_at: toRfc3339(p.completed_at),
  };
}

/** Inserts payment rows, ignoring ones that already exist (several processes may create the same). */
export async function insertPayments(sql: Sql, rows: NewPayment[], now: Date): Promise<void> {
  if (!rows.length) return;
  const params: unknown[] = [];
  for (const r of rows) {
    params.push(
      r.out_trade_no,
      r.purpose,
      r.ref_id,
      r.generation,
      r.campaign_id,
      r.user_id,
      r.payee_wallet_id ?? null,
      r.amount_fen,
      r.kind ?? 'standard',
      r.expires_at ?? null,
      r.merchant_scope ?? null,
      r.status ?? 'pending',
      0,
      now,
      now,
      now,
    );
  }
  const ignore = sql.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  await sql.exec(
    `${ignore} INTO bank_payments (out_trade_no, purpose, ref_id, generation, campaign_id, user_id, payee_wallet_id,
       amount_fen, kind, expires_at, merchant_scope, status, attempts, next_attempt_at, created_at, updated_at)
     VALUES ${rowsPlaceholder(rows.length, 16)}`,
    params,
  );
}

export function createPaymentService(deps: PaymentDeps) {
  const { db, clock, queue, logger, bank, retry } = deps;
  const purposes = new Map<PaymentPurposeName, PaymentPurpose>();
  let sweeper: schedule.Job | null = null;

  async function find(outTradeNo: string): Promise<PaymentRow | null> {
    const rows = await db.query<PaymentRow>('SELECT * FROM bank_payments WHERE out_trade_no = ?', [
      outTradeNo,
    ]);
    return rows[0] ? normalise(rows[0]) : null;
  }

  /**
   * Moves a payment along the state machine if it is still in one of the transition's `from`
   * statuses, running the purpose's ledger work in the same transaction. False: someone else moved it.
   */
  async function transition(
    p: PaymentRow,
    t: PaymentTransition,
    patch: Partial<PaymentRow> = {},
    audit?: { actor: Actor; comment?: string; requestId?: string },
  ): Promise<boolean> {
    const { from, to } = PAYMENT_TRANSITIONS[t];
    const now = clock.now();
    const fields = Object.keys(patch).filter((k) => PATCHABLE.has(k));
    return db.tx(async (sql) => {
      const res = await sql.exec(
        `UPDATE bank_payments SET status = ?, updated_at = ?${fields.map((f) => `, ${f} = ?`).join('')}
          WHERE out_trade_no = ? AND status IN (${from.map(() => '?').join(',')})`,
        [to, now, ...fields.map((f) => (patch as Record<string, unknown>)[f]), p.out_trade_no, ...from],
      );
      if (res.affectedRows !== 1) return false;
      const moved = { ...p, ...patch, status: to };
      const purpose = purposes.get(p.purpose)!;
      if (t === 'dispatch') await purpose.onDispatch(sql, moved, now);
      if (t === 'confirm') await purpose.onConfirm(sql, moved, now);
      if (t === 'refuse') await purpose.onRefuse(sql, moved, now);
      if (t === 'cancel') await purpose.onCancel(sql, moved, now);
      if (audit) {
        await recordAudit(
          sql,
          {
            actor: audit.actor,
            action: `payment.${t}`,
            entity_type: 'bank_payment',
            entity_id: p.out_trade_no,
            changes: { status: { from: p.status, to } },
            comment: audit.comment,
            request_id: audit.requestId,
          },
          now,
        );
      }
      return true;
    });
  }

  function enqueue(outTradeNo: string, jobId: string, delayMs = 0) {
    return queue.add(PAYMENT_JOB, { out_trade_no: outTradeNo }, { jobId, delayMs, attempts: 1 });
  }

  /** Queues the first attempt of payments that are ready (after their rows are committed). */
  async function submit(outTradeNos: string[]) {
    for (const otn of outTradeNos) await enqueue(otn, `bp:${otn}:0`);
  }

  async function retryLater(p: PaymentRow, reason: string) {
    const attempts = p.attempts + 1;
    if (attempts >= retry.maxAttempts) {
      const dead = await transition(p, 'give_up', { attempts, last_error: reason.slice(0, 255) });
      if (dead) logger.warn('bank payment dead-lettered', { out_trade_no: p.out_trade_no, reason });
      return;
    }
    const delayMs = Math.min(60_000, retry.baseDelayMs * 2 ** (attempts - 1));
    const now = clock.now();
    const res = await db.exec(
      "UPDATE bank_payments SET attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE out_trade_no = ? AND status = 'in_flight' AND attempts = ?",
      [attempts, new Date(now.getTime() + delayMs), reason.slice(0, 255), now, p.out_trade_no, p.attempts],
    );
    if (res.affectedRows === 1) await enqueue(p.out_trade_no, `bp:${p.out_trade_no}:${attempts}`, delayMs);
  }

  /** The circuit to the bank is open: try again after the cooldown, keeping the attempt count. */
  async function waitForBreaker(p: PaymentRow) {
    const delayMs = deps.breakerCooldownMs ?? 1000;
    const now = clock.now();
    await db.exec(
      "UPDATE bank_payments SET next_attempt_at = ?, updated_at = ? WHERE out_trade_no = ? AND status = 'in_flight'",
      [new Date(now.getTime() + delayMs), now, p.out_trade_no],
    );
    await enqueue(p.out_trade_no, `bp:${p.out_trade_no}:${p.attempts}:b${now.getTime()}`, delayMs);
  }

  /** Applies what the bank says about an order, from whichever source (answer, query, callback, bill). */
  async function applyBankOrder(p: PaymentRow, order: BankOrder): Promise<PaymentStatus> {
    if (order.status === 'SUCCESS') {
      const at = order.completed_at ? new Date(order.completed_at) : clock.now();
      await transition(p, 'confirm', { bank_trade_no: order.trade_no, completed_at: at, last_error: null });
    } else if (order.status === 'FAILED') {
      const error = `${order.error_code ?? 'FAILED'}: ${order.error_message ?? ''}`;
      await transition(p, 'refuse', { bank_trade_no: order.trade_no, last_error: error.slice(0, 255) });
    } else if (p.status === 'in_flight') {
      await retryLater(p, 'PROCESSING at the bank');
    }
    return (await find(p.out_trade_no))?.status ?? p.status;
  }

  function bankRequest(p: PaymentRow) {
    return {
      out_trade_no: p.out_trade_no,
      payer_wallet_id: deps.payerWalletId,
      payee_wallet_id: p.payee_wallet_id!,
      amount_fen: p.amount_fen,
      kind: p.kind,
      ...(p.kind === 'red_packet'
        ? { expires_at: p.expires_at!.toISOString(), merchant_scope: JSON.parse(p.merchant_scope ?? '[]') }
        : {}),
    };
  }

  /** Takes the payment for one attempt: dispatches a pending one, or renews the lease of one in flight. */
  async function takeForAttempt(p: PaymentRow): Promise<PaymentRow | null> {
    const leaseUntil = new Date(clock.now().getTime() + retry.leaseMs);
    if (p.status === 'pending') {
      if (!p.payee_wallet_id) return null;
      const ok = await transition(p, 'dispatch', { next_attempt_at: leaseUntil });
      return ok ? { ...p, status: 'in_flight', next_attempt_at: leaseUntil } : null;
    }
    if (p.status !== 'in_flight') return null;
    const res = await db.exec(
      "UPDATE bank_payments SET next_attempt_at = ? WHERE out_trade_no = ? AND status = 'in_flight' AND attempts = ?",
      [leaseUntil, p.out_trade_no, p.attempts],
    );
    return res.affectedRows === 1 ? p : null;
  }

  /** One attempt (the queue job): send, or after an unknown outcome query first, then apply the answer. */
  async function attempt(outTradeNo: string): Promise<void> {
    const found = await find(outTradeNo);
    const p = found && (await takeForAttempt(found));
    if (!p) return;
    try {
      const known = p.attempts > 0 ? await bank.queryPayment(p.out_trade_no) : null;
      await applyBankOrder(p, known ?? (await bank.pay(bankRequest(p))));
    } catch (err) {
      if (err instanceof BankRefusal && err.code !== 'BANK_ORDER_CONFLICT') {
        // Refused before an order existed (bad request, unknown wallet): nothing left the platform.
        await transition(p, 'refuse', { last_error: `${err.bankCode}: ${err.message}`.slice(0, 255) });
      } else if (err instanceof BankRefusal) {
        await transition(p, 'give_up', { last_error: `${err.bankCode}: ${err.message}`.slice(0, 255) });
      } else if (err instanceof AppError && err.code === 'BANK_UNAVAILABLE') {
        await waitForBreaker(p); // nothing was sent: not an attempt with an unknown outcome
      } else if (err instanceof BankOutcomeUnknown || err instanceof AppError) {
        await retryLater(p, `${(err as AppError).code}: ${(err as Error).message}`);
      } else {
        await retryLater(p, `ERROR: ${(err as Error).message}`);
      }
    }
  }

  /**
   * Re-queues payments nobody is working on: pending ones whose job was lost (a crash between commit
   * and enqueue), and ones in flight whose lease ran out (the worker died mid-call).
   */
  async function sweep(limit = 1000): Promise<number> {
    const now = clock.now();
    const due = await db.query<{ out_trade_no: string; attempts: number }>(
      `SELECT out_trade_no, attempts FROM bank_payments
        WHERE status IN ('pending','in_flight') AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`,
      [new Date(now.getTime() - retry.baseDelayMs), limit],
    );
    const slot = Math.floor(now.getTime() / 1000);
    for (const d of due) await enqueue(d.out_trade_no, `bp:${d.out_trade_no}:${d.attempts}:s${slot}`);
    return due.length;
  }

  async function applyCallback(resource: Partial<BankOrder>) {
    if (!resource.out_trade_no || !resource.status) return false;
    const p = await find(resource.out_trade_no);
    if (!p) return false;
    await applyBankOrder(p, resource as BankOrder);
    return true;
  }

  async function list(f: { status?: string; purpose?: string; cursor?: string; limit: number }) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.status) {
      where.push(
        'status IN (' +
          f.status
            .split(',')
            .map(() => '?')
            .join(',') +
          ')',
      );
      params.push(...f.status.split(','));
    }
    if (f.purpose) {
      where.push('purpose = ?');
      params.push(f.purpose);
    }
    if (f.cursor) {
      where.push('out_trade_no < ?');
      params.push(f.cursor);
    }
    const rows = await db.query<PaymentRow>(
      `SELECT * FROM bank_payments ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY out_trade_no DESC LIMIT ?`,
      [...params, f.limit + 1],
    );
    const page = rows.slice(0, f.limit).map(normalise);
    return {
      items: page.map(paymentDto),
      next_cursor: rows.length > f.limit ? page[page.length - 1].out_trade_no : null,
    };
  }

  async function getOrThrow(outTradeNo: string) {
    const p = await find(outTradeNo);
    if (!p) throw notFound('支付单');
    return p;
  }

  /** Admin: a dead payment goes back to the worker; it asks the bank before sending anything. */
  async function revive(actor: Actor, outTradeNo: string, comment?: string, requestId?: string) {
    const p = await getOrThrow(outTradeNo);
    const ok = await transition(
      p,
      'revive',
      // attempts = 1: the next attempt queries the bank first, with a fresh retry budget.
      { attempts: 1, next_attempt_at: clock.now() },
      { actor, comment, requestId },
    );
    if (!ok) throw conflict('PAYMENT_NOT_DEAD', '只有处于死信状态的支付单可以重试');
    await enqueue(outTradeNo, `bp:${outTradeNo}:revive:${Date.now()}`);
    return paymentDto((await find(outTradeNo))!);
  }

  /** Admin: give up on a payment that never left the platform; its purpose returns the money. */
  async function cancel(actor: Actor, outTradeNo: string, comment: string, requestId?: string) {
    const p = await getOrThrow(outTradeNo);
    const ok = await transition(p, 'cancel', {}, { actor, comment, requestId });
    if (!ok) throw conflict('PAYMENT_NOT_CANCELLABLE', '只有失败或未发出的支付单可以取消');
    return paymentDto((await find(outTradeNo))!);
  }

  function register(name: PaymentPurposeName, purpose: PaymentPurpose) {
    purposes.set(name, purpose);
  }

  function start(sweepEverySeconds: number) {
    queue.process(PAYMENT_JOB, (data) => attempt(String(data.out_trade_no)), {
      concurrency: deps.concurrency ?? 16,
    });
    const every = Math.max(1, Math.min(59, Math.round(sweepEverySeconds)));
    sweeper = schedule.scheduleJob(`*/${every} * * * * *`, () => {
      sweep().catch((err) => logger.error('bank payment sweep failed', { err }));
    });
    void sweep().catch((err) => logger.error('bank payment sweep failed', { err }));
  }

  function stop() {
    sweeper?.cancel();
  }

  return {
    register,
    find,
    transition,
    submit,
    attempt,
    sweep,
    applyBankOrder,
    applyCallback,
    list,
    revive,
    cancel,
    start,
    stop,
    payerWalletId: deps.payerWalletId,
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
