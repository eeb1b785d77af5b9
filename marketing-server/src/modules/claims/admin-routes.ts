import { z } from 'zod';
import type { Db } from '../../db/sql';
import { notFound } from '../../http/errors';
import { actorOf, type RouteKit } from '../../http/router-kit';
import { maskDeep } from '../../masking/mask';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit } from '../audit/service';

const UNMASK_ROLES = ['admin', 'auditor'];

/** Claims of a campaign for operators; personal data masked unless an auditor/admin asks (audited). */
export function registerAdminClaimRoutes(kit: RouteKit, db: Db, clock: Clock) {
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id/claims',
    summary: 'Claims of a campaign (personal data masked)',
    tags: ['campaigns'],
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'auditor', 'risk_analyst'] },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    query: z.strictObject({
      unmask: z.enum(['true', 'false']).default('false'),
      cursor: z.string().max(60).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ params, query, principal, requestId }) => {
      // 404 like the campaign itself, not an empty page for a campaign that does not exist.
      const campaign = await db.query('SELECT id FROM campaigns WHERE id = ?', [params.id]);
      if (!campaign.length) throw notFound('活动');
      const rows = await db.query<Record<string, unknown>>(
        `SELECT c.id, c.user_id, c.kind, c.amount_fen, c.status, c.coupon_code, c.channel, c.created_at, u.phone, u.real_name
           FROM claims c JOIN users u ON u.id = c.user_id
          WHERE c.campaign_id = ? ${query.cursor ? 'AND c.id < ?' : ''} ORDER BY c.id DESC LIMIT ?`,
        query.cursor ? [params.id, query.cursor, query.limit + 1] : [params.id, query.limit + 1],
      );
      const page = rows.slice(0, query.limit).map((r) => ({
        ...r,
        id: String(r.id),
        amount_fen: Number(r.amount_fen),
        created_at: toRfc3339(r.created_at as Date),
      }));
      const roles = principal?.typ === 'admin' ? principal.roles : [];
      const unmask = query.unmask === 'true';
      if (unmask && !roles.some((r) => UNMASK_ROLES.includes(r))) {
        return {
          status: 403,
          body: { code: 'FORBIDDEN', message: '无权查看未脱敏的个人信息', request_id: requestId },
        };
      }
      if (unmask) {
        await db.tx((sql) =>
          recordAudit(
            sql,
            {
              actor: actorOf(principal),
              action: 'pii.unmask',
              entity_type: 'campaign',
              entity_id: params.id,
              changes: { claims: page.map((p) => p.id) },
              request_id: requestId,
            },
            clock.now(),
          ),
        );
      }
      return {
        status: 200,
        body: {
          items: unmask ? page : maskDeep(page),
          next_cursor: rows.length > query.limit ? String(page[page.length - 1].id) : null,
        },
      };
    },
  });
}
