import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { BankCallbacks } from '../bank-callbacks/service';
import type { PayoutService } from '../payouts/service';
import type { WalletService } from '../wallet/service';

/**
 * The sweeps that make the bank side crash-safe, every few seconds on every process that runs jobs:
 * red packets granted without a payout get one; top-ups whose answer was lost are asked about.
 * (Due payments themselves are swept by the payment service.) Nonces past their window are dropped.
 */
export function startBankSweeps(
  deps: { payouts: PayoutService; wallet: WalletService; callbacks: BankCallbacks; logger: Logger },
  everySeconds: number,
): () => void {
  const run = (what: string, fn: () => Promise<unknown>) =>
    fn().catch((err) => deps.logger.error(`${what} sweep failed`, { err }));
  const fast = schedule.scheduleJob(`*/${everySeconds} * * * * *`, () => {
    void run('payout intake', () => deps.payouts.sweep());
    void run('top-up', () => deps.wallet.resolveProcessingTopups());
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
