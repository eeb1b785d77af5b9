import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

const num = (v: unknown) => Number(v ?? 0);

/** Per lot, the fees booked as collected equal what the succeeded parking payments took from drivers. */
export async function checkParkingFees(db: Db): Promise<InvariantResult> {
  const booked = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'parking_collected:%' GROUP BY account",
  );
  const paid = await db.query<{ lot_id: string; s: unknown }>(
    "SELECT lot_id, SUM(payable_fen) AS s FROM parking_payments WHERE status = 'succeeded' GROUP BY lot_id",
  );
  const lots = new Set([
    ...booked.map((b) => b.account.slice('parking_collected:'.length)),
    ...paid.map((p) => p.lot_id),
  ]);
  const issues: string[] = [];
  let total = 0;
  for (const lot of lots) {
    const inLedger = num(booked.find((b) => b.account === `parking_collected:${lot}`)?.s);
    const inPayments = num(paid.find((p) => p.lot_id === lot)?.s);
    total += inLedger;
    if (inLedger !== inPayments) issues.push(`lot ${lot}: ledger ${inLedger} ≠ payments ${inPayments}`);
  }
  const wallets = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = 'citizen_wallets'",
      )
    )[0]?.s,
  );
  if (wallets !== -total) issues.push(`citizen_wallets ${wallets} ≠ −collected ${total}`);
  return { balanced: issues.length === 0, collected_fen: total, issues };
}

export const parkingInvariants: LedgerInvariant[] = [{ key: 'parking', check: checkParkingFees }];
