// The module list: the platform registers routes, starts jobs and runs ledger invariants by walking
// it. Adding a module is its folder plus one line here (docs/ADDING-A-MODULE.md). The order is the
// order routes are registered (and listed in the OpenAPI document) and jobs start.
import type { ModuleDescriptor } from '../platform/module';
import { accessModule } from './access';
import { analyticsModule } from './analytics';
import { auditModule } from './audit';
import { bankCallbacksModule } from './bank-callbacks';
import { bankOrdersModule } from './bank-orders';
import { campaignsModule } from './campaigns';
import { cashierModule } from './cashier';
import { claimsModule } from './claims';
import { couponsModule } from './coupons';
import { fundingModule } from './funding';
import { identityModule } from './identity';
import { ledgerModule } from './ledger';
import { lifecycleModule } from './lifecycle';
import { parkingModule } from './parking';
import { paymentPinModule } from './payment-pin';
import { payoutsModule } from './payouts';
import { reconciliationModule } from './reconciliation';
import { riskModule } from './risk';
import { rulesModule } from './rules';
import { settlementModule } from './settlement';
import { walletModule } from './wallet';
import { ecnyModule } from './ecny';
import { hardWalletModule } from './hard-wallet';
import { apixModule } from './apix';
import { prepaidModule } from './prepaid';
import { transitModule } from './transit';
import { remindersModule } from './reminders';

export const MODULES: readonly ModuleDescriptor[] = [
  identityModule,
  fundingModule,
  campaignsModule,
  claimsModule,
  analyticsModule,
  parkingModule,
  couponsModule,
  ledgerModule,
  rulesModule,
  riskModule,
  auditModule,
  paymentPinModule,
  walletModule,
  bankOrdersModule,
  bankCallbacksModule,
  settlementModule,
  reconciliationModule,
  accessModule,
  payoutsModule,
  lifecycleModule,
  cashierModule,
  ecnyModule,
  hardWalletModule,
  apixModule,
  prepaidModule,
  transitModule,
  remindersModule,
];
