import { z } from 'zod';
import type { PartnerOperation } from '../../platform/module';
import { notFound } from '../../shared/domain-error';
import type { PlatformServices } from '../../platform/module';
import { partnerOperation } from '../apix';

// What the open platform offers partners of the cashier (banks' and city apps' merchant services):
// orders for a merchant the app is bound to, their refunds and queries (A2, JR/T 0185: funds), and
// the app's daily statement (A2: it holds transaction data). Money moves as the cashier moves it: the
// citizen pays on the cashier page (pay_url), a campaign's subsidy applies on e-CNY only, and the
// refund that completes an order takes the subsidy back.

/** WeChat Pay's out_trade_no alphabet and length (6–32 of letters, digits, _ - | *). */
const tradeNo = z.string().regex(/^[A-Za-z0-9_|*-]{6,32}$/, '6–32 letters, digits or _-|*');
const fen = z.number().int().min(1).max(100_000_000);
const channel = z.enum(['ecny', 'wechat', 'alipay', 'card']);

const OpenRefund = z
  .object({
    refund_id: z.string(),
    out_trade_no: z.string(),
    out_refund_no: z.string(),
    channel,
    amount_fen: z.number().int(),
    /** The subsidy taken back with the refund that completed the order (0 otherwise). */
    discount_fen: z.number().int(),
    status: z.enum(['processing', 'succeeded', 'failed']),
    error_code: z.string().nullable(),
    created_at: z.string().nullable(),
    completed_at: z.string().nullable(),
  })
  .meta({ id: 'OpenPaymentRefund' });

const orderFields = {
  order_id: z.string(),
  merchant_id: z.string(),
  out_trade_no: z.string(),
  description: z.string(),
  amount_fen: z.number().int(),
  status: z.enum(['created', 'paying', 'paid', 'closed', 'refunding', 'partially_refunded', 'refunded']),
  channel: channel.nullable(),
  /** The campaign subsidy applied at payment (e-CNY only). */
  discount_fen: z.number().int(),
  paid_fen: z.number().int(),
  refunded_fen: z.number().int(),
  expires_at: z.string().nullable(),
  created_at: z.string().nullable(),
  paid_at: z.string().nullable(),
};

const OpenOrderCreated = z
  .object({ ...orderFields, pay_url: z.string() })
  .meta({ id: 'OpenPaymentOrderCreated' });
const OpenOrder = z
  .object({ ...orderFields, refunds: z.array(OpenRefund.omit({ out_trade_no: true })) })
  .meta({ id: 'OpenPaymentOrder' });

const OpenStatement = z
  .object({
    bill_date: z.string(),
    format: z.enum(['csv', 'jsonl']),
    count: z.number().int(),
    paid_fen_total: z.number().int(),
    refunded_fen_total: z.number().int(),
    sha256: z.string(),
    content: z.string(),
  })
  .meta({ id: 'OpenStatement' });

const orderParams = z.strictObject({ out_trade_no: tradeNo });

/** The merchant an app's out_trade_no belongs to; a number it never used is not found. */
async function merchantOfTradeNo(services: PlatformServices, appId: string, outTradeNo: string) {
  const merchantId = await services.apix.merchants.tradeNoMerchant(appId, outTradeNo);
  if (!merchantId) throw notFound('收银订单');
  return merchantId;
}

export const CASHIER_PARTNER_OPERATIONS: readonly PartnerOperation[] = [
  partnerOperation({
    code: 'OPSYUAN10292000100000001',
    product: 'payment',
    name: '创建收银订单',
    level: 'A2',
    method: 'post',
    path: '/payment/orders',
    summary: 'Create a cashier order for a merchant the app is bound to (out_trade_no unique per app)',
    body: z.strictObject({
      merchant_id: z.string().min(1).max(40),
      out_trade_no: tradeNo,
      amount_fen: fen,
      description: z.string().min(1).max(128).optional(),
    }),
    idempotent: { status: 201 },
    responses: { 201: OpenOrderCreated },
    handler: async ({ body, app_id, idempotency }, { db, clock, services }) => {
      const { merchant_id, ...order } = body;
      await services.apix.merchants.assertBound(app_id, merchant_id);
      services.cashier.partner.assertOpen(app_id, merchant_id);
      await services.apix.merchants.claimTradeNo(app_id, body.out_trade_no, merchant_id);
      const created = await services.cashier.partner.createOrder(app_id, merchant_id, order);
      // The out_trade_no makes the order itself exactly-once; the key remembers this answer.
      await db.tx((sql) => idempotency!.record(sql, created, clock.now()));
      return { status: 201, body: created };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10292000100000002',
    product: 'payment',
    name: '查询收银订单',
    level: 'A2',
    method: 'get',
    path: '/payment/orders/:out_trade_no',
    summary: 'An order this app created, by its out_trade_no, with its refunds (another app’s is not found)',
    params: orderParams,
    responses: { 200: OpenOrder },
    handler: async ({ params, app_id }, { services }) => {
      const merchantId = await merchantOfTradeNo(services, app_id, params.out_trade_no);
      return {
        status: 200,
        body: await services.cashier.partner.order(app_id, merchantId, params.out_trade_no),
      };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10292000100000003',
    product: 'payment',
    name: '申请退款',
    level: 'A2',
    method: 'post',
    path: '/payment/orders/:out_trade_no/refunds',
    summary: 'Refund part or all of what was paid (the last refund also takes the subsidy back)',
    params: orderParams,
    body: z.strictObject({ out_refund_no: tradeNo, amount_fen: fen }),
    idempotent: { status: 201 },
    responses: { 201: OpenRefund },
    handler: async ({ params, body, app_id, idempotency }, { db, clock, services }) => {
      const merchantId = await merchantOfTradeNo(services, app_id, params.out_trade_no);
      await services.apix.merchants.assertBound(app_id, merchantId);
      const r = await services.cashier.partner.refund(app_id, merchantId, params.out_trade_no, body);
      await db.tx((sql) => idempotency!.record(sql, r, clock.now()));
      return { status: 201, body: r };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10292000100000004',
    product: 'payment',
    name: '查询退款',
    level: 'A2',
    method: 'get',
    path: '/payment/orders/:out_trade_no/refunds/:out_refund_no',
    summary: 'One refund of an order this app created (a processing one is asked about first)',
    params: z.strictObject({ out_trade_no: tradeNo, out_refund_no: tradeNo }),
    responses: { 200: OpenRefund },
    handler: async ({ params, app_id }, { services }) => {
      const merchantId = await merchantOfTradeNo(services, app_id, params.out_trade_no);
      return {
        status: 200,
        body: await services.cashier.partner.refundOf(
          app_id,
          merchantId,
          params.out_trade_no,
          params.out_refund_no,
        ),
      };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10294000100000001',
    product: 'operations',
    name: '下载交易对账单',
    level: 'A2',
    method: 'get',
    path: '/operations/statements',
    summary: 'The app’s statement of one Beijing day: its orders’ payments and refunds, CSV or JSON lines',
    query: z.strictObject({
      date: z.iso.date(),
      format: z.enum(['csv', 'jsonl']).default('csv'),
    }),
    responses: { 200: OpenStatement },
    perMinute: 60,
    handler: async ({ query, app_id }, { services }) => {
      const merchants = await services.apix.merchants.tradedMerchants(app_id);
      return { status: 200, body: await services.cashier.partner.statement(app_id, merchants, query) };
    },
  }),
];
