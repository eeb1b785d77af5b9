import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { FundingService } from './service';

const idParams = z.strictObject({ id: z.string().min(1).max(40) });

export function registerFundingRoutes(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'get',
    path: '/admin/funders',
    summary: 'Funders with their available balance',
    tags: ['funding'],
    auth: { kind: 'admin', roles: ['funder', 'campaign_manager', 'approver', 'auditor'] },
    handler: async () => ({ status: 200, body: await funding.listFunders() }),
  });
  kit.route({
    method: 'post',
    path: '/admin/funders',
    summary: 'Register a funder (agency, bank or merchant)',
    tags: ['funding'],
    auth: { kind: 'admin', roles: ['admin'] },
    body: z.strictObject({
      name: z.string().trim().min(1).max(128),
      kind: z.enum(['government', 'bank', 'merchant']),
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
    auth: { kind: 'admin', roles: ['funder', 'campaign_manager', 'approver', 'auditor'] },
    params: idParams,
    handler: async ({ params }) => ({ status: 200, body: await funding.getFunder(params.id) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/funders/:id/deposits',
    summary: 'Deposits of a funder',
    tags: ['funding'],
    auth: { kind: 'admin', roles: ['funder', 'auditor'] },
    params: idParams,
    handler: async ({ params }) => ({ status: 200, body: await funding.listDeposits(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/funders/:id/deposits',
    summary: 'Record a deposit received from a funder',
    tags: ['funding'],
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
    idempotent: true,
    handler: async ({ params, body, principal, idempotency }) => ({
      status: 201,
      body: await funding.recordDeposit(actorOf(principal), params.id, body, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/merchants',
    summary: 'Merchants with the subsidy owed to them',
    tags: ['funding'],
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'funder', 'auditor'] },
    handler: async () => ({ status: 200, body: await funding.listMerchants() }),
  });
  kit.route({
    method: 'post',
    path: '/admin/merchants',
    summary: 'Register a merchant',
    tags: ['funding'],
    auth: { kind: 'admin', roles: ['admin'] },
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
