import { z } from 'zod';

const ts = z.string().nullable();

export const SectorRule = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  region: z.string(),
  rule: z.record(z.string(), z.unknown()),
});
export const listRules = z.object({ items: z.array(SectorRule) });

export const PrepaidMerchant = z.object({
  merchant_id: z.string(),
  name: z.string(),
  rule_id: z.string(),
  licence_since: z.string(),
  credit_status: z.enum(['normal', 'dishonest', 'abnormal']),
  revenue_last_year_fen: z.number().int(),
  escrow_tier: z.enum(['scale', 'group', 'brand']),
  status: z.enum(['pending', 'approved', 'rejected', 'closed']),
  applied_by: z.string(),
  reviewed_by: z.string().nullable(),
  review_comment: z.string().nullable(),
  closure_notice_at: ts,
  created_at: ts,
});
export const listMerchants = z.object({ items: z.array(PrepaidMerchant) });
export const myMerchant = z.object({ merchant: PrepaidMerchant.nullable() });

export const Product = z.object({
  id: z.string(),
  merchant_id: z.string(),
  merchant_name: z.string().optional(),
  kind: z.enum(['class_pack', 'membership', 'stored_value']),
  name: z.string(),
  price_fen: z.number().int(),
  total_units: z.number().int(),
  unit_price_fen: z.number().int(),
  gift_fen: z.number().int(),
  duration_days: z.number().int(),
  terms: z.string(),
  status: z.enum(['active', 'retired']),
  created_at: ts,
});
export const listProducts = z.object({ items: z.array(Product) });

export const Contract = z.object({
  id: z.string(),
  merchant_id: z.string(),
  merchant_name: z.string(),
  product_id: z.string(),
  product_name: z.string(),
  kind: z.enum(['class_pack', 'membership', 'stored_value']),
  terms: z.string(),
  status: z.string(),
  status_label: z.string(),
  refund_reason: z.string().nullable(),
  paid_fen: z.number().int(),
  released_fen: z.number().int(),
  releasing_fen: z.number().int(),
  refunded_fen: z.number().int(),
  refunding_fen: z.number().int(),
  retained_fen: z.number().int(),
  remaining_value_fen: z.number().int(),
  total_units: z.number().int(),
  used_units: z.number().int(),
  remaining_units: z.number().int(),
  cashier_order_id: z.string().nullable(),
  starts_at: ts,
  ends_at: ts,
  cooling_off_until: ts,
  cooling_off_seconds_left: z.number().int(),
  frozen_at: ts,
  auto_refund_at: ts,
  created_at: ts,
});
export const listContracts = z.object({ items: z.array(Contract) });

export const WriteOff = z.object({
  id: z.string(),
  contract_id: z.string(),
  seq: z.number().int(),
  units: z.number().int(),
  amount_fen: z.number().int(),
  status: z.enum(['pending_confirm', 'confirmed', 'released', 'rejected', 'release_failed', 'voided']),
  confirmed_by: z.string().nullable(),
  confirm_due_at: ts,
  created_at: ts,
  decided_at: ts,
});
export const writeOffCreated = z.object({ created: z.boolean(), write_off: WriteOff });

export const Instruction = z.object({
  id: z.string(),
  type: z.enum(['lock', 'release', 'refund']),
  amount_fen: z.number().int(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  error_code: z.string().nullable(),
  created_at: z.string(),
  completed_at: ts,
});
export const contractDetail = z.object({
  contract: Contract,
  write_offs: z.array(WriteOff),
  instructions: z.array(Instruction),
});

export const Payment = z
  .object({
    order: z.object({ id: z.string(), status: z.string(), paid_fen: z.number().int() }).passthrough(),
    payment: z.object({ id: z.string(), status: z.string(), amount_fen: z.number().int() }).passthrough(),
  })
  .passthrough();

export const RefundQuote = z.object({
  contract_id: z.string(),
  kind: z.enum(['cooling_off', 'termination']),
  paid_fen: z.number().int(),
  consumed_fen: z.number().int(),
  refund_fen: z.number().int(),
  used_units: z.number().int(),
  total_units: z.number().int(),
  refundable: z.boolean(),
  blocked_by: z.string().nullable(),
});
export const RefundStarted = z.object({
  contract_id: z.string(),
  status: z.string(),
  refund_fen: z.number().int(),
});

const Alert = z.object({ code: z.string(), message: z.string() });
export const MerchantSupervision = z.object({
  merchant_id: z.string(),
  name: z.string(),
  status: z.string(),
  rule_id: z.string(),
  contracts: z.number().int(),
  live_contracts: z.number().int(),
  frozen_contracts: z.number().int(),
  paid_fen: z.number().int(),
  released_fen: z.number().int(),
  refunded_fen: z.number().int(),
  retained_fen: z.number().int(),
  liability_fen: z.number().int(),
  coverage_pct: z.number(),
  required_escrow_pct: z.number(),
  revenue_cap_fen: z.number().int(),
  released_30d_fen: z.number().int(),
  releases_30d: z.number().int(),
  complaints: z.number().int(),
  last_write_off_at: ts,
  closure_notice_at: ts,
  alerts: z.array(Alert),
});
export const overview = z.object({
  merchants: z.array(MerchantSupervision),
  totals: z.object({
    paid_fen: z.number().int(),
    retained_fen: z.number().int(),
    released_fen: z.number().int(),
    refunded_fen: z.number().int(),
    alerts: z.number().int(),
  }),
});

export const Proposal = z.object({
  id: z.string(),
  merchant_id: z.string(),
  action: z.enum(['freeze', 'unfreeze', 'close']),
  reason: z.string(),
  status: z.enum(['proposed', 'applying', 'approved', 'rejected']),
  proposed_by: z.string(),
  decided_by: z.string().nullable(),
  created_at: ts,
  decided_at: ts,
});
export const listProposals = z.object({ items: z.array(Proposal) });

export const ChainVerification = z.object({
  ok: z.boolean(),
  length: z.number().int(),
  broken_at: z.number().int().nullable(),
  head: z.string().nullable(),
  reported_head: z.string(),
  checked_at: ts,
});
export const noticeAck = z.object({ applied: z.boolean() });
