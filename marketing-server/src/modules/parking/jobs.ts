import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { ParkingService } from './service';

/**
 * Open-gate commands not yet delivered (lost bank answers are the bank-order lifecycle's sweep); gate
 * nonces past their window are dropped.
 */
export function startParkingSweeps(
  parking: ParkingService,
  logger: Logger,
  everySeconds: number,
): () => void {
  const run = (what: string, fn: () => Promise<unknown>) =>
    fn().catch((err) => logger.error(`parking ${what} sweep failed`, { err }));
  const job = schedule.scheduleJob(`*/${everySeconds} * * * * *`, () => {
    void run('gate command', () => parking.gates.retryPending());
  });
  const minutely = schedule.scheduleJob(
    '41 * * * * *',
    () => void run('gate nonce', () => parking.gateEvents.purgeNonces()),
  );
  return () => {
    job?.cancel();
    minutely?.cancel();
  };
}
