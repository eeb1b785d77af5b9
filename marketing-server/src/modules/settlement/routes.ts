import { z } from 'zod';
import type { Db } from '../../db/sql';
import { notFound } from '../../http/errors';
import { actorOf, type RouteKit } from '../../http/router-kit';
import { maskDeep } from '../../masking/policy';
import type { Clock } from '../../shared/time';
import { isDayKey } from '../../shared/time';
import { recordAudit } from '../audit/service';
import type { SettlementService } from './service';

const billDate = z.string().refine(isDayKey, { message: 'must be a date as yyyyMMdd' });

export function registerSettlementRoutes(kit: RouteKit, settlement: SettlementService, db: Db, clock: Clock) {
  kit.route({
    method: 'post',
    path: '/admin/settlements/runs',
    summary: 'Settle every merchant for a CST day (once per merchant and day, however often it runs)',
    tags: ['settlement'],
    auth: { kind: 'admin', roles: ['funder'] },
    body: z.strictObject({ bill_date: billDate }),
    handler: async ({ body }) => ({ status: 200, body: await settlement.runSettlement(body.bill_date) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/settlements',
    summary: 'Merchant settlements (a merchant operator sees their own)',
    tags: ['settlement'],
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
      const onlyOwn = own && !principal.roles.some((r) => ['admin', 'funder', 'auditor'].includes(r));
      return {
        status: 200,
        body: await settlement.listSettlements({ ...query, merchant_id: onlyOwn ? own : query.merchant_id }),
      };
    },
  });
  kit.route({
    method: 'put',
    path: '/admin/merchants/:id/wallet',
    summary: "Set the merchant's e-CNY wallet that settlements are paid into",
    tags: ['settlement'],
    auth: { kind: 'admin', roles: ['admin'] },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    body: z.strictObject({
      wallet_id: z.string().regex(/^[0-9A-Za-z]{16}$/, 'must be a 16-character wallet id'),
    }),
    handler: async ({ params, body, principal, requestId }) => {
      const now = clock.now();
      await db.tx(async (sql) => {
        const res = await sql.exec('UPDATE merchants SET wallet_id = ?, updated_at = ? WHERE id = ?', [
          body.wallet_id,
          now,
          params.id,
        ]);
        if (res.affectedRows !== 1) throw notFound('商户');
        await recordAudit(
          sql,
          {
            actor: actorOf(principal),
            action: 'merchant.wallet',
            entity_type: 'merchant',
            entity_id: params.id,
            changes: maskDeep({ wallet_id: body.wallet_id }),
            request_id: requestId,
          },
          now,
        );
      });
      return { status: 200, body: maskDeep({ id: params.id, wallet_id: body.wallet_id }) };
    },
  });
}
