import type { Db } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { cstDayKey, type Clock } from '../../shared/time';
import type { Logger } from '../../shared/logger';

export type DayMetric = 'views' | 'risk_rejected';
const METRICS: DayMetric[] = ['views', 'risk_rejected'];

/**
 * Counts what leaves no row of its own (detail views, risk refusals) per campaign and CST day. At
 * 20:00 tens of thousands open the same campaign within a minute, so an event is a number in memory;
 * every few seconds each server process adds its counts to the day's row (an increment, so processes
 * never overwrite each other). A crash loses at most one interval's counts: they feed a dashboard, not
 * the ledger.
 */
export function createDayStats(deps: { db: Db; clock: Clock; logger: Logger; flushMs?: number }) {
  const pending = new Map<string, number>(); // `${campaignId}|${day}|${metric}` → count
  let timer: NodeJS.Timeout | null = null;

  function record(campaignId: string, metric: DayMetric) {
    const key = `${campaignId}|${cstDayKey(deps.clock.now())}|${metric}`;
    pending.set(key, (pending.get(key) ?? 0) + 1);
  }

  async function add(campaignId: string, day: string, metric: DayMetric, n: number) {
    if (!METRICS.includes(metric)) throw new Error(`unknown metric ${metric}`);
    const bump = () =>
      deps.db.exec(
        `UPDATE campaign_day_stats SET ${metric} = ${metric} + ? WHERE campaign_id = ? AND day = ?`,
        [n, campaignId, day],
      );
    if ((await bump()).affectedRows === 1) return;
    try {
      await deps.db.exec(
        'INSERT INTO campaign_day_stats (campaign_id, day, views, risk_rejected) VALUES (?,?,?,?)',
        [campaignId, day, metric === 'views' ? n : 0, metric === 'risk_rejected' ? n : 0],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      await bump(); // another process inserted the row first
    }
  }

  async function flush() {
    const batch = [...pending.entries()];
    pending.clear();
    for (const [i, [key, n]] of batch.entries()) {
      const [campaignId, day, metric] = key.split('|') as [string, string, DayMetric];
      try {
        await add(campaignId, day, metric, n);
      } catch (err) {
        // Keep this and the rest for the next flush rather than dropping them on a passing error.
        for (const [k, m] of batch.slice(i)) pending.set(k, (pending.get(k) ?? 0) + m);
        deps.logger.warn('campaign day stats flush failed', { err });
        return;
      }
    }
  }

  return {
    record,
    flush,
    start() {
      timer ??= setInterval(() => void flush(), deps.flushMs ?? 5000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}

export type DayStats = ReturnType<typeof createDayStats>;
