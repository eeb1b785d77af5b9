import { z } from 'zod';
import * as R from './responses';
import type { Db } from '../../db/sql';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { Clock } from '../../shared/time';
import { isDayKey } from '../../shared/time';
import { createPayeeChanges } from './payee-changes';

type PayeeChanges = ReturnType<typeof createPayeeChanges>;
import type { SettlementService } from './service';

const billDate = z.string().refine(isDayKey, { message: 'must be a date as yyyyMMdd' });

export function registerSettlementRoutes(kit: RouteKit, settlement: SettlementService, db: Db, clock: Clock) {
  const payees = createPayeeChanges({ db, clock });
  registerSettlementRunRoutes(kit, settlement, payees);
  registerPayeeChangeRoutes(kit, payees);
}

function registerSettlementRunRoutes(kit: RouteKit, settlement: SettlementService, payees: PayeeChanges) {
  kit.route({
    method: 'post',
    path: '/admin/settlements/runs',
    summary: 'Settle every merchant for a CST day (once per merchant and day, however often it runs)',
    tags: ['settlement'],
    responses: { 200: R.postAdminSettlementsRuns },
    auth: { kind: 'admin', roles: ['funder'] },
    body: z.strictObject({ bill_date: billDate }),
    handler: async ({ body }) => ({ status: 200, body: await settlement.runSettlement(body.bill_date) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/settlements',
    summary: 'Merchant settlements (a merchant operator sees their own)',
    tags: ['settlement'],
    responses: { 200: R.getAdminSettlements },
    auth: { kind: 'admin', roles: ['funder', 'auditor', 'merchant_operator'] },
    query: z.strictObject({
      merchant_id: z.string().max(40).optional(),
      bill_date: billDate.optional(),
      cursor: z.string().max(40).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ query, principal }) => {
      const own =
        principal?.typ === 'admin' && principal.roles.includes('merchant_operator') && principal.merchant_id;
      const onlyOwn = own && !principal.roles.some((r) => ['funder', 'auditor'].includes(r));
      return {
        status: 200,
        body: await settlement.listSettlements({ ...query, merchant_id: onlyOwn ? own : query.merchant_id }),
      };
    },
  });
  const merchantParams = z.strictObject({ id: z.string().min(1).max(40) });
  kit.route({
    method: 'put',
    path: '/admin/merchants/:id/wallet',
    summary: "Propose the merchant's e-CNY settlement wallet (applied when a second person approves it)",
    tags: ['settlement'],
    responses: { 202: R.putAdminMerchantsByIdWallet },
    auth: { kind: 'admin', roles: ['registrar'] },
    params: merchantParams,
    body: z.strictObject({
      wallet_id: z.string().regex(/^[0-9A-Za-z]{16}$/, 'must be a 16-character wallet id'),
    }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 202,
      body: await payees.propose(actorOf(principal), params.id, body.wallet_id, requestId),
    }),
  });
}

function registerPayeeChangeRoutes(kit: RouteKit, payees: PayeeChanges) {
  kit.route({
    method: 'get',
    path: '/admin/merchants/wallet-changes',
    summary: 'Proposed settlement-wallet changes (wallets masked, with fingerprints)',
    tags: ['settlement'],
    responses: { 200: R.getAdminMerchantsWalletChanges },
    auth: { kind: 'admin', roles: ['registrar', 'approver', 'auditor'] },
    query: z.strictObject({
      status: z.enum(['pending', 'approved', 'rejected']).optional(),
      merchant_id: z.string().min(1).max(40).optional(),
    }),
    handler: async ({ query }) => ({ status: 200, body: await payees.list(query.status, query.merchant_id) }),
  });
  for (const decision of ['approve', 'reject'] as const) {
    kit.route({
      method: 'post',
      path: `/admin/merchants/:id/wallet-changes/:change_id/${decision}`,
      summary:
        decision === 'approve'
          ? 'Approve a proposed settlement wallet: the merchant is paid there from now on'
          : 'Reject a proposed settlement wallet',
      tags: ['settlement'],
      responses: { 200: R.postAdminMerchantsByIdWalletChangesByChangeIdDecision },
      auth: { kind: 'admin', roles: ['approver'] },
      params: z.strictObject({ id: z.string().min(1).max(40), change_id: z.string().min(1).max(40) }),
      body: z.strictObject({ comment: z.string().trim().min(1).max(255).optional() }),
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await payees.decide(
          actorOf(principal),
          params.id,
          params.change_id,
          decision,
          body.comment,
          requestId,
        ),
      }),
    });
  }
}
