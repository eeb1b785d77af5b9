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
    // A settled campaign has given everything back: nothing left in its budget or granted.
    if (c.status === 'settled' && f.budget !== 0) issues.push(`settled campaign holds budget ${f.budget}`);
    if (c.status === 'settled' && f.granted !== 0) issues.push(`settled campaign holds granted ${f.granted}`);
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
  const merchants = await checkMerchants(db);
  const orders = await checkBankOrders(db);
  const balanced =
    unbalanced.length === 0 &&
    total === 0 &&
    figures.every((f) => f.balanced) &&
    inFlight.balanced &&
    parking.balanced &&
    merchants.balanced &&
    orders.balanced;
  return {
    balanced,
    checked_at: toRfc3339(clock.now()),
    total_fen: total,
    unbalanced_postings: unbalanced.map((u) => ({ txn_id: u.txn_id, sum_fen: num(u.s) })),
    campaigns: figures,
    bank_payments: inFlight,
    parking,
    merchants,
    bank_orders: orders,
  };
}

/**
 * Per merchant: no campaign's payable balance is negative, and the subsidies in the ledger (still
 * payable + on their way + paid) equal the discounts of the redemptions that stand (redeemed, not
 * refunded) — so a subsidy settled twice, or kept after a refund, shows here.
 */
async function checkMerchants(db: Db) {
  const payable = await db.query<{ account: string; campaign_id: string; s: unknown }>(
    "SELECT account, campaign_id, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'merchant_payable:%' GROUP BY account, campaign_id",
  );
  const paid = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'merchant_paid:%' GROUP BY account",
  );
  const settling = await db.query<{ merchant_id: string; s: unknown }>(
    "SELECT merchant_id, SUM(amount_fen) AS s FROM settlements WHERE status IN ('pending','in_flight','dead') GROUP BY merchant_id",
  );
  const redeemed = await db.query<{ merchant_id: string; s: unknown }>(
    "SELECT merchant_id, SUM(discount_fen) AS s FROM coupon_redemptions WHERE status = 'redeemed' GROUP BY merchant_id",
  );
  const issues: string[] = [];
  const ids = new Set<string>();
  const inLedger = new Map<string, number>();
  const add = (m: string, v: number) => {
    ids.add(m);
    inLedger.set(m, (inLedger.get(m) ?? 0) + v);
  };
  for (const p of payable) {
    const m = p.account.slice('merchant_payable:'.length);
    if (num(p.s) < 0) issues.push(`merchant ${m}: negative payable ${num(p.s)} in campaign ${p.campaign_id}`);
    add(m, num(p.s));
  }
  const paidBy = new Map(paid.map((p) => [p.account.slice('merchant_paid:'.length), num(p.s)]));
  for (const [m, v] of paidBy) add(m, v);
  for (const s of settling) add(s.merchant_id, num(s.s));
  const redeemedBy = new Map(redeemed.map((r) => [r.merchant_id, num(r.s)]));
  for (const m of redeemedBy.keys()) ids.add(m);
  for (const m of ids) {
    const standing = redeemedBy.get(m) ?? 0;
    if ((paidBy.get(m) ?? 0) > standing)
      issues.push(`merchant ${m}: paid ${paidBy.get(m)} > standing redeemed discounts ${standing}`);
    if ((inLedger.get(m) ?? 0) !== standing)
      issues.push(
        `merchant ${m}: payable + settling + paid ${inLedger.get(m) ?? 0} ≠ standing redeemed discounts ${standing}`,
      );
  }
  return { balanced: issues.length === 0, merchants: ids.size, issues };
}

/**
 * Per kind of bank order, what the platform's orders say the bank did equals what the ledger booked;
 * no red-packet recovery takes back more than its payout carried.
 */
async function checkBankOrders(db: Db) {
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
