import type { Db } from '../../db/sql';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';

// What the ledger check proves about prepaid funds. Per contract: paid = released + refunded +
// retained with retained ≥ 0, where retained is the contract's prepaid_locked balance plus its
// instructions still on their way, and released/refunded are the escrow's confirmed answers — from the
// ledger, checked against the contract's own counters. Per merchant: prepaid_released equals the
// confirmed releases. And prepaid_pending holds exactly the instructions not yet final.

const n = (v: unknown) => Number(v ?? 0);

type Sums = Map<string, number>;
const sumBy = async (db: Db, sql: string, params: unknown[] = []): Promise<Sums> =>
  new Map((await db.query<{ k: string; s: unknown }>(sql, params)).map((r) => [r.k, n(r.s)]));

/** Per contract: paid = released + refunded + retained, retained ≥ 0, and the counters agree. */
async function checkContracts(db: Db) {
  const locked = await sumBy(
    db,
    "SELECT SUBSTR(account, 16) AS k, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'prepaid_locked:%' GROUP BY account",
  );
  const inFlight = await sumBy(
    db,
    "SELECT contract_id AS k, SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'pending' AND type <> 'lock' GROUP BY contract_id",
  );
  const released = await sumBy(
    db,
    "SELECT contract_id AS k, SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'succeeded' AND type = 'release' GROUP BY contract_id",
  );
  const refunded = await sumBy(
    db,
    "SELECT contract_id AS k, SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'succeeded' AND type = 'refund' GROUP BY contract_id",
  );
  const lockedOk = await sumBy(
    db,
    "SELECT contract_id AS k, SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'succeeded' AND type = 'lock' GROUP BY contract_id",
  );
  const contracts = await db.query<{
    id: string;
    paid_fen: unknown;
    released_fen: unknown;
    refunded_fen: unknown;
    releasing_fen: unknown;
    refunding_fen: unknown;
  }>(
    `SELECT id, paid_fen, released_fen, refunded_fen, releasing_fen, refunding_fen FROM prepaid_contracts WHERE status NOT IN ('awaiting_payment','cancelled','locking',${REFUSED_LOCK})`,
  );
  const issues: string[] = [];
  let violations = 0;
  for (const c of contracts) {
    const paid = lockedOk.get(c.id) ?? 0;
    const rel = released.get(c.id) ?? 0;
    const ref = refunded.get(c.id) ?? 0;
    const retained = (locked.get(c.id) ?? 0) + (inFlight.get(c.id) ?? 0);
    const bad: string[] = [];
    if (paid !== n(c.paid_fen)) bad.push(`locked by the escrow ${paid} ≠ paid ${n(c.paid_fen)}`);
    if (paid !== rel + ref + retained)
      bad.push(`paid ${paid} ≠ released ${rel} + refunded ${ref} + retained ${retained}`);
    if (retained < 0 || (locked.get(c.id) ?? 0) < 0) bad.push(`retained ${retained} < 0`);
    if (rel !== n(c.released_fen) || ref !== n(c.refunded_fen))
      bad.push('contract counters differ from the escrow answers');
    if ((inFlight.get(c.id) ?? 0) !== n(c.releasing_fen) + n(c.refunding_fen))
      bad.push('money in flight differs from the contract');
    if (bad.length) {
      violations++;
      issues.push(`contract ${c.id}: ${bad.join('; ')}`);
    }
  }
  const refused = await checkRefusedLocks(db, locked, lockedOk);
  return {
    contracts: contracts.length + refused.contracts,
    violations: violations + refused.issues.length,
    issues: [...issues, ...refused.issues],
  };
}

const REFUSED_LOCK = "'lock_failed','lock_refunding','lock_refunded'";

/**
 * A contract whose lock the escrow refused never held anything: no lock confirmed, nothing in its
 * prepaid_locked, nothing released or in flight to the escrow, and what it shows as refunded or
 * refunding is all it was paid or nothing (the cashier's invariant proves the refund itself).
 */
async function checkRefusedLocks(db: Db, locked: Sums, lockedOk: Sums) {
  const rows = await db.query<{ id: string; paid_fen: unknown; refund_fen: unknown; released_fen: unknown }>(
    `SELECT id, paid_fen, refunded_fen + refunding_fen AS refund_fen, released_fen + releasing_fen AS released_fen
       FROM prepaid_contracts WHERE status IN (${REFUSED_LOCK})`,
  );
  const issues: string[] = [];
  for (const c of rows) {
    const refund = n(c.refund_fen);
    if ((lockedOk.get(c.id) ?? 0) !== 0 || (locked.get(c.id) ?? 0) !== 0 || n(c.released_fen) !== 0)
      issues.push(`contract ${c.id}: a refused lock holds money at the escrow`);
    if (refund !== 0 && refund !== n(c.paid_fen))
      issues.push(`contract ${c.id}: a refused lock refunds ${refund} of ${n(c.paid_fen)} paid`);
  }
  return { contracts: rows.length, issues };
}

export async function checkPrepaidBooks(db: Db): Promise<InvariantResult> {
  const { contracts, violations, issues } = await checkContracts(db);
  const byMerchant = await sumBy(
    db,
    "SELECT SUBSTR(account, 18) AS k, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'prepaid_released:%' GROUP BY account",
  );
  const confirmed = await sumBy(
    db,
    "SELECT merchant_id AS k, SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'succeeded' AND type = 'release' GROUP BY merchant_id",
  );
  for (const m of new Set([...byMerchant.keys(), ...confirmed.keys()]))
    if ((byMerchant.get(m) ?? 0) !== (confirmed.get(m) ?? 0))
      issues.push(
        `merchant ${m}: prepaid_released ${byMerchant.get(m) ?? 0} ≠ confirmed releases ${confirmed.get(m) ?? 0}`,
      );
  const [pending] = await db.query<{ s: unknown }>(
    "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = 'prepaid_pending'",
  );
  const [open] = await db.query<{ s: unknown }>(
    "SELECT SUM(amount_fen) AS s FROM prepaid_instructions WHERE status = 'pending'",
  );
  if (n(pending?.s) !== n(open?.s))
    issues.push(`prepaid_pending ${n(pending?.s)} ≠ instructions not final ${n(open?.s)}`);
  return {
    balanced: issues.length === 0,
    contracts,
    invariant_violations: violations,
    issues: issues.slice(0, 50),
  };
}

export const prepaidInvariants: LedgerInvariant[] = [{ key: 'prepaid', check: checkPrepaidBooks }];
