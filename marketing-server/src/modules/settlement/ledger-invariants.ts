import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Per merchant: no campaign's payable balance is negative, and the subsidies in the ledger (still
 * payable + on their way + paid) equal the discounts of the redemptions that stand (redeemed, not
 * refunded) — so a subsidy settled twice, or kept after a refund, shows here.
 */
export async function checkMerchants(db: Db): Promise<InvariantResult> {
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
  // Payables other modules create without a campaign (hard-wallet offline spends, meal subsidies):
  // those modules prove each against their own records (modules/hard-wallet/books.ts).
  const other = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'merchant_payable:%' AND kind IN ('card_offline_spend','subsidy_spend') GROUP BY account",
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
  for (const o of other) {
    const m = o.account.slice('merchant_payable:'.length);
    redeemedBy.set(m, (redeemedBy.get(m) ?? 0) + num(o.s));
  }
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

export const settlementInvariants: LedgerInvariant[] = [{ key: 'merchants', check: checkMerchants }];
