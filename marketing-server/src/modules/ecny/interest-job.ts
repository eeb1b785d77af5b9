import type { EcnyOperatorClient } from '../../connectors/ecny-operator/client';
import { isDuplicateKeyError, rowsPlaceholder, type Db } from '../../db/sql';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { cstDayBounds, cstDayKey, toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { WalletRow } from './wallets';
import { insertExchangeOrder } from './exchange-orders';
import { INTEREST_FROM, accrualPeriod, accrue, earnsInterest, interestFen, paymentDateFor } from './interest';

// The running side of interest (the rules are in interest.ts). Each run accrues every elapsed CST
// day once per interest-bearing wallet (from the day after its last accrual, so missed days are caught
// up after downtime), then pays each quarter whose payment date (the 21st) has come. Both steps are
// safe under concurrent processes: an accrual row's key is (wallet, day) and inserts ignore a
// duplicate; a payment's key is (wallet, quarter), inserted with its exchange and bank order in one
// transaction, so the loser of a race inserts nothing. The money then travels as an exchange of
// direction 'interest' (a 225 to the wallet's operator, exchange-orders.ts): an unknown outcome is
// asked about by the lifecycle (411), never sent blind.

/** The demand-deposit rate of the big banks (0.05 % a year, SPECS.md §E1), in basis points. */
export const DEMAND_RATE_BP = 5;

export type InterestDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  operator(id: string): EcnyOperatorClient;
  /** The institution's interest-expense account at the core (debited for each payment). */
  interestAccount: string;
};

const DAY_MS = 86_400_000;
/** yyyy-mm-dd of a CST instant. */
const cstIso = (d: Date) => {
  const k = cstDayKey(d);
  return `${k.slice(0, 4)}-${k.slice(4, 6)}-${k.slice(6, 8)}`;
};
const dayStart = (iso: string) => cstDayBounds(iso.replaceAll('-', '')).start;
const nextDay = (iso: string) => cstIso(new Date(dayStart(iso).getTime() + DAY_MS));
const num = (v: unknown) => Number(v ?? 0);

export function quarterOf(paymentDate: string): string {
  return `${paymentDate.slice(0, 4)}Q${Number(paymentDate.slice(5, 7)) / 3}`;
}

type Movement = { direction: string; amount_fen: unknown; completed_at: Date | string };

/**
 * A day's closing balance: the wallet's live balance at the operator less what the platform moved
 * into it after that day ended (兑出 and interest in, 兑回 out). Movements the platform does not see
 * (payments at the operator) are not in it; the operator's balance is the truth of today only.
 */
function closingBalance(liveFen: number, moves: Movement[], day: string): number {
  const end = new Date(dayStart(day).getTime() + DAY_MS).getTime();
  let fen = liveFen;
  for (const m of moves)
    if (new Date(m.completed_at).getTime() >= end)
      fen -= m.direction === 'back' ? -num(m.amount_fen) : num(m.amount_fen);
  return Math.max(0, fen);
}

async function firstDueDay(d: InterestDeps, w: WalletRow): Promise<string> {
  const last = (
    await d.db.query<{ day: string | null }>(
      'SELECT MAX(day) AS day FROM ecny_interest_accruals WHERE ecny_wallet_id = ?',
      [w.id],
    )
  )[0]?.day;
  if (last) return nextDay(last);
  const opened = cstIso(new Date(w.created_at));
  return opened > INTEREST_FROM ? opened : INTEREST_FROM;
}

/** Accrues the wallet's days from its first unaccrued one through yesterday; returns rows inserted. */
async function accrueWallet(d: InterestDeps, w: WalletRow, yesterday: string): Promise<number> {
  let day = await firstDueDay(d, w);
  if (day > yesterday) return 0;
  const live = await d.operator(w.operator_id).queryWallet(w.wallet_id);
  const moves = await d.db.query<Movement>(
    `SELECT direction, amount_fen, completed_at FROM ecny_exchanges
      WHERE ecny_wallet_id = ? AND status = 'succeeded' AND completed_at >= ?`,
    [w.id, dayStart(day)],
  );
  const rows: unknown[][] = [];
  for (; day <= yesterday; day = nextDay(day)) {
    if (!earnsInterest(w.wallet_level, day)) continue;
    const fen = closingBalance(live.balance_fen, moves, day);
    const product = accrue(0n, fen);
    rows.push([w.id, day, fen, w.wallet_level, DEMAND_RATE_BP, product.toString(), d.clock.now()]);
  }
  const ignore = d.db.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    const r = await d.db.exec(
      `${ignore} INTO ecny_interest_accruals (ecny_wallet_id, day, closing_balance_fen, wallet_level, rate_bp,
         product_fen_days, created_at) VALUES ${rowsPlaceholder(batch.length, 7)}`,
      batch.flat(),
    );
    inserted += r.affectedRows;
  }
  return inserted;
}

/** Wallets that earn: personal and corporate of tiers 1–3, not closed (a closed wallet holds nothing). */
const earningWallets = (db: Db) =>
  db.query<WalletRow>(
    "SELECT * FROM ecny_wallets WHERE status <> 'closed' AND wallet_level IN ('WL01','WL02','WL03') ORDER BY id",
  );

export async function accrueAll(d: InterestDeps): Promise<number> {
  const yesterday = cstIso(new Date(d.clock.now().getTime() - DAY_MS));
  let n = 0;
  for (const w of await earningWallets(d.db)) {
    n += await accrueWallet(d, w, yesterday).catch((err) => {
      d.logger.warn('e-CNY interest: accrual of a wallet failed; the next run catches up', {
        ecny_wallet_id: w.id,
        err,
      });
      return 0;
    });
  }
  return n;
}

/** Payment dates from the first one through today (CST). */
function dueDates(today: string): string[] {
  const dates: string[] = [];
  for (let p = paymentDateFor(INTEREST_FROM); p <= today; p = paymentDateFor(nextDay(p))) dates.push(p);
  return dates;
}

/** Σ over rate groups of round-half-up(积数 × rate / 360): what a period's accrual rows pay. */
export function amountOf(groups: { rate_bp: number; product: bigint }[]): number {
  return groups.reduce((a, g) => a + interestFen(g.product, g.rate_bp), 0);
}

type Due = { ecny_wallet_id: string; rate_bp: unknown; s: unknown; last: string };

/** Per wallet not yet paid for the quarter: its accrual sums per rate, if the period is fully accrued. */
async function dueFor(db: Db, paymentDate: string) {
  const { from, to } = accrualPeriod(paymentDate);
  const rows = await db.query<Due>(
    `SELECT a.ecny_wallet_id, a.rate_bp, SUM(a.product_fen_days) AS s, MAX(a.day) AS last
       FROM ecny_interest_accruals a
      WHERE a.day >= ? AND a.day <= ? AND NOT EXISTS (SELECT 1 FROM ecny_interest_payments p
            WHERE p.ecny_wallet_id = a.ecny_wallet_id AND p.quarter = ?)
      GROUP BY a.ecny_wallet_id, a.rate_bp`,
    [from, to, quarterOf(paymentDate)],
  );
  const byWallet = new Map<string, { groups: { rate_bp: number; product: bigint }[]; last: string }>();
  for (const r of rows) {
    const e = byWallet.get(r.ecny_wallet_id) ?? { groups: [], last: '' };
    e.groups.push({ rate_bp: num(r.rate_bp), product: BigInt(String(r.s)) });
    if (r.last > e.last) e.last = r.last;
    byWallet.set(r.ecny_wallet_id, e);
  }
  return { from, to, byWallet };
}

type PaymentInput = {
  w: WalletRow;
  paymentDate: string;
  from: string;
  to: string;
  product: bigint;
  amount_fen: number;
};

/** The payment row, and (if money is due and can reach the wallet) its exchange and bank order. */
async function insertPayment(d: InterestDeps, x: PaymentInput): Promise<string | null> {
  const id = newId('ex');
  const now = d.clock.now();
  const { w } = x;
  const sendable = x.amount_fen > 0 && !!w.protocol_no;
  const status = x.amount_fen === 0 ? 'nothing_due' : sendable ? 'processing' : 'held';
  try {
    await d.db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO ecny_interest_payments (id, ecny_wallet_id, quarter, payment_date, period_from, period_to,
           product_fen_days, amount_fen, status, exchange_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
        [
          id,
          w.id,
          quarterOf(x.paymentDate),
          x.paymentDate,
          x.from,
          x.to,
          x.product.toString(),
          x.amount_fen,
          status,
          sendable ? id : null,
          now,
        ],
      );
      if (!sendable) return;
      await sql.exec(
        `INSERT INTO ecny_exchanges (id, direction, owner_key, idem_key, ecny_wallet_id, wallet_id, operator_id, account_no,
           protocol_no, amount_fen, status, core_status, created_at) VALUES (?,'interest',?,?,?,?,?,?,?,?,'processing','init',?)`,
        [
          id,
          `interest:${w.id}`,
          quarterOf(x.paymentDate),
          w.id,
          w.wallet_id,
          w.operator_id,
          d.interestAccount,
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
    if (isDuplicateKeyError(err)) return null; // another process paid this quarter
    throw err;
  }
  return sendable ? id : null;
}

/** Pays every quarter whose payment date has come; returns the exchanges created (attempted once). */
export async function payDue(d: InterestDeps): Promise<string[]> {
  const today = cstIso(d.clock.now());
  const created: string[] = [];
  for (const paymentDate of dueDates(today)) {
    const { from, to, byWallet } = await dueFor(d.db, paymentDate);
    for (const [walletId, due] of byWallet) {
      if (due.last !== to) continue; // not fully accrued yet: a later run pays it
      const w = (await d.db.query<WalletRow>('SELECT * FROM ecny_wallets WHERE id = ?', [walletId]))[0];
      const product = due.groups.reduce((a, g) => a + g.product, 0n);
      const amount_fen = amountOf(due.groups);
      const id = await insertPayment(d, { w, paymentDate, from, to, product, amount_fen });
      if (id) created.push(id);
    }
  }
  for (const id of created) await d.orders.attempt(id);
  return created;
}

export async function runInterest(d: InterestDeps) {
  const accrued = await accrueAll(d);
  const paid = await payDue(d);
  return { accrued_days: accrued, payments: paid.length };
}

/** A wallet's accruals (newest first, at most 120) and its payments, for the officers. */
export async function interestOf(db: Db, walletId: string) {
  const accruals = await db.query<{
    day: string;
    closing_balance_fen: unknown;
    wallet_level: string;
    rate_bp: unknown;
    product_fen_days: unknown;
  }>('SELECT * FROM ecny_interest_accruals WHERE ecny_wallet_id = ? ORDER BY day DESC LIMIT 120', [walletId]);
  const payments = await db.query<Record<string, unknown>>(
    'SELECT * FROM ecny_interest_payments WHERE ecny_wallet_id = ? ORDER BY quarter DESC',
    [walletId],
  );
  return {
    rate_bp: DEMAND_RATE_BP,
    accruals: accruals.map((a) => ({
      day: a.day,
      closing_balance_fen: num(a.closing_balance_fen),
      wallet_level: a.wallet_level,
      rate_bp: num(a.rate_bp),
      product_fen_days: num(a.product_fen_days),
    })),
    payments: payments.map((p) => ({
      id: String(p.id),
      quarter: String(p.quarter),
      payment_date: String(p.payment_date),
      period_from: String(p.period_from),
      period_to: String(p.period_to),
      product_fen_days: num(p.product_fen_days),
      amount_fen: num(p.amount_fen),
      status: String(p.status) as 'processing' | 'paid' | 'failed' | 'nothing_due' | 'held',
      exchange_id: (p.exchange_id as string | null) ?? null,
      created_at: toRfc3339(p.created_at as Date),
      completed_at: toRfc3339(p.completed_at as Date | null),
    })),
  };
}
