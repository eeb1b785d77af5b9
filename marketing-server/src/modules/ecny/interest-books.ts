import type { Db } from '../../db/sql';
import { amountOf } from './interest-job';

const num = (v: unknown) => Number(v ?? 0);

/**
 * The ledger-check invariant of interest: what the payment rows say was paid equals what the ledger
 * confirmed into ecny_in_circulation; the interest-expense account carries exactly the payments paid
 * or in flight; each payment row agrees with its exchange; and each payment's amount is
 * round-half-up(积数 × rate / 360) of the accrual rows of its period, to the fen.
 */
export async function checkInterestBooks(db: Db) {
  const paid = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ecny_interest_payments WHERE status = 'paid'",
      )
    )[0]?.s,
  );
  const booked = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE kind = 'ecny_interest_confirm' AND account = 'ecny_in_circulation'",
      )
    )[0]?.s,
  );
  const expense = -num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = 'ecny_interest_expense'",
      )
    )[0]?.s,
  );
  const moving = num(
    (
      await db.query<{ s: unknown }>(
        `SELECT SUM(b.amount_fen) AS s FROM bank_payments b JOIN ecny_interest_payments p ON p.exchange_id = b.out_trade_no
          WHERE b.status IN ('paid','in_flight','dead')`,
      )
    )[0]?.s,
  );
  const issues: string[] = [];
  if (paid !== booked) issues.push(`interest paid ${paid} ≠ ledger interest confirmed ${booked}`);
  if (expense !== moving)
    issues.push(`ecny_interest_expense ${expense} ≠ interest paid or in flight ${moving}`);
  const disagree = await db.query<{ id: string }>(
    `SELECT p.id FROM ecny_interest_payments p JOIN ecny_exchanges e ON e.id = p.exchange_id
      WHERE (p.status = 'paid' AND e.status <> 'succeeded') OR (p.status = 'failed' AND e.status <> 'failed')
         OR (p.status = 'processing' AND e.status <> 'processing') OR p.amount_fen <> e.amount_fen`,
  );
  for (const r of disagree) issues.push(`interest payment ${r.id} disagrees with its exchange`);
  issues.push(...(await wrongAmounts(db)));
  return { balanced: issues.length === 0, interest_paid_fen: paid, interest_expense_fen: expense, issues };
}

/** Payments whose amount is not what the rules make of their period's accrual rows. */
async function wrongAmounts(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string; amount_fen: unknown; rate_bp: unknown; s: unknown }>(
    `SELECT p.id, p.amount_fen, a.rate_bp, SUM(a.product_fen_days) AS s FROM ecny_interest_payments p
       JOIN ecny_interest_accruals a ON a.ecny_wallet_id = p.ecny_wallet_id
        AND a.day >= p.period_from AND a.day <= p.period_to
      GROUP BY p.id, p.amount_fen, a.rate_bp`,
  );
  const byPayment = new Map<string, { amount: number; groups: { rate_bp: number; product: bigint }[] }>();
  for (const r of rows) {
    const e = byPayment.get(r.id) ?? { amount: num(r.amount_fen), groups: [] };
    e.groups.push({ rate_bp: num(r.rate_bp), product: BigInt(String(r.s)) });
    byPayment.set(r.id, e);
  }
  const issues: string[] = [];
  for (const [id, e] of byPayment) {
    const want = amountOf(e.groups);
    if (want !== e.amount) issues.push(`interest payment ${id}: ${e.amount} ≠ 积数 × rate / 360 = ${want}`);
  }
  return issues;
}
