import { z } from 'zod';
import * as R from './responses';
import { citizenId, merchantOf, type RouteKit } from '../../http/router-kit';
import type { CashierReconciliation } from './books';
import { registerOnboardingRoutes } from './onboarding-routes';
import { CHANNELS, type CashierService } from './service';

const CITIZEN = { kind: 'citizen' as const };
const TILL = { kind: 'admin' as const, roles: ['merchant_operator'] as const };
const STAFF = { kind: 'admin' as const, roles: ['auditor', 'approver', 'funder'] as const };
const RECON = { kind: 'admin' as const, roles: ['auditor', 'funder'] as const };
const id = z.string().min(1).max(64);
const fen = z.number().int().min(1).max(100_000_000);
const channel = z.enum(CHANNELS as ['ecny', 'wechat', 'alipay', 'card']);
const orderStatus = z.enum([
  'created',
  'paying',
  'paid',
  'closed',
  'refunding',
  'partially_refunded',
  'refunded',
]);
const listQuery = z.strictObject({
  merchant_id: id.optional(),
  status: orderStatus.optional(),
  channel: channel.optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  cursor: id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const key64 = z.string().regex(/^[A-Za-z0-9_\-|*]{6,64}$/, '6–64 位字母、数字或 _-|*');

function registerCitizenRoutes(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'get',
    path: '/me/cashier/orders/:order_id',
    summary:
      'The cashier page: an order scanned from a dynamic QR, the channels, and which carry the subsidy (e-CNY only)',
    tags: ['cashier'],
    auth: CITIZEN,
    responses: { 200: R.getMeCashierOrdersByOrderId },
    params: z.object({ order_id: id }),
    handler: async ({ params }) => ({ status: 200, body: await cashier.orderForCitizen(params.order_id) }),
  });
  kit.route({
    method: 'post',
    path: '/me/cashier/orders/:order_id/pay',
    summary:
      'Pay an order on a channel (ecny: waits for the bank, 201 or 503 PAYMENT_OUTCOME_UNKNOWN; wechat/alipay: 202 paying with pay_params; card: the sale). A coupon only with ecny (422 SUBSIDY_ECNY_ONLY)',
    tags: ['cashier'],
    auth: CITIZEN,
    idempotent: { status: 201 },
    // As this route answered before the status table: a key reused for another payment is a 409, and
    // every failed e-CNY payment a 422, whatever the bank's reason.
    errorStatuses: {
      IDEMPOTENCY_KEY_REUSED: 409,
      BANK_REJECTED: 422,
      BANK_ORDER_CONFLICT: 422,
      WALLET_OTP_LOCKED: 422,
    },
    responses: { 201: R.postMeCashierOrdersByOrderIdPay },
    params: z.object({ order_id: id }),
    body: z.strictObject({
      channel,
      coupon_code: z.string().min(1).max(32).optional(),
      card_token: z.string().min(4).max(48).optional(),
      /** From POST /me/payment-pin/verify (purpose cashier, the e-CNY amount): above ¥200 once a PIN is set. */
      payment_token: z.string().min(1).max(100).optional(),
    }),
    handler: async ({ principal, params, body, idempotency }) => ({
      status: 201,
      body: await cashier.pay(citizenId(principal), params.order_id, body, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/cashier/payments/:payment_id',
    summary:
      'One of my cashier payments (polled by the page while a WeChat Pay / Alipay sheet is open; asks the channel when due)',
    tags: ['cashier'],
    auth: CITIZEN,
    responses: { 200: R.getMeCashierPaymentsByPaymentId },
    params: z.object({ payment_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await cashier.citizenPayment(citizenId(principal), params.payment_id),
    }),
  });
}

function registerTillPayRoutes(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'post',
    path: '/admin/cashier/orders',
    summary:
      "Till: create an order under the merchant's out_trade_no (same key + same body = the same order) → a dynamic QR payload",
    tags: ['cashier'],
    auth: TILL,
    responses: { 200: R.postAdminCashierOrders, 201: R.postAdminCashierOrders },
    body: z.strictObject({
      out_trade_no: key64,
      amount_fen: fen,
      description: z.string().min(1).max(128).optional(),
      till_id: id.optional(),
    }),
    handler: async ({ principal, body }) => {
      const r = await cashier.createOrder(merchantOf(principal), body);
      return { status: r.created ? 201 : 200, body: { order: r.order, qr_payload: r.qr_payload } };
    },
  });
  kit.route({
    method: 'post',
    path: '/admin/cashier/orders/:order_id/scan',
    summary:
      "Till: scan the customer's payment code (WeChat 10–15…, Alipay 25–30…) or take a card token; 202 while the payer confirms (USERPAYING)",
    tags: ['cashier'],
    auth: TILL,
    responses: { 201: R.postAdminCashierOrdersByOrderIdScan, 202: R.postAdminCashierOrdersByOrderIdScan },
    // Idempotent without the generic replay store: the attempt itself is keyed by the optional
    // Idempotency-Key (or the code), so a retry after a lost answer asks the channel, never pays twice.
    errorStatuses: { IDEMPOTENCY_KEY_REUSED: 409 },
    params: z.object({ order_id: id }),
    body: z.strictObject({ auth_code: z.string().min(10).max(48) }),
    handler: async ({ ctx, principal, params, body }) => {
      // Optional here; only its hash is kept (any header value is a usable key).
      const key = ctx.get('idempotency-key') || null;
      // Paid at once (a card, a payment code that needs no password) or waiting for the payer.
      const r = await cashier.scanCode(merchantOf(principal), params.order_id, body.auth_code, key);
      return { status: r.paid ? 201 : 202, body: r.body };
    },
  });
}

function registerTillOrderRoutes(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'get',
    path: '/admin/cashier/orders',
    summary: "Till: the merchant's own cashier orders (filters: status, channel, created from/to)",
    tags: ['cashier'],
    auth: TILL,
    responses: { 200: R.getAdminCashierAllOrders },
    query: listQuery.omit({ merchant_id: true }),
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await cashier.list({ ...query, merchant_id: merchantOf(principal) }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/cashier/orders/:order_id',
    summary: 'Till: one order with its payment attempts and refunds',
    tags: ['cashier'],
    auth: TILL,
    responses: { 200: R.getAdminCashierOrdersByOrderId },
    params: z.object({ order_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await cashier.orderDetail(params.order_id, merchantOf(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/cashier/orders/:order_id/refunds',
    summary:
      'Till: refund part or all of what the customer paid (keyed by out_refund_no); the full refund also takes the subsidy back (409 REDEMPTION_SETTLED once settled)',
    tags: ['cashier'],
    auth: TILL,
    responses: {
      201: R.postAdminCashierOrdersByOrderIdRefunds,
      202: R.postAdminCashierOrdersByOrderIdRefunds,
    },
    params: z.object({ order_id: id }),
    body: z.strictObject({ out_refund_no: key64, amount_fen: fen }),
    handler: async ({ principal, params, body }) => {
      // Refunded, or accepted and still with the channel.
      const r = await cashier.refund(merchantOf(principal), params.order_id, body);
      return { status: r.succeeded ? 201 : 202, body: r.body };
    },
  });
}

function registerStoreRoutes(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'get',
    path: '/admin/cashier/tills',
    summary: "Till: the merchant's stores and tills",
    tags: ['cashier'],
    auth: TILL,
    responses: { 200: R.getAdminCashierTills },
    handler: async ({ principal }) => ({ status: 200, body: await cashier.listTills(merchantOf(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/cashier/stores',
    summary: 'Till: add a store',
    tags: ['cashier'],
    auth: TILL,
    responses: { 201: R.postAdminCashierStores },
    body: z.strictObject({ name: z.string().min(1).max(80) }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await cashier.addStore(merchantOf(principal), body.name),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/cashier/stores/:store_id/tills',
    summary: 'Till: add a till to a store',
    tags: ['cashier'],
    auth: TILL,
    responses: { 201: R.postAdminCashierStoresByStoreIdTills },
    params: z.object({ store_id: id }),
    body: z.strictObject({ name: z.string().min(1).max(80) }),
    handler: async ({ principal, params, body }) => ({
      status: 201,
      body: await cashier.addTill(merchantOf(principal), params.store_id, body.name),
    }),
  });
}

function registerStaffRoutes(kit: RouteKit, cashier: CashierService, recon: CashierReconciliation) {
  kit.route({
    method: 'get',
    path: '/admin/cashier/all-orders',
    summary: 'Cashier orders of every merchant (filters: merchant, status, channel, created from/to)',
    tags: ['cashier'],
    auth: STAFF,
    responses: { 200: R.getAdminCashierAllOrders },
    query: listQuery,
    handler: async ({ query }) => ({ status: 200, body: await cashier.list(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/cashier/reconciliation/runs',
    summary: "Reconcile one channel's bill for CST day D three ways (bill, orders, ledger)",
    tags: ['cashier'],
    auth: RECON,
    responses: { 201: R.postAdminCashierReconciliationRuns },
    body: z.strictObject({ channel, bill_date: z.string().regex(/^\d{8}$/) }),
    handler: async ({ body }) => ({ status: 201, body: await recon.reconcile(body.channel, body.bill_date) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/cashier/reconciliation/reports',
    summary: 'Per-channel reconciliation reports',
    tags: ['cashier'],
    auth: RECON,
    responses: { 200: R.getAdminCashierReconciliationReports },
    query: z.strictObject({
      channel: channel.optional(),
      bill_date: z
        .string()
        .regex(/^\d{8}$/)
        .optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ query }) => ({ status: 200, body: await recon.listReports(query) }),
  });
}

function registerNotifyRoute(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'post',
    path: '/callbacks/cashier/:channel',
    summary:
      'Payment notifies from WeChat Pay, Alipay and the card acquirer (signed; a hint: the platform then queries)',
    tags: ['cashier'],
    auth: { kind: 'none' },
    responses: { 200: { mediaType: 'text/plain', description: "the channel's own acknowledgement" } },
    params: z.object({ channel: z.enum(['wechat', 'alipay', 'card']) }),
    // Whatever the channel sends (its own format, verified over the raw bytes by the handler).
    body: z.record(z.string(), z.unknown()),
    handler: async ({ ctx, params }) => {
      const ack = await cashier.receiveNotify(params.channel, ctx.headers, String(ctx.state.rawBody ?? ''));
      return { status: 200, body: ack.body, headers: { 'content-type': ack.contentType } };
    },
  });
}

export function registerCashierRoutes(kit: RouteKit, cashier: CashierService, recon: CashierReconciliation) {
  registerCitizenRoutes(kit, cashier);
  registerTillPayRoutes(kit, cashier);
  registerTillOrderRoutes(kit, cashier);
  registerStoreRoutes(kit, cashier);
  registerStaffRoutes(kit, cashier, recon);
  registerNotifyRoute(kit, cashier);
  registerOnboardingRoutes(kit, cashier);
}
