import { z } from 'zod';

const Item = z.object({
  key: z.string(),
  type: z.enum(['PAY', 'REFUND']),
  class: z.enum(['matched', 'missing_on_platform', 'missing_at_channel', 'amount_differs', 'ledger_differs']),
  platform_amount_fen: z.number().int().nullable(),
  channel_amount_fen: z.number().int().nullable(),
  resolution: z.enum(['none', 'auto_confirmed', 'unresolved']),
});

const Shape1 = z.object({
  id: z.string(),
  merchant_id: z.string(),
  till_id: z.string().nullable(),
  out_trade_no: z.string(),
  description: z.string(),
  amount_fen: z.number().int(),
  status: z.enum(['paid', 'created', 'paying', 'closed', 'refunding', 'partially_refunded', 'refunded']),
  channel: z.enum(['ecny', 'wechat', 'alipay', 'card']).nullable(),
  discount_fen: z.number().int(),
  paid_fen: z.number().int(),
  refunded_fen: z.number().int(),
  expires_at: z.string().nullable(),
  created_at: z.string().nullable(),
  paid_at: z.string().nullable(),
});
// line 20 statuses 200
export const getMeCashierOrdersByOrderId = z.object({
  order: Shape1,
  merchant_name: z.string(),
  channels: z.array(
    z.object({
      channel: z.enum(['ecny', 'wechat', 'alipay', 'card']),
      label: z.string(),
      subsidy_eligible: z.boolean(),
    }),
  ),
});
// line 30 statuses ?
export const postMeCashierOrdersByOrderIdPay = z.object({
  order: Shape1,
  payment: z.object({
    pay_params: z.record(z.string(), z.string()).nullable(),
    id: z.string(),
    channel: z.enum(['ecny', 'wechat', 'alipay', 'card']),
    mode: z.enum(['code', 'app']),
    status: z.enum(['paid', 'failed', 'paying', 'closed']),
    order_amount_fen: z.number().int(),
    discount_fen: z.number().int(),
    amount_fen: z.number().int(),
    error_code: z.string().nullable(),
    created_at: z.string().nullable(),
    completed_at: z.string().nullable(),
  }),
});
// line 48 statuses 200
export const getMeCashierPaymentsByPaymentId = postMeCashierOrdersByOrderIdPay;
// line 61 statuses ?
export const postAdminCashierOrders = z.object({ order: Shape1, qr_payload: z.string() });
// line 79 statuses ?
export const postAdminCashierOrdersByOrderIdScan = postMeCashierOrdersByOrderIdPay;
// line 103 statuses ?
export const postAdminCashierOrdersByOrderIdRefunds = z.object({
  id: z.string(),
  order_id: z.string(),
  out_refund_no: z.string(),
  channel: z.enum(['ecny', 'wechat', 'alipay', 'card']),
  amount_fen: z.number().int(),
  discount_fen: z.number().int(),
  status: z.enum(['failed', 'processing', 'succeeded']),
  error_code: z.string().nullable(),
  created_at: z.string().nullable(),
  completed_at: z.string().nullable(),
});
// line 90 statuses 200
export const getAdminCashierOrdersByOrderId = z.object({
  order: Shape1,
  payments: z.array(
    z.object({
      id: z.string(),
      channel: z.enum(['ecny', 'wechat', 'alipay', 'card']),
      mode: z.enum(['code', 'app']),
      status: z.enum(['paid', 'failed', 'paying', 'closed']),
      order_amount_fen: z.number().int(),
      discount_fen: z.number().int(),
      amount_fen: z.number().int(),
      error_code: z.string().nullable(),
      created_at: z.string().nullable(),
      completed_at: z.string().nullable(),
    }),
  ),
  refunds: z.array(postAdminCashierOrdersByOrderIdRefunds),
});
// line 115 statuses 200
export const getAdminCashierTills = z.object({
  items: z.array(
    z.object({
      tills: z.array(z.object({ id: z.string(), store_id: z.string(), name: z.string() })),
      id: z.string(),
      name: z.string(),
    }),
  ),
});
// line 124 statuses 201
export const postAdminCashierStores = z.object({ id: z.string(), merchant_id: z.string(), name: z.string() });
// line 134 statuses 201
export const postAdminCashierStoresByStoreIdTills = z.object({
  id: z.string(),
  store_id: z.string(),
  merchant_id: z.string(),
  name: z.string(),
});
// line 148 statuses 200
export const getAdminCashierAllOrders = z.object({
  items: z.array(Shape1),
  next_cursor: z.string().nullable(),
});
// line 166 statuses 201
export const postAdminCashierReconciliationRuns = z.object({
  id: z.string(),
  status: z.string(),
  summary: z.object({
    channel: z.enum(['ecny', 'wechat', 'alipay', 'card']),
    bill_date: z.string(),
    bill_rows: z.number(),
    matched: z.number(),
    auto_confirmed: z.number(),
    unresolved: z.number(),
  }),
  items: z.array(Item),
  created_at: z.string().nullable(),
});
// line 176 statuses 200
export const getAdminCashierReconciliationReports = z.object({
  items: z.array(
    z.object({
      summary: z.unknown(),
      created_at: z.string().nullable(),
      id: z.string(),
      channel: z.string(),
      bill_date: z.string(),
      status: z.string(),
    }),
  ),
});
// line 190 statuses 200
export const postCallbacksCashierByChannel = z.string();
