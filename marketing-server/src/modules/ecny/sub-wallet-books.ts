import type { Db } from '../../db/sql';

const num = (v: unknown) => Number(v ?? 0);
const IN_LEDGER = ['in_flight', 'dead', 'paid'];
const IN_FLIGHT = ['in_flight', 'dead'];

type Agg = { sub: string; kind: string; status: string; s: unknown };

async function orderTotals(db: Db) {
  return db.query<Agg>(
    `SELECT m.sub_wallet_id AS sub, m.kind, p.status, SUM(p.amount_fen) AS s FROM bank_payments p
       JOIN ecny_sub_wallet_moves m ON m.id = p.out_trade_no
      WHERE p.purpose = 'ecny_subwallet' GROUP BY m.sub_wallet_id, m.kind, p.status`,
  );
}

const total = (rows: Agg[], kind: string, statuses: string[], sub?: string) =>
  rows
    .filter((r) => r.kind === kind && statuses.includes(r.status) && (sub === undefined || r.sub === sub))
    .reduce((a, r) => a + num(r.s), 0);

/**
 * What sub-wallets took out of ecny_in_circulation: funding once dispatched, less the balances closes
 * returned (checkEcnyBooks counts it, since a sub-wallet's e-CNY is still in circulation).
 */
export async function subWalletCirculationDelta(db: Db) {
  const orders = await orderTotals(db);
  return total(orders, 'fund', IN_LEDGER) - total(orders, 'close', ['paid']);
}

/**
 * The ledger-check invariant of sub-wallets: each sub-wallet's account = funding paid − payments and
 * closes dispatched; its row's balance = funding succeeded − payments and closes not failed; a closed
 * sub-wallet holds nothing; ecny_subwallet_pending = the movements in flight; what merchants received
 * = payments paid; every movement agrees with its bank order.
 */
export async function checkSubWalletBooks(db: Db) {
  const orders = await orderTotals(db);
  const moves = await db.query<Agg>(
    'SELECT sub_wallet_id AS sub, kind, status, SUM(amount_fen) AS s FROM ecny_sub_wallet_moves GROUP BY sub_wallet_id, kind, status',
  );
  const ledger = await db.query<{ account: string; s: unknown }>(
    `SELECT account, SUM(amount_fen) AS s FROM ledger_entries
      WHERE account LIKE 'ecny_subwallet%' GROUP BY account`,
  );
  const subs = await db.query<{ id: string; status: string; balance_fen: unknown; incoming_fen: unknown }>(
    'SELECT id, status, balance_fen, incoming_fen FROM ecny_sub_wallets',
  );
  const bal = (a: string) => num(ledger.find((b) => b.account === a)?.s);
  const issues: string[] = [];
  for (const s of subs) {
    const booked = bal(`ecny_subwallet:${s.id}`);
    const want =
      total(orders, 'fund', ['paid'], s.id) -
      total(orders, 'pay', IN_LEDGER, s.id) -
      total(orders, 'close', IN_LEDGER, s.id);
    if (booked !== want) issues.push(`sub-wallet ${s.id}: booked ${booked} ≠ its orders ${want}`);
    const row =
      total(moves, 'fund', ['succeeded'], s.id) -
      total(moves, 'pay', ['processing', 'succeeded'], s.id) -
      total(moves, 'close', ['processing', 'succeeded'], s.id);
    if (num(s.balance_fen) !== row)
      issues.push(`sub-wallet ${s.id}: balance ${num(s.balance_fen)} ≠ its movements ${row}`);
    if (num(s.incoming_fen) !== total(moves, 'fund', ['processing'], s.id))
      issues.push(`sub-wallet ${s.id}: incoming ${num(s.incoming_fen)} ≠ funding in flight`);
    if (s.status === 'closed' && (booked !== 0 || num(s.balance_fen) !== 0))
      issues.push(`sub-wallet ${s.id} is closed but holds ${booked}`);
  }
  const pending = ['fund', 'pay', 'close'].reduce((a, k) => a + total(orders, k, IN_FLIGHT), 0);
  if (bal('ecny_subwallet_pending') !== pending)
    issues.push(`ecny_subwallet_pending ${bal('ecny_subwallet_pending')} ≠ movements in flight ${pending}`);
  const paidToMerchants = ledger
    .filter((l) => l.account.startsWith('ecny_subwallet_paid:'))
    .reduce((a, l) => a + num(l.s), 0);
  if (paidToMerchants !== total(orders, 'pay', ['paid']))
    issues.push(
      `paid to merchants ${paidToMerchants} ≠ sub-wallet payments paid ${total(orders, 'pay', ['paid'])}`,
    );
  for (const k of ['fund', 'pay', 'close'])
    if (total(moves, k, ['succeeded']) !== total(orders, k, ['paid']))
      issues.push(
        `${k}: movements succeeded ${total(moves, k, ['succeeded'])} ≠ orders paid ${total(orders, k, ['paid'])}`,
      );
  return {
    balanced: issues.length === 0,
    sub_wallets: subs.length,
    held_fen: subs.reduce((a, s) => a + bal(`ecny_subwallet:${s.id}`), 0),
    pending_fen: bal('ecny_subwallet_pending'),
    paid_to_merchants_fen: paidToMerchants,
    issues,
  };
}
