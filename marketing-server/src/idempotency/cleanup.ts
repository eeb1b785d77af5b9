import schedule from 'node-schedule';
import type { Db } from '../db/sql';
import type { Logger } from '../shared/logger';
import type { Clock } from '../shared/time';

/** Deletes idempotency records past their 24 h retention, in batches so no statement runs long. */
export async function purgeExpiredIdempotencyKeys(db: Db, clock: Clock, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const limit = db.dialect === 'mysql' ? ` LIMIT ${batch}` : '';
    const where =
      db.dialect === 'mysql'
        ? 'expires_at < ?'
        : `rowid IN (SELECT rowid FROM idempotency_keys WHERE expires_at < ? LIMIT ${batch})`;
    const res = await db.exec(`DELETE FROM idempotency_keys WHERE ${where}${limit}`, [clock.now()]);
    total += res.affectedRows;
    if (res.affectedRows < batch) return total;
  }
}

export function startIdempotencyCleanupJob(db: Db, clock: Clock, logger: Logger): () => void {
  const job = schedule.scheduleJob('17 * * * *', async () => {
    try {
      const n = await purgeExpiredIdempotencyKeys(db, clock);
      if (n) logger.info('expired idempotency keys purged', { count: n });
    } catch (err) {
      logger.error('idempotency cleanup failed', { err });
    }
  });
  return () => job?.cancel();
}
