// The door of the payouts module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createPayoutService, type PayoutService } from './service';
import { startPayoutIntakeSweep } from './jobs';
export { createPayoutService, type PayoutService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    payouts: PayoutService;
  }
}

export const payoutsModule: ModuleDescriptor = {
  name: 'payouts',
  services: {
    provides: ['payouts'],
    needs: ['payments'],
    create({ db, clock, logger, config, onClose }, { payments }) {
      const payouts = createPayoutService({
        db,
        clock,
        logger,
        payments,
        walletWaitDays: config.payouts.walletWaitDays,
      });
      onClose(() => payouts.drain().catch(() => undefined));
      return { payouts };
    },
  },
  migrations: [],
  // Red packets on their way to citizens' wallets (payout_pending), then paid (wallet_out).
  ledgerAccounts: ['payout_pending', 'wallet_out'],
  jobs: [
    {
      name: 'payout intake sweep',
      start: ({ services, logger, config }) =>
        startPayoutIntakeSweep(services.payouts, logger, config.payouts.sweepSeconds),
    },
  ],
};
