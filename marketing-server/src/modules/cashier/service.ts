import { bookedAmount } from '../ledger';
import type { ChannelName } from '../../connectors/pay-channels/types';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { moveOrder } from './order-states';
import { resolveAttempt, settleFromBankOrder } from './attempts';
import { cashierCtx, type CashierCtx, type CashierDeps, type CashierOrderOwner } from './context';
import {
  addStore,
  addTill,
  createOrder,
  listOrders,
  listTills,
  orderDetail,
  orderForCitizen,
  type NewOrder,
  type OrderFilter,
} from './orders';
import { citizenPayment, pay, receiveNotify, scanCode, type PayInput } from './paying';
import {
  refund,
  refundInTx,
  registerRefundOrders,
  resolveRefund,
  sendRefund,
  type RefundInput,
} from './refunds';
import { findAttempt, findRefund, refundDto, type AttemptRow, type RefundRow } from './rows';
import type { Sql } from '../../db/sql';
import { applyForMerchant, decideApplication, listApplications, type ApplicationInput } from './onboarding';
import type { Actor } from '../audit';
import * as partner from './partner';
export { CHANNELS, CHANNEL_LABEL, channelOfCode, orderDto, type CashierChannel } from './rows';
export type { CashierDeps, CashierOrderOwner } from './context';

// The aggregated cashier (聚合收银台). A merchant's till creates an order keyed by the merchant's own
// out_trade_no and shows a dynamic QR; the citizen scans it, chooses a channel — e-CNY (a transfer
// of the one bank-order lifecycle, like parking), WeChat Pay, Alipay or a bank card — and pays; or
// the till scans the customer's payment code. A campaign's subsidy (a coupon) applies only to e-CNY.
// The parts: orders.ts (orders, stores, tills), attempts.ts (payment attempts and their one
// settlement), paying.ts (pay, scan, notify), refunds.ts; this file wires them to their deps.

/** Queries open attempts and refunds that are due, and closes orders nobody paid in time. */
async function sweep(c: CashierCtx, limit = 200) {
  const now = c.clock.now();
  const due = await c.db.query<AttemptRow>(
    "SELECT * FROM cashier_payments WHERE status = 'paying' AND channel <> 'ecny' AND next_query_at <= ? ORDER BY next_query_at LIMIT ?",
    [now, limit],
  );
  for (const a of due)
    await resolveAttempt(c, a).catch((err) => c.logger.error('cashier sweep: attempt', { err, id: a.id }));
  const refunds = await c.db.query<RefundRow>(
    "SELECT * FROM cashier_refunds WHERE status = 'processing' AND channel <> 'ecny' AND next_query_at <= ? ORDER BY next_query_at LIMIT ?",
    [now, limit],
  );
  for (const r of refunds)
    await resolveRefund(c, r).catch((err) => c.logger.error('cashier sweep: refund', { err, id: r.id }));
  const stale = await c.db.query<{ id: string }>(
    "SELECT id FROM cashier_orders WHERE status = 'created' AND expires_at <= ? LIMIT ?",
    [now, limit],
  );
  for (const s of stale) await c.db.tx((sql) => moveOrder(sql, s.id, 'close', {}, now));
  return { attempts: due.length, refunds: refunds.length, closed: stale.length };
}

export function createCashierService(deps: CashierDeps) {
  const c = cashierCtx(deps);
  c.orders.register('cashier', {
    bookedFen: async (sql, p) =>
      Math.abs(
        await bookedAmount(sql, { kind: 'cashier_payment', account: 'cashier_collected:', ref_id: p.ref_id }),
      ),
    onDispatch: async () => undefined,
    onConfirm: (sql, p, now) => settleFromBankOrder(c, sql, p, 'SUCCESS', now),
    onRefuse: (sql, p, now) => settleFromBankOrder(c, sql, p, 'FAILED', now),
    onCancel: (sql, p, now) => settleFromBankOrder(c, sql, { ...p, last_error: 'CANCELLED' }, 'FAILED', now),
  });
  registerRefundOrders(c, c.orders);
  return {
    registerOrderOwner: (owner: CashierOrderOwner) => void c.owners.push(owner),
    createOrder: (merchantId: string, input: NewOrder) => createOrder(c, merchantId, input),
    orderForCitizen: (orderId: string) => orderForCitizen(c, orderId),
    pay: (userId: string, orderId: string, input: PayInput, ticket: IdempotencyTicket) =>
      pay(c, userId, orderId, input, ticket),
    scanCode: (merchantId: string, orderId: string, authCode: string, idemKey?: string | null) =>
      scanCode(c, merchantId, orderId, authCode, idemKey ?? null),
    receiveNotify: (
      channel: ChannelName,
      headers: Record<string, string | string[] | undefined>,
      raw: string,
    ) => receiveNotify(c, channel, headers, raw),
    refund: (merchantId: string, orderId: string, input: RefundInput) =>
      refund(c, merchantId, orderId, input),
    /** An owner module's refund inside its own transaction; send it after the commit. */
    refundInTx: (sql: Sql, merchantId: string, orderId: string, input: RefundInput, now: Date) =>
      refundInTx(c, sql, merchantId, orderId, input, now),
    sendRefund: async (refundId: string) => {
      const r = await findRefund(c.db, refundId);
      return r ? refundDto(await sendRefund(c, r)) : null;
    },
    sweep: (limit?: number) => sweep(c, limit),
    orderDetail: (orderId: string, merchantId?: string) => orderDetail(c, orderId, merchantId),
    citizenPayment: (userId: string, paymentId: string) => citizenPayment(c, userId, paymentId),
    list: (f: OrderFilter) => listOrders(c, f),
    addStore: (merchantId: string, name: string) => addStore(c, merchantId, name),
    addTill: (merchantId: string, storeId: string, name: string) => addTill(c, merchantId, storeId, name),
    listTills: (merchantId: string) => listTills(c, merchantId),
    applyForMerchant: (actor: Actor, input: ApplicationInput) => applyForMerchant(c, actor, input),
    decideApplication: (actor: Actor, id: string, decision: 'approve' | 'reject', comment?: string) =>
      decideApplication(c, actor, id, decision, comment),
    listApplications: (f: { status?: string; limit: number }) => listApplications(c, f),
    /** The cashier as partner apps see it (APIX): orders under the app's own out_trade_no. */
    partner: {
      assertOpen: (appId: string, merchantId: string) => partner.assertOpenToPartners(c, appId, merchantId),
      createOrder: (appId: string, merchantId: string, i: partner.PartnerOrderInput) =>
        partner.createPartnerOrder(c, appId, merchantId, i),
      order: (appId: string, merchantId: string, outTradeNo: string) =>
        partner.partnerOrder(c, appId, merchantId, outTradeNo),
      refund: (appId: string, merchantId: string, outTradeNo: string, i: RefundInput) =>
        partner.partnerRefund(c, appId, merchantId, outTradeNo, i),
      refundOf: (appId: string, merchantId: string, outTradeNo: string, outRefundNo: string) =>
        partner.partnerRefundOf(c, appId, merchantId, outTradeNo, outRefundNo),
      statement: (appId: string, merchantIds: string[], q: { date: string; format: 'csv' | 'jsonl' }) =>
        partner.partnerStatement(c, appId, merchantIds, q),
    },
    resolveAttempt: async (id: string) => {
      const a = await findAttempt(c.db, id);
      return a ? resolveAttempt(c, a) : null;
    },
  };
}

export type CashierService = ReturnType<typeof createCashierService>;
