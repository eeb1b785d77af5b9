import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { PayoutService } from './service';

/**
 * Every few seconds on every process that runs jobs: red packets granted without a payout get one
 * (the claims table is the outbox). Bank orders whose answer was lost are the bank-order lifecycle's.
 */
export function startPayoutIntakeSweep(payouts: PayoutService, logger: Logger, everySeconds: number) {
  const run = () => payouts.sweep().catch((err) => logger.error('payout intake sweep failed', { err }));
  const job = schedule.scheduleJob(`*/${everySeconds} * * * * *`, () => void run());
  void run();
  return () => job?.cancel();
}
