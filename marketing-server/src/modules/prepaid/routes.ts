import { z } from 'zod';
import { actorOf, citizenId, merchantOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { PrepaidService } from './service';

const CITIZEN = { kind: 'citizen' as const };
const MERCHANT = { kind: 'admin' as const, roles: ['merchant_operator'] as const };
const REVIEWER = { kind: 'admin' as const, roles: ['approver'] as const };
const REGULATOR = { kind: 'admin' as const, roles: ['regulator'] as const };
const READERS = { kind: 'admin' as const, roles: ['regulator', 'auditor', 'approver'] as const };
const id = z.string().min(1).max(64);
const fen = z.number().int().min(1).max(100_000_000);
const contractParams = z.strictObject({ contract_id: id });
const writeOffParams = z.strictObject({ contract_id: id, write_off_id: id });
const tags = ['prepaid'];

const newProduct = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('class_pack'),
    name: z.string().min(1).max(80),
    unit_price_fen: fen,
    units: z.number().int().min(1).max(1000),
    terms: z.string().min(1).max(2000).optional(),
  }),
  z.strictObject({
    kind: z.literal('membership'),
    name: z.string().min(1).max(80),
    price_fen: fen,
    duration_days: z.number().int().min(1).max(3660),
    terms: z.string().min(1).max(2000).optional(),
  }),
  z.strictObject({
    kind: z.literal('stored_value'),
    name: z.string().min(1).max(80),
    face_value_fen: fen,
    gift_fen: z.number().int().min(0).max(100_000_000),
    terms: z.string().min(1).max(2000).optional(),
  }),
]);

function citizenRoutes1(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'get',
    path: '/prepaid/products',
    summary: 'Prepaid products on sale (approved, eligible merchants only)',
    tags,
    auth: CITIZEN,
    responses: { 200: R.listProducts },
    handler: async () => ({ status: 200, body: await p.products({ on_sale: true }) }),
  });
  kit.route({
    method: 'post',
    path: '/me/prepaid/contracts',
    summary:
      'Buy a prepaid product: the contract with its terms and the e-CNY cashier order to pay (rules checked: caps, eligibility)',
    tags,
    auth: CITIZEN,
    idempotent: { status: 201 },
    responses: { 201: R.Contract },
    body: z.strictObject({ product_id: id }),
    handler: async ({ principal, body, idempotency }) => ({
      status: 201,
      body: await p.buy(citizenId(principal), body.product_id, idempotency!),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/prepaid/contracts/:contract_id/pay',
    summary:
      'Pay the contract with e-CNY through the cashier; the money is then locked in the contract wallet (定向留存)',
    tags,
    auth: CITIZEN,
    idempotent: { status: 201 },
    errorStatuses: { BANK_REJECTED: 422, BANK_ORDER_CONFLICT: 422 },
    responses: { 201: R.Payment },
    params: contractParams,
    body: z.strictObject({}),
    handler: async ({ principal, params, idempotency }) => ({
      status: 201,
      body: await p.pay(citizenId(principal), params.contract_id, idempotency!),
    }),
  });
}

function citizenRoutes2(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'get',
    path: '/me/prepaid/contracts',
    summary: 'My prepaid contracts (paid, consumed, remaining, cooling-off countdown)',
    tags,
    auth: CITIZEN,
    responses: { 200: R.listContracts },
    handler: async ({ principal }) => ({
      status: 200,
      body: await p.contracts({ user_id: citizenId(principal), limit: 200 }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/prepaid/contracts/:contract_id',
    summary: 'One of my contracts with each write-off and each instruction to the escrow',
    tags,
    auth: CITIZEN,
    responses: { 200: R.contractDetail },
    params: contractParams,
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await p.contractDetail(params.contract_id, { userId: citizenId(principal) }),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/prepaid/contracts/:contract_id/write-offs/:write_off_id/confirm',
    summary: 'Confirm a write-off: exactly one release to the merchant (定向支付)',
    tags,
    auth: CITIZEN,
    responses: { 200: R.WriteOff },
    params: writeOffParams,
    body: z.strictObject({}),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await p.confirm(citizenId(principal), params.contract_id, params.write_off_id),
    }),
  });
}

function citizenRoutes3(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'post',
    path: '/me/prepaid/contracts/:contract_id/write-offs/:write_off_id/reject',
    summary: 'Dispute a write-off: its units come back and a complaint is filed',
    tags,
    auth: CITIZEN,
    responses: { 200: R.WriteOff },
    params: writeOffParams,
    body: z.strictObject({ reason: z.string().min(1).max(255) }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await p.reject(citizenId(principal), params.contract_id, params.write_off_id, body.reason),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/prepaid/contracts/:contract_id/refund-quote',
    summary: 'What ending the contract now would refund (cooling-off or pro rata), before confirming',
    tags,
    auth: CITIZEN,
    responses: { 200: R.RefundQuote },
    params: contractParams,
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await p.quote(citizenId(principal), params.contract_id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/prepaid/contracts/:contract_id/refund',
    summary: 'End the contract for the refund shown (refused if the amount changed); once per contract',
    tags,
    auth: CITIZEN,
    responses: { 200: R.RefundStarted },
    params: contractParams,
    body: z.strictObject({
      expected_refund_fen: z.number().int().min(0).max(100_000_000),
      cooling_off: z.boolean().optional(),
    }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await p.refund(citizenId(principal), params.contract_id, body),
    }),
  });
}

function merchantRoutes1(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'get',
    path: '/admin/prepaid/merchant',
    summary: 'My prepaid standing (application and review)',
    tags,
    auth: MERCHANT,
    responses: { 200: R.myMerchant },
    handler: async ({ principal }) => ({
      status: 200,
      body: { merchant: await p.myMerchant(merchantOf(principal)) },
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/prepaid/merchant/application',
    summary:
      'Apply to sell prepaid (sector rule, licence date, credit status, revenue, issuer tier); a reviewer decides',
    tags,
    auth: MERCHANT,
    responses: { 201: R.PrepaidMerchant },
    body: z.strictObject({
      rule_id: id,
      licence_since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      credit_status: z.enum(['normal', 'dishonest', 'abnormal']),
      revenue_last_year_fen: z.number().int().min(0).max(1e13),
      escrow_tier: z.enum(['scale', 'group', 'brand']),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await p.apply(actorOf(principal), merchantOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/prepaid/products',
    summary: 'My prepaid products',
    tags,
    auth: MERCHANT,
    responses: { 200: R.listProducts },
    handler: async ({ principal }) => ({
      status: 200,
      body: await p.products({ merchant_id: merchantOf(principal) }),
    }),
  });
}

function merchantRoutes2(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'post',
    path: '/admin/prepaid/products',
    summary: 'Add a product (class pack, membership, stored value), checked against the sector rule',
    tags,
    auth: MERCHANT,
    responses: { 201: R.Product },
    body: newProduct,
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await p.createProduct(actorOf(principal), merchantOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/prepaid/contracts',
    summary: "My merchant's contracts (locked versus released)",
    tags,
    auth: MERCHANT,
    responses: { 200: R.listContracts },
    query: z.strictObject({
      status: z.string().max(24).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await p.contracts({ merchant_id: merchantOf(principal), ...query }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/prepaid/contracts/:contract_id',
    summary: 'One of my contracts with its write-offs and releases',
    tags,
    auth: MERCHANT,
    responses: { 200: R.contractDetail },
    params: contractParams,
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await p.contractDetail(params.contract_id, { merchantId: merchantOf(principal) }),
    }),
  });
}

function merchantRoutes3(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'post',
    path: '/admin/prepaid/contracts/:contract_id/write-offs',
    summary: 'Write off units (a class, spent value, days) under my sequence number: one per (contract, seq)',
    tags,
    auth: MERCHANT,
    responses: { 201: R.writeOffCreated, 200: R.writeOffCreated },
    params: contractParams,
    body: z.strictObject({
      seq: z.number().int().min(1).max(1_000_000),
      units: z.number().int().min(1).max(100_000_000),
    }),
    handler: async ({ principal, params, body }) => {
      const r = await p.writeOff(actorOf(principal), merchantOf(principal), params.contract_id, body);
      return { status: r.created ? 201 : 200, body: r };
    },
  });
}

function supervisionRoutes1(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'get',
    path: '/admin/prepaid/rules',
    summary: 'Sector rules (caps, cooling-off, escrow ratios) as data',
    tags,
    auth: { kind: 'admin_session' },
    responses: { 200: R.listRules },
    handler: async () => ({ status: 200, body: await p.rules() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/prepaid/merchants',
    summary: 'Prepaid merchants and their applications',
    tags,
    auth: READERS,
    responses: { 200: R.listMerchants },
    query: z.strictObject({ status: z.enum(['pending', 'approved', 'rejected', 'closed']).optional() }),
    handler: async ({ query }) => ({ status: 200, body: await p.merchants(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/prepaid/merchants/:merchant_id/review',
    summary: 'Approve or reject an application (never the applicant; never a 失信/异常 merchant)',
    tags,
    auth: REVIEWER,
    responses: { 200: R.PrepaidMerchant },
    params: z.strictObject({ merchant_id: id }),
    body: z.strictObject({ approve: z.boolean(), comment: z.string().min(1).max(255) }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await p.review(actorOf(principal), params.merchant_id, body),
    }),
  });
}

function supervisionRoutes2(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'get',
    path: '/admin/prepaid/supervision',
    summary: 'Regulator view: balances, escrow coverage, release speed, complaints, alerts per merchant',
    tags,
    auth: READERS,
    responses: { 200: R.overview },
    handler: async () => ({ status: 200, body: await p.overview() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/prepaid/proposals',
    summary: 'Freeze, unfreeze and closure proposals',
    tags,
    auth: READERS,
    responses: { 200: R.listProposals },
    handler: async () => ({ status: 200, body: await p.freezes() }),
  });
  kit.route({
    method: 'post',
    path: '/admin/prepaid/proposals',
    summary: 'Propose to freeze, unfreeze or close a merchant (another regulator approves)',
    tags,
    auth: REGULATOR,
    responses: { 201: R.Proposal },
    body: z.strictObject({
      merchant_id: id,
      action: z.enum(['freeze', 'unfreeze', 'close']),
      reason: z.string().min(1).max(255),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await p.propose(actorOf(principal), body),
    }),
  });
}

function supervisionRoutes3(kit: RouteKit, p: PrepaidService) {
  kit.route({
    method: 'post',
    path: '/admin/prepaid/proposals/:proposal_id/decision',
    summary: 'Approve or reject a proposal (not its proposer); approval applies it to every live contract',
    tags,
    auth: REGULATOR,
    responses: { 200: R.Proposal },
    params: z.strictObject({ proposal_id: id }),
    body: z.strictObject({ approve: z.boolean() }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await p.decide(actorOf(principal), params.proposal_id, body.approve),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/prepaid/chain-verification',
    summary: "Recompute the escrow's hash chain here and say where it breaks",
    tags,
    auth: READERS,
    responses: { 200: R.ChainVerification },
    body: z.strictObject({}),
    handler: async () => ({ status: 200, body: await p.verifyChain() }),
  });
  kit.route({
    method: 'post',
    path: '/callbacks/escrow',
    summary:
      "The escrow's signed instruction notifications (HMAC-SHA256 over the raw body; duplicates change nothing)",
    tags,
    auth: { kind: 'none' },
    responses: { 200: R.noticeAck },
    body: z.record(z.string(), z.unknown()),
    handler: async ({ ctx }) => ({
      status: 200,
      body: await p.receiveNotice(
        String(ctx.state.rawBody ?? ''),
        ctx.get('x-escrow-signature') || undefined,
      ),
    }),
  });
}

export function registerPrepaidRoutes(kit: RouteKit, p: PrepaidService | null) {
  if (!p) return;
  citizenRoutes1(kit, p);
  citizenRoutes2(kit, p);
  citizenRoutes3(kit, p);
  merchantRoutes1(kit, p);
  merchantRoutes2(kit, p);
  merchantRoutes3(kit, p);
  supervisionRoutes1(kit, p);
  supervisionRoutes2(kit, p);
  supervisionRoutes3(kit, p);
}
