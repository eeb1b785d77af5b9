import schedule from 'node-schedule';
import type { Logger } from '../../shared/logger';
import type { ParkingService } from './service';

/** Payments whose bank answer was lost, and open-gate commands not yet delivered. */
export function startParkingSweeps(
  parking: ParkingService,
  logger: Logger,
  everySeconds: number,
): () => void {
  const run = (what: string, fn: () => Promise<unknown>) =>
    fn().catch((err) => logger.error(`parking ${what} sweep failed`, { err }));
  const job = schedule.scheduleJob(`*/${everySeconds} * * * * *`, () => {
    void run('payment', () => parking.payments.resolveProcessing());
    void run('gate command', () => parking.gates.retryPending());
  });
  return () => job?.cancel();
}
