import type { Db } from '../../db/sql';
import { isSpentAccount } from '../../ledger/accounts';
import { toRfc3339, type Clock } from '../../shared/time';

type CampaignFigures = {
  campaign_id: string;
  name: string;
  status: string;
  reserved_fen: number;
  budget_fen: number;
  granted_fen: number;
  spent_fen: number;
  returned_fen: number;
  claims: number;
  stock_taken: number;
  granted_claims_fen: number;
  balanced: boolean;
  issues: string[];
};

const num = (v: unknown) => Number(v ?? 0);

/**
 * Proves the books: every posting sums to zero; for every campaign
 * reserved = budget + granted + spent + returned, no balance is negative, the granted balance equals
 * the value of the claims still granted, and the number of claims equals the stock taken.
 */
export async function checkLedger(db: Db, clock: Clock) {
  const unbalanced = await db.query<{ txn_id: string; s: unknown }>(
    'SELECT txn_id, SUM(amount_fen) AS s FROM ledger_entries GROUP BY txn_id HAVING SUM(amount_fen) <> 0 LIMIT 20',
  );
  const total = num(
    (await db.query<{ s: unknown }>('SELECT SUM(amount_fen) AS s FROM ledger_entries'))[0]?.s,
  );
  const campaigns = await db.query<{
    id: string;
    name: string;
    status: string;
    reserved_fen: unknown;
    stock_total: unknown;
  }>(
    "SELECT id, name, status, reserved_fen, stock_total FROM campaigns WHERE status IN ('approved','running','paused','ended','settled') ORDER BY id",
  );
  const perAccount = await db.query<{ campaign_id: string; account: string; kind: string; s: unknown }>(
    'SELECT campaign_id, account, kind, SUM(amount_fen) AS s FROM ledger_entries WHERE campaign_id IS NOT NULL GROUP BY campaign_id, account, kind',
  );
  const claimStats = await db.query<{ campaign_id: string; n: unknown; granted: unknown }>(
    "SELECT campaign_id, COUNT(*) AS n, SUM(CASE WHEN status IN ('granted', 'held') THEN amount_fen ELSE 0 END) AS granted FROM claims GROUP BY campaign_id",
  );
  const stock = await db.query<{ campaign_id: string; r: unknown }>(
    'SELECT campaign_id, SUM(remaining) AS r FROM campaign_stock_buckets GROUP BY campaign_id',
  );
  const stockBy = new Map(stock.map((s) => [s.campaign_id, num(s.r)]));
  const claimsBy = new Map(claimStats.map((c) => [c.campaign_id, c]));

  const figures: CampaignFigures[] = campaigns.map((c) => {
    const f = { reserved: 0, budget: 0, granted: 0, spent: 0, returned: 0 };
    for (const e of perAccount) {
      if (e.campaign_id !== c.id) continue;
      const s = num(e.s);
      if (e.account === `campaign_budget:${c.id}`) {
        f.budget += s;
        if (e.kind === 'reserve') f.reserved += s;
      } else if (e.account === `granted:${c.id}`) f.granted += s;
      else if (isSpentAccount(e.account)) f.spent += s;
      else if (e.account.startsWith('funder:') && e.kind === 'return') f.returned += s;
    }
    const cs = claimsBy.get(c.id);
    const claims = num(cs?.n);
    const taken = num(c.stock_total) - (stockBy.get(c.id) ?? num(c.stock_total));
    const issues: string[] = [];
    if (f.reserved !== num(c.reserved_fen))
      issues.push(`reserved in ledger ${f.reserved} ≠ campaign reserved_fen ${num(c.reserved_fen)}`);
    if (f.budget + f.granted + f.spent + f.returned !== f.reserved)
      issues.push('budget + granted + spent + returned ≠ reserved');
    if (f.budget < 0) issues.push(`negative budget ${f.budget}`);
    if (f.granted < 0) issues.push(`negative granted ${f.granted}`);
    if (f.granted !== num(cs?.granted))
      issues.push(`granted balance ${f.granted} ≠ value of granted claims ${num(cs?.granted)}`);
    if (claims !== taken) issues.push(`claims ${claims} ≠ stock taken ${taken}`);
    return {
      campaign_id: c.id,
      name: c.name,
      status: c.status,
      reserved_fen: f.reserved,
      budget_fen: f.budget,
      granted_fen: f.granted,
      spent_fen: f.spent,
      returned_fen: f.returned,
      claims,
      stock_taken: taken,
      granted_claims_fen: num(cs?.granted),
      balanced: issues.length === 0,
      issues,
    };
  });
  const inFlight = await checkMoneyInFlight(db);
  const parking = await checkParkingFees(db);
  const balanced =
    unbalanced.length === 0 &&
    total === 0 &&
    figures.every((f) => f.balanced) &&
    inFlight.balanced &&
    parking.balanced;
  return {
    balanced,
    checked_at: toRfc3339(clock.now()),
    total_fen: total,
    unbalanced_postings: unbalanced.map((u) => ({ txn_id: u.txn_id, sum_fen: num(u.s) })),
    campaigns: figures,
    bank_payments: inFlight,
    parking,
  };
}

/** Per lot, the fees booked as collected equal what the succeeded parking payments took from drivers. */
async function checkParkingFees(db: Db) {
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

/**
 * Money handed to the bank but not yet confirmed sits in payout_pending / settlement_pending: those
 * balances must equal what the payments in flight (or dead-lettered) carry, and no red packet the
 * bank confirmed may be missing from wallet_out.
 */
async function checkMoneyInFlight(db: Db) {
  const balances = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account IN ('payout_pending','settlement_pending') GROUP BY account",
  );
  const payments = await db.query<{ purpose: string; s: unknown }>(
    "SELECT purpose, SUM(amount_fen) AS s FROM bank_payments WHERE status IN ('in_flight','dead') GROUP BY purpose",
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
