import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Money handed to the bank but not yet confirmed sits in payout_pending / settlement_pending: those
 * balances must equal what the payments in flight (or dead-lettered) carry, and no red packet the
 * bank confirmed may be missing from wallet_out.
 */
export async function checkMoneyInFlight(db: Db): Promise<InvariantResult> {
  const balances = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account IN ('payout_pending','settlement_pending') GROUP BY account",
  );
  // A payout's money moves at dispatch; a settlement's when it is created (pending) — see settlement.
  const payments = await db.query<{ purpose: string; s: unknown }>(
    `SELECT purpose, SUM(amount_fen) AS s FROM bank_payments
      WHERE (purpose = 'payout' AND status IN ('in_flight','dead'))
         OR (purpose = 'settlement' AND status IN ('pending','in_flight','dead'))
      GROUP BY purpose`,
  );
  const paying = await db.query<{ s: unknown }>(
    "SELECT SUM(amount_fen) AS s FROM claims WHERE status = 'paying'",
  );
  const bal = (a: string) => num(balances.find((b) => b.account === a)?.s);
  const sent = (p: string) => num(payments.find((x) => x.purpose === p)?.s);
  const issues: string[] = [];
  if (bal('payout_pending') !== sent('payout'))
    issues.push(`payout_pending ${bal('payout_pending')} ≠ payouts in flight ${sent('payout')}`);
  if (bal('payout_pending') !== num(paying[0]?.s))
    issues.push(`payout_pending ${bal('payout_pending')} ≠ red packets being paid ${num(paying[0]?.s)}`);
  if (bal('settlement_pending') !== sent('settlement'))
    issues.push(
      `settlement_pending ${bal('settlement_pending')} ≠ settlements in flight ${sent('settlement')}`,
    );
  return {
    payout_pending_fen: bal('payout_pending'),
    settlement_pending_fen: bal('settlement_pending'),
    balanced: issues.length === 0,
    issues,
  };
}

/**
 * Per kind of bank order, what the platform's orders say the bank did equals what the ledger booked;
 * no red-packet recovery takes back more than its payout carried.
 */
export async function checkBankOrders(db: Db): Promise<InvariantResult> {
  const paid = await db.query<{ purpose: string; s: unknown }>(
    "SELECT purpose, SUM(amount_fen) AS s FROM bank_payments WHERE status = 'paid' GROUP BY purpose",
  );
  const booked = await db.query<{ kind: string; s: unknown }>(
    `SELECT kind, SUM(amount_fen) AS s FROM ledger_entries
      WHERE (kind = 'payout_confirm' AND account = 'wallet_out')
         OR (kind = 'settle_confirm' AND account LIKE 'merchant_paid:%')
      GROUP BY kind`,
  );
  const parkingBooked = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'parking_collected:%'",
      )
    )[0]?.s,
  );
  const parkingWithoutBank = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(payable_fen) AS s FROM parking_payments WHERE status = 'succeeded' AND payable_fen > 0 AND id NOT IN (SELECT out_trade_no FROM bank_payments WHERE purpose = 'parking')",
      )
    )[0]?.s,
  );
  const topups = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM wallet_topups WHERE status = 'succeeded'",
      )
    )[0]?.s,
  );
  const recoveries = await db.query<{ ref_id: string; s: unknown; amount_fen: unknown }>(
    `SELECT e.ref_id, SUM(e.amount_fen) AS s, MAX(p.amount_fen) AS amount_fen FROM ledger_entries e
       LEFT JOIN bank_payments p ON p.out_trade_no = e.ref_id
      WHERE e.account = 'wallet_out' AND e.kind IN ('payout_recover','return') GROUP BY e.ref_id`,
  );
  const sent = (p: string) => num(paid.find((x) => x.purpose === p)?.s);
  const book = (k: string) => num(booked.find((x) => x.kind === k)?.s);
  const issues: string[] = [];
  if (sent('payout') !== book('payout_confirm'))
    issues.push(`payouts paid ${sent('payout')} ≠ booked to wallets ${book('payout_confirm')}`);
  if (sent('settlement') !== book('settle_confirm'))
    issues.push(`settlements paid ${sent('settlement')} ≠ booked as merchant paid ${book('settle_confirm')}`);
  if (sent('parking') + parkingWithoutBank !== parkingBooked)
    issues.push(`parking transfers paid ${sent('parking')} ≠ parking fees booked ${parkingBooked}`);
  if (sent('topup') !== topups)
    issues.push(`top-up orders paid ${sent('topup')} ≠ top-ups succeeded ${topups}`);
  for (const r of recoveries) {
    if (-num(r.s) > num(r.amount_fen))
      issues.push(`recovery of ${r.ref_id}: ${-num(r.s)} > its payout ${num(r.amount_fen)}`);
  }
  const open = num(
    (
      await db.query<{ n: unknown }>("SELECT COUNT(*) AS n FROM bank_order_exceptions WHERE status = 'open'")
    )[0]?.n,
  );
  if (open > 0) issues.push(`${open} bank answer(s) contradict a closed order (see the exceptions list)`);
  return {
    balanced: issues.length === 0,
    paid_fen: Object.fromEntries(paid.map((p) => [p.purpose, num(p.s)])),
    open_exceptions: open,
    issues,
  };
}

export const bankOrderInvariants: LedgerInvariant[] = [
  { key: 'bank_payments', check: checkMoneyInFlight },
  { key: 'bank_orders', check: checkBankOrders },
];
