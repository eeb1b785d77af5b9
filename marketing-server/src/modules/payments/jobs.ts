import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { BankCallbacks } from '../bank-callbacks/service';
import type { PayoutService } from '../payouts/service';

/**
 * The sweeps that make the bank side crash-safe, every few seconds on every process that runs jobs:
 * red packets granted without a payout get one. (Bank orders whose answer was lost — payouts,
 * settlements, parking transfers, top-ups — are swept by the one bank-order lifecycle.) Nonces past
 * their window are dropped.
 */
export function startBankSweeps(
  deps: { payouts: PayoutService; callbacks: BankCallbacks; logger: Logger },
  everySeconds: number,
): () => void {
  const run = (what: string, fn: () => Promise<unknown>) =>
    fn().catch((err) => deps.logger.error(`${what} sweep failed`, { err }));
  const fast = schedule.scheduleJob(`*/${everySeconds} * * * * *`, () => {
    void run('payout intake', () => deps.payouts.sweep());
  });
  const minutely = schedule.scheduleJob(
    '23 * * * * *',
    () => void run('nonce', () => deps.callbacks.purgeNonces()),
  );
  void run('payout intake', () => deps.payouts.sweep());
  return () => {
    fast?.cancel();
    minutely?.cancel();
  };
}
