import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { BankCallbacks } from './service';

/** Once a minute: callback nonces past their replay window are dropped. */
export function startNoncePurge(callbacks: BankCallbacks, logger: Logger) {
  const job = schedule.scheduleJob('23 * * * * *', () => {
    callbacks.purgeNonces().catch((err) => logger.error('nonce sweep failed', { err }));
  });
  return () => job?.cancel();
}
