import type { Logger } from '../../shared/logger';
import type { HardWalletService } from './service';

// Every 30 s: terminals silent for N heartbeats go offline with an alert; temporary losses older than
// N hours revert; cards whose quiet period ended get their confirmed balance refunded or moved.
export function startHardWalletJobs(hw: HardWalletService, logger: Logger) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await hw.sweepOffline();
      await hw.sweepTempLosses();
      await hw.sweepQuietPeriods();
    } catch (err) {
      logger.error('hard-wallet sweep failed', { err });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), 30_000);
  return () => clearInterval(timer);
}
