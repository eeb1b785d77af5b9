import type { Db } from '../../db/sql';
import { isSpentAccount } from './accounts';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';
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
 * the value of the claims still granted, and the number of claims equals the stock taken. Then every
 * module's invariant (money in flight, bank orders, merchants, parking fees…), each under its key.
 */
export async function checkLedger(db: Db, clock: Clock, invariants: readonly LedgerInvariant[]) {
  const unbalanced = await db.query<{ txn_id: string; s: unknown }>(
    'SELECT txn_id, SUM(amount_fen) AS s FROM ledger_entries GROUP BY txn_id HAVING SUM(amount_fen) <> 0 LIMIT 20',
  );
  const total = num(
    (await db.query<{ s: unknown }>('SELECT SUM(amount_fen) AS s FROM ledger_entries'))[0]?.s,
  );
  const figures = await campaignFigures(db);
  const sections: Record<string, InvariantResult> = {};
  for (const inv of invariants) sections[inv.key] = await inv.check(db);
  const balanced =
    unbalanced.length === 0 &&
    total === 0 &&
    figures.every((f) => f.balanced) &&
    Object.values(sections).every((r) => r.balanced);
  return {
    balanced,
    checked_at: toRfc3339(clock.now()),
    total_fen: total,
    unbalanced_postings: unbalanced.map((u) => ({ txn_id: u.txn_id, sum_fen: num(u.s) })),
    campaigns: figures,
    ...sections,
  };
}

/** Each campaign's balances in the ledger against its own row, its claims and its stock. */
async function campaignFigures(db: Db): Promise<CampaignFigures[]> {
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
  return campaigns.map((c) => figuresOf(c, perAccount, claimsBy.get(c.id), stockBy.get(c.id)));
}

function figuresOf(
  c: { id: string; name: string; status: string; reserved_fen: unknown; stock_total: unknown },
  perAccount: { campaign_id: string; account: string; kind: string; s: unknown }[],
  cs: { n: unknown; granted: unknown } | undefined,
  stockLeft: number | undefined,
): CampaignFigures {
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
  const claims = num(cs?.n);
  const taken = num(c.stock_total) - (stockLeft ?? num(c.stock_total));
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
}
