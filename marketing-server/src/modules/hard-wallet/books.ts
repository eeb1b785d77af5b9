import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

// What the ledger check proves about hard wallets and the park: every card's confirmed balance is
// its settled loads minus unloads, refunds and transfers out minus its booked offline spends, never
// negative; the pending accounts equal the card orders in flight; what offline spends and subsidy
// spends made payable to each merchant equals the records booked; each badge's subsidy and each
// organisation's fund equal their grants, spends, returns and deposits.

const num = (v: unknown) => Number(v ?? 0);

async function balances(db: Db, like: string) {
  const rows = await db.query<{ account: string; s: unknown }>(
    'SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE ? GROUP BY account',
    [like],
  );
  return new Map(rows.map((r) => [r.account, num(r.s)]));
}

export async function checkCards(db: Db): Promise<InvariantResult> {
  const issues: string[] = [];
  const cards = await balances(db, 'hw_card:%');
  const orders = await db.query<{
    card_id: string;
    from_card_id: string | null;
    direction: string;
    status: string;
    amount_fen: unknown;
  }>(
    'SELECT o.card_id, o.from_card_id, o.direction, p.status, o.amount_fen FROM hw_orders o JOIN bank_payments p ON p.out_trade_no = o.id',
  );
  const spends = await db.query<{ card_id: string; s: unknown }>(
    "SELECT card_id, SUM(amount_fen) AS s FROM hw_offline_records WHERE status = 'applied' GROUP BY card_id",
  );
  const expected = new Map<string, number>();
  const add = (id: string, v: number) =>
    expected.set(`hw_card:${id}`, (expected.get(`hw_card:${id}`) ?? 0) + v);
  let loadPending = 0;
  let unloadPending = 0;
  for (const o of orders) {
    const a = num(o.amount_fen);
    const inFlight = o.status === 'in_flight' || o.status === 'dead';
    const gone = inFlight || o.status === 'paid';
    if (o.direction === 'load' || o.direction === 'transfer' || o.direction === 'counter_load') {
      if (o.status === 'paid') add(o.card_id, a);
      if (o.direction === 'transfer' && gone) add(o.from_card_id!, -a);
      if (inFlight) loadPending += a;
    } else {
      if (gone) add(o.card_id, -a);
      if (inFlight) unloadPending += a;
    }
  }
  for (const s of spends) add(s.card_id, -num(s.s));
  for (const k of new Set([...cards.keys(), ...expected.keys()])) {
    const have = cards.get(k) ?? 0;
    if (have !== (expected.get(k) ?? 0))
      issues.push(`${k}: ledger ${have} ≠ orders and spends ${expected.get(k) ?? 0}`);
    if (have < 0) issues.push(`${k}: negative confirmed balance ${have}`);
  }
  const pend = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account IN ('hw_load_pending','hw_unload_pending') GROUP BY account",
  );
  const p = (a: string) => num(pend.find((x) => x.account === a)?.s);
  if (p('hw_load_pending') !== loadPending)
    issues.push(`hw_load_pending ${p('hw_load_pending')} ≠ loads in flight ${loadPending}`);
  if (p('hw_unload_pending') !== unloadPending)
    issues.push(`hw_unload_pending ${p('hw_unload_pending')} ≠ unloads in flight ${unloadPending}`);
  const confirmed = [...cards.values()].reduce((a, b) => a + b, 0);
  return {
    balanced: issues.length === 0,
    cards: cards.size,
    confirmed_fen: confirmed,
    load_pending_fen: p('hw_load_pending'),
    unload_pending_fen: p('hw_unload_pending'),
    issues,
  };
}

export async function checkPayables(db: Db): Promise<InvariantResult> {
  const issues: string[] = [];
  const booked = await db.query<{ account: string; kind: string; s: unknown }>(
    "SELECT account, kind, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'merchant_payable:%' AND kind IN ('card_offline_spend','subsidy_spend') GROUP BY account, kind",
  );
  const recs = await db.query<{ merchant_id: string; s: unknown }>(
    "SELECT merchant_id, SUM(amount_fen) AS s FROM hw_offline_records WHERE status = 'applied' GROUP BY merchant_id",
  );
  const subs = await db.query<{ merchant_id: string; s: unknown }>(
    'SELECT merchant_id, SUM(amount_fen) AS s FROM park_subsidy_spends GROUP BY merchant_id',
  );
  const check = (kind: string, rows: { merchant_id: string; s: unknown }[]) => {
    const ms = new Set([
      ...rows.map((r) => r.merchant_id),
      ...booked.filter((b) => b.kind === kind).map((b) => b.account.slice('merchant_payable:'.length)),
    ]);
    for (const m of ms) {
      const inLedger = num(booked.find((b) => b.kind === kind && b.account === `merchant_payable:${m}`)?.s);
      const inRows = num(rows.find((r) => r.merchant_id === m)?.s);
      if (inLedger !== inRows) issues.push(`merchant ${m}: ${kind} ${inLedger} ≠ records ${inRows}`);
    }
  };
  check('card_offline_spend', recs);
  check('subsidy_spend', subs);
  return {
    balanced: issues.length === 0,
    offline_spent_fen: recs.reduce((a, r) => a + num(r.s), 0),
    subsidy_spent_fen: subs.reduce((a, r) => a + num(r.s), 0),
    issues,
  };
}

export async function checkSubsidies(db: Db): Promise<InvariantResult> {
  const issues: string[] = [];
  const perCard = await balances(db, 'hw_subsidy:%');
  const grants = await db.query<{ card_id: string; g: unknown; s: unknown; r: unknown }>(
    'SELECT card_id, SUM(amount_fen) AS g, SUM(spent_fen) AS s, SUM(returned_fen) AS r FROM park_subsidy_grants GROUP BY card_id',
  );
  const spends = await db.query<{ card_id: string; s: unknown }>(
    'SELECT card_id, SUM(amount_fen) AS s FROM park_subsidy_spends GROUP BY card_id',
  );
  for (const g of grants) {
    const left = num(g.g) - num(g.s) - num(g.r);
    const have = perCard.get(`hw_subsidy:${g.card_id}`) ?? 0;
    if (have !== left)
      issues.push(`hw_subsidy:${g.card_id}: ledger ${have} ≠ grants − spent − returned ${left}`);
    if (num(spends.find((s) => s.card_id === g.card_id)?.s) !== num(g.s))
      issues.push(`card ${g.card_id}: spends ≠ grant spent_fen`);
  }
  for (const [k, v] of perCard) if (v < 0) issues.push(`${k}: negative ${v}`);
  const funds = await balances(db, 'park_fund:%');
  const deposits = await db.query<{ org_id: string; s: unknown }>(
    "SELECT org_id, SUM(amount_fen) AS s FROM park_fund_deposits WHERE status = 'confirmed' GROUP BY org_id",
  );
  const runs = await db.query<{ org_id: string; t: unknown; r: unknown }>(
    "SELECT org_id, SUM(total_fen) AS t, SUM(returned_fen) AS r FROM park_subsidy_runs WHERE status IN ('posted','closed') GROUP BY org_id",
  );
  for (const org of new Set([
    ...deposits.map((d) => d.org_id),
    ...[...funds.keys()].map((k) => k.slice('park_fund:'.length)),
  ])) {
    const want =
      num(deposits.find((d) => d.org_id === org)?.s) -
      num(runs.find((r) => r.org_id === org)?.t) +
      num(runs.find((r) => r.org_id === org)?.r);
    const have = funds.get(`park_fund:${org}`) ?? 0;
    if (have !== want) issues.push(`park_fund:${org}: ledger ${have} ≠ deposits − grants + returns ${want}`);
    if (have < 0) issues.push(`park_fund:${org}: negative ${have}`);
  }
  return { balanced: issues.length === 0, badges: perCard.size, issues };
}

export const hardWalletInvariants: LedgerInvariant[] = [
  { key: 'hard_wallet_cards', check: checkCards },
  { key: 'hard_wallet_payables', check: checkPayables },
  { key: 'park_subsidies', check: checkSubsidies },
];
