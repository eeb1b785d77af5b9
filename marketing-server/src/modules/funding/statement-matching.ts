import type { Db } from '../../db/sql';
import { maskWalletId } from '../../masking/mask';
import type { Clock } from '../../shared/time';
import { parseBill } from '../reconciliation';
import type { FundingActor } from './service';

// A deposit is money a funder transferred to the platform's institutional account. Besides a second
// person's confirmation, the bank's own statement proves it: a CREDIT row of the day's bill into
// the platform's institutional wallet, quoting the deposit's reference, for exactly its amount,
// confirms the pending deposit — once (the credit's number is recorded with the decision, so one
// credit never confirms two deposits).

export type StatementSource = {
  /** The bank's reconciliation file for a CST day (yyyyMMdd), null while not ready. */
  fetchBill(billDate: string): Promise<string | null>;
  /** The platform's institutional wallet at the bank, into which funders transfer. */
  payerWalletId: string;
};

type Decide = (
  actor: FundingActor,
  funderId: string,
  depositId: string,
  action: 'confirm',
  meta: { comment?: string },
) => Promise<unknown>;

/** Who confirms a deposit matched on the statement (not a person, so never the recorder). */
export const BANK_STATEMENT_ACTOR: FundingActor = { type: 'system', id: 'bank-statement' };

export function createStatementMatcher(deps: {
  db: Db;
  clock: Clock;
  source?: StatementSource;
  decide: Decide;
}) {
  /** Confirms the pending deposits the bank's statement of `billDate` shows credited. */
  async function matchStatementCredits(billDate: string) {
    if (!deps.source) return { bill_date: billDate, credits: 0, confirmed: [] as string[], unmatched: [] };
    const csv = await deps.source.fetchBill(billDate);
    if (csv === null) return { bill_date: billDate, ready: false, credits: 0, confirmed: [], unmatched: [] };
    const ours = maskWalletId(deps.source.payerWalletId);
    const credits = parseBill(csv).rows.filter((r) => r.type === 'CREDIT' && r.wallet_id_masked === ours);
    const confirmed: string[] = [];
    const unmatched: { credit_no: string; reference: string; amount_fen: number }[] = [];
    for (const c of credits) {
      const comment = `bank statement ${c.out_trade_no}`;
      const used = await deps.db.query('SELECT id FROM deposits WHERE decision_comment = ?', [comment]);
      if (used.length) continue;
      const pending = await deps.db.query<{ id: string; funder_id: string }>(
        "SELECT id, funder_id FROM deposits WHERE status = 'pending' AND source = 'declared' AND reference = ? AND amount_fen = ? ORDER BY id LIMIT 1",
        [c.out_request_no, c.amount_fen],
      );
      if (!pending.length) {
        unmatched.push({ credit_no: c.out_trade_no, reference: c.out_request_no, amount_fen: c.amount_fen });
        continue;
      }
      await deps.decide(BANK_STATEMENT_ACTOR, pending[0].funder_id, pending[0].id, 'confirm', { comment });
      confirmed.push(pending[0].id);
    }
    return { bill_date: billDate, ready: true, credits: credits.length, confirmed, unmatched };
  }
  return { matchStatementCredits };
}
