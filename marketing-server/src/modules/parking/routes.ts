import { z } from 'zod';
import { badRequest, notFound } from '../../http/errors';
import type { RouteKit } from '../../http/router-kit';
import { rfc3339 } from '../campaigns/schemas';
import { GUANGZHOU_TARIFFS, priceStay, tariffSchema } from './tariff';

const MAX_STAY_MS = 31 * 86_400_000;

export function registerParkingRoutes(kit: RouteKit) {
  kit.route({
    method: 'get',
    path: '/admin/parking/tariffs',
    summary: 'The tariffs a lot can use (the Guangzhou examples for now)',
    tags: ['parking'],
    auth: { kind: 'admin', roles: ['admin', 'campaign_manager', 'approver', 'auditor', 'funder'] },
    handler: async () => ({
      status: 200,
      body: { items: Object.entries(GUANGZHOU_TARIFFS).map(([id, tariff]) => ({ id, ...tariff })) },
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/parking/tariffs/preview',
    summary: 'Price a stay with a tariff (inline or by id) without a car: fee and breakdown per billing day',
    tags: ['parking'],
    auth: { kind: 'admin', roles: ['admin', 'campaign_manager', 'approver', 'auditor', 'funder'] },
    body: z.strictObject({
      tariff: tariffSchema.optional(),
      tariff_id: z.string().min(1).max(40).optional(),
      vehicle_class: z.enum(['small', 'large', 'new_energy']).default('small'),
      entry_at: rfc3339,
      exit_at: rfc3339,
    }),
    handler: async ({ body }) => {
      if (Boolean(body.tariff) === Boolean(body.tariff_id)) {
        throw badRequest('TARIFF_REQUIRED', '请给出 tariff（直接写出的收费标准）或 tariff_id 其中之一');
      }
      const tariff = body.tariff ?? GUANGZHOU_TARIFFS[body.tariff_id!];
      if (!tariff) throw notFound('收费标准');
      const entry = new Date(body.entry_at);
      const exit = new Date(body.exit_at);
      if (exit < entry) throw badRequest('EXIT_BEFORE_ENTRY', '出场时间不能早于入场时间');
      if (exit.getTime() - entry.getTime() > MAX_STAY_MS)
        throw badRequest('STAY_TOO_LONG', '一次最多试算 31 天');
      return {
        status: 200,
        body: { tariff_name: tariff.name, ...priceStay(tariff, body.vehicle_class, entry, exit) },
      };
    },
  });
}
