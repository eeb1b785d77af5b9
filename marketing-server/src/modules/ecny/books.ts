import type { Db } from '../../db/sql';
import { subWalletCirculationDelta } from './sub-wallet-books';

const num = (v: unknown) => Number(v ?? 0);

/**
 * The ledger-check invariant of the institution's exchanges: e-CNY in circulation = 兑出 paid − 兑回
 * paid (by the platform's orders) − what sits in sub-wallets (sub-wallet-books.ts), ecny_exchange_pending = the exchange orders still in flight or
 * dead-lettered, every exchange row agrees with its order, and no 兑回 is left uncredited at the core
 * after the core refused it (that needs a person and an 801 adjustment).
 */
export async function checkEcnyBooks(db: Db) {
  const orders = await db.query<{ direction: string; status: string; s: unknown; n: unknown }>(
    `SELECT e.direction, p.status, SUM(p.amount_fen) AS s, COUNT(*) AS n FROM bank_payments p
       JOIN ecny_exchanges e ON e.id = p.out_trade_no
      WHERE p.purpose = 'ecny_exchange' GROUP BY e.direction, p.status`,
  );
  const rows = await db.query<{ direction: string; status: string; s: unknown }>(
    'SELECT direction, status, SUM(amount_fen) AS s FROM ecny_exchanges GROUP BY direction, status',
  );
  const balances = await db.query<{ account: string; s: unknown }>(
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account IN ('ecny_in_circulation','ecny_exchange_pending','core_deposits') GROUP BY account",
  );
  const coreFailed = num(
    (
      await db.query<{ n: unknown }>(
        "SELECT COUNT(*) AS n FROM ecny_exchanges WHERE direction = 'back' AND core_status = 'failed'",
      )
    )[0]?.n,
  );
  const ord = (d: string, st: string[]) =>
    orders.filter((o) => o.direction === d && st.includes(o.status)).reduce((a, o) => a + num(o.s), 0);
  const row = (d: string, st: string) => num(rows.find((r) => r.direction === d && r.status === st)?.s);
  const bal = (a: string) => num(balances.find((b) => b.account === a)?.s);
  const issues: string[] = [];
  const circulation =
    ord('out', ['paid']) +
    ord('interest', ['paid']) -
    ord('back', ['paid']) -
    (await subWalletCirculationDelta(db));
  if (bal('ecny_in_circulation') !== circulation)
    issues.push(
      `ecny_in_circulation ${bal('ecny_in_circulation')} ≠ 兑出 + 利息 − 兑回 paid − in sub-wallets ${circulation}`,
    );
  const inFlight = ['out', 'back', 'interest'].reduce((a, d) => a + ord(d, ['in_flight', 'dead']), 0);
  if (bal('ecny_exchange_pending') !== inFlight)
    issues.push(`ecny_exchange_pending ${bal('ecny_exchange_pending')} ≠ exchanges in flight ${inFlight}`);
  for (const d of ['out', 'back', 'interest']) {
    if (row(d, 'succeeded') !== ord(d, ['paid']))
      issues.push(`${d}: exchanges succeeded ${row(d, 'succeeded')} ≠ orders paid ${ord(d, ['paid'])}`);
  }
  if (coreFailed > 0) issues.push(`${coreFailed} 兑回 refused by the core: adjust by hand (801)`);
  return {
    balanced: issues.length === 0,
    in_circulation_fen: bal('ecny_in_circulation'),
    pending_fen: bal('ecny_exchange_pending'),
    core_deposits_fen: bal('core_deposits'),
    issues,
  };
}
