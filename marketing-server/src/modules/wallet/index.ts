// The door of the wallet module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createWalletService, type WalletService } from './service';
import { createWalletBill, registerWalletBillRoutes } from './bill';
import { registerWalletRoutes } from './routes';
export { createWalletService, headroom, type WalletService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    wallet: WalletService;
  }
}

export const walletModule: ModuleDescriptor = {
  name: 'wallet',
  services: {
    provides: ['wallet'],
    needs: ['payments', 'paymentPin'],
    create: ({ db, clock, bank }, services) => ({
      wallet: createWalletService({
        db,
        clock,
        bank,
        orders: services.payments,
        pins: services.paymentPin,
        // Late: payouts waiting for a wallet are released once one is bound.
        onBound: (userId, walletId) => services.payouts.releaseForUser(userId, walletId),
      }),
    }),
  },
  // 005 opened the bank link: wallet bindings and top-ups, and the tables of bank orders, settlements,
  // callbacks and reconciliation that the modules of those names now own.
  migrations: ['005-bank-wallet'],
  routes: (kit, { services, db, clock }) => {
    registerWalletRoutes(kit, services.wallet);
    registerWalletBillRoutes(kit, createWalletBill({ db, clock }));
  },
};
