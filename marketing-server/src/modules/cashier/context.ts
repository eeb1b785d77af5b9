import type { BankRefundClient } from '../../connectors/bank-wallet/refunds';
import type { ChannelName, PayChannelClient } from '../../connectors/pay-channels/types';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { PaymentPinService } from '../payment-pin';
import type { WalletService } from '../wallet';
import type { CashierChannel, OrderRow } from './rows';
import type { orderDto } from './rows';

// What every part of the cashier works with: the service's functions are module-level functions
// taking this object (no one giant closure), so each stays short and can be read on its own.

export type CashierDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  wallet: WalletService;
  /** The payment PIN above the password-free limit (the citizen paying by e-CNY on the cashier page). */
  pins: Pick<PaymentPinService, 'confirmPayment'>;
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

/**
 * A module that sells through the cashier and takes over what its orders collect (modules/prepaid:
 * the money goes on to an escrow contract wallet). It names the channels its orders may be paid on,
 * and its onPaid runs inside the transaction that marks the order paid.
 */
export type CashierOrderOwner = {
  owns(order: { merchant_id: string; out_trade_no: string }): boolean;
  channels: readonly CashierChannel[];
  onPaid(sql: import('../../db/sql').Sql, order: ReturnType<typeof orderDto>, now: Date): Promise<void>;
  /** Runs inside the transaction that settles a refund of one of its orders (either outcome). */
  onRefundSettled?(
    sql: import('../../db/sql').Sql,
    order: ReturnType<typeof orderDto>,
    refund: { id: string; out_refund_no: string; amount_fen: number; outcome: 'SUCCESS' | 'FAILED' },
    now: Date,
  ): Promise<void>;
};

export type CashierCtx = Required<CashierDeps> & {
  /** Registered order owners (registerOrderOwner); the first whose owns() matches takes an order. */
  owners: CashierOrderOwner[];
};

export const ownerOf = (c: CashierCtx, o: Pick<OrderRow, 'merchant_id' | 'out_trade_no'>) =>
  c.owners.find((w) => w.owns(o));

export function cashierCtx(deps: CashierDeps): CashierCtx {
  return {
    ...deps,
    orderTimeoutMs: deps.orderTimeoutMs ?? 15 * 60_000,
    codeTimeoutMs: deps.codeTimeoutMs ?? 60_000,
    queryDelayMs: deps.queryDelayMs ?? 2_000,
    owners: [],
  };
}
