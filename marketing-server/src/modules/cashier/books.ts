import type { Db } from '../../db/sql';
export { createCashierReconciliation, type CashierReconciliation } from './recon';

const n = (v: unknown) => Number(v ?? 0);

/**
 * The cashier's ledger invariant, per channel and per merchant: what the ledger holds as collected
 * equals the paid attempts minus the succeeded refunds of the platform's own rows — so a payment
 * booked twice, a refund not booked, or money booked on the wrong channel shows here.
 */
export async function checkCashierBooks(db: Db) {
  const booked = await db.query<{ account: string; s: unknown }>(
    // What an order's owner module took over in the paid transaction (kind cashier_handover) is
    // that module's to prove (modules/prepaid's invariant), not collected by the merchant.
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'cashier_collected:%' AND kind <> 'cashier_handover' GROUP BY account",
  );
  const paid = await db.query<{ channel: string; merchant_id: string; s: unknown }>(
    `SELECT p.channel, o.merchant_id, SUM(p.amount_fen) AS s FROM cashier_payments p JOIN cashier_orders o ON o.id = p.order_id
      WHERE p.status = 'paid' GROUP BY p.channel, o.merchant_id`,
  );
  const refunded = await db.query<{ channel: string; merchant_id: string; s: unknown }>(
    `SELECT r.channel, o.merchant_id, SUM(r.amount_fen) AS s FROM cashier_refunds r JOIN cashier_orders o ON o.id = r.order_id
      WHERE r.status = 'succeeded' GROUP BY r.channel, o.merchant_id`,
  );
  const orders = new Map<string, number>();
  for (const p of paid) orders.set(`cashier_collected:${p.channel}:${p.merchant_id}`, n(p.s));
  for (const r of refunded) {
    const k = `cashier_collected:${r.channel}:${r.merchant_id}`;
    orders.set(k, (orders.get(k) ?? 0) - n(r.s));
  }
  const ledger = new Map(booked.map((b) => [b.account, n(b.s)]));
  const issues: string[] = [];
  const perChannel: Record<string, { orders_fen: number; ledger_fen: number }> = {};
  for (const k of new Set([...orders.keys(), ...ledger.keys()])) {
    const ch = k.split(':')[1];
    perChannel[ch] ??= { orders_fen: 0, ledger_fen: 0 };
    perChannel[ch].orders_fen += orders.get(k) ?? 0;
    perChannel[ch].ledger_fen += ledger.get(k) ?? 0;
    if ((orders.get(k) ?? 0) !== (ledger.get(k) ?? 0))
      issues.push(
        `${k}: paid − refunded ${orders.get(k) ?? 0} ≠ collected in the ledger ${ledger.get(k) ?? 0}`,
      );
    if ((ledger.get(k) ?? 0) < 0) issues.push(`${k}: negative collected balance`);
  }
  const ecnyPaid = n(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM bank_payments WHERE purpose = 'cashier' AND status = 'paid'",
      )
    )[0]?.s,
  );
  const ecnyAttempts = n(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM cashier_payments WHERE channel = 'ecny' AND status = 'paid'",
      )
    )[0]?.s,
  );
  if (ecnyPaid !== ecnyAttempts)
    issues.push(`e-CNY bank orders paid ${ecnyPaid} ≠ e-CNY attempts paid ${ecnyAttempts}`);
  return { balanced: issues.length === 0, channels: perChannel, issues };
}

/** The cashier's section of the ledger check, in the shape module descriptors use. */
export const cashierLedgerInvariant = { key: 'cashier', check: checkCashierBooks };
