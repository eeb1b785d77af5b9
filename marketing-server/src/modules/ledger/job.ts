import schedule from 'node-schedule';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import { checkLedger } from './check';

/** Nightly proof of the books at 02:30 CST (18:30 UTC); an imbalance is logged as an error for on-call. */
export function startLedgerCheckJob(db: Db, clock: Clock, logger: Logger): () => void {
  const job = schedule.scheduleJob({ rule: '30 2 * * *', tz: 'Asia/Shanghai' }, async () => {
    try {
      const result = await checkLedger(db, clock);
      if (result.balanced) logger.info('ledger check passed', { campaigns: result.campaigns.length });
      else logger.error('LEDGER IMBALANCE', { result });
    } catch (err) {
      logger.error('ledger check failed to run', { err });
    }
  });
  return () => job?.cancel();
}
