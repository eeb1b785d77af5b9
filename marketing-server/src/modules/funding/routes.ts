import { z } from 'zod';
import * as R from './responses';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { Principal } from '../../security/tokens';
import type { DepositAction } from './deposit-states';
import type { FundingActor, FundingService } from './service';

const idParams = z.strictObject({ id: z.string().min(1).max(40) });
const depositParams = z.strictObject({
  id: z.string().min(1).max(40),
  deposit_id: z.string().min(1).max(40),
});
const comment = z.string().trim().min(1).max(256);

const DECISIONS: { action: DepositAction; summary: string; body: z.ZodType<{ comment?: string }> }[] = [
  {
    action: 'confirm',
    summary:
      'Confirm a pending deposit against the bank statement: posts world → funder (not by its recorder)',
    body: z.strictObject({ comment: comment.optional() }),
  },
  {
    action: 'reject',
    summary: 'Reject a pending deposit with a reason: nothing is posted (not by its recorder)',
    body: z.strictObject({ comment }),
  },
];

/** The actor plus the funder an admin user is bound to, if any (it then acts for that funder only). */
function fundingActorOf(p: Principal | null): FundingActor {
  const admin = p?.typ === 'admin';
  return {
    ...actorOf(p),
    funder_id: admin ? (p.funder_id ?? null) : null,
    // A merchant-console user acts only for its own merchant's funder.
    merchant_id: admin ? (p.merchant_id ?? null) : null,
  };
}

export function registerFundingRoutes(kit: RouteKit, funding: FundingService) {
  registerFunderRoutes(kit, funding);
  registerDepositRoutes(kit, funding);
  registerWalletDepositRoute(kit, funding);
  registerMerchantRoutes(kit, funding);
}

function registerFunderRoutes(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'get',
    path: '/admin/funders',
    summary: 'Funders with their available balance',
    tags: ['funding'],
    responses: { 200: R.getAdminFunders },
    auth: { kind: 'admin', roles: ['funder', 'campaign_manager', 'approver', 'auditor'] },
    handler: async ({ principal }) => ({
      status: 200,
      body: await funding.listFunders(fundingActorOf(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/funders',
    summary: 'Register a funder (agency, bank or merchant)',
    tags: ['funding'],
    responses: { 201: R.postAdminFunders },
    auth: { kind: 'admin', roles: ['registrar'] },
    body: z.strictObject({
      name: z.string().trim().min(1).max(128),
      kind: z.enum(['government', 'bank', 'merchant']),
      /** A merchant funder belongs to this merchant (it then funds from the merchant's wallet). */
      merchant_id: z.string().min(1).max(40).optional(),
    }),
    handler: async ({ body, principal, requestId }) => ({
      status: 201,
      body: await funding.createFunder(actorOf(principal), body, requestId),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/funders/:id',
    summary: 'One funder',
    tags: ['funding'],
    responses: { 200: R.getAdminFundersById },
    auth: { kind: 'admin', roles: ['funder', 'campaign_manager', 'approver', 'auditor'] },
    params: idParams,
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await funding.getFunder(params.id, fundingActorOf(principal)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/funders/:id/deposits',
    summary: 'Deposits of a funder with their status (pending, confirmed, rejected)',
    tags: ['funding'],
    responses: { 200: R.getAdminFundersByIdDeposits },
    auth: { kind: 'admin', roles: ['funder', 'auditor'] },
    params: idParams,
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await funding.listDeposits(fundingActorOf(principal), params.id),
    }),
  });
}

function registerDepositRoutes(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'post',
    path: '/admin/funders/:id/deposits',
    summary: 'Record a deposit received from a funder (pending until someone else confirms it)',
    tags: ['funding'],
    responses: { 201: R.postAdminFundersByIdDeposits },
    auth: { kind: 'admin', roles: ['funder'] },
    params: idParams,
    body: z.strictObject({
      amount_fen: z
        .number()
        .int('amount_fen must be an integer number of fen')
        .positive()
        .max(1_000_000_000_00),
      reference: z.string().trim().min(1).max(128),
    }),
    idempotent: { status: 201 },
    handler: async ({ params, body, principal, idempotency, requestId }) => ({
      status: 201,
      body: await funding.recordDeposit(fundingActorOf(principal), params.id, body, idempotency!, requestId),
    }),
  });
  for (const d of DECISIONS) {
    kit.route({
      method: 'post',
      path: `/admin/funders/:id/deposits/:deposit_id/${d.action}`,
      summary: d.summary,
      tags: ['funding'],
      responses: { 200: R.postAdminFundersByIdDepositsByDepositIdDAction },
      auth: { kind: 'admin', roles: ['funder'] },
      params: depositParams,
      body: d.body,
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await funding.decideDeposit(fundingActorOf(principal), params.id, params.deposit_id, d.action, {
          comment: body.comment,
          requestId,
        }),
      }),
    });
  }
  kit.route({
    method: 'get',
    path: '/admin/merchants',
    summary: 'Merchants with the subsidy owed to them',
    tags: ['funding'],
    responses: { 200: R.getAdminMerchants },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'funder', 'auditor'] },
    handler: async () => ({ status: 200, body: await funding.listMerchants() }),
  });
}

/** A merchant funder's deposit from the merchant's own wallet (a bank order decides it). */
function registerWalletDepositRoute(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'post',
    path: '/admin/funders/:id/wallet-deposits',
    summary:
      "Fund a merchant funder from the merchant's own wallet: a bank order whose final state confirms or rejects the deposit",
    tags: ['funding'],
    responses: { 201: R.postAdminFundersByIdWalletDeposits },
    auth: { kind: 'admin', roles: ['funder'] },
    params: idParams,
    body: z.strictObject({
      amount_fen: z
        .number()
        .int('amount_fen must be an integer number of fen')
        .positive()
        .max(1_000_000_000_00),
    }),
    idempotent: { status: 201 },
    handler: async ({ params, body, principal, idempotency, requestId }) => ({
      status: 201,
      body: await funding.fundFromMerchantWallet(
        fundingActorOf(principal),
        params.id,
        body,
        idempotency!,
        requestId,
      ),
    }),
  });
}

function registerMerchantRoutes(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'post',
    path: '/admin/merchants',
    summary: 'Register a merchant',
    tags: ['funding'],
    responses: { 201: R.postAdminMerchants },
    auth: { kind: 'admin', roles: ['registrar'] },
    body: z.strictObject({
      name: z.string().trim().min(1).max(128),
      category: z.string().trim().min(1).max(32),
    }),
    handler: async ({ body, principal, requestId }) => ({
      status: 201,
      body: await funding.createMerchant(actorOf(principal), body, requestId),
    }),
  });
}
