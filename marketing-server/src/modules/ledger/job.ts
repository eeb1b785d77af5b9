import schedule from 'node-schedule';
import type { Db } from '../../db/sql';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import type { InvariantResult, LedgerInvariant } from '../../platform/module';
import { checkLedger } from './check';

type CheckResult = Awaited<ReturnType<typeof checkLedger>>;

/** Every issue the check found, in one list (postings, campaigns, then each module's invariants). */
export function issuesOf(r: CheckResult, invariants: readonly LedgerInvariant[]): string[] {
  return [
    ...r.unbalanced_postings.map((u) => `posting ${u.txn_id} sums to ${u.sum_fen}`),
    ...(r.total_fen !== 0 ? [`the ledger sums to ${r.total_fen}`] : []),
    ...r.campaigns.flatMap((c) => c.issues.map((i) => `campaign ${c.campaign_id}: ${i}`)),
    ...invariants.flatMap((inv) => (r as unknown as Record<string, InvariantResult>)[inv.key].issues),
  ];
}

/** Runs the check and records the result, so the admin banner of every process can show it. */
export async function runRecordedLedgerCheck(
  db: Db,
  clock: Clock,
  logger: Logger,
  invariants: readonly LedgerInvariant[],
) {
  const result = await checkLedger(db, clock, invariants);
  const issues = issuesOf(result, invariants);
  await db.exec('INSERT INTO ledger_check_runs (id, balanced, issues, checked_at) VALUES (?,?,?,?)', [
    newId('lck'),
    result.balanced,
    JSON.stringify(issues.slice(0, 200)),
    clock.now(),
  ]);
  if (result.balanced) logger.info('ledger check passed', { campaigns: result.campaigns.length });
  else logger.error('LEDGER IMBALANCE', { issues: issues.slice(0, 50) });
  return result;
}

/** The last recorded run (null before the first), for the admin banner. */
export async function lastLedgerCheck(db: Db) {
  const r = (
    await db.query<{ balanced: unknown; issues: string; checked_at: Date }>(
      'SELECT balanced, issues, checked_at FROM ledger_check_runs ORDER BY checked_at DESC LIMIT 1',
    )
  )[0];
  if (!r) return null;
  return {
    balanced: Boolean(Number(r.balanced)),
    issues: JSON.parse(r.issues) as string[],
    checked_at: toRfc3339(r.checked_at),
  };
}

/** Nightly proof of the books at 02:30 CST (18:30 UTC); an imbalance is logged as an error and shown as a banner. */
export function startLedgerCheckJob(
  db: Db,
  clock: Clock,
  logger: Logger,
  invariants: readonly LedgerInvariant[],
): () => void {
  const job = schedule.scheduleJob({ rule: '30 2 * * *', tz: 'Asia/Shanghai' }, async () => {
    try {
      await runRecordedLedgerCheck(db, clock, logger, invariants);
    } catch (err) {
      logger.error('ledger check failed to run', { err });
    }
  });
  return () => job?.cancel();
}
