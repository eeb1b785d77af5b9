import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Per operator, what the ledger says was collected by pay-after charges equals the succeeded
 * charges; the riders' wallets account mirrors the total; no journey is paid more than its fare.
 */
export async function checkTransit(db: Db): Promise<InvariantResult> {
  const booked = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'transit_collected:%' GROUP BY account",
  );
  const charged = await db.query<{ m: string; s: unknown }>(
    "SELECT operator_merchant_id AS m, SUM(amount_fen) AS s FROM transit_charges WHERE status = 'succeeded' GROUP BY operator_merchant_id",
  );
  const issues: string[] = [];
  const ops = new Set([
    ...booked.map((b) => b.account.slice('transit_collected:'.length)),
    ...charged.map((c) => c.m),
  ]);
  let total = 0;
  for (const m of ops) {
    const inLedger = num(booked.find((b) => b.account === `transit_collected:${m}`)?.s);
    const inCharges = num(charged.find((c) => c.m === m)?.s);
    total += inLedger;
    if (inLedger !== inCharges) issues.push(`operator ${m}: ledger ${inLedger} ≠ charges ${inCharges}`);
  }
  const wallets = num(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = 'transit_rider_wallets'",
      )
    )[0]?.s,
  );
  if (wallets !== -total) issues.push(`transit_rider_wallets ${wallets} ≠ −collected ${total}`);
  const over = await db.query<{ id: string }>(
    "SELECT j.id FROM transit_journeys j JOIN transit_charges c ON c.journey_id = j.id AND c.status = 'succeeded' GROUP BY j.id, j.fare_fen HAVING SUM(c.amount_fen) > j.fare_fen LIMIT 5",
  );
  for (const o of over) issues.push(`journey ${o.id} charged more than its fare`);
  return { balanced: issues.length === 0, collected_fen: total, operators: ops.size, issues };
}

export const transitInvariants: LedgerInvariant[] = [{ key: 'transit', check: checkTransit }];
