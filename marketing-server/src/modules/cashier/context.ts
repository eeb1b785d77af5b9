import type { BankRefundClient } from '../../connectors/bank-wallet/refunds';
import type { ChannelName, PayChannelClient } from '../../connectors/pay-channels/types';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { WalletService } from '../wallet';

// What every part of the cashier works with: the service's functions are module-level functions
// taking this object (no one giant closure), so each stays short and can be read on its own.

export type CashierDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  wallet: WalletService;
  channels: Record<ChannelName, PayChannelClient>;
  bankRefunds: BankRefundClient;
  /** Where channels send notifies (…/api/v1/callbacks/cashier/<channel>); null: none (query only). */
  notifyBaseUrl: () => string | null;
  /** Where a dynamic QR points: the citizen app's cashier page. */
  payPageUrl: string;
  orderTimeoutMs?: number;
  /** How long a code payment may wait for the payer's password before the till's order is closed. */
  codeTimeoutMs?: number;
  queryDelayMs?: number;
};

export type CashierCtx = Required<CashierDeps>;

export function cashierCtx(deps: CashierDeps): CashierCtx {
  return {
    ...deps,
    orderTimeoutMs: deps.orderTimeoutMs ?? 15 * 60_000,
    codeTimeoutMs: deps.codeTimeoutMs ?? 60_000,
    queryDelayMs: deps.queryDelayMs ?? 2_000,
  };
}
